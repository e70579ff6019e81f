import { randomUUID } from 'node:crypto';
import {
  journalAnswersSchema,
  type JournalAnswers,
  type JournalEntry,
  type JournalExportFormat,
  type NewJournalEntry,
  type SharedJournalEntry,
} from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import { isoString } from '../../lib/dates.js';
import type { Sealer } from '../../lib/sealing.js';
import type { GroupAccess } from '../groups/access.js';
import type { SessionRepository } from '../sessions/repository.js';
import { journalContext } from './context.js';
import { exportFilename, journalMarkdown } from './export.js';
import type { JournalRepository, JournalRow } from './repository.js';

interface Deps {
  repo: JournalRepository;
  sessions: Pick<SessionRepository, 'find'>;
  access: GroupAccess;
  sealer: Sealer;
  now?: () => Date;
}

const answersOf = (a: JournalAnswers) => ({ resonated: a.resonated, workAndHome: a.workAndHome, skill: a.skill });

/**
 * Her reflection journal. Hers alone: every read and write is by her own id, so anyone else — a
 * facilitator of her group too — gets 404 for an entry, as if it did not exist. The one way out is her
 * choice to share a single entry, which the facilitators then read on the session's notes page.
 * The words are sealed to the entry and to her, and never logged or audited.
 */
export function createJournalService({ repo, sessions, access, sealer, now = () => new Date() }: Deps) {
  const open = (row: Pick<JournalRow, 'id' | 'userId' | 'sealed'>) =>
    journalAnswersSchema.parse(JSON.parse(sealer.open(row.sealed, journalContext(row.id, row.userId))));

  const toEntry = (row: JournalRow): JournalEntry => ({
    id: row.id,
    sessionId: row.sessionId,
    groupName: row.groupName,
    sessionStart: row.sessionStart ? isoString(row.sessionStart) : null,
    ...open(row),
    sharedAt: row.sharedAt ? isoString(row.sharedAt) : null,
    createdAt: isoString(row.createdAt),
    updatedAt: isoString(row.updatedAt),
  });

  async function mine(entryId: string, userId: string) {
    const row = await repo.find(entryId, userId);
    if (!row) throw notFound('Journal entry');
    return row;
  }

  async function list(userId: string, sessionId?: string) {
    return (await repo.list(userId, sessionId)).map(toEntry);
  }

  return {
    list: (userId: string) => list(userId),

    async forSession(sessionId: string, userId: string) {
      if (!(await sessions.find(sessionId))) throw notFound('Session');
      return list(userId, sessionId);
    },

    async create(input: NewJournalEntry, userId: string) {
      const found = await sessions.find(input.sessionId);
      if (!found) throw notFound('Session');
      await access.requireMember(found.session.groupId, userId);
      if (found.session.status !== 'ended') {
        throw new AppError('SESSION_NOT_ENDED', 'You can reflect on a session once it has ended.', { status: found.session.status });
      }
      const id = randomUUID();
      await repo.insert({ id, userId, sessionId: input.sessionId, sealed: sealer.seal(JSON.stringify(answersOf(input)), journalContext(id, userId)) });
      return toEntry(await mine(id, userId));
    },

    async update(entryId: string, answers: JournalAnswers, userId: string) {
      if (!(await repo.update(entryId, userId, sealer.seal(JSON.stringify(answersOf(answers)), journalContext(entryId, userId))))) throw notFound('Journal entry');
      return toEntry(await mine(entryId, userId));
    },

    async remove(entryId: string, userId: string) {
      if (!(await repo.delete(entryId, userId))) throw notFound('Journal entry');
    },

    /** Shares this one entry with the facilitators of its session's group, or takes it back. */
    async share(entryId: string, shared: boolean, userId: string) {
      const row = await mine(entryId, userId);
      if (shared) {
        if (!row.groupId) throw notFound('Session');
        await access.requireMember(row.groupId, userId);
      }
      await repo.setShared(entryId, userId, shared);
      return toEntry(await mine(entryId, userId));
    },

    async export(userId: string, format: JournalExportFormat) {
      const at = now();
      const entries = await list(userId);
      return format === 'json'
        ? { filename: exportFilename(at, 'json'), type: 'application/json; charset=utf-8', body: JSON.stringify({ exportedAt: at.toISOString(), entries }, null, 2) }
        : { filename: exportFilename(at, 'md'), type: 'text/markdown; charset=utf-8', body: journalMarkdown(entries, at) };
    },

    /** For the facilitators' notes page: what members of the group chose to share about this session. */
    async sharedWithFacilitators(sessionId: string, userIds: string[]): Promise<SharedJournalEntry[]> {
      return (await repo.shared(sessionId, userIds)).map((row) => ({
        id: row.id,
        userId: row.userId,
        displayName: row.displayName,
        ...open(row),
        sharedAt: isoString(row.sharedAt ?? new Date(0)),
      }));
    },
  };
}
export type JournalService = ReturnType<typeof createJournalService>;
