import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agreementAcceptances, agreements, groups, users } from '../../db/schema.js';

export type AgreementRow = typeof agreements.$inferSelect;

export function createAgreementRepository(db: Db) {
  return {
    /** The next version, numbered under a lock on the group so two publishes never collide. */
    publish: (input: { groupId: string; body: string; sha256: string; publishedBy: string }) =>
      db.transaction(async (tx) => {
        await tx.select({ id: groups.id }).from(groups).where(eq(groups.id, input.groupId)).for('update');
        const [latest] = await tx
          .select({ version: agreements.version })
          .from(agreements)
          .where(eq(agreements.groupId, input.groupId))
          .orderBy(desc(agreements.version))
          .limit(1);
        const [row] = await tx
          .insert(agreements)
          .values({ ...input, version: (latest?.version ?? 0) + 1 })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        return row;
      }),

    current: async (groupId: string) =>
      (
        await db
          .select({ agreement: agreements, publisherName: users.displayName })
          .from(agreements)
          .innerJoin(users, eq(users.id, agreements.publishedBy))
          .where(eq(agreements.groupId, groupId))
          .orderBy(desc(agreements.version))
          .limit(1)
      )[0],

    listVersions: (groupId: string) =>
      db
        .select({ agreement: agreements, publisherName: users.displayName })
        .from(agreements)
        .innerJoin(users, eq(users.id, agreements.publishedBy))
        .where(eq(agreements.groupId, groupId))
        .orderBy(desc(agreements.version)),

    listSigners: (groupId: string) =>
      db
        .select({
          agreementId: agreementAcceptances.agreementId,
          userId: agreementAcceptances.userId,
          displayName: users.displayName,
          typedName: agreementAcceptances.typedName,
          acceptedAt: agreementAcceptances.acceptedAt,
        })
        .from(agreementAcceptances)
        .innerJoin(agreements, eq(agreements.id, agreementAcceptances.agreementId))
        .innerJoin(users, eq(users.id, agreementAcceptances.userId))
        .where(eq(agreements.groupId, groupId))
        .orderBy(agreementAcceptances.acceptedAt),

    hasAccepted: async (agreementId: string, userId: string) =>
      (
        await db
          .select({ id: agreementAcceptances.id })
          .from(agreementAcceptances)
          .where(and(eq(agreementAcceptances.agreementId, agreementId), eq(agreementAcceptances.userId, userId)))
          .limit(1)
      ).length > 0,

    insertAcceptance: async (values: typeof agreementAcceptances.$inferInsert) => {
      await db.insert(agreementAcceptances).values(values);
    },
  };
}
export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
