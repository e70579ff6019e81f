import type { SignInBody, SignUpBody, User } from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import { DUMMY_PASSWORD_HASH, hashPassword, randomToken, sha256, verifyPassword } from '../../lib/crypto.js';
import type { AuthRepository } from './repository.js';
import type { Audit } from '../audit/service.js';

const HOUR = 3_600_000;
// Refresh the idle deadline at most once a minute, not on every request.
const TOUCH_EVERY_MS = 60_000;

interface Deps {
  repo: AuthRepository;
  audit: Audit;
  idleHours: number;
  absoluteDays: number;
  now?: () => Date;
}

const toUser = (row: { id: string; email: string; displayName: string }): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
});

export function createAuthService({ repo, audit, idleHours, absoluteDays, now = () => new Date() }: Deps) {
  async function startSession(userId: string) {
    const token = randomToken();
    const at = now();
    await repo.insertSession({
      userId,
      tokenHash: sha256(token),
      idleExpiresAt: new Date(at.getTime() + idleHours * HOUR),
      absoluteExpiresAt: new Date(at.getTime() + absoluteDays * 24 * HOUR),
    });
    return token;
  }

  return {
    async signUp(body: SignUpBody) {
      const passwordHash = await hashPassword(body.password);
      const row = await repo.insertUser({ email: body.email, displayName: body.displayName, passwordHash });
      if (!row) throw new AppError(409, 'EMAIL_TAKEN', 'That email cannot be used. Try signing in instead.');
      await audit.record({ actorId: row.id, action: 'user.sign_up', subjectId: row.id });
      return { user: toUser(row), token: await startSession(row.id) };
    },

    async signIn(body: SignInBody) {
      const row = await repo.findUserByEmail(body.email);
      // Verify against a dummy hash when the email is unknown, so timing says nothing either.
      const ok = await verifyPassword(body.password, row?.passwordHash ?? DUMMY_PASSWORD_HASH);
      if (!row || !ok) {
        throw new AppError(401, 'INVALID_CREDENTIALS', 'That email and password do not match.');
      }
      await audit.record({ actorId: row.id, action: 'user.sign_in', subjectId: row.id });
      return { user: toUser(row), token: await startSession(row.id) };
    },

    signOut: (token: string) => repo.deleteSession(sha256(token)),

    /** The user a cookie token belongs to, sliding the idle expiry forward. */
    async resolve(token: string): Promise<User | undefined> {
      const at = now();
      const found = await repo.findLiveSession(sha256(token), at);
      if (!found) return undefined;
      if (at.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await repo.touchSession(found.session.id, at, new Date(at.getTime() + idleHours * HOUR));
      }
      return toUser(found.user);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
