import { PASSWORD_RESET_MINUTES, type RequestPasswordResetBody, type ResetPasswordBody } from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import { hashPassword, randomToken, sha256 } from '../../lib/crypto.js';
import type { Mailer } from '../../lib/mail.js';
import type { Audit } from '../audit/service.js';
import { assertStrongPassword } from './password-strength.js';
import type { ResetRepository } from './reset-repository.js';
import type { Throttle } from './throttle.js';

interface Deps {
  repo: ResetRepository;
  audit: Audit;
  throttle: Throttle;
  mailer: Mailer;
  publicUrl: string;
  /** Ends the live connections of sign-ins that ended (by their token hashes). */
  signedOut: (tokenHashes: string[]) => void;
  onMailError: (error: unknown) => void;
  now?: () => Date;
}

export const RESET_REQUESTED = 'If an account uses that email, we’ve sent it a link to set a new password. The link works once, for 30 minutes.';

const invalidLink = () => new AppError('RESET_LINK_INVALID', 'This reset link has expired or was already used. Ask for a new one.');

const resetMail = (link: string) =>
  [
    'Someone (we hope you) asked to set a new password for your Hearth account.',
    '',
    `Open this link within ${PASSWORD_RESET_MINUTES} minutes to choose one. It works once:`,
    link,
    '',
    'If it wasn’t you, ignore this message: your password stays as it is.',
  ].join('\n');

/**
 * Forgotten passwords. A request always gets the same answer and, for an unknown email, does the same
 * work (the mail is sent after the answer), so nobody learns who has an account. The link's token is
 * kept only as a hash, works once and for half an hour; using it ends every sign-in of hers.
 */
export function createPasswordReset({ repo, audit, throttle, mailer, publicUrl, signedOut, onMailError, now = () => new Date() }: Deps) {
  return {
    async request({ email }: RequestPasswordResetBody): Promise<{ message: string }> {
      try {
        // Five requests per email in fifteen minutes, known or not; beyond that, silently nothing.
        await throttle.begin(`reset:${email}`);
      } catch {
        return { message: RESET_REQUESTED };
      }
      const user = await repo.findUserByEmail(email);
      if (!user) return { message: RESET_REQUESTED };
      // Not awaited: how long writing the link and delivering it take would otherwise tell that the
      // account exists. Both answers come straight after the same lookup.
      const deliver = async () => {
        const token = randomToken();
        const at = now();
        await repo.insert({ userId: user.id, tokenHash: sha256(token), expiresAt: new Date(at.getTime() + PASSWORD_RESET_MINUTES * 60_000) });
        await audit.record({ actorId: user.id, action: 'user.password_reset_requested', subjectId: user.id });
        const link = new URL(`/reset-password/${token}`, publicUrl).toString();
        await mailer.send({ to: user.email, subject: 'Set a new Hearth password', text: resetMail(link), link });
      };
      deliver().catch(onMailError);
      return { message: RESET_REQUESTED };
    },

    /** Whether a link can still be used, before she types a new password. */
    async check(token: string) {
      if (!(await repo.findUsable(sha256(token), now()))) throw invalidLink();
    },

    async reset({ token, password }: ResetPasswordBody) {
      const found = await repo.findUsable(sha256(token), now());
      if (!found) throw invalidLink();
      const { user } = found;
      assertStrongPassword(password, [user.email, user.email.split('@')[0] ?? '', user.displayName]);
      const ended = await repo.useAndSetPassword(found.reset.id, user.id, await hashPassword(password), now());
      if (!ended) throw invalidLink();
      signedOut(ended);
      // A forgotten password often follows a locked sign-in: the new one works at once.
      await throttle.succeeded(`email:${user.email}`);
      await audit.record({ actorId: user.id, action: 'user.password_reset', subjectId: user.id, detail: { signInsEnded: ended.length } });
    },
  };
}
export type PasswordReset = ReturnType<typeof createPasswordReset>;
