import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, invites } from '../../db/schema.js';

export type InviteRow = typeof invites.$inferSelect;

export function createInviteRepository(db: Db) {
  return {
    insert: async (values: typeof invites.$inferInsert) => {
      const [row] = await db.insert(invites).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    listForGroup: (groupId: string) => db.select().from(invites).where(eq(invites.groupId, groupId)).orderBy(desc(invites.createdAt)),

    findByHash: async (tokenHash: string) =>
      (
        await db
          .select({ invite: invites, group: groups })
          .from(invites)
          .innerJoin(groups, eq(groups.id, invites.groupId))
          .where(eq(invites.tokenHash, tokenHash))
          .limit(1)
      )[0],

    findById: async (id: string) => (await db.select().from(invites).where(eq(invites.id, id)).limit(1))[0],

    /**
     * Takes one use, in one statement that re-checks the limit, revocation and expiry: of two people
     * racing for the last use, the row lock lets one through and the other's update matches nothing.
     * The use that fills the link stamps `usedAt` (and `usedBy`: for a personal link, her).
     */
    claim: async (id: string, userId: string, at: Date) =>
      (
        await db
          .update(invites)
          .set({
            uses: sql`${invites.uses} + 1`,
            usedAt: sql`case when ${invites.uses} + 1 >= ${invites.maxUses} then ${at.toISOString()}::timestamptz else null end`,
            usedBy: sql`case when ${invites.uses} + 1 >= ${invites.maxUses} then ${userId}::uuid else null end`,
          })
          .where(and(eq(invites.id, id), lt(invites.uses, invites.maxUses), isNull(invites.revokedAt), gt(invites.expiresAt, at)))
          .returning()
      ).length === 1,

    revoke: async (groupId: string, id: string, at: Date) =>
      (
        await db
          .update(invites)
          .set({ revokedAt: at })
          .where(and(eq(invites.id, id), eq(invites.groupId, groupId), isNull(invites.usedAt)))
          .returning()
      ).length === 1,
  };
}
export type InviteRepository = ReturnType<typeof createInviteRepository>;
