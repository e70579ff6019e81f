import type { DirectoryGroup, DirectoryGroupDetail, DirectoryPage, DirectoryQuery } from '@hearth/shared';
import { isoString } from '../../lib/dates.js';
import { notFound } from '../../lib/errors.js';
import { nextStart } from './next-start.js';
import type { DirectoryRepository } from './repository.js';

type Row = NonNullable<Awaited<ReturnType<DirectoryRepository['findListed']>>>;

/** Field by field, so nothing a row carries reaches a visitor by accident. */
function toListing(row: Row, now: Date): DirectoryGroup {
  const schedule = { weekday: row.weekday, time: row.startTime, timezone: row.timezone, durationMinutes: row.durationMinutes };
  const next = nextStart(schedule, row.startsOn, now);
  return {
    id: row.id,
    name: row.name,
    focus: row.focus,
    description: row.description,
    format: row.format,
    minimumCommitmentSessions: row.minimumCommitmentSessions,
    facilitator: { displayName: row.facilitatorName, credential: row.credential ?? '', bio: row.bio ?? '' },
    schedule,
    nextStartAt: next ? isoString(next) : null,
    startsOn: row.startsOn,
    costPerSessionCents: row.costPerSessionCents,
    currency: row.currency,
    slidingScaleNote: row.slidingScaleNote,
    seatsLeft: Math.max(0, row.capacity - row.seated),
  };
}

export function createDirectoryService({ repo, now = () => new Date() }: { repo: DirectoryRepository; now?: () => Date }) {
  return {
    async page(query: DirectoryQuery): Promise<DirectoryPage> {
      const rows = await repo.page(query);
      const shown = rows.slice(0, query.limit);
      const last = shown.at(-1);
      const at = now();
      return {
        groups: shown.map((row) => toListing(row, at)),
        nextCursor: rows.length > query.limit && last ? `${last.cursorMicros}.${last.id}` : null,
      };
    },

    async detail(groupId: string): Promise<DirectoryGroupDetail> {
      const row = await repo.findListed(groupId);
      if (!row) throw notFound('Group');
      return { ...toListing(row, now()), intakeQuestions: row.intakeQuestions };
    },

    /** A group described as the directory would, listed or not (an invite link's page). */
    async listingOf(groupId: string): Promise<DirectoryGroup | undefined> {
      const row = await repo.findAny(groupId);
      return row ? toListing(row, now()) : undefined;
    },
  };
}
export type DirectoryService = ReturnType<typeof createDirectoryService>;
