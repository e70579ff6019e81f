import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, privacyChecks, sessionRemovals, sessions } from '../../db/schema.js';

export type SessionRow = typeof sessions.$inferSelect;

export function createSessionRepository(db: Db) {
  return {
    insert: async (values: typeof sessions.$inferInsert) => {
      const [row] = await db.insert(sessions).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    find: async (id: string) =>
      (
        await db
          .select({ session: sessions, groupName: groups.name, capacity: groups.capacity, safetyCheck: groups.safetyCheck })
          .from(sessions)
          .innerJoin(groups, eq(groups.id, sessions.groupId))
          .where(eq(sessions.id, id))
          .limit(1)
      )[0],

    listForGroup: (groupId: string) =>
      db
        .select({ session: sessions, groupName: groups.name })
        .from(sessions)
        .innerJoin(groups, eq(groups.id, sessions.groupId))
        .where(eq(sessions.groupId, groupId))
        .orderBy(asc(sessions.scheduledStart)),

    setStatus: async (id: string, values: Partial<Pick<SessionRow, 'status' | 'openedAt' | 'endedAt'>>) => {
      await db.update(sessions).set(values).where(eq(sessions.id, id));
    },

    insertPrivacyCheck: async (values: typeof privacyChecks.$inferInsert) => {
      await db.insert(privacyChecks).values(values);
    },

    hasPrivacyCheck: async (sessionId: string, userId: string) =>
      (
        await db
          .select({ id: privacyChecks.id })
          .from(privacyChecks)
          .where(and(eq(privacyChecks.sessionId, sessionId), eq(privacyChecks.userId, userId), eq(privacyChecks.privateSpace, true)))
          .limit(1)
      ).length > 0,

    insertRemoval: async (values: typeof sessionRemovals.$inferInsert) => {
      await db.insert(sessionRemovals).values(values).onConflictDoNothing();
    },

    isRemoved: async (sessionId: string, userId: string) =>
      (
        await db
          .select({ userId: sessionRemovals.userId })
          .from(sessionRemovals)
          .where(and(eq(sessionRemovals.sessionId, sessionId), eq(sessionRemovals.userId, userId)))
          .limit(1)
      ).length > 0,
  };
}
export type SessionRepository = ReturnType<typeof createSessionRepository>;
