import { ATTENDANCE_GRACE_MINUTES, attended, RATING_WINDOW_MS, RECORD_SESSIONS, type GroupRecord, type RatingSummary, type SessionReport } from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import type { GroupAccess } from '../groups/access.js';
import { airtimeOf, categorise, facilitatorIds, frameOf, membersFor, momentsOf, roundsOf } from './compute.js';
import type { MembershipRow, RecordRepository, SessionRow, StayRow, TurnRow } from './repository.js';

interface Deps {
  repo: RecordRepository;
  access: GroupAccess;
  /** The session and its group's name, when it exists. */
  findSession(sessionId: string): Promise<{ session: SessionRow; groupName: string } | undefined>;
  findGroupName(groupId: string): Promise<string | undefined>;
  /** The check-out ratings' group averages, null for a session with too few answers. */
  ratings(sessionIds: string[]): Promise<Map<string, RatingSummary>>;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const bySession = <T extends { sessionId: string }>(rows: T[], sessionId: string) => rows.filter((r) => r.sessionId === sessionId);

/** One session's members with their attendance and floor time: the part the report and the record share. */
function membersOf(session: SessionRow, memberships: MembershipRow[], stays: StayRow[], turns: TurnRow[], excused: Set<string>) {
  const frame = frameOf(session);
  const facilitators = facilitatorIds(memberships);
  const inRoom = new Set([...stays, ...turns].map((r) => r.userId));
  // Members then, and anyone not a facilitator who was in the room or spoke (she may have left the group since).
  const roster = memberships.filter((m) => !facilitators.has(m.userId) && (membersFor([m], session).length > 0 || inRoom.has(m.userId)));
  const airtime = airtimeOf(turns);
  return roster.map((m) => ({
    userId: m.userId,
    displayName: m.displayName,
    ...categorise(
      stays.filter((s) => s.userId === m.userId),
      excused.has(m.userId),
      frame,
    ),
    airtimeMs: airtime.get(m.userId)?.airtimeMs ?? 0,
    turns: airtime.get(m.userId)?.turns ?? 0,
  }));
}

/**
 * The facilitator's record: one ended session in full, and the group's last sessions side by side.
 * Facilitators only; a member is refused before anything is read.
 */
export function createRecordService({ repo, access, findSession, findGroupName, ratings }: Deps) {
  async function endedSession(sessionId: string, userId: string) {
    const found = await findSession(sessionId);
    if (!found) throw new AppError('NOT_FOUND', 'Session not found');
    await access.requireFacilitator(found.session.groupId, userId);
    if (found.session.status !== 'ended') throw new AppError('SESSION_NOT_ENDED', 'The report is ready once the session has ended.');
    return found;
  }

  return {
    async sessionReport(sessionId: string, userId: string): Promise<SessionReport> {
      const { session, groupName } = await endedSession(sessionId, userId);
      const ids = [sessionId];
      const [memberships, stays, turns, absent, removals, events] = await Promise.all([
        repo.memberships(session.groupId),
        repo.stays(ids),
        repo.turns(ids),
        repo.absences(ids),
        repo.removals(ids),
        repo.events(sessionId),
      ]);
      const names = new Map(memberships.map((m) => [m.userId, m.displayName]));
      const nameOf = (id: string) => names.get(id) ?? 'Former member';
      const facilitators = facilitatorIds(memberships);
      const removed = new Set(removals.map((r) => r.userId));
      const members = membersOf(session, memberships, stays, turns, new Set(absent.map((a) => a.userId)));
      const totalAirtimeMs = members.reduce((sum, m) => sum + m.airtimeMs, 0);
      const present = members.filter((m) => attended(m.category)).length;
      const frame = frameOf(session);
      return {
        session: {
          id: session.id,
          groupId: session.groupId,
          groupName,
          scheduledStart: session.scheduledStart.toISOString(),
          scheduledEnd: session.scheduledEnd.toISOString(),
          measuredFrom: new Date(frame.from).toISOString(),
          measuredTo: new Date(frame.to).toISOString(),
          endedAt: iso(session.endedAt),
        },
        graceMinutes: ATTENDANCE_GRACE_MINUTES,
        members: members.map((m) => ({ ...m, firstJoinedAt: iso(m.firstJoinedAt), lastLeftAt: iso(m.lastLeftAt), removed: removed.has(m.userId) })),
        totalAirtimeMs,
        fairShareMs: present > 0 ? Math.round(totalAirtimeMs / present) : 0,
        facilitatorAirtimeMs: turns.filter((t) => facilitators.has(t.userId)).reduce((sum, t) => sum + t.endedAt.getTime() - t.startedAt.getTime(), 0),
        rounds: roundsOf(events, turns, nameOf),
        moments: momentsOf(events).map((m) => ({ userId: m.userId, displayName: nameOf(m.userId), at: m.at.toISOString(), acknowledgedAt: iso(m.acknowledgedAt) })),
        removals: removals.map((r) => ({ userId: r.userId, displayName: nameOf(r.userId), removedAt: r.removedAt.toISOString(), removedBy: r.removedBy })),
      };
    },

    async groupRecord(groupId: string, userId: string): Promise<GroupRecord> {
      const groupName = await findGroupName(groupId);
      if (groupName === undefined) throw new AppError('NOT_FOUND', 'Group not found');
      await access.requireFacilitator(groupId, userId);
      const recent = (await repo.endedSessions(groupId, RECORD_SESSIONS)).reverse();
      const ids = recent.map((s) => s.id);
      const [memberships, stays, turns, absent, summaries] =
        ids.length === 0
          ? [await repo.memberships(groupId), [], [], [], new Map<string, RatingSummary>()]
          : await Promise.all([repo.memberships(groupId), repo.stays(ids), repo.turns(ids), repo.absences(ids), ratings(ids)]);
      const perSession = recent.map((session) => {
        const members = membersOf(
          session,
          memberships,
          bySession(stays, session.id),
          bySession(turns, session.id),
          new Set(bySession(absent, session.id).map((a) => a.userId)),
        );
        return { session, members, total: members.reduce((sum, m) => sum + m.airtimeMs, 0) };
      });
      const people = memberships.filter((m) => perSession.some((s) => s.members.some((x) => x.userId === m.userId)));
      return {
        groupId,
        groupName,
        sessions: perSession.map(({ session, members }) => ({
          id: session.id,
          scheduledStart: session.scheduledStart.toISOString(),
          present: members.filter((m) => attended(m.category)).length,
          ratings: summaries.get(session.id) ?? null,
          ratingsFrom: new Date((session.endedAt ?? session.scheduledEnd).getTime() + RATING_WINDOW_MS).toISOString(),
        })),
        members: people.map((p) => ({
          userId: p.userId,
          displayName: p.displayName,
          cells: perSession.flatMap(({ session, members, total }) => {
            const mine = members.find((m) => m.userId === p.userId);
            return mine ? [{ sessionId: session.id, category: mine.category, airtimeShare: total > 0 ? mine.airtimeMs / total : null }] : [];
          }),
        })),
      };
    },
  };
}
export type RecordService = ReturnType<typeof createRecordService>;
