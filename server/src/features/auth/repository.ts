import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { authSessions, pendingSignIns, users } from '../../db/schema.js';

export function createAuthRepository(db: Db) {
  // Every request with a cookie asks this: prepared once, so its SQL is not rebuilt each time.
  const now = sql.placeholder('now');
  const liveSession = db
    .select({ session: authSessions, user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.tokenHash, sql.placeholder('tokenHash')), gt(authSessions.idleExpiresAt, now), gt(authSessions.absoluteExpiresAt, now)))
    .limit(1)
    .prepare('live_sign_in');
  return {
    findUserByEmail: async (email: string) => (await db.select().from(users).where(eq(users.email, email)).limit(1))[0],

    insertUser: async (input: { email: string; displayName: string; passwordHash: string }) => {
      const rows = await db.insert(users).values(input).onConflictDoNothing().returning();
      return rows[0];
    },

    insertSession: async (input: typeof authSessions.$inferInsert) => {
      await db.insert(authSessions).values(input);
    },

    /** The live session for a token hash with its user, or undefined when unknown or expired. */
    findLiveSession: async (tokenHash: string, now: Date) => (await liveSession.execute({ tokenHash, now: now.toISOString() }))[0],

    /** Of these token hashes, the ones whose session is still live: one statement for any number. */
    liveTokenHashes: async (tokenHashes: string[], now: Date) =>
      (
        await db
          .select({ tokenHash: authSessions.tokenHash })
          .from(authSessions)
          .where(and(inArray(authSessions.tokenHash, tokenHashes), gt(authSessions.idleExpiresAt, now), gt(authSessions.absoluteExpiresAt, now)))
      ).map((r) => r.tokenHash),

    touchSession: async (id: string, lastSeenAt: Date, idleExpiresAt: Date) => {
      await db.update(authSessions).set({ lastSeenAt, idleExpiresAt }).where(eq(authSessions.id, id));
    },

    deleteSession: async (tokenHash: string) => {
      await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
    },

    /** One pending sign-in per person: a new password sign-in replaces an older one. */
    insertPendingSignIn: async (input: typeof pendingSignIns.$inferInsert) => {
      await db.delete(pendingSignIns).where(eq(pendingSignIns.userId, input.userId));
      await db.insert(pendingSignIns).values(input);
    },

    findPendingSignIn: async (tokenHash: string, now: Date) => {
      const rows = await db
        .select({ pending: pendingSignIns, user: users })
        .from(pendingSignIns)
        .innerJoin(users, eq(users.id, pendingSignIns.userId))
        .where(and(eq(pendingSignIns.tokenHash, tokenHash), gt(pendingSignIns.expiresAt, now)))
        .limit(1);
      return rows[0];
    },

    deletePendingSignIn: async (id: string) => {
      await db.delete(pendingSignIns).where(eq(pendingSignIns.id, id));
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
