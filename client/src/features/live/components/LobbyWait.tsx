import { useEffect, useRef, type ReactNode } from 'react';
import { formatDateTime } from '@/lib/format';
import { LiveBoundary, useLive } from '../hooks/live-context';
import { ConnectionBar } from './ConnectionBar';
import './live.css';

export interface LobbyWaitProps {
  sessionId: string;
  /** ISO time the session is scheduled to begin. */
  startsAt?: string;
  groupName?: string;
  /** Her own camera, so she can settle in front of it while she waits. */
  preview?: ReactNode;
  /** Her view says she is no longer waiting: the page moves on to the room. */
  onAdmitted: () => void;
}

/**
 * The waiting room. Being connected is what puts her on the facilitator's list of people waiting,
 * so this holds the live connection open until she is let in.
 */
export function LobbyWait({ sessionId, onAdmitted, ...shown }: LobbyWaitProps) {
  return (
    <LiveBoundary sessionId={sessionId}>
      <LobbyBody onAdmitted={onAdmitted} {...shown} />
    </LiveBoundary>
  );
}

function LobbyBody({ onAdmitted, startsAt, groupName, preview }: Omit<LobbyWaitProps, 'sessionId'>) {
  const { state, connection } = useLive();
  const heading = useRef<HTMLHeadingElement>(null);
  // The button she pressed at the device check is gone: she starts here, where the page says what is happening.
  useEffect(() => heading.current?.focus(), []);
  const admitted = state !== null && (state.view === 'facilitator' || !state.youAreWaiting);
  const told = useRef(false);
  const onAdmittedRef = useRef(onAdmitted);
  onAdmittedRef.current = onAdmitted;

  useEffect(() => {
    if (!admitted || told.current) return;
    told.current = true;
    onAdmittedRef.current();
  }, [admitted]);

  const others = state?.view === 'member' ? state.lobbyCount - (state.youAreWaiting ? 1 : 0) : 0;

  return (
    <section className="gate-step lobby-wait" aria-labelledby="lobby-heading" data-testid="lobby-wait" data-waiting={!admitted}>
      <h2 id="lobby-heading" ref={heading} tabIndex={-1}>
        You’re in the waiting room
      </h2>
      {startsAt ? (
        <p className="lobby-wait__when">
          {groupName ? `${groupName} · ` : ''}starts {formatDateTime(startsAt)}
        </p>
      ) : null}
      {preview ? <div className="lobby-wait__preview">{preview}</div> : null}
      <div className="waiting" role="status" aria-live="polite">
        <span className="waiting__pulse" aria-hidden="true" />
        <p>
          {admitted
            ? 'You’re in. Opening the room…'
            : connection === 'live'
              ? 'Your facilitator will let you in shortly. You don’t need to do anything; this page moves on by itself.'
              : 'Getting you into the waiting room…'}
        </p>
      </div>
      {others > 0 ? <p className="small muted">{others === 1 ? 'One other person is waiting too.' : `${others} others are waiting too.`}</p> : null}
      <p className="lobby-wait__calm">There’s no rush. Find a private spot, put your headphones on, and take a breath; the group will be glad you came.</p>
      <ConnectionBar liveLabel="Connected: your facilitator can see you’re here." />
    </section>
  );
}
