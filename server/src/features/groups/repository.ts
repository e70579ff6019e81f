import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { IN_GROUP_STATUSES, MAX_CO_FACILITATORS } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { agreementAcceptances, agreements, groupMembers, groups, joinRequests, sessions, users } from '../../db/schema.js';

export type GroupRow = typeof groups.$inferSelect;
export type MembershipRow = typeof groupMembers.$inferSelect;
/** A transaction of the app's database (what `db.transaction` hands its callback). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type SeatRole = 'member' | 'co_facilitator';

/** Why nobody more can be let in in that role: every member's seat is taken, or both co-facilitators are there. */
export type NoRoom = 'GROUP_FULL' | 'CO_FACILITATORS_FULL';

/**
 * Is there room for one more in this role? Asked inside a transaction, it first locks the group's row,
 * so of two admissions at once for the last place (a shared link, a request accepted, a promotion)
 * the second counts after the first has committed. Members count against the capacity; a group has
 * at most MAX_CO_FACILITATORS co-facilitators, who take no member's seat.
 */
export async function roomFor(tx: Tx, groupId: string, role: SeatRole): Promise<NoRoom | undefined> {
  // NO KEY UPDATE: admissions wait for each other, while rows that merely point at the group (sessions, invites, requests) can still be written.
  const [group] = await tx.select({ capacity: groups.capacity }).from(groups).where(eq(groups.id, groupId)).for('no key update');
  if (!group) return 'GROUP_FULL';
  const [held] = await tx
    .select({ n: count() })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, role), inArray(groupMembers.status, IN_GROUP_STATUSES)));
  const limit = role === 'member' ? group.capacity : MAX_CO_FACILITATORS;
  if ((held?.n ?? 0) < limit) return undefined;
  return role === 'member' ? 'GROUP_FULL' : 'CO_FACILITATORS_FULL';
}

/** Is she in the group already (active, or leaving until her final session)? Asked under the same lock, so a double submit is seen. */
export async function alreadyIn(tx: Tx, groupId: string, userId: string) {
  const [row] = await tx
    .select({ status: groupMembers.status })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), inArray(groupMembers.status, IN_GROUP_STATUSES)));
  return row !== undefined;
}

/** In the group in that role from now (new, or back after leaving or removal). Call it after `roomFor` in the same transaction. */
export const admitInto = (tx: Tx, groupId: string, userId: string, role: SeatRole) =>
  tx
    .insert(groupMembers)
    .values({ groupId, userId, role, status: 'active' })
    .onConflictDoUpdate({
      target: [groupMembers.groupId, groupMembers.userId],
      // In the role she is admitted to, whatever she was before she left.
      set: { status: 'active', role, statusChangedAt: new Date(), finalSessionId: null },
    });

export function createGroupRepository(db: Db) {
  return {
    insertGroup: (values: typeof groups.$inferInsert, facilitatorId: string) =>
      db.transaction(async (tx) => {
        const [group] = await tx.insert(groups).values(values).returning();
        if (!group) throw new Error('insert returned nothing');
        await tx.insert(groupMembers).values({ groupId: group.id, userId: facilitatorId, role: 'facilitator', status: 'active' });
        return group;
      }),

    /**
     * Changes the group; a new capacity is checked against the members seated under the same lock as
     * admissions (`roomFor`), so none can slip in between. The seated count when it would be too low.
     */
    updateGroup: (id: string, values: Partial<typeof groups.$inferInsert>) =>
      db.transaction(async (tx) => {
        await tx.select({ id: groups.id }).from(groups).where(eq(groups.id, id)).for('no key update');
        if (values.capacity !== undefined) {
          const [seated] = await tx
            .select({ n: count() })
            .from(groupMembers)
            .where(and(eq(groupMembers.groupId, id), eq(groupMembers.role, 'member'), inArray(groupMembers.status, IN_GROUP_STATUSES)));
          if ((seated?.n ?? 0) > values.capacity) return { tooLow: seated?.n ?? 0 };
        }
        return { updated: (await tx.update(groups).set(values).where(eq(groups.id, id)).returning())[0] };
      }),

    findGroup: async (id: string) => (await db.select().from(groups).where(eq(groups.id, id)).limit(1))[0],

    findMembership: async (groupId: string, userId: string) =>
      (
        await db
          .select()
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
          .limit(1)
      )[0],

    /** Has this session ended (a leaving member's final one: after it she is no longer in the group)? */
    sessionEnded: async (sessionId: string) =>
      (await db.select({ status: sessions.status }).from(sessions).where(eq(sessions.id, sessionId)).limit(1))[0]?.status === 'ended',

    /** Groups where this person is a member (active or leaving) or facilitator. */
    listGroupsFor: (userId: string) =>
      db
        .select({ group: groups, role: groupMembers.role })
        .from(groupMembers)
        .innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(and(eq(groupMembers.userId, userId), inArray(groupMembers.status, IN_GROUP_STATUSES)))
        .orderBy(desc(groups.createdAt)),

    listMembers: (groupId: string) =>
      db
        .select({ membership: groupMembers, displayName: users.displayName, email: users.email })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(eq(groupMembers.groupId, groupId))
        .orderBy(groupMembers.joinedAt),

    /** Every (user, version) signature in the group, for the members table. */
    listSignedVersions: (groupId: string, userIds: string[]) =>
      userIds.length === 0
        ? Promise.resolve([])
        : db
            .select({ userId: agreementAcceptances.userId, version: agreements.version })
            .from(agreementAcceptances)
            .innerJoin(agreements, eq(agreements.id, agreementAcceptances.agreementId))
            .where(and(eq(agreements.groupId, groupId), inArray(agreementAcceptances.userId, userIds))),

    latestAgreementVersion: async (groupId: string) =>
      (await db.select({ version: agreements.version }).from(agreements).where(eq(agreements.groupId, groupId)).orderBy(desc(agreements.version)).limit(1))[0]
        ?.version ?? null,

    setMemberStatus: async (groupId: string, userId: string, status: MembershipRow['status']) =>
      (
        await db
          .update(groupMembers)
          .set({ status, statusChangedAt: new Date() })
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
          .returning()
      )[0],

    /** Requests still to decide, and the waitlist while a member's seat is free (0 when none is). */
    requestsWaiting: async (groupId: string) => {
      const counted = (status: 'pending' | 'waitlisted') =>
        sql<number>`(select count(*)::int from ${joinRequests} where ${joinRequests.groupId} = ${groupId} and ${joinRequests.status} = ${status})`;
      const seated = sql<number>`(select count(*)::int from ${groupMembers} where ${groupMembers.groupId} = ${groupId} and ${groupMembers.role} = 'member' and ${inArray(groupMembers.status, IN_GROUP_STATUSES)})`;
      const [row] = await db
        .select({ capacity: groups.capacity, seated, pending: counted('pending'), waitlisted: counted('waitlisted') })
        .from(groups)
        .where(eq(groups.id, groupId));
      if (!row) return { pending: 0, waitingWithSeatFree: 0 };
      return { pending: row.pending, waitingWithSeatFree: row.seated < row.capacity ? row.waitlisted : 0 };
    },

    /** Members holding a seat: active or leaving (she keeps hers until her final session), not facilitators. */
    countSeatedMembers: async (groupId: string) =>
      (
        await db
          .select({ userId: groupMembers.userId })
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'member'), inArray(groupMembers.status, IN_GROUP_STATUSES)))
      ).length,

    /**
     * Member ↔ co-facilitator, with the room for her new role counted under the group's lock; never
     * touches the facilitator's own row. Undefined when she was not changed (no such member).
     */
    changeRole: (groupId: string, userId: string, role: SeatRole) =>
      db.transaction(async (tx) => {
        const noRoom = await roomFor(tx, groupId, role);
        if (noRoom) return noRoom;
        const [row] = await tx
          .update(groupMembers)
          .set({ role })
          .where(
            and(
              eq(groupMembers.groupId, groupId),
              eq(groupMembers.userId, userId),
              ne(groupMembers.role, 'facilitator'),
              // A removal that came first wins: an ended membership is not promoted.
              inArray(groupMembers.status, IN_GROUP_STATUSES),
            ),
          )
          .returning();
        return row;
      }),
  };
}
export type GroupRepository = ReturnType<typeof createGroupRepository>;
