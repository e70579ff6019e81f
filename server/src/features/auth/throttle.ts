import { AppError } from '../../lib/errors.js';
import { sha256 } from '../../lib/crypto.js';
import type { ThrottleRepository } from './throttle-repository.js';

const MINUTE = 60_000;
/** Five wrong tries in fifteen minutes lock the account's sign-in, whichever addresses they came from. */
export const MAX_ATTEMPTS = 5;
const WINDOW_MS = 15 * MINUTE;
/** The first lock lasts five minutes, each next one twice as long, never more than an hour. */
const FIRST_LOCK_MS = 5 * MINUTE;
const MAX_LOCK_MS = 60 * MINUTE;
/** A day without attempts forgets the earlier locks. */
const FORGET_MS = 24 * 60 * MINUTE;

interface Deps {
  repo: ThrottleRepository;
  now?: () => Date;
}

const locked = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  return new AppError('SIGNIN_LOCKED', `Too many attempts to sign in to this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
    retryAfterSeconds: Math.ceil(ms / 1000),
  });
};

/**
 * Per-account backoff, beside the per-address rate limit: an attacker who rotates addresses still
 * gets five guesses per window at one account. Keys are hashed, so the table holds no emails. An
 * attempt is counted before it is checked (`begin`), so guesses sent all at once count too.
 */
export function createThrottle({ repo, now = () => new Date() }: Deps) {
  let lastSweep = 0;

  return {
    async begin(key: string) {
      const at = now();
      if (at.getTime() - lastSweep > 60 * MINUTE) {
        lastSweep = at.getTime();
        await repo.sweep(new Date(at.getTime() - FORGET_MS));
      }
      const row = await repo.bump(sha256(key), at, new Date(at.getTime() - WINDOW_MS), new Date(at.getTime() - FORGET_MS));
      if (row.lockedUntil && row.lockedUntil > at) throw locked(row.lockedUntil.getTime() - at.getTime());
      // More attempts in flight than allowed: the ones beyond the allowance wait for the window.
      if (row.attempts > MAX_ATTEMPTS) throw locked(row.windowStartedAt.getTime() + WINDOW_MS - at.getTime());
    },

    async failed(key: string) {
      const at = now();
      const row = await repo.find(sha256(key));
      if (!row || row.attempts < MAX_ATTEMPTS) return;
      const lockMs = Math.min(FIRST_LOCK_MS * 2 ** row.lockouts, MAX_LOCK_MS);
      await repo.lock(row.keyHash, at, new Date(at.getTime() + lockMs), row.lockouts + 1);
    },

    succeeded: (key: string) => repo.clear(sha256(key)),
  };
}
export type Throttle = ReturnType<typeof createThrottle>;
