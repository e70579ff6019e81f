import fp from 'fastify-plugin';
import { AccessToken, RoomServiceClient, TrackSource, type VideoGrant } from 'livekit-server-sdk';
import { livekitApiUrl } from '../config.js';
import { isFacilitatorRole, type Role } from '@hearth/shared';
import { AppError } from '../lib/errors.js';

export interface RoomTokenRequest {
  roomName: string;
  identity: string;
  name: string;
  /** Her role in the group: set in the participant's attributes, so every tile shows it as the server says. */
  role: Role;
}

/** What a participant carries in LiveKit: `role` is the group's word for her, set by the server only. */
export const participantAttributes = (role: Role) => ({ role });

export interface LiveKit {
  serverUrl: string;
  createRoom(name: string, maxParticipants: number, emptyTimeoutSeconds: number): Promise<void>;
  deleteRoom(name: string): Promise<void>;
  roomToken(request: RoomTokenRequest): Promise<string>;
  /** Mutes her published microphone; false when she is not in the room. */
  muteMicrophone(roomName: string, identity: string): Promise<boolean>;
  /** Disconnects someone now; succeeds when she is not in the room. */
  removeParticipant(roomName: string, identity: string): Promise<void>;
  /** Her role changed while she may be in the room: new attributes and publish rights now; nothing when she is not there. */
  setParticipantRole(roomName: string, identity: string, role: Role): Promise<void>;
  rooms: RoomServiceClient;
}

declare module 'fastify' {
  interface FastifyInstance {
    livekit: LiveKit;
  }
}

/**
 * Members publish camera and microphone and subscribe; facilitators may also share a screen. Nobody
 * administers the room from her token: moderation goes through the server, which checks her role on
 * every command, while a room-admin grant would outlive a demotion in the tokens LiveKit refreshes.
 */
export function grantFor({ roomName, role }: Pick<RoomTokenRequest, 'roomName' | 'role'>): VideoGrant {
  const facilitator = isFacilitatorRole(role);
  return {
    room: roomName,
    roomJoin: true,
    canSubscribe: true,
    canPublish: true,
    canPublishSources: facilitator
      ? [TrackSource.CAMERA, TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO]
      : [TrackSource.CAMERA, TrackSource.MICROPHONE],
    canPublishData: false,
    canUpdateOwnMetadata: false,
    roomAdmin: false,
  };
}

const unavailable = () => new AppError('VIDEO_SERVER_UNAVAILABLE', 'The video server cannot be reached right now. Please try again in a moment.');

const isNotFound = (err: unknown) => /not.?found|404/i.test(String(err));

export default fp(
  async (app) => {
    const { LIVEKIT_API_KEY: key, LIVEKIT_API_SECRET: secret, LIVEKIT_TOKEN_TTL_SECONDS: ttl } = app.config;
    const rooms = new RoomServiceClient(livekitApiUrl(app.config), key, secret);
    const unlessNotFound = (what: string) => (err: unknown) => {
      if (isNotFound(err)) return;
      app.log.warn({ err: String(err) }, `livekit ${what} failed`);
      throw unavailable();
    };
    const livekit: LiveKit = {
      serverUrl: app.config.LIVEKIT_URL,
      rooms,
      async createRoom(name, maxParticipants, emptyTimeout) {
        await rooms.createRoom({ name, maxParticipants, emptyTimeout }).catch((err: unknown) => {
          app.log.warn({ err: String(err) }, 'livekit createRoom failed');
          throw unavailable();
        });
      },
      async deleteRoom(name) {
        // A room LiveKit already closed (empty timeout) is as good as deleted.
        await rooms.deleteRoom(name).catch(unlessNotFound('deleteRoom'));
      },
      async muteMicrophone(roomName, identity) {
        const participant = await rooms.getParticipant(roomName, identity).catch((err: unknown) => {
          if (isNotFound(err)) return undefined;
          throw unavailable();
        });
        if (!participant) return false;
        const microphones = participant.tracks.filter((t) => t.source === TrackSource.MICROPHONE && !t.muted);
        await Promise.all(microphones.map((t) => rooms.mutePublishedTrack(roomName, identity, t.sid, true)));
        return true;
      },
      async removeParticipant(roomName, identity) {
        await rooms.removeParticipant(roomName, identity).catch(unlessNotFound('removeParticipant'));
      },
      async setParticipantRole(roomName, identity, role) {
        const grant = grantFor({ roomName, role });
        await rooms
          .updateParticipant(roomName, identity, {
            attributes: participantAttributes(role),
            permission: { canSubscribe: true, canPublish: true, canPublishData: false, canPublishSources: grant.canPublishSources ?? [], canUpdateMetadata: false },
          })
          .catch(unlessNotFound('updateParticipant'));
      },
      async roomToken(request) {
        const token = new AccessToken(key, secret, { identity: request.identity, name: request.name, ttl, attributes: participantAttributes(request.role) });
        token.addGrant(grantFor(request));
        return token.toJwt();
      },
    };
    app.decorate('livekit', livekit);
  },
  { name: 'livekit', dependencies: ['config'] },
);
