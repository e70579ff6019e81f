import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { absences, users } from '../../db/schema.js';

export function createAbsenceRepository(db: Db) {
  const listed = () =>
    db
      .select({
        sessionId: absences.sessionId,
        userId: absences.userId,
        displayName: users.displayName,
        sealedNote: absences.sealedNote,
        createdAt: absences.createdAt,
      })
      .from(absences)
      .innerJoin(users, eq(users.id, absences.userId));

  return {
    /** Sent again, the notice keeps its first time and takes the new note. */
    save: async (sessionId: string, userId: string, sealedNote: string | null) => {
      await db
        .insert(absences)
        .values({ sessionId, userId, sealedNote })
        .onConflictDoUpdate({ target: [absences.sessionId, absences.userId], set: { sealedNote } });
    },

    remove: async (sessionId: string, userId: string) => {
      await db.delete(absences).where(and(eq(absences.sessionId, sessionId), eq(absences.userId, userId)));
    },

    forSession: (sessionId: string) => listed().where(eq(absences.sessionId, sessionId)).orderBy(asc(absences.createdAt)),

    forPerson: (sessionId: string, userId: string) => listed().where(and(eq(absences.sessionId, sessionId), eq(absences.userId, userId))),

    /** Who said beforehand she could not come: attendance shows them as excused, not absent. */
    excusedIds: async (sessionId: string) =>
      new Set((await db.select({ userId: absences.userId }).from(absences).where(eq(absences.sessionId, sessionId))).map((r) => r.userId)),
  };
}
export type AbsenceRepository = ReturnType<typeof createAbsenceRepository>;
