import {
  firstName,
  isFacilitatorRole,
  mustWaitInLobby,
  type CreateSessionBody,
  type GateStep,
  type LiveState,
  type PrivacyCheckBody,
  type RoomToken,
  type Session,
  type SessionGate,
  type User,
} from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import { randomToken } from '../../lib/crypto.js';
import { isoString } from '../../lib/dates.js';
import type { LiveKit } from '../../plugins/livekit.js';
import type { Audit } from '../audit/service.js';
import type { AgreementService } from '../agreements/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import type { SessionRepository, SessionRow } from './repository.js';

interface Deps {
  repo: SessionRepository;
  groups: GroupRepository;
  access: GroupAccess;
  agreements: AgreementService;
  livekit: LiveKit;
  audit: Audit;
  /** The live state, for the lobby: a member waits there until admitted. */
  liveState: (sessionId: string) => Promise<LiveState | undefined>;
  /** Refuses a facilitator without two-step sign-in, when the operator asks for it (REQUIRE_FACILITATOR_TWO_STEP). */
  requireFacilitatorTwoStep: (userId: string) => Promise<void>;
  now?: () => Date;
}

// A room nobody is in closes on its own after this, in case "end" is never pressed.
const EMPTY_ROOM_TIMEOUT_SECONDS = 15 * 60;
// Seats beyond the members: the facilitators.
const FACILITATOR_SEATS = 2;

const toSession = (row: SessionRow, groupName: string): Session => ({
  id: row.id,
  groupId: row.groupId,
  groupName,
  scheduledStart: isoString(row.scheduledStart),
  scheduledEnd: isoString(row.scheduledEnd),
  status: row.status,
});

/** Gate refusals that the session page turns into the next thing to do. */
const STEP_FOR_CODE: Partial<Record<string, GateStep>> = {
  AGREEMENT_REQUIRED: 'agreement',
  AGREEMENT_NOT_PUBLISHED: 'agreement',
  PRIVACY_CHECK_REQUIRED: 'privacy',
  REMOVED_FROM_SESSION: 'removed',
  SESSION_NOT_OPEN: 'wait_for_open',
  WAITING_FOR_ADMISSION: 'lobby',
};

export function createSessionService({ repo, groups, access, agreements, livekit, audit, liveState, requireFacilitatorTwoStep, now = () => new Date() }: Deps) {
  async function load(sessionId: string) {
    const found = await repo.find(sessionId);
    if (!found) throw notFound('Session');
    return found;
  }

  async function loadAsFacilitator(sessionId: string, userId: string) {
    const found = await load(sessionId);
    const membership = await access.requireFacilitator(found.session.groupId, userId);
    return { ...found, membership };
  }

  /**
   * "Joining, in order" from DESIGN.md. Each failed step throws its own stable code;
   * the token endpoint, the session page and the live socket all come through here.
   */
  async function checkGate(sessionId: string, userId: string) {
    const found = await load(sessionId);
    const { session } = found;
    const membership = await access.requireMember(session.groupId, userId);
    const agreementVersion = await agreements.requireCurrentAccepted(session.groupId, userId);
    if (!(await repo.hasPrivacyCheck(session.id, userId))) {
      throw new AppError('PRIVACY_CHECK_REQUIRED', 'Please confirm you are somewhere private before joining.');
    }
    if (await repo.isRemoved(session.id, userId)) {
      throw new AppError('REMOVED_FROM_SESSION', 'The facilitator removed you from this session.');
    }
    if (session.status !== 'open' && session.status !== 'live') {
      throw new AppError('SESSION_NOT_OPEN', session.status === 'ended' ? 'This session has ended.' : 'This session is not open yet.', {
        status: session.status,
      });
    }
    return { ...found, membership, agreementVersion };
  }

  /**
   * LiveKit never creates a room on join (auto_create is off, so an ended session's room cannot come
   * back); Hearth creates it on "open" and again before each token, since LiveKit closes a room that
   * stayed empty for a while. Creating a room that exists is a no-op.
   */
  const ensureRoom = (roomName: string, capacity: number) =>
    livekit.createRoom(roomName, capacity + FACILITATOR_SEATS, EMPTY_ROOM_TIMEOUT_SECONDS);

  /** With the lobby on (or the room locked), a member gets no token until a facilitator admits her. */
  async function requireAdmitted(sessionId: string, userId: string) {
    const state = await liveState(sessionId);
    if (state && mustWaitInLobby(state, userId, 'member')) {
      throw new AppError('WAITING_FOR_ADMISSION', 'Your facilitator will let you in shortly.');
    }
  }

  return {
    checkGate,

    requireFacilitatorOf: loadAsFacilitator,

    async create(groupId: string, body: CreateSessionBody, userId: string) {
      await access.requireFacilitator(groupId, userId);
      const group = await groups.findGroup(groupId);
      if (!group) throw notFound('Group');
      const start = new Date(body.scheduledStart);
      const minutes = body.durationMinutes ?? group.durationMinutes;
      const row = await repo.insert({
        groupId,
        scheduledStart: start,
        scheduledEnd: new Date(start.getTime() + minutes * 60_000),
        roomName: `hearth-${randomToken(18)}`,
      });
      await audit.record({ actorId: userId, action: 'session.schedule', groupId, subjectId: row.id });
      return toSession(row, group.name);
    },

    async list(groupId: string, userId: string) {
      await access.requireMember(groupId, userId);
      return (await repo.listForGroup(groupId)).map((r) => toSession(r.session, r.groupName));
    },

    /** The session as this person sees it, and the next step between her and the room. */
    async gate(sessionId: string, userId: string): Promise<SessionGate> {
      const { session, groupName } = await load(sessionId);
      const membership = await access.requireMember(session.groupId, userId);
      const agreementVersion = await groups.latestAgreementVersion(session.groupId);
      const base = { session: toSession(session, groupName), myRole: membership.role, agreementVersion };
      try {
        await checkGate(sessionId, userId);
        if (membership.role === 'member') await requireAdmitted(sessionId, userId);
        return { ...base, next: 'ready' };
      } catch (err) {
        const step = err instanceof AppError ? STEP_FOR_CODE[err.code] : undefined;
        if (!step) throw err;
        return { ...base, next: step };
      }
    },

    async open(sessionId: string, userId: string) {
      const { session, groupName, capacity } = await loadAsFacilitator(sessionId, userId);
      if (session.status === 'ended') throw new AppError('SESSION_ENDED', 'This session has already ended.');
      await requireFacilitatorTwoStep(userId);
      await ensureRoom(session.roomName, capacity);
      const opened = { status: 'open' as const, openedAt: session.openedAt ?? now() };
      await repo.setStatus(sessionId, opened);
      await audit.record({ actorId: userId, action: 'session.open', groupId: session.groupId, subjectId: sessionId });
      return toSession({ ...session, ...opened }, groupName);
    },

    async end(sessionId: string, userId: string) {
      const { session, groupName } = await loadAsFacilitator(sessionId, userId);
      if (session.status === 'ended') return toSession(session, groupName);
      // Mark it ended first: from this moment no token is issued, even if LiveKit is slow to answer.
      const ended = { status: 'ended' as const, endedAt: now() };
      await repo.setStatus(sessionId, ended);
      await livekit.deleteRoom(session.roomName);
      await audit.record({ actorId: userId, action: 'session.end', groupId: session.groupId, subjectId: sessionId });
      return toSession({ ...session, ...ended }, groupName);
    },

    async recordPrivacyCheck(sessionId: string, body: PrivacyCheckBody, userId: string) {
      const { session } = await load(sessionId);
      await access.requireMember(session.groupId, userId);
      await repo.insertPrivacyCheck({ sessionId, userId, privateSpace: body.privateSpace, headphones: body.headphones });
    },

    async token(sessionId: string, user: User): Promise<RoomToken> {
      const { session, membership, capacity } = await checkGate(sessionId, user.id);
      if (membership.role === 'member') await requireAdmitted(sessionId, user.id);
      await ensureRoom(session.roomName, capacity);
      const token = await livekit.roomToken({
        roomName: session.roomName,
        identity: user.id,
        name: firstName(user.displayName),
        facilitator: isFacilitatorRole(membership.role),
      });
      return { serverUrl: livekit.serverUrl, roomName: session.roomName, token };
    },

    /**
     * Mutes a member's microphone for everyone; she may unmute herself when ready (remote unmute is
     * off). Called once the live reducer has accepted a facilitator's `member:mute`.
     */
    async muteParticipant(sessionId: string, memberId: string) {
      const { session } = await load(sessionId);
      if (!(await livekit.muteMicrophone(session.roomName, memberId))) {
        throw new AppError('NOT_IN_ROOM', 'She is not in the video room right now, so there is nothing to mute.');
      }
    },

    /** Mute and remove act on a member of this group, never on a facilitator; refused before anything is written. */
    async vetModeration(sessionId: string, targetId: string): Promise<{ code: 'NOT_A_MEMBER' | 'FORBIDDEN'; message: string } | null> {
      const { session } = await load(sessionId);
      const target = await groups.findMembership(session.groupId, targetId);
      if (!target || target.status !== 'active') return { code: 'NOT_A_MEMBER', message: 'She is not a member of this group.' };
      if (isFacilitatorRole(target.role)) return { code: 'FORBIDDEN', message: 'Facilitators cannot be muted or removed here.' };
      return null;
    },

    /** Disconnects her from the rooms of the group's running sessions (she gets no new token: the gate checks membership). */
    async disconnectFromGroupRooms(groupId: string, userId: string) {
      const running = (await repo.listForGroup(groupId)).filter((r) => r.session.status === 'open' || r.session.status === 'live');
      await Promise.all(running.map((r) => livekit.removeParticipant(r.session.roomName, userId)));
      return running.map((r) => r.session.id);
    },

    /** Removed is removed: out of the room now, and no token for this session ever again. */
    async removeParticipant(sessionId: string, memberId: string, userId: string) {
      const { session } = await loadAsFacilitator(sessionId, userId);
      await repo.insertRemoval({ sessionId, userId: memberId, removedBy: userId });
      // The removal stands from here on. If LiveKit cannot be told now, once more shortly, and after
      // that the door's next pass puts her out.
      await livekit.removeParticipant(session.roomName, memberId).catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await livekit.removeParticipant(session.roomName, memberId).catch(() => {});
      });
      await audit.record({ actorId: userId, action: 'session.remove_participant', groupId: session.groupId, subjectId: memberId });
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
