import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, invites, users } from '../../db/schema.js';

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
          .select({ invite: invites, group: groups, facilitatorName: users.displayName })
          .from(invites)
          .innerJoin(groups, eq(groups.id, invites.groupId))
          .innerJoin(users, eq(users.id, groups.createdBy))
          .where(eq(invites.tokenHash, tokenHash))
          .limit(1)
      )[0],

    /** Marks the invite used only if nobody used it first: single use even under a race. */
    claim: async (id: string, userId: string, at: Date) =>
      (
        await db
          .update(invites)
          .set({ usedAt: at, usedBy: userId })
          .where(and(eq(invites.id, id), isNull(invites.usedAt), isNull(invites.revokedAt)))
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
