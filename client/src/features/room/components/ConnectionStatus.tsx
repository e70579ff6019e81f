import { useEffect, useRef } from 'react';
import { useLocalParticipant } from '@livekit/components-react';
import type { RoomStatus } from '../hooks/use-room-session';
import type { Problem } from '../lib/connection-outcomes';
import { ConnectionQuality } from './ConnectionQuality';

const OUT_OF_ROOM: Record<Problem, string> = {
  video: 'We can’t reach the video server right now — trying again…',
  hearth: 'We can’t reach Hearth right now — trying again…',
  dropped: 'You were disconnected. Getting you back in…',
};

function describe(status: RoomStatus): string {
  switch (status.phase) {
    case 'connected':
      return 'Connected to the room';
    case 'reconnecting':
      return 'Your connection dropped. Reconnecting…';
    case 'retrying':
      return OUT_OF_ROOM[status.problem];
    case 'left':
      return 'You left the room';
    default:
      return 'Joining the room…';
  }
}

/**
 * One line that always says where she stands, announced politely when it changes; while the page
 * is retrying she can skip the wait.
 */
export function ConnectionStatus({ status, groupName, onRetryNow }: { status: RoomStatus; groupName: string; onRetryNow: () => void }) {
  const { localParticipant } = useLocalParticipant();
  const line = useRef<HTMLParagraphElement>(null);
  // The Join button she pressed is gone: start her here, where the page says what is happening.
  useEffect(() => line.current?.focus(), []);
  const tone = status.phase === 'connected' ? 'ok' : status.phase === 'reconnecting' || status.phase === 'retrying' ? 'trouble' : 'pending';
  return (
    <div className={`room-status room-status--${tone}`}>
      <span className="room-status__group">{groupName}</span>
      <p ref={line} tabIndex={-1} className="room-status__text" role="status" aria-live="polite">
        <span className="room-status__dot" aria-hidden="true" />
        <span className={tone === 'ok' ? 'visually-hidden' : undefined}>{describe(status)}</span>
      </p>
      {status.phase === 'connected' ? <ConnectionQuality participant={localParticipant} /> : null}
      {status.phase === 'retrying' ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetryNow}>
          Try again now
        </button>
      ) : null}
    </div>
  );
}
