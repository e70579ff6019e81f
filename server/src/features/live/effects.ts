import type { Role } from '@hearth/shared';
import type { LiveServer } from '../../plugins/io.js';
import type { Audit } from '../audit/service.js';
import type { SessionService } from '../sessions/service.js';
import { broadcastState, closeConnections, reconnectEverywhere, rooms } from './fanout.js';
import type { LiveOutlets } from './service.js';

/**
 * What the live commands mean outside the live document, in one place: a mute reaches LiveKit, a
 * removal is written for good and puts her out of the video room and the live channel, ending a
 * session ends it for the room and every socket, a moment signal reaches the facilitators only, an
 * admission from the waiting room is kept in the group's audit log.
 */
export function createLiveEffects(io: LiveServer, clustered: boolean, sessions: SessionService, audit: Audit): LiveOutlets {
  return {
    broadcast: (sessionId, state) => broadcastState(io, clustered, sessionId, state),
    signal: (sessionId, signal) => io.of('/live').to(rooms.facilitators(sessionId)).emit('signal', signal),
    mute: (sessionId, userId) => sessions.muteParticipant(sessionId, userId),
    async remove(sessionId, userId, byUserId) {
      await sessions.removeParticipant(sessionId, userId, byUserId);
      closeConnections(io, rooms.person(sessionId, userId), 'REMOVED_FROM_SESSION', 'The facilitator removed you from this session.');
    },
    vet: async (sessionId, command) =>
      command.type === 'member:mute' || command.type === 'member:remove' ? sessions.vetModeration(sessionId, command.payload.userId) : null,
    async admitted(sessionId, userIds, byUserId) {
      const { session } = await sessions.requireFacilitatorOf(sessionId, byUserId);
      for (const userId of userIds) {
        await audit.record({ actorId: byUserId, action: 'session.admit', groupId: session.groupId, subjectId: userId, detail: { sessionId } });
      }
    },
    async endSession(sessionId, byUserId) {
      await sessions.end(sessionId, byUserId);
      closeConnections(io, rooms.session(sessionId), 'SESSION_NOT_OPEN', 'This session has ended.');
    },
  };
}

/** Removed from the group: out of the rooms of its running sessions and off their live channels. */
export const leaveGroupRooms = (io: LiveServer, sessions: SessionService) => async (groupId: string, userId: string) => {
  for (const sessionId of await sessions.disconnectFromGroupRooms(groupId, userId)) {
    closeConnections(io, rooms.person(sessionId, userId), 'NOT_A_MEMBER', 'You are no longer a member of this group.');
  }
};

/**
 * Her role changed: her tile and publish rights in the running rooms follow at once, and every live
 * connection of hers, on whichever process, reconnects, so the handshake gives her the view of her
 * new role: a demoted co-facilitator sees no facilitator data.
 */
export const roleChangedInRooms = (io: LiveServer, clustered: boolean, sessions: SessionService) => async (groupId: string, userId: string, role: Role) => {
  for (const sessionId of await sessions.roleChanged(groupId, userId, role)) {
    await reconnectEverywhere(io, clustered, rooms.person(sessionId, userId));
  }
};
