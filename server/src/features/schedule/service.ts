import type { MoveSessionBody, SeriesBody, SeriesResult, Session } from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import { randomToken } from '../../lib/crypto.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import type { SessionRepository, SessionRow } from '../sessions/repository.js';
import { toSession } from '../sessions/service.js';
import type { ScheduleRepository } from './repository.js';
import { fromDayAllowed, localDateIn, weeklyOccurrences } from './series.js';

interface Deps {
  repo: ScheduleRepository;
  sessions: Pick<SessionRepository, 'find'>;
  groups: Pick<GroupRepository, 'findGroup'>;
  access: GroupAccess;
  audit: Audit;
  now?: () => Date;
}

const notScheduled = (status: SessionRow['status']) =>
  new AppError('SESSION_NOT_SCHEDULED', 'Only a session that has not opened yet can be moved or cancelled.', { status });

/**
 * The weekly rhythm: the group's schedule turned into sessions, each of which a facilitator may move or
 * cancel until it opens. A week counts as "already there" when a session of the group was first put on
 * that day (in the group's zone), wherever it was moved since and whether or not it was cancelled; so
 * asking twice adds nothing, and a cancelled week stays cancelled.
 */
export function createScheduleService({ repo, sessions, groups, access, audit, now = () => new Date() }: Deps) {
  async function loadForChange(sessionId: string, userId: string) {
    const found = await sessions.find(sessionId);
    if (!found) throw notFound('Session');
    await access.requireFacilitator(found.session.groupId, userId);
    if (found.session.status !== 'scheduled') throw notScheduled(found.session.status);
    return found;
  }

  /** The update, unless the session opened (or was cancelled) in the meantime. */
  async function change(sessionId: string, values: Parameters<ScheduleRepository['updateScheduled']>[1]) {
    const row = await repo.updateScheduled(sessionId, values);
    if (row) return row;
    const again = await sessions.find(sessionId);
    if (!again) throw notFound('Session');
    throw notScheduled(again.session.status);
  }

  return {
    async addSeries(groupId: string, body: SeriesBody, userId: string): Promise<SeriesResult> {
      await access.requireFacilitator(groupId, userId);
      const group = await groups.findGroup(groupId);
      if (!group) throw notFound('Group');
      const zone = group.timezone;
      const at = now();
      if (body.from && !fromDayAllowed(body.from, zone, at)) {
        throw new AppError('VALIDATION_FAILED', 'Start the series today or on a day within the next year.', { field: 'body.from' });
      }
      const schedule = { weekday: group.weekday, time: group.startTime, timezone: zone, durationMinutes: group.durationMinutes };
      const occurrences = weeklyOccurrences(schedule, body.weeks, at, body.from);
      const first = occurrences[0];
      if (!first) return { created: [], skipped: 0 };
      // From a day before the first week: an original start on that local day may lie a few hours earlier in UTC.
      const since = new Date(first.start.getTime() - 86_400_000);
      let skipped = 0;
      const rows = await repo.addSeries(groupId, since, (originalStarts) => {
        const taken = new Set(originalStarts.map((start) => localDateIn(start, zone)));
        const fresh = occurrences.filter((o) => !taken.has(o.localDate));
        skipped = occurrences.length - fresh.length;
        return fresh.map((o) => ({ groupId, scheduledStart: o.start, scheduledEnd: o.end, roomName: `hearth-${randomToken(18)}` }));
      });
      await audit.record({ actorId: userId, action: 'session.series', groupId, detail: { created: rows.length, skipped } });
      const created = rows.map((row) => toSession(row, group.name)).sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart));
      return { created, skipped };
    },

    /** A new start, same length; `movedFrom` keeps where the series first put it, so the group sees the change. */
    async move(sessionId: string, body: MoveSessionBody, userId: string): Promise<Session> {
      const { session, groupName } = await loadForChange(sessionId, userId);
      const start = new Date(body.scheduledStart);
      if (start.getTime() <= now().getTime()) {
        throw new AppError('VALIDATION_FAILED', 'Move it to a time that has not passed yet.', { field: 'body.scheduledStart' });
      }
      const original = session.movedFrom ?? session.scheduledStart;
      const length = session.scheduledEnd.getTime() - session.scheduledStart.getTime();
      const row = await change(sessionId, {
        scheduledStart: start,
        scheduledEnd: new Date(start.getTime() + length),
        // Moved back to where it was first: no longer a moved session.
        movedFrom: original.getTime() === start.getTime() ? null : original,
      });
      await audit.record({ actorId: userId, action: 'session.move', groupId: session.groupId, subjectId: sessionId });
      return toSession(row, groupName);
    },

    /** The group does not meet that week; the session stays in the list, and its room never opens. */
    async cancel(sessionId: string, userId: string): Promise<Session> {
      const { session, groupName } = await loadForChange(sessionId, userId);
      const row = await change(sessionId, { status: 'cancelled' });
      await audit.record({ actorId: userId, action: 'session.cancel', groupId: session.groupId, subjectId: sessionId });
      return toSession(row, groupName);
    },

    /** The next session (or the one running now) of each of her groups, soonest first: members and facilitators alike. */
    async next(userId: string): Promise<Session[]> {
      const rows = await repo.upcomingForUser(userId, now());
      const seen = new Set<string>();
      const firstPerGroup = rows.filter(({ session }) => !seen.has(session.groupId) && seen.add(session.groupId));
      return firstPerGroup.map((r) => toSession(r.session, r.groupName));
    },
  };
}
export type ScheduleService = ReturnType<typeof createScheduleService>;
