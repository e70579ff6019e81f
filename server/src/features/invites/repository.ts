import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, invites } from '../../db/schema.js';
import { admitInto, alreadyIn, roomFor, type NoRoom, type Tx } from '../groups/repository.js';

export type InviteRow = typeof invites.$inferSelect;

/**
 * Takes one use, in one statement that re-checks the limit, revocation and expiry.
 * The use that fills the link stamps `usedAt` (and `usedBy`: for a personal link, her).
 */
const claim = async (tx: Tx, id: string, userId: string, at: Date) =>
  (
    await tx
      .update(invites)
      .set({
        uses: sql`${invites.uses} + 1`,
        usedAt: sql`case when ${invites.uses} + 1 >= ${invites.maxUses} then ${at.toISOString()}::timestamptz else null end`,
        usedBy: sql`case when ${invites.uses} + 1 >= ${invites.maxUses} then ${userId}::uuid else null end`,
      })
      .where(and(eq(invites.id, id), lt(invites.uses, invites.maxUses), isNull(invites.revokedAt), gt(invites.expiresAt, at)))
      .returning()
  ).length === 1;

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
     * Lets her in through the link: room for her role counted under the group's lock, one use taken,
     * and her membership, all in one transaction, so a full group or a used-up link lets in nobody more
     * however many follow it at once. 'claimed-out' when the link had no use left (or was revoked or
     * expired) by the time her turn came; 'already-in' when she was in the group by then.
     */
    admit: (invite: InviteRow, userId: string, at: Date): Promise<NoRoom | 'claimed-out' | 'admitted' | 'already-in'> =>
      db.transaction(async (tx) => {
        const noRoom = await roomFor(tx, invite.groupId, invite.role);
        // A second submit, or another link followed meanwhile: she is in, and takes no use.
        if (await alreadyIn(tx, invite.groupId, userId)) return 'already-in';
        if (noRoom) return noRoom;
        if (!(await claim(tx, invite.id, userId, at))) return 'claimed-out';
        await admitInto(tx, invite.groupId, userId, invite.role);
        return 'admitted';
      }),

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
