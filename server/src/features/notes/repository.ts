import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { attendance, groupMembers, memberNotes, sessionNotes, sessionRecaps, users } from '../../db/schema.js';

export type NoteRow = { sealed: string; updatedAt: Date; updatedBy: string };

/** Who wrote it, as her colleagues see her: first names come from display names in the service. */
const writtenBy = { sealed: sessionNotes.sealed, updatedAt: sessionNotes.updatedAt, updatedBy: users.displayName };

export function createNotesRepository(db: Db) {
  return {
    groupNote: async (sessionId: string): Promise<NoteRow | undefined> =>
      (await db.select(writtenBy).from(sessionNotes).innerJoin(users, eq(users.id, sessionNotes.updatedBy)).where(eq(sessionNotes.sessionId, sessionId)))[0],

    saveGroupNote: async (sessionId: string, sealed: string, userId: string) => {
      await db
        .insert(sessionNotes)
        .values({ sessionId, sealed, updatedBy: userId })
        .onConflictDoUpdate({ target: sessionNotes.sessionId, set: { sealed, updatedBy: userId, updatedAt: sql`now()` } });
    },

    deleteGroupNote: async (sessionId: string) => {
      await db.delete(sessionNotes).where(eq(sessionNotes.sessionId, sessionId));
    },

    memberNotes: (sessionId: string) =>
      db
        .select({ memberId: memberNotes.memberId, sealed: memberNotes.sealed, updatedAt: memberNotes.updatedAt, updatedBy: users.displayName })
        .from(memberNotes)
        .innerJoin(users, eq(users.id, memberNotes.updatedBy))
        .where(eq(memberNotes.sessionId, sessionId)),

    saveMemberNote: async (sessionId: string, memberId: string, sealed: string, userId: string) => {
      await db
        .insert(memberNotes)
        .values({ sessionId, memberId, sealed, updatedBy: userId })
        .onConflictDoUpdate({ target: [memberNotes.sessionId, memberNotes.memberId], set: { sealed, updatedBy: userId, updatedAt: sql`now()` } });
    },

    deleteMemberNote: async (sessionId: string, memberId: string) => {
      await db.delete(memberNotes).where(and(eq(memberNotes.sessionId, sessionId), eq(memberNotes.memberId, memberId)));
    },

    recap: async (sessionId: string): Promise<Omit<NoteRow, 'updatedBy'> | undefined> =>
      (await db.select({ sealed: sessionRecaps.sealed, updatedAt: sessionRecaps.updatedAt }).from(sessionRecaps).where(eq(sessionRecaps.sessionId, sessionId)))[0],

    saveRecap: async (sessionId: string, sealed: string, userId: string) => {
      await db
        .insert(sessionRecaps)
        .values({ sessionId, sealed, updatedBy: userId })
        .onConflictDoUpdate({ target: sessionRecaps.sessionId, set: { sealed, updatedBy: userId, updatedAt: sql`now()` } });
    },

    deleteRecap: async (sessionId: string) => {
      await db.delete(sessionRecaps).where(eq(sessionRecaps.sessionId, sessionId));
    },

    /** The group's members (not facilitators), whatever their status: the service decides whom to list. */
    members: (groupId: string) =>
      db
        .select({ userId: groupMembers.userId, status: groupMembers.status, displayName: users.displayName })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'member')))
        .orderBy(asc(users.displayName)),

    membership: async (groupId: string, userId: string) =>
      (
        await db
          .select({ role: groupMembers.role, status: groupMembers.status })
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
      )[0],

    attendance: (sessionId: string) =>
      db.select({ userId: attendance.userId, joinedAt: attendance.joinedAt, leftAt: attendance.leftAt }).from(attendance).where(eq(attendance.sessionId, sessionId)),
  };
}
export type NotesRepository = ReturnType<typeof createNotesRepository>;
