import type { Timer } from '@hearth/shared';
import { useLive } from '../../hooks/live-context';
import { useSecondsLeft } from '../../hooks/use-server-clock';
import { useTileProcess } from '../../hooks/use-tile-process';
import { clock, ordinal, spokenDuration } from '../../lib/format';
import { urgencyOf } from '../../lib/urgency';
import { HandIcon } from '../HandIcon';

/**
 * The group's process, drawn on one person's tile: the floor with its time left, her hand and
 * place in the order, and (to facilitators only) that she asked for a moment. The ring itself is the
 * tile's own border (see `data-floor` in room-tile.css); this adds the words.
 */
export function TileProcess({ userId, name }: { userId: string; name: string }) {
  const process = useTileProcess(userId);
  return (
    <>
      {process.floor ? <FloorCountdown /> : null}
      <div className="tile-badges">
        {process.handPlace !== null ? (
          <span className="tile-badge tile-badge--hand" data-testid="hand-badge" data-place={process.handPlace}>
            <HandIcon />
            <span aria-hidden="true">{process.handPlace}</span>
            <span className="visually-hidden">
              {name}’s hand is up, {ordinal(process.handPlace)} in the talking order
            </span>
          </span>
        ) : null}
        {process.moment ? (
          <span className="tile-badge tile-badge--moment" data-testid="moment-badge">
            Needs a moment<span className="visually-hidden"> (only facilitators see this)</span>
          </span>
        ) : null}
      </div>
    </>
  );
}

/** "Has the floor · 1:23" on the floor holder's tile, coloured like the panel's timer as it runs out. */
function FloorCountdown() {
  const { state } = useLive();
  const timer = state?.timer;
  if (!timer) return null;
  return <Countdown timer={timer} away={state.floor?.away ?? false} />;
}

function Countdown({ timer, away }: { timer: Timer; away: boolean }) {
  const seconds = useSecondsLeft(timer);
  const urgency = urgencyOf(timer, seconds);
  const showTime = timer.state !== 'idle';
  return (
    <p className={`tile-floor tile-floor--${urgency}`} data-testid="tile-countdown" data-seconds={showTime ? seconds : ''} data-urgency={urgency}>
      <span className="tile-floor__label">{away ? 'Has the floor · reconnecting' : 'Has the floor'}</span>
      {showTime ? (
        <span className="tile-floor__time">
          <span aria-hidden="true">{urgency === 'over' ? 'Time’s up' : clock(seconds)}</span>
          <span className="visually-hidden">{urgency === 'over' ? 'time is up' : `${spokenDuration(seconds)} left`}</span>
        </span>
      ) : null}
    </p>
  );
}
