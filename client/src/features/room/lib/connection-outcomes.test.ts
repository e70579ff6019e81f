import { describe, expect, it } from 'vitest';
import { ConnectionError, DisconnectReason } from 'livekit-client';
import { ApiRequestError, type ClientErrorCode } from '@/lib/api-client';
import { afterConnectFailed, afterDisconnect, afterTokenRefused, retryDelayMs } from './connection-outcomes';

const refused = (code: ClientErrorCode, details?: Record<string, unknown>) => new ApiRequestError({ code, status: 403, message: code, details });

describe('what the room does after LiveKit drops her', () => {
  it('stops for good when she was removed, when the session ended, or when she joined elsewhere', () => {
    expect(afterDisconnect(DisconnectReason.PARTICIPANT_REMOVED)).toEqual({ kind: 'stop', reason: 'removed' });
    expect(afterDisconnect(DisconnectReason.ROOM_DELETED)).toEqual({ kind: 'stop', reason: 'ended' });
    expect(afterDisconnect(DisconnectReason.DUPLICATE_IDENTITY)).toEqual({ kind: 'stop', reason: 'elsewhere' });
  });

  it('keeps trying after any other drop, a lost network included', () => {
    expect(afterDisconnect(undefined)).toEqual({ kind: 'retry', problem: 'dropped' });
    expect(afterDisconnect(DisconnectReason.SIGNAL_CLOSE)).toEqual({ kind: 'retry', problem: 'dropped' });
  });
});

describe('what the room does when Hearth refuses a token', () => {
  it('stops when she was removed or the session is over', () => {
    expect(afterTokenRefused(refused('REMOVED_FROM_SESSION'))).toEqual({ kind: 'stop', reason: 'removed' });
    expect(afterTokenRefused(refused('SESSION_ENDED'))).toEqual({ kind: 'stop', reason: 'ended' });
    expect(afterTokenRefused(refused('SESSION_NOT_OPEN', { status: 'ended' }))).toEqual({ kind: 'stop', reason: 'ended' });
  });

  it('sends her back to sign a new agreement', () => {
    expect(afterTokenRefused(refused('AGREEMENT_REQUIRED'))).toEqual({ kind: 'stop', reason: 'agreement' });
  });

  it('hands another step of the gate back to the session page', () => {
    for (const code of ['PRIVACY_CHECK_REQUIRED', 'WAITING_FOR_ADMISSION', 'NOT_A_MEMBER', 'UNAUTHENTICATED'] as const) {
      expect(afterTokenRefused(refused(code))).toEqual({ kind: 'gate' });
    }
    expect(afterTokenRefused(refused('SESSION_NOT_OPEN', { status: 'scheduled' }))).toEqual({ kind: 'gate' });
  });

  it('keeps trying through an outage, saying whether Hearth or the video server is out', () => {
    expect(afterTokenRefused(refused('VIDEO_SERVER_UNAVAILABLE'))).toEqual({ kind: 'retry', problem: 'video' });
    expect(afterTokenRefused(new ApiRequestError({ code: 'NETWORK_ERROR', status: 0, message: 'offline' }))).toEqual({ kind: 'retry', problem: 'hearth' });
    expect(afterTokenRefused(refused('INTERNAL'))).toEqual({ kind: 'retry', problem: 'hearth' });
  });
});

describe('what the room does when connecting to LiveKit fails', () => {
  it('follows the reason LiveKit gave when it asked her to leave', () => {
    expect(afterConnectFailed(ConnectionError.leaveRequest('left', DisconnectReason.PARTICIPANT_REMOVED))).toEqual({ kind: 'stop', reason: 'removed' });
  });

  it('treats anything else as the video server being out', () => {
    expect(afterConnectFailed(ConnectionError.timeout('slow'))).toEqual({ kind: 'retry', problem: 'video' });
    expect(afterConnectFailed(new Error('boom'))).toEqual({ kind: 'retry', problem: 'video' });
  });
});

describe('how long the room waits before trying again', () => {
  const middle = () => 0.5;

  it('tries the first time at once, then waits longer after each failure, up to fifteen seconds', () => {
    expect(retryDelayMs(0, middle)).toBe(0);
    const waits = [1, 2, 3, 4, 5, 6, 9].map((attempt) => retryDelayMs(attempt, middle));
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]);
  });

  it('spreads a group’s retries by up to a fifth either way, so they do not all come back at once', () => {
    expect(retryDelayMs(3, () => 0)).toBe(3_200);
    expect(retryDelayMs(3, () => 1)).toBe(4_800);
  });
});
