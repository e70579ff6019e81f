import { ATTENDANCE_GRACE_MINUTES, isFacilitatorRole, ROUND_KINDS, type AttendanceCategory, type RoundReport } from '@hearth/shared';
import type { EventRow, MembershipRow, SessionRow, StayRow, TurnRow } from './repository.js';

/** The pure part of the record: categories, airtime and rounds from rows already read. */

const GRACE_MS = ATTENDANCE_GRACE_MINUTES * 60_000;

/** The edges lateness is measured from: the scheduled start, or the opening when later; the scheduled end, or the ending when earlier. */
export function frameOf(session: Pick<SessionRow, 'scheduledStart' | 'scheduledEnd' | 'openedAt' | 'endedAt'>) {
  const from = Math.max(session.scheduledStart.getTime(), session.openedAt?.getTime() ?? 0);
  const to = Math.min(session.scheduledEnd.getTime(), session.endedAt?.getTime() ?? Infinity);
  return { from, to: Math.max(from, to) };
}

/**
 * Members of the group for this session: a member by role who had joined before it ended and was still
 * in the group when it started (active or leaving now, or her status changed after it began).
 */
export function membersFor(memberships: MembershipRow[], session: Pick<SessionRow, 'scheduledStart' | 'scheduledEnd'>) {
  return memberships.filter(
    (m) =>
      m.role === 'member' && m.joinedAt <= session.scheduledEnd && (m.status === 'active' || m.status === 'leaving' || m.statusChangedAt >= session.scheduledStart),
  );
}

export const facilitatorIds = (memberships: MembershipRow[]) => new Set(memberships.filter((m) => isFacilitatorRole(m.role)).map((m) => m.userId));

export interface AttendanceFacts {
  category: AttendanceCategory;
  firstJoinedAt: Date | null;
  lastLeftAt: Date | null;
  stays: number;
  minutesInRoom: number;
}

/** One member's stays in the room, judged against the session's frame. A stay still open counts as lasting to the end. */
export function categorise(stays: StayRow[], excused: boolean, frame: { from: number; to: number }): AttendanceFacts {
  if (stays.length === 0) return { category: excused ? 'excused' : 'absent', firstJoinedAt: null, lastLeftAt: null, stays: 0, minutesInRoom: 0 };
  const first = Math.min(...stays.map((s) => s.joinedAt.getTime()));
  const open = stays.some((s) => s.leftAt === null);
  const last = open ? frame.to : Math.max(...stays.map((s) => (s.leftAt as Date).getTime()));
  const late = first > frame.from + GRACE_MS;
  const leftEarly = last < frame.to - GRACE_MS;
  const inRoomMs = stays.reduce((sum, s) => sum + Math.max(0, (s.leftAt?.getTime() ?? Math.max(frame.to, s.joinedAt.getTime())) - s.joinedAt.getTime()), 0);
  const category: AttendanceCategory = late && leftEarly ? 'late_and_left_early' : late ? 'late' : leftEarly ? 'left_early' : 'on_time';
  return {
    category,
    firstJoinedAt: new Date(first),
    lastLeftAt: open ? null : new Date(last),
    stays: stays.length,
    minutesInRoom: Math.round(inRoomMs / 60_000),
  };
}

/** Floor time and turns per person. */
export function airtimeOf(turns: TurnRow[]) {
  const byUser = new Map<string, { airtimeMs: number; turns: number }>();
  for (const t of turns) {
    const entry = byUser.get(t.userId) ?? { airtimeMs: 0, turns: 0 };
    entry.airtimeMs += t.endedAt.getTime() - t.startedAt.getTime();
    entry.turns += 1;
    byUser.set(t.userId, entry);
  }
  return byUser;
}

type Kind = (typeof ROUND_KINDS)[number];
const kindOf = (value: unknown): Kind | null => ((ROUND_KINDS as readonly unknown[]).includes(value) ? (value as Kind) : null);

/** The kind of round an event starts, null when it starts none (an open phase), undefined when it is no boundary. */
function roundStartOf(event: EventRow): Kind | null | undefined {
  const payload = (event.payload ?? {}) as { kind?: unknown; round?: { kind?: unknown } };
  if (event.type === 'round:start') return kindOf(payload.kind);
  if (event.type === 'phase:start') return payload.round ? kindOf(payload.round.kind) : null;
  return undefined;
}

/**
 * Rounds from the command log and the turns: each round runs from its start to the next round or phase
 * started (or the end). Whoever had a round turn in it spoke, unless her turn ended with `round:pass`.
 * The log's times come from the database and the turns' from the server's clock: one clock when they
 * share a machine, as they do in one deployment of Hearth.
 */
export function roundsOf(events: EventRow[], turns: TurnRow[], nameOf: (userId: string) => string): RoundReport[] {
  const bounds = events.flatMap((e) => {
    const kind = roundStartOf(e);
    return kind === undefined ? [] : [{ kind, at: e.at.getTime() }];
  });
  const rounds: RoundReport[] = [];
  bounds.forEach((bound, i) => {
    if (bound.kind === null) return;
    const until = bounds[i + 1]?.at ?? Infinity;
    const within = (t: number) => t >= bound.at && t < until;
    const turnUsers = turns.filter((t) => t.kind === 'round' && within(t.startedAt.getTime())).map((t) => t.userId);
    const passers = events.filter((e) => e.type === 'round:pass' && e.actorId && within(e.at.getTime())).map((e) => e.actorId as string);
    const person = (userId: string) => ({ userId, displayName: nameOf(userId) });
    const unique = (ids: string[]) => ids.filter((id, j) => ids.indexOf(id) === j);
    rounds.push({
      kind: bound.kind,
      startedAt: new Date(bound.at).toISOString(),
      spoke: unique(turnUsers.filter((id) => !passers.includes(id))).map(person),
      passed: unique(passers).map(person),
    });
  });
  return rounds;
}

/** Each "I need a moment", and when a facilitator cleared it (a later clear for her acknowledges every one still open). */
export function momentsOf(events: EventRow[]) {
  const moments: { userId: string; at: Date; acknowledgedAt: Date | null }[] = [];
  for (const e of events) {
    if (e.type === 'signal:moment' && e.actorId) moments.push({ userId: e.actorId, at: e.at, acknowledgedAt: null });
    if (e.type === 'signal:clear') {
      const userId = (e.payload as { userId?: unknown }).userId;
      for (const m of moments) if (m.userId === userId && m.acknowledgedAt === null) m.acknowledgedAt = e.at;
    }
  }
  return moments;
}
