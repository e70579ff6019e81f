import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { authSessions, passwordResets, pendingSignIns, users } from '../../db/schema.js';

export function createResetRepository(db: Db) {
  return {
    findUserByEmail: async (email: string) => (await db.select().from(users).where(eq(users.email, email)).limit(1))[0],

    insert: async (values: typeof passwordResets.$inferInsert) => {
      await db.insert(passwordResets).values(values);
    },

    /** A link that can still be used, with its person; undefined for a wrong, used or expired one. */
    findUsable: async (tokenHash: string, now: Date) =>
      (
        await db
          .select({ reset: passwordResets, user: users })
          .from(passwordResets)
          .innerJoin(users, eq(users.id, passwordResets.userId))
          .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
          .limit(1)
      )[0],

    /**
     * Uses the link and sets the password in one transaction: the conditional update lets exactly one
     * of two submissions of the same link through. Every sign-in of hers ends, and her other links too.
     * Returns the ended sign-ins' token hashes (their live connections close), or undefined when the
     * link was used meanwhile.
     */
    useAndSetPassword: (resetId: string, userId: string, passwordHash: string, now: Date) =>
      db.transaction(async (tx) => {
        const claimed = await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(and(eq(passwordResets.id, resetId), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
          .returning({ id: passwordResets.id });
        if (claimed.length !== 1) return undefined;
        await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
        await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
        await tx.delete(pendingSignIns).where(eq(pendingSignIns.userId, userId));
        const ended = await tx.delete(authSessions).where(eq(authSessions.userId, userId)).returning({ tokenHash: authSessions.tokenHash });
        return ended.map((s) => s.tokenHash);
      }),
  };
}
export type ResetRepository = ReturnType<typeof createResetRepository>;
