import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { authThrottles } from '../../db/schema.js';

const t = authThrottles;
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export function createThrottleRepository(db: Db) {
  return {
    /**
     * Counts one attempt in a single statement, so attempts made at the same moment are all counted.
     * While locked nothing changes; a window older than `windowFrom` starts again at one; a key
     * untouched since `forgetFrom` also forgets its past lockouts.
     */
    bump: async (keyHash: string, at: Date, windowFrom: Date, forgetFrom: Date) => {
      const locked = sql`${t.lockedUntil} > ${ts(at)}`;
      const expired = sql`${t.windowStartedAt} < ${ts(windowFrom)}`;
      const rows = await db
        .insert(t)
        .values({ keyHash, attempts: 1, windowStartedAt: at, lockouts: 0 })
        .onConflictDoUpdate({
          target: t.keyHash,
          set: {
            attempts: sql`case when ${locked} then ${t.attempts} when ${expired} then 1 else ${t.attempts} + 1 end`,
            lockouts: sql`case when ${t.windowStartedAt} < ${ts(forgetFrom)} then 0 else ${t.lockouts} end`,
            windowStartedAt: sql`case when ${locked} then ${t.windowStartedAt} when ${expired} then ${ts(at)} else ${t.windowStartedAt} end`,
          },
        })
        .returning();
      const row = rows[0];
      if (!row) throw new Error('throttle upsert returned no row');
      return row;
    },

    find: async (keyHash: string) => (await db.select().from(t).where(eq(t.keyHash, keyHash)).limit(1))[0],

    /** Locks unless another attempt locked it already; a fresh window of attempts starts when it ends. */
    lock: async (keyHash: string, at: Date, until: Date, lockouts: number) => {
      await db
        .update(t)
        .set({ attempts: 0, lockouts, lockedUntil: until, windowStartedAt: until })
        .where(and(eq(t.keyHash, keyHash), or(isNull(t.lockedUntil), lte(t.lockedUntil, at))));
    },

    clear: async (keyHash: string) => {
      await db.delete(t).where(eq(t.keyHash, keyHash));
    },

    /** Keys nobody tried since `before`: guesses at emails that never existed leave nothing behind. */
    sweep: async (before: Date) => {
      await db.delete(t).where(lt(t.windowStartedAt, before));
    },
  };
}
export type ThrottleRepository = ReturnType<typeof createThrottleRepository>;
