import { useEffect, useRef, useState } from 'react';
import type { Timer } from '@hearth/shared';
import { clock, spokenDuration } from '../lib/format';
import { useSecondsLeft } from '../hooks/use-server-clock';
import { urgencyOf, type Urgency } from '../lib/urgency';

/** Words beside the colour, so nobody has to tell amber from red to know where the turn is. */
function describe(timer: Timer, urgency: Urgency): string {
  if (urgency === 'over') return 'Time’s up';
  const paused = timer.state === 'paused' ? 'Paused' : null;
  if (timer.state === 'idle') return 'Timer not started';
  if (urgency === 'last') return paused ? `${paused} · last seconds` : 'Last 10 seconds';
  if (urgency === 'soon') return paused ? `${paused} · under 30 seconds` : 'Last 30 seconds';
  return paused ?? 'Time left';
}

/**
 * The turn timer, large enough to read at a glance. Drawn from the server's deadline (never from
 * counted ticks); screen readers hear only the moments that matter: 30 s left, 10 s left, time's up.
 */
export function TurnTimer({ timer, label = 'Turn timer', compact = false }: { timer: Timer; label?: string; compact?: boolean }) {
  const seconds = useSecondsLeft(timer);
  const urgency = urgencyOf(timer, seconds);
  const spoken = useThresholdAnnouncement(urgency);

  return (
    <div
      className={`turn-timer turn-timer--${urgency}${compact ? ' turn-timer--compact' : ''}`}
      data-testid="turn-timer"
      data-seconds={seconds}
      data-timer-state={timer.state}
    >
      <p className="turn-timer__label">{label}</p>
      <p className="turn-timer__digits" role="timer" aria-label={`${spokenDuration(seconds)} left`}>
        {clock(seconds)}
      </p>
      <p className="turn-timer__status">{describe(timer, urgency)}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}

function useThresholdAnnouncement(urgency: Urgency): string {
  const [spoken, setSpoken] = useState('');
  const previous = useRef(urgency);
  useEffect(() => {
    if (urgency === previous.current) return;
    previous.current = urgency;
    if (urgency === 'soon') setSpoken('30 seconds left.');
    else if (urgency === 'last') setSpoken('10 seconds left.');
    else if (urgency === 'over') setSpoken('Time’s up.');
  }, [urgency]);
  return spoken;
}
