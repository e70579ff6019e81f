import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { IN_GROUP_STATUSES } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { agreementAcceptances, agreements, groupMembers, groups, sessions, users } from '../../db/schema.js';

export type GroupRow = typeof groups.$inferSelect;
export type MembershipRow = typeof groupMembers.$inferSelect;

export function createGroupRepository(db: Db) {
  return {
    insertGroup: (values: typeof groups.$inferInsert, facilitatorId: string) =>
      db.transaction(async (tx) => {
        const [group] = await tx.insert(groups).values(values).returning();
        if (!group) throw new Error('insert returned nothing');
        await tx.insert(groupMembers).values({ groupId: group.id, userId: facilitatorId, role: 'facilitator', status: 'active' });
        return group;
      }),

    updateGroup: async (id: string, values: Partial<typeof groups.$inferInsert>) => (await db.update(groups).set(values).where(eq(groups.id, id)).returning())[0],

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

    /** Members holding a seat: active or leaving (she keeps hers until her final session), not facilitators. */
    countSeatedMembers: async (groupId: string) =>
      (
        await db
          .select({ userId: groupMembers.userId })
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'member'), inArray(groupMembers.status, IN_GROUP_STATUSES)))
      ).length,

    countCoFacilitators: async (groupId: string) =>
      (
        await db
          .select({ userId: groupMembers.userId })
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'co_facilitator'), inArray(groupMembers.status, IN_GROUP_STATUSES)))
      ).length,

    /** Member ↔ co-facilitator; never touches the facilitator's own row. */
    setRole: async (groupId: string, userId: string, role: 'co_facilitator' | 'member') =>
      (
        await db
          .update(groupMembers)
          .set({ role })
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), ne(groupMembers.role, 'facilitator')))
          .returning()
      )[0],

    /** Joins as a member, or comes back after leaving or removal through a new invite. */
    upsertActiveMember: (groupId: string, userId: string) =>
      db
        .insert(groupMembers)
        .values({ groupId, userId, role: 'member', status: 'active' })
        .onConflictDoUpdate({
          target: [groupMembers.groupId, groupMembers.userId],
          // Back as a member, whatever she was before she left: a former co-facilitator is made one again by hand.
          set: { status: 'active', role: 'member', statusChangedAt: new Date(), finalSessionId: null },
        }),
  };
}
export type GroupRepository = ReturnType<typeof createGroupRepository>;
