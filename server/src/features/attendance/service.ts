import type { WebhookEvent } from 'livekit-server-sdk';
import type { AttendanceEntry } from '@hearth/shared';
import type { AttendanceRepository } from './repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** LiveKit stamps events in seconds; fall back to arrival time when it does not. */
const eventTime = (event: WebhookEvent) => (event.createdAt ? new Date(Number(event.createdAt) * 1000) : new Date());

export function createAttendanceService(repo: AttendanceRepository) {
  return {
    /** Applies one verified LiveKit webhook event, once. Events for rooms Hearth did not make are ignored. */
    async apply(event: WebhookEvent): Promise<'applied' | 'ignored' | 'replay'> {
      if (!event.id || !event.room?.name) return 'ignored';
      const session = await repo.findSessionByRoom(event.room.name);
      if (!session) return 'ignored';
      if (!(await repo.claimEvent(event.id, event.event))) return 'replay';
      const at = eventTime(event);
      const identity = event.participant?.identity ?? '';
      switch (event.event) {
        case 'participant_joined':
          if (UUID.test(identity)) await repo.recordJoin(session.id, identity, at);
          break;
        case 'participant_left':
          if (UUID.test(identity)) await repo.recordLeave(session.id, identity, at);
          break;
        case 'room_finished':
          await repo.closeAll(session.id, at);
          break;
        default:
          return 'ignored';
      }
      return 'applied';
    },

    async list(sessionId: string): Promise<AttendanceEntry[]> {
      return (await repo.list(sessionId)).map((r) => ({
        userId: r.userId,
        displayName: r.displayName,
        joinedAt: r.joinedAt.toISOString(),
        leftAt: r.leftAt?.toISOString() ?? null,
      }));
    },
  };
}
export type AttendanceService = ReturnType<typeof createAttendanceService>;
