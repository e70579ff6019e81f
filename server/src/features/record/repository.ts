import { aliasedTable, and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { absences, attendance, groupMembers, sessionEvents, sessionRemovals, sessions, turns, users } from '../../db/schema.js';

/** The live commands whose log rows make up a session's rounds and moments. */
const RECORD_EVENTS = ['round:start', 'phase:start', 'round:pass', 'signal:moment', 'signal:clear'];

const remover = aliasedTable(users, 'remover');

/** Everything the record reads, one query per table, for one session or several of one group. */
export function createRecordRepository(db: Db) {
  return {
    /** Everyone who has ever been in the group, with her role and when she joined and last changed status. */
    memberships: (groupId: string) =>
      db
        .select({
          userId: groupMembers.userId,
          displayName: users.displayName,
          role: groupMembers.role,
          status: groupMembers.status,
          joinedAt: groupMembers.joinedAt,
          statusChangedAt: groupMembers.statusChangedAt,
        })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(eq(groupMembers.groupId, groupId))
        .orderBy(asc(users.displayName)),

    /** The group's last ended sessions, newest first. */
    endedSessions: (groupId: string, limit: number) =>
      db
        .select()
        .from(sessions)
        .where(and(eq(sessions.groupId, groupId), eq(sessions.status, 'ended')))
        .orderBy(desc(sessions.scheduledStart))
        .limit(limit),

    stays: (sessionIds: string[]) =>
      db
        .select({ sessionId: attendance.sessionId, userId: attendance.userId, joinedAt: attendance.joinedAt, leftAt: attendance.leftAt })
        .from(attendance)
        .where(inArray(attendance.sessionId, sessionIds))
        .orderBy(asc(attendance.joinedAt)),

    turns: (sessionIds: string[]) =>
      db
        .select({ sessionId: turns.sessionId, userId: turns.userId, kind: turns.kind, startedAt: turns.startedAt, endedAt: turns.endedAt })
        .from(turns)
        .where(inArray(turns.sessionId, sessionIds))
        .orderBy(asc(turns.startedAt)),

    absences: (sessionIds: string[]) =>
      db.select({ sessionId: absences.sessionId, userId: absences.userId }).from(absences).where(inArray(absences.sessionId, sessionIds)),

    removals: (sessionIds: string[]) =>
      db
        .select({ sessionId: sessionRemovals.sessionId, userId: sessionRemovals.userId, removedAt: sessionRemovals.removedAt, removedBy: remover.displayName })
        .from(sessionRemovals)
        .innerJoin(remover, eq(remover.id, sessionRemovals.removedBy))
        .where(inArray(sessionRemovals.sessionId, sessionIds))
        .orderBy(asc(sessionRemovals.removedAt)),

    /** The live command log's rows for rounds and moments, in the order they were committed. */
    events: (sessionId: string) =>
      db
        .select({ type: sessionEvents.type, actorId: sessionEvents.actorId, payload: sessionEvents.payload, at: sessionEvents.at })
        .from(sessionEvents)
        .where(and(eq(sessionEvents.sessionId, sessionId), inArray(sessionEvents.type, RECORD_EVENTS)))
        .orderBy(asc(sessionEvents.version)),
  };
}
export type RecordRepository = ReturnType<typeof createRecordRepository>;
export type SessionRow = Awaited<ReturnType<RecordRepository['endedSessions']>>[number];
export type MembershipRow = Awaited<ReturnType<RecordRepository['memberships']>>[number];
export type StayRow = Awaited<ReturnType<RecordRepository['stays']>>[number];
export type TurnRow = Awaited<ReturnType<RecordRepository['turns']>>[number];
export type EventRow = Awaited<ReturnType<RecordRepository['events']>>[number];
