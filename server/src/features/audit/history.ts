import { HISTORY_DETAIL_KEYS, type AuditEntry, type AuditPage, type AuditQuery } from '@hearth/shared';
import { isoString } from '../../lib/dates.js';
import type { GroupAccess } from '../groups/access.js';
import type { AuditRepository, HistoryCursor } from './repository.js';

const encode = (c: HistoryCursor) => `${c.atMs}_${c.id}`;
const decode = (value: string): HistoryCursor => {
  const [ms = '0', id = ''] = value.split('_');
  return { atMs: Number(ms), id };
};

type Row = Awaited<ReturnType<AuditRepository['groupHistory']>>[number];

/** Only the detail keys the history shows, and only plain values. */
function shownDetail(detail: unknown): AuditEntry['detail'] {
  const shown: AuditEntry['detail'] = {};
  if (!detail || typeof detail !== 'object') return shown;
  for (const key of HISTORY_DETAIL_KEYS) {
    const value = (detail as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') shown[key] = value;
  }
  return shown;
}

const toEntry = (row: Row): AuditEntry => ({
  id: row.id,
  at: isoString(row.at),
  action: row.action,
  actor: row.actorId && row.actorName !== null ? { id: row.actorId, name: row.actorName } : null,
  subject: row.subjectId && row.subjectName !== null ? { id: row.subjectId, name: row.subjectName } : null,
  session: row.sessionId && row.sessionStart ? { id: row.sessionId, scheduledStart: isoString(row.sessionStart) } : null,
  detail: shownDetail(row.detail),
});

/** The group's consent and moderation history, for its facilitators only. */
export function createAuditHistory({ repo, access }: { repo: AuditRepository; access: GroupAccess }) {
  return {
    async page(groupId: string, query: AuditQuery, userId: string): Promise<AuditPage> {
      await access.requireFacilitator(groupId, userId);
      const rows = await repo.groupHistory(groupId, query.limit + 1, query.before ? decode(query.before) : undefined);
      const entries = rows.slice(0, query.limit).map(toEntry);
      const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
      return { entries, nextCursor: last ? encode({ atMs: last.at.getTime(), id: last.id }) : null };
    },
  };
}
export type AuditHistory = ReturnType<typeof createAuditHistory>;
