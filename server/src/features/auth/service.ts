import type { SignInBody, SignUpBody, User } from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import { DUMMY_PASSWORD_HASH, hashPassword, randomToken, sha256, verifyPassword } from '../../lib/crypto.js';
import type { AuthRepository } from './repository.js';
import type { Audit } from '../audit/service.js';
import type { TwoStep } from '../two-step/service.js';
import { assertStrongPassword } from './password-strength.js';
import type { Throttle } from './throttle.js';

const HOUR = 3_600_000;
// Refresh the idle deadline at most once a minute, not on every request.
const TOUCH_EVERY_MS = 60_000;
// Between the password and the code: long enough to find the phone, short enough to be worth little.
const PENDING_SIGN_IN_MS = 5 * 60_000;
/** The live channel's recheck asks about this many sign-ins per statement. */
const SIGN_INS_PER_STATEMENT = 10_000;

interface Deps {
  repo: AuthRepository;
  audit: Audit;
  throttle: Throttle;
  twoStep: TwoStep;
  idleHours: number;
  absoluteDays: number;
  now?: () => Date;
}

const toUser = (row: { id: string; email: string; displayName: string }): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
});

export function createAuthService({ repo, audit, throttle, twoStep, idleHours, absoluteDays, now = () => new Date() }: Deps) {
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

  // Who else must know the moment a sign-in ends (the live channel closes its sockets).
  const signOutListeners: ((tokenHash: string) => void)[] = [];

  return {
    async signUp(body: SignUpBody) {
      assertStrongPassword(body.password, [body.email, body.email.split('@')[0] ?? '', body.displayName]);
      const passwordHash = await hashPassword(body.password);
      const row = await repo.insertUser({ email: body.email, displayName: body.displayName, passwordHash });
      if (!row) throw new AppError('EMAIL_TAKEN', 'That email cannot be used. Try signing in instead.');
      await audit.record({ actorId: row.id, action: 'user.sign_up', subjectId: row.id });
      return { user: toUser(row), token: await startSession(row.id) };
    },

    /**
     * A full session, or, when she has two-step sign-in on, a pending token for the second step.
     * Unknown emails are counted, throttled and answered exactly like wrong passwords.
     */
    async signIn(body: SignInBody): Promise<{ user: User; token: string } | { pendingToken: string }> {
      const throttleKey = `email:${body.email}`;
      await throttle.begin(throttleKey);
      const row = await repo.findUserByEmail(body.email);
      // Verify against a dummy hash when the email is unknown, so timing says nothing either.
      const ok = await verifyPassword(body.password, row?.passwordHash ?? DUMMY_PASSWORD_HASH);
      if (!row || !ok) {
        await throttle.failed(throttleKey);
        throw new AppError('INVALID_CREDENTIALS', 'That email and password do not match.');
      }
      await throttle.succeeded(throttleKey);
      if (await twoStep.isEnabled(row.id)) {
        const pendingToken = randomToken();
        await repo.insertPendingSignIn({ userId: row.id, tokenHash: sha256(pendingToken), expiresAt: new Date(now().getTime() + PENDING_SIGN_IN_MS) });
        return { pendingToken };
      }
      await audit.record({ actorId: row.id, action: 'user.sign_in', subjectId: row.id });
      return { user: toUser(row), token: await startSession(row.id) };
    },

    /** The second step: a code from her app or a recovery code turns a pending sign-in into a session. */
    async completeTwoStep(pendingToken: string | undefined, code: string) {
      const found = pendingToken ? await repo.findPendingSignIn(sha256(pendingToken), now()) : undefined;
      if (!found) throw new AppError('TWO_STEP_EXPIRED', 'That sign-in took too long. Enter your email and password again.');
      const used = await twoStep.verify(found.user.id, code);
      await repo.deletePendingSignIn(found.pending.id);
      await audit.record({ actorId: found.user.id, action: 'user.sign_in', subjectId: found.user.id, detail: { twoStep: used } });
      return { user: toUser(found.user), token: await startSession(found.user.id) };
    },

    async signOut(token: string) {
      const tokenHash = sha256(token);
      await repo.deleteSession(tokenHash);
      for (const listener of signOutListeners) listener(tokenHash);
    },

    onSignOut: (listener: (tokenHash: string) => void) => void signOutListeners.push(listener),

    /** Sign-ins ended elsewhere (a password reset): their live connections close as on signing out. */
    signedOut: (tokenHashes: string[]) => {
      for (const tokenHash of tokenHashes) for (const listener of signOutListeners) listener(tokenHash);
    },

    /** The stored form of a cookie token: what a connection remembers instead of the token itself. */
    signInId: (token: string) => sha256(token),

    /**
     * Of these sign-ins, the ones still good (not signed out, not past either expiry), without counting
     * as use; one statement for all (the live channel's recheck of every open socket).
     */
    async stillSignedInAmong(signInIds: string[]) {
      const live = new Set<string>();
      // In slices: a statement takes at most 65,535 parameters, and each sign-in is one.
      for (let i = 0; i < signInIds.length; i += SIGN_INS_PER_STATEMENT) {
        for (const hash of await repo.liveTokenHashes(signInIds.slice(i, i + SIGN_INS_PER_STATEMENT), now())) live.add(hash);
      }
      return live;
    },

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
