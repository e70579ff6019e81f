import {
  firstName,
  isFacilitatorRole,
  isInGroup,
  MAX_CO_FACILITATORS,
  type CreateSessionBody,
  type Role,
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
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import { gateError, refusalAt, STEP_FOR_REFUSAL, type Entry, type GateRepository } from '../gate/index.js';
import type { SessionRepository, SessionRow } from './repository.js';

interface Deps {
  repo: SessionRepository;
  groups: GroupRepository;
  access: GroupAccess;
  livekit: LiveKit;
  audit: Audit;
  gate: GateRepository;
  /** Makes the session's live document (the talking order, timers, lobby) as it opens. */
  createLiveDocument: (sessionId: string) => Promise<void>;
  /** Refuses a facilitator without two-step sign-in, when the operator asks for it (REQUIRE_FACILITATOR_TWO_STEP). */
  requireFacilitatorTwoStep: (userId: string) => Promise<void>;
  /** After a session has ended: whoever said goodbye in it is now `left` (membership/). */
  onEnded?: (groupId: string, sessionId: string) => Promise<void>;
  /** Seals where she says she is this session (safety/), so only the facilitators' route opens it. */
  sealLocation: (location: string, sessionId: string, userId: string) => string;
  /**
   * The door's pass runs (LIVEKIT_RECONCILE_MS > 0), so a room LiveKit loses is noticed and made again
   * within an interval: tokens may then skip making rooms this process has already made.
   */
  doorRestoresRooms: boolean;
  now?: () => Date;
}

// A room nobody is in closes on its own after this, in case "end" is never pressed.
const EMPTY_ROOM_TIMEOUT_SECONDS = 15 * 60;
// Seats beyond the members: the facilitator and her co-facilitators (they never take a member's seat).
const FACILITATOR_SEATS = 1 + MAX_CO_FACILITATORS;

export const toSession = (row: Pick<SessionRow, 'id' | 'groupId' | 'scheduledStart' | 'scheduledEnd' | 'status' | 'movedFrom'>, groupName: string): Session => ({
  id: row.id,
  groupId: row.groupId,
  groupName,
  scheduledStart: isoString(row.scheduledStart),
  scheduledEnd: isoString(row.scheduledEnd),
  status: row.status,
  movedFrom: row.movedFrom ? isoString(row.movedFrom) : null,
});

export function createSessionService({
  repo,
  groups,
  access,
  livekit,
  audit,
  gate,
  createLiveDocument,
  requireFacilitatorTwoStep,
  onEnded,
  sealLocation,
  doorRestoresRooms,
  now = () => new Date(),
}: Deps) {
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
   * "Joining, in order" for one person at one door, from one query: the session and her place in it,
   * or the refusal as a value. Only the edges (a route, the socket handshake) turn a refusal into an error.
   */
  async function evaluate(sessionId: string, userId: string, entry: Entry) {
    const found = await gate.load(sessionId, [userId]);
    if (!found) throw notFound('Session');
    const { session, facts } = found;
    return { session, facts, role: facts.people.get(userId)?.role, refusal: refusalAt(facts, userId, entry) };
  }

  /** Past every step of the gate for this door, or the step's own error. */
  async function admit(sessionId: string, userId: string, entry: Entry) {
    const result = await evaluate(sessionId, userId, entry);
    if (result.refusal || !result.role) throw gateError(result.refusal ?? 'NOT_A_MEMBER', result.facts);
    return { ...result, role: result.role };
  }

  /**
   * LiveKit never creates a room on join (auto_create is off, so an ended session's room cannot come
   * back); Hearth creates it on "open", and the door's pass makes it again when LiveKit has lost it (a
   * restart, or an empty room it closed). Creating a room that exists is a no-op.
   *
   * `madeRooms` are the rooms this process made. A token for one of them skips the CreateRoom round
   * trip (a fifth of the token's CPU: an HTTP request with its own admin JWT) when the door's pass
   * watches for lost rooms; without the pass nothing would notice one, so every token makes its room.
   */
  const madeRooms = new Set<string>();
  const ensureRoom = async (roomName: string, capacity: number) => {
    await livekit.createRoom(roomName, capacity + FACILITATOR_SEATS, EMPTY_ROOM_TIMEOUT_SECONDS);
    madeRooms.add(roomName);
  };
  const roomForToken = (roomName: string, capacity: number) => (doorRestoresRooms && madeRooms.has(roomName) ? undefined : ensureRoom(roomName, capacity));

  return {
    /** For the door's pass: LiveKit has lost this room, so it is made again, and no token trusts it was made until then. */
    async restoreRoom(roomName: string, capacity: number) {
      madeRooms.delete(roomName);
      await ensureRoom(roomName, capacity);
    },

    /** The live socket's door: the gate but admission (a member waits in the lobby there). Her role in the group. */
    admitToLive: async (sessionId: string, userId: string) => (await admit(sessionId, userId, { to: 'live' })).role,

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
      const { session, facts, role, refusal } = await evaluate(sessionId, userId, { to: 'room' });
      if (!role || refusal === 'NOT_A_MEMBER' || refusal === 'UNAUTHENTICATED') throw gateError(refusal ?? 'NOT_A_MEMBER', facts);
      return {
        session: toSession(session, session.groupName),
        myRole: role,
        agreementVersion: facts.agreement?.version ?? null,
        next: refusal ? STEP_FOR_REFUSAL[refusal] : 'ready',
        askLocation: session.safetyCheck && role === 'member',
      };
    },

    async open(sessionId: string, userId: string) {
      const { session, groupName, capacity } = await loadAsFacilitator(sessionId, userId);
      if (session.status === 'ended') throw new AppError('SESSION_ENDED', 'This session has already ended.');
      // The group does not meet that week: a cancelled session never gets a room.
      if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED', 'This session is cancelled.');
      await requireFacilitatorTwoStep(userId);
      await ensureRoom(session.roomName, capacity);
      await createLiveDocument(sessionId);
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
      // Ended stands from here. If LiveKit cannot close the room now, the door's next pass closes the
      // room of an ended session (door/), so the facilitator is not told it failed.
      madeRooms.delete(session.roomName);
      await livekit.deleteRoom(session.roomName).catch(() => {});
      await audit.record({ actorId: userId, action: 'session.end', groupId: session.groupId, subjectId: sessionId });
      await onEnded?.(session.groupId, sessionId);
      return toSession({ ...session, ...ended }, groupName);
    },

    /**
     * Her privacy check for this session. With the group's safety check on, a member also says where
     * she is: sealed at rest, bound to this session and her, read by the group's facilitators only
     * (safety/). With it off, a location sent anyway is not kept.
     */
    async recordPrivacyCheck(sessionId: string, body: PrivacyCheckBody, userId: string) {
      const { session, safetyCheck } = await load(sessionId);
      const membership = await access.requireMember(session.groupId, userId);
      const asked = safetyCheck && membership.role === 'member';
      if (asked && !body.location) throw new AppError('VALIDATION_FAILED', 'Say where you are this session (your city or region).', { field: 'body.location' });
      const sealedLocation = asked && body.location ? sealLocation(body.location, sessionId, userId) : null;
      await repo.insertPrivacyCheck({ sessionId, userId, privateSpace: body.privateSpace, headphones: body.headphones, sealedLocation });
    },

    async token(sessionId: string, user: User): Promise<RoomToken> {
      const { session, role } = await admit(sessionId, user.id, { to: 'room' });
      await roomForToken(session.roomName, session.capacity);
      const token = await livekit.roomToken({
        roomName: session.roomName,
        identity: user.id,
        name: firstName(user.displayName),
        role,
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
      if (!target || !isInGroup(target.status)) return { code: 'NOT_A_MEMBER', message: 'She is not a member of this group.' };
      if (isFacilitatorRole(target.role)) return { code: 'FORBIDDEN', message: 'Facilitators cannot be muted or removed here.' };
      return null;
    },

    /** Disconnects her from the rooms of the group's running sessions (she gets no new token: the gate checks membership). */
    async disconnectFromGroupRooms(groupId: string, userId: string) {
      const running = (await repo.listForGroup(groupId)).filter((r) => r.session.status === 'open');
      await Promise.all(running.map((r) => livekit.removeParticipant(r.session.roomName, userId)));
      return running.map((r) => r.session.id);
    },

    /** Her role changed: her tile and publish rights in the rooms of the group's running sessions follow at once. */
    async roleChanged(groupId: string, userId: string, role: Role) {
      const running = (await repo.listForGroup(groupId)).filter((r) => r.session.status === 'open');
      // Her tile and publish rights follow at once. When LiveKit cannot be told now, her next token
      // carries the new role, and nothing rests on it meanwhile: the server checks her role on every
      // command, and her live connection is renewed whatever LiveKit answered.
      await Promise.allSettled(running.map((r) => livekit.setParticipantRole(r.session.roomName, userId, role)));
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
      await audit.record({ actorId: userId, action: 'session.remove_participant', groupId: session.groupId, subjectId: memberId, detail: { sessionId } });
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
