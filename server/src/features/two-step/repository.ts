import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recoveryCodes, twoStepSecrets } from '../../db/schema.js';

export function createTwoStepRepository(db: Db) {
  return {
    find: async (userId: string) => (await db.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, userId)).limit(1))[0],

    /** A new secret waiting for its first code; replaces a setup that was never confirmed. */
    saveUnconfirmed: async (userId: string, secretSealed: string) => {
      const fresh = { secretSealed, enabledAt: null, lastUsedStep: null, createdAt: new Date() };
      await db
        .insert(twoStepSecrets)
        .values({ userId, ...fresh })
        .onConflictDoUpdate({ target: twoStepSecrets.userId, set: fresh, setWhere: isNull(twoStepSecrets.enabledAt) });
    },

    /** Turns it on with its first code's step, and replaces any earlier recovery codes. */
    enable: async (userId: string, step: number, codeHashes: string[], at: Date) =>
      db.transaction(async (tx) => {
        const rows = await tx
          .update(twoStepSecrets)
          .set({ enabledAt: at, lastUsedStep: step })
          .where(and(eq(twoStepSecrets.userId, userId), isNull(twoStepSecrets.enabledAt)))
          .returning({ userId: twoStepSecrets.userId });
        if (rows.length === 0) return false;
        await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
        await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
        return true;
      }),

    /** Takes a time step unless it, or a later one, was taken already: one statement, so two requests cannot both win. */
    claimStep: async (userId: string, step: number) => {
      const rows = await db
        .update(twoStepSecrets)
        .set({ lastUsedStep: step })
        .where(and(eq(twoStepSecrets.userId, userId), or(isNull(twoStepSecrets.lastUsedStep), lt(twoStepSecrets.lastUsedStep, step))))
        .returning({ userId: twoStepSecrets.userId });
      return rows.length > 0;
    },

    /** Marks a recovery code used, if it is hers and unused; true when it was. */
    useRecoveryCode: async (userId: string, codeHash: string, at: Date) => {
      const rows = await db
        .update(recoveryCodes)
        .set({ usedAt: at })
        .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      return rows.length > 0;
    },

    unusedRecoveryCodes: async (userId: string) => {
      const [row] = await db
        .select({ n: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
      return row?.n ?? 0;
    },

    remove: async (userId: string) =>
      db.transaction(async (tx) => {
        await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
        await tx.delete(twoStepSecrets).where(eq(twoStepSecrets.userId, userId));
      }),
  };
}
export type TwoStepRepository = ReturnType<typeof createTwoStepRepository>;
