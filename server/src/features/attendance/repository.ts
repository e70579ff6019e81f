import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { attendance, sessions, users, webhookEvents } from '../../db/schema.js';

export function createAttendanceRepository(db: Db) {
  return {
    /** True the first time an event id is seen, false for a replay. */
    claimEvent: async (id: string, event: string) => (await db.insert(webhookEvents).values({ id, event }).onConflictDoNothing().returning()).length === 1,

    findSessionByRoom: async (roomName: string) =>
      (await db.select({ id: sessions.id, groupId: sessions.groupId }).from(sessions).where(eq(sessions.roomName, roomName)).limit(1))[0],

    recordJoin: async (sessionId: string, userId: string, at: Date) => {
      await db.insert(attendance).values({ sessionId, userId, joinedAt: at });
    },

    /** Closes her latest open stay in the room. */
    recordLeave: async (sessionId: string, userId: string, at: Date) => {
      const [open] = await db
        .select({ id: attendance.id })
        .from(attendance)
        .where(and(eq(attendance.sessionId, sessionId), eq(attendance.userId, userId), isNull(attendance.leftAt)))
        .orderBy(desc(attendance.joinedAt))
        .limit(1);
      if (open) await db.update(attendance).set({ leftAt: at }).where(eq(attendance.id, open.id));
    },

    closeAll: async (sessionId: string, at: Date) => {
      await db
        .update(attendance)
        .set({ leftAt: at })
        .where(and(eq(attendance.sessionId, sessionId), isNull(attendance.leftAt)));
    },

    /** Whether she was in the session's room at all. */
    wasPresent: async (sessionId: string, userId: string) =>
      (
        await db
          .select({ id: attendance.id })
          .from(attendance)
          .where(and(eq(attendance.sessionId, sessionId), eq(attendance.userId, userId)))
          .limit(1)
      ).length > 0,

    list: (sessionId: string) =>
      db
        .select({ userId: attendance.userId, displayName: users.displayName, joinedAt: attendance.joinedAt, leftAt: attendance.leftAt })
        .from(attendance)
        .innerJoin(users, eq(users.id, attendance.userId))
        .where(eq(attendance.sessionId, sessionId))
        .orderBy(asc(attendance.joinedAt)),
  };
}
export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>;
