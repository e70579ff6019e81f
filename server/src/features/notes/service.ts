import {
  firstName,
  groupNoteSchema,
  isFacilitatorRole,
  type GroupNote,
  type GroupNoteInput,
  type MemberNoteInput,
  type NoteAttendance,
  type RecapInput,
  type SessionNotes,
  type SessionRecap,
  type SharedJournalEntry,
} from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import { isoString } from '../../lib/dates.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { SessionRepository, SessionRow } from '../sessions/repository.js';
import { toSession } from '../sessions/service.js';
import { memberNoteContext, recapContext, sessionNoteContext } from './contexts.js';
import type { NotesRepository } from './repository.js';

interface Deps {
  repo: NotesRepository;
  sessions: Pick<SessionRepository, 'find'>;
  access: GroupAccess;
  audit: Audit;
  sealer: Sealer;
  /** Journal entries about this session its writers shared with the facilitators (the journal feature opens them). */
  sharedEntries: (sessionId: string, userIds: string[]) => Promise<SharedJournalEntry[]>;
}

/** People still in the group: their shared entries show; a member who left keeps hers to herself. */
const IN_GROUP = new Set(['active', 'leaving']);

function attendanceOf(rows: { joinedAt: Date; leftAt: Date | null }[], endedAt: Date | null): NoteAttendance {
  if (rows.length === 0) return { firstJoinedAt: null, lastLeftAt: null, minutes: 0 };
  const joined = Math.min(...rows.map((r) => r.joinedAt.getTime()));
  const stillIn = rows.some((r) => !r.leftAt);
  const left = stillIn ? null : Math.max(...rows.map((r) => r.leftAt?.getTime() ?? 0));
  const until = (r: { leftAt: Date | null }) => (r.leftAt ?? endedAt ?? new Date()).getTime();
  const ms = rows.reduce((sum, r) => sum + Math.max(0, until(r) - r.joinedAt.getTime()), 0);
  return { firstJoinedAt: new Date(joined).toISOString(), lastLeftAt: left === null ? null : new Date(left).toISOString(), minutes: Math.round(ms / 60_000) };
}

/**
 * Facilitator notes and the recap. Notes are for the group's facilitators and co-facilitators alone:
 * every read and write asks `requireFacilitator`, nothing here reaches a member's payload, and the
 * words are sealed before they reach the database and never logged (the audit log records that a note
 * changed, not what it says).
 */
export function createNotesService({ repo, sessions, access, audit, sealer, sharedEntries }: Deps) {
  async function loadAsFacilitator(sessionId: string, userId: string) {
    const found = await sessions.find(sessionId);
    if (!found) throw notFound('Session');
    await access.requireFacilitator(found.session.groupId, userId);
    return found;
  }

  const requireBegun = (session: SessionRow) => {
    if (session.status !== 'open' && session.status !== 'ended') {
      throw new AppError('SESSION_NOT_ENDED', 'Notes are kept once the session has begun.', { status: session.status });
    }
  };

  const promptsSchema = groupNoteSchema.pick({ themes: true, dynamics: true, risk: true, plan: true });
  const openGroupNote = (sessionId: string, sealed: string) => promptsSchema.parse(JSON.parse(sealer.open(sealed, sessionNoteContext(sessionId))));

  return {
    async read(sessionId: string, userId: string): Promise<SessionNotes> {
      const { session, groupName } = await loadAsFacilitator(sessionId, userId);
      const [groupNote, notes, people, stays, recap] = await Promise.all([
        repo.groupNote(sessionId),
        repo.memberNotes(sessionId),
        repo.members(session.groupId),
        repo.attendance(sessionId),
        repo.recap(sessionId),
      ]);
      const noteBy = new Map(notes.map((n) => [n.memberId, n]));
      const listed = people.filter((p) => IN_GROUP.has(p.status) || noteBy.has(p.userId) || stays.some((s) => s.userId === p.userId));
      const shared = await sharedEntries(
        sessionId,
        listed.filter((p) => IN_GROUP.has(p.status)).map((p) => p.userId),
      );
      const note: GroupNote | null = groupNote
        ? { ...openGroupNote(sessionId, groupNote.sealed), updatedAt: isoString(groupNote.updatedAt), updatedBy: firstName(groupNote.updatedBy) }
        : null;
      return {
        session: toSession(session, groupName),
        writable: session.status === 'open' || session.status === 'ended',
        groupNote: note,
        members: listed.map((p) => {
          const mine = noteBy.get(p.userId);
          return {
            userId: p.userId,
            displayName: p.displayName,
            attendance: attendanceOf(
              stays.filter((s) => s.userId === p.userId),
              session.endedAt,
            ),
            note: mine
              ? {
                  body: sealer.open(mine.sealed, memberNoteContext(sessionId, p.userId)),
                  updatedAt: isoString(mine.updatedAt),
                  updatedBy: firstName(mine.updatedBy),
                }
              : null,
          };
        }),
        recap: recap ? { body: sealer.open(recap.sealed, recapContext(sessionId)), updatedAt: isoString(recap.updatedAt) } : null,
        sharedEntries: shared,
      };
    },

    async saveGroupNote(sessionId: string, input: GroupNoteInput, userId: string) {
      const { session } = await loadAsFacilitator(sessionId, userId);
      requireBegun(session);
      const empty = !input.themes && !input.dynamics && !input.risk && !input.plan;
      if (empty) await repo.deleteGroupNote(sessionId);
      else await repo.saveGroupNote(sessionId, sealer.seal(JSON.stringify(input), sessionNoteContext(sessionId)), userId);
      await audit.record({ actorId: userId, action: empty ? 'session_note.delete' : 'session_note.save', groupId: session.groupId, subjectId: sessionId });
    },

    async saveMemberNote(sessionId: string, memberId: string, input: MemberNoteInput, userId: string) {
      const { session } = await loadAsFacilitator(sessionId, userId);
      requireBegun(session);
      const target = await repo.membership(session.groupId, memberId);
      if (!target || target.role !== 'member') throw notFound('Member of this group');
      if (input.body) await repo.saveMemberNote(sessionId, memberId, sealer.seal(input.body, memberNoteContext(sessionId, memberId)), userId);
      else await repo.deleteMemberNote(sessionId, memberId);
      await audit.record({ actorId: userId, action: input.body ? 'member_note.save' : 'member_note.delete', groupId: session.groupId, subjectId: memberId });
    },

    async saveRecap(sessionId: string, input: RecapInput, userId: string) {
      const { session } = await loadAsFacilitator(sessionId, userId);
      if (session.status !== 'ended') throw new AppError('SESSION_NOT_ENDED', 'A recap is written once the session has ended.', { status: session.status });
      if (input.body) await repo.saveRecap(sessionId, sealer.seal(input.body, recapContext(sessionId)), userId);
      else await repo.deleteRecap(sessionId);
      await audit.record({ actorId: userId, action: input.body ? 'recap.save' : 'recap.delete', groupId: session.groupId, subjectId: sessionId });
    },

    /** The recap, for everyone who was in the group that week (members who missed the session above all). */
    async recap(sessionId: string, userId: string): Promise<SessionRecap> {
      const found = await sessions.find(sessionId);
      if (!found) throw notFound('Session');
      const membership = await access.requireMember(found.session.groupId, userId);
      // Written for the group as it was that week: someone who joined after it ended was never part of it.
      const endedAt = found.session.endedAt ?? found.session.scheduledEnd;
      if (!isFacilitatorRole(membership.role) && membership.joinedAt > endedAt) return { recap: null };
      const row = await repo.recap(sessionId);
      return { recap: row ? { body: sealer.open(row.sealed, recapContext(sessionId)), updatedAt: isoString(row.updatedAt) } : null };
    },
  };
}
export type NotesService = ReturnType<typeof createNotesService>;
