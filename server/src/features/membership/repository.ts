import { and, asc, eq, gt, gte, inArray, isNull, ne, not, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupMembers, groups, sessions, users } from '../../db/schema.js';

/** Leaving, staying, gone: the rows behind "leaving well". */
export function createMembershipRepository(db: Db) {
  const inGroup = (groupId: string) => eq(groupMembers.groupId, groupId);

  return {
    noticeSessions: async (groupId: string) => (await db.select({ n: groups.leavingNoticeSessions }).from(groups).where(eq(groups.id, groupId)).limit(1))[0]?.n,

    setNoticeSessions: async (groupId: string, n: number) => {
      await db.update(groups).set({ leavingNoticeSessions: n }).where(eq(groups.id, groupId));
    },

    /** Everyone leaving, with her final session when it is set. */
    leaving: (groupId: string) =>
      db
        .select({
          userId: groupMembers.userId,
          displayName: users.displayName,
          announcedAt: groupMembers.statusChangedAt,
          finalSessionId: groupMembers.finalSessionId,
          finalStart: sessions.scheduledStart,
          finalEnd: sessions.scheduledEnd,
          finalStatus: sessions.status,
        })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .leftJoin(sessions, eq(sessions.id, groupMembers.finalSessionId))
        .where(and(inGroup(groupId), eq(groupMembers.status, 'leaving')))
        .orderBy(asc(sessions.scheduledStart), asc(groupMembers.statusChangedAt)),

    /**
     * The nth (from 0) session that counts toward her notice: starts after she announced, is not
     * cancelled, and has not passed without being held.
     */
    nthSessionAfter: async (groupId: string, after: Date, index: number, now: Date) =>
      (
        await db
          .select({ id: sessions.id })
          .from(sessions)
          .where(
            and(
              eq(sessions.groupId, groupId),
              ne(sessions.status, 'cancelled'),
              gt(sessions.scheduledStart, after),
              or(ne(sessions.status, 'scheduled'), gte(sessions.scheduledEnd, now)),
            ),
          )
          .orderBy(asc(sessions.scheduledStart), asc(sessions.id))
          .offset(index)
          .limit(1)
      )[0]?.id ?? null,

    /** Active → leaving; nothing when she is not active (a second announcement changes nothing). */
    markLeaving: async (groupId: string, userId: string, finalSessionId: string | null, now: Date) =>
      (
        await db
          .update(groupMembers)
          .set({ status: 'leaving', statusChangedAt: now, finalSessionId })
          .where(and(inGroup(groupId), eq(groupMembers.userId, userId), eq(groupMembers.status, 'active')))
          .returning({ userId: groupMembers.userId })
      ).length > 0,

    setFinalSession: async (groupId: string, userId: string, finalSessionId: string | null) => {
      await db
        .update(groupMembers)
        .set({ finalSessionId })
        .where(and(inGroup(groupId), eq(groupMembers.userId, userId), eq(groupMembers.status, 'leaving')));
    },

    /** Leaving → active, while her final session has not ended. */
    withdraw: async (groupId: string, userId: string, now: Date) => {
      const ended = db
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(eq(sessions.groupId, groupId), eq(sessions.status, 'ended')));
      return (
        (
          await db
            .update(groupMembers)
            .set({ status: 'active', statusChangedAt: now, finalSessionId: null })
            .where(
              and(
                inGroup(groupId),
                eq(groupMembers.userId, userId),
                eq(groupMembers.status, 'leaving'),
                or(isNull(groupMembers.finalSessionId), not(inArray(groupMembers.finalSessionId, ended))),
              ),
            )
            .returning({ userId: groupMembers.userId })
        ).length > 0
      );
    },

    /** Leaving → left for everyone whose final session has ended; each row once, however many ask at once. */
    markLeft: (groupId: string, now: Date) => {
      const ended = db
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(eq(sessions.groupId, groupId), eq(sessions.status, 'ended')));
      return db
        .update(groupMembers)
        .set({ status: 'left', statusChangedAt: now })
        .where(and(inGroup(groupId), eq(groupMembers.status, 'leaving'), inArray(groupMembers.finalSessionId, ended)))
        .returning({ userId: groupMembers.userId, finalSessionId: groupMembers.finalSessionId });
    },

    /** Who says goodbye in this session. */
    farewells: (sessionId: string) =>
      db
        .select({ userId: groupMembers.userId, displayName: users.displayName })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(and(eq(groupMembers.finalSessionId, sessionId), eq(groupMembers.status, 'leaving')))
        .orderBy(asc(users.displayName)),

    sessionGroup: async (sessionId: string) =>
      (await db.select({ groupId: sessions.groupId }).from(sessions).where(eq(sessions.id, sessionId)).limit(1))[0]?.groupId,
  };
}
export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
