import { useEffect, useRef } from 'react';
import { LiveBoundary, useLive } from '../hooks/live-context';
import { ConnectionBar } from './ConnectionBar';
import './live.css';

export interface LobbyWaitProps {
  sessionId: string;
  /** Her view says she is no longer waiting: the page moves on to the room. */
  onAdmitted: () => void;
}

/**
 * The waiting room. Being connected is what puts her on the facilitator's list of people waiting,
 * so this holds the live connection open until she is let in.
 */
export function LobbyWait({ sessionId, onAdmitted }: LobbyWaitProps) {
  return (
    <LiveBoundary sessionId={sessionId}>
      <LobbyBody onAdmitted={onAdmitted} />
    </LiveBoundary>
  );
}

function LobbyBody({ onAdmitted }: { onAdmitted: () => void }) {
  const { state, connection } = useLive();
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
      <h2 id="lobby-heading">You’re in the waiting room</h2>
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
      <p className="small muted">While you wait: find a private spot, put your headphones on, and take a breath.</p>
      <ConnectionBar liveLabel="Connected: your facilitator can see you’re here." />
    </section>
  );
}
