import { and, asc, between, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { calendarFeeds, groupMembers, groups, sessions } from '../../db/schema.js';

const active = (userId: string) => and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt));

export function createCalendarRepository(db: Db) {
  return {
    activeFeed: async (userId: string) => (await db.select().from(calendarFeeds).where(active(userId)).limit(1))[0],

    /** The old address stops working the moment the new one exists: one feed per person. */
    replace: (userId: string, tokenHash: string, showGroupNames: boolean) =>
      db.transaction(async (tx) => {
        await tx.update(calendarFeeds).set({ revokedAt: new Date() }).where(active(userId));
        const [row] = await tx.insert(calendarFeeds).values({ userId, tokenHash, showGroupNames }).returning();
        if (!row) throw new Error('insert returned nothing');
        return row;
      }),

    setShowGroupNames: async (userId: string, showGroupNames: boolean) =>
      (await db.update(calendarFeeds).set({ showGroupNames }).where(active(userId)).returning())[0],

    revoke: async (userId: string) => {
      await db.update(calendarFeeds).set({ revokedAt: new Date() }).where(active(userId));
    },

    findByTokenHash: async (tokenHash: string) =>
      (
        await db
          .select()
          .from(calendarFeeds)
          .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)))
          .limit(1)
      )[0],

    /** Sessions of the groups she still attends (active, or leaving until her final session), in a window. */
    sessionsFor: (userId: string, from: Date, to: Date) =>
      db
        .select({ session: sessions, groupName: groups.name })
        .from(sessions)
        .innerJoin(groups, eq(groups.id, sessions.groupId))
        .innerJoin(
          groupMembers,
          and(eq(groupMembers.groupId, sessions.groupId), eq(groupMembers.userId, userId), inArray(groupMembers.status, ['active', 'leaving'])),
        )
        .where(between(sessions.scheduledStart, from, to))
        .orderBy(asc(sessions.scheduledStart)),
  };
}
export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
