import { ConnectionError, ConnectionErrorReason, DisconnectReason } from 'livekit-client';
import { isApiError } from '@/lib/api-client';

/** Why she is out of the room for good (until she does something about it). */
export type StopReason = 'removed' | 'ended' | 'agreement' | 'elsewhere';

/** What keeps her out while the page keeps trying: Hearth itself, the video server, or her own network. */
export type Problem = 'hearth' | 'video' | 'dropped';

export type Outcome =
  | { kind: 'stop'; reason: StopReason }
  /** Another step of the gate needs doing (privacy check, lobby…): the session page shows it. */
  | { kind: 'gate' }
  | { kind: 'retry'; problem: Problem };

/** Disconnects the server decided on end the visit; anything else is an outage worth retrying. */
export function afterDisconnect(reason: DisconnectReason | undefined): Outcome {
  switch (reason) {
    case DisconnectReason.PARTICIPANT_REMOVED:
      return { kind: 'stop', reason: 'removed' };
    case DisconnectReason.ROOM_DELETED:
      return { kind: 'stop', reason: 'ended' };
    // The same person joined from another tab or device: reconnecting here would push that one out.
    case DisconnectReason.DUPLICATE_IDENTITY:
      return { kind: 'stop', reason: 'elsewhere' };
    default:
      return { kind: 'retry', problem: 'dropped' };
  }
}

/** The server re-checks the gate for every token; its refusal says whether trying again can help. */
export function afterTokenRefused(error: unknown): Outcome {
  if (isApiError(error, 'REMOVED_FROM_SESSION')) return { kind: 'stop', reason: 'removed' };
  if (isApiError(error, 'SESSION_ENDED')) return { kind: 'stop', reason: 'ended' };
  if (isApiError(error, 'SESSION_NOT_OPEN')) {
    return error.details?.status === 'ended' ? { kind: 'stop', reason: 'ended' } : { kind: 'gate' };
  }
  if (isApiError(error, 'AGREEMENT_REQUIRED', 'AGREEMENT_NOT_PUBLISHED')) return { kind: 'stop', reason: 'agreement' };
  if (isApiError(error, 'PRIVACY_CHECK_REQUIRED', 'WAITING_FOR_ADMISSION', 'NOT_A_MEMBER', 'UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN')) {
    return { kind: 'gate' };
  }
  if (isApiError(error, 'VIDEO_SERVER_UNAVAILABLE')) return { kind: 'retry', problem: 'video' };
  // Network failures, 5xx, rate limits: Hearth will very likely answer again soon.
  return { kind: 'retry', problem: 'hearth' };
}

/** LiveKit refused or could not be reached. A leave request carries the server's reason; the rest is an outage. */
export function afterConnectFailed(error: unknown): Outcome {
  if (error instanceof ConnectionError && error.reason === ConnectionErrorReason.LeaveRequest) {
    return afterDisconnect(error.context as DisconnectReason);
  }
  return { kind: 'retry', problem: 'video' };
}

const RETRY_STEPS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

/** Waits grow so a long outage is not hammered; jitter keeps a whole group from retrying in lockstep. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  const base = RETRY_STEPS_MS[Math.min(attempt, RETRY_STEPS_MS.length) - 1] ?? 0;
  return attempt <= 0 ? 0 : Math.round(base * (0.8 + 0.4 * random()));
}
