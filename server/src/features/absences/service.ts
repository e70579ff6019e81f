import { isFacilitatorRole, type Absence, type AbsenceBody } from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import { isoString } from '../../lib/dates.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { SessionRepository } from '../sessions/repository.js';
import type { AbsenceRepository } from './repository.js';

interface Deps {
  repo: AbsenceRepository;
  sessions: Pick<SessionRepository, 'find'>;
  access: GroupAccess;
  audit: Audit;
  sealer: Pick<Sealer, 'seal' | 'open'>;
}

/** A note is bound to its session and its writer: copied onto another row, it does not open. */
/** What an absence note is sealed with: its session and its writer (the reseal command uses it too). */
export const noteContext = (sessionId: string, userId: string) => `absences:${sessionId}:${userId}`;

/**
 * "Tell the facilitator if you cannot come" (the agreement), made possible: a member says so for one
 * session, with an optional note only the facilitators read (sealed at rest), and may take it back.
 */
export function createAbsenceService({ repo, sessions, access, audit, sealer }: Deps) {
  async function load(sessionId: string, userId: string) {
    const found = await sessions.find(sessionId);
    if (!found) throw notFound('Session');
    const membership = await access.requireMember(found.session.groupId, userId);
    return { session: found.session, membership };
  }

  const toAbsence = (row: Awaited<ReturnType<AbsenceRepository['forSession']>>[number]): Absence => ({
    sessionId: row.sessionId,
    userId: row.userId,
    displayName: row.displayName,
    note: row.sealedNote ? sealer.open(row.sealedNote, noteContext(row.sessionId, row.userId)) : '',
    createdAt: isoString(row.createdAt),
  });

  return {
    async send(sessionId: string, body: AbsenceBody, userId: string): Promise<Absence> {
      const { session } = await load(sessionId, userId);
      if (session.status !== 'scheduled') {
        throw new AppError('SESSION_NOT_SCHEDULED', 'You can only send a notice for a session that has not started.', { status: session.status });
      }
      await repo.save(sessionId, userId, body.note ? sealer.seal(body.note, noteContext(sessionId, userId)) : null);
      // Whether there is a note, never what it says.
      await audit.record({ actorId: userId, action: 'session.absence', groupId: session.groupId, subjectId: sessionId, detail: { note: body.note !== '' } });
      const [row] = await repo.forPerson(sessionId, userId);
      if (!row) throw notFound('Absence');
      return toAbsence(row);
    },

    /** She can come after all: while the session has not ended, the notice goes. */
    async withdraw(sessionId: string, userId: string) {
      const { session } = await load(sessionId, userId);
      if (session.status !== 'scheduled' && session.status !== 'open') {
        throw new AppError('SESSION_NOT_SCHEDULED', 'This session is over; its notices stay as they were.', { status: session.status });
      }
      await repo.remove(sessionId, userId);
      await audit.record({ actorId: userId, action: 'session.absence_withdrawn', groupId: session.groupId, subjectId: sessionId });
    },

    /** Facilitators: every notice with its note. A member: only her own. */
    async list(sessionId: string, userId: string): Promise<Absence[]> {
      const { membership } = await load(sessionId, userId);
      const rows = isFacilitatorRole(membership.role) ? await repo.forSession(sessionId) : await repo.forPerson(sessionId, userId);
      return rows.map(toAbsence);
    },
  };
}
export type AbsenceService = ReturnType<typeof createAbsenceService>;
