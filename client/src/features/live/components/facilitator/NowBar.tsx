import { nameOf, type FacilitatorState } from '../../lib/people';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';
import { TurnTimer } from '../TurnTimer';

/**
 * "Now", always in view: who has the floor and her time, and the moves made every few minutes —
 * the next speaker (or the round's next turn), pause or resume, a little more time, end the turn.
 * Alt+N and Alt+P do the first two from anywhere (see use-live-shortcuts).
 */
export function NowBar({ state, me }: { state: FacilitatorState; me: string | null }) {
  const command = useCommand();
  const { floor, round, timer } = state;
  const next = state.hands[0];
  const holder = floor ? (floor.userId === me ? 'You have the floor' : `${nameOf(state, floor.userId)} has the floor`) : 'Nobody has the floor';

  return (
    <section className="now-bar" aria-labelledby="now-heading" data-testid="now-bar">
      <div className="now-bar__floor">
        <h2 id="now-heading" className="now-bar__title">
          Now
        </h2>
        <p className="now-bar__holder" data-testid="floor-holder" data-user-id={floor?.userId ?? ''}>
          {holder}
          {floor?.away ? <span className="tag">reconnecting</span> : null}
        </p>
        {round ? (
          <p className="now-bar__round small">
            Round: turn {Math.min(round.index + 1, round.order.length)} of {round.order.length}
          </p>
        ) : null}
      </div>
      {timer.state !== 'idle' || floor ? <TurnTimer timer={timer} compact /> : null}
      <div className="now-bar__actions" role="group" aria-label="Floor and timer">
        {round ? (
          <LiveButton
            className="button button--primary"
            focusKey="floor-next"
            onPress={() => void command.send('round:next', {})}
            data-testid="round-next"
            aria-keyshortcuts="Alt+N"
          >
            {round.index >= round.order.length - 1 ? 'Finish the round' : `Next in round: ${nameOf(state, round.order[round.index + 1])}`}
          </LiveButton>
        ) : (
          <LiveButton
            className={next === undefined ? 'button button--secondary' : 'button button--primary'}
            focusKey="floor-next"
            unavailable={next === undefined}
            onPress={() => void command.send('floor:next', {})}
            data-testid="call-next"
            aria-keyshortcuts="Alt+N"
          >
            {next === undefined ? 'Next speaker (no hands up)' : `Next speaker: ${nameOf(state, next)}`}
          </LiveButton>
        )}
        {timer.state === 'idle' || timer.state === 'expired' ? null : timer.state === 'paused' ? (
          <LiveButton className="button button--secondary" focusKey="timer-toggle" onPress={() => void command.send('timer:resume', {})} aria-keyshortcuts="Alt+P">
            Resume<span className="visually-hidden"> the timer</span>
          </LiveButton>
        ) : (
          <LiveButton
            focusKey="timer-toggle"
            className="button button--secondary"
            unavailable={timer.state !== 'running'}
            onPress={() => void command.send('timer:pause', {})}
            aria-keyshortcuts="Alt+P"
          >
            Pause<span className="visually-hidden"> the timer</span>
          </LiveButton>
        )}
        {timer.state !== 'idle' ? (
          <LiveButton className="button button--secondary" focusKey="timer-30" onPress={() => void command.send('timer:extend', { seconds: 30 })}>
            +30 s<span className="visually-hidden"> on the timer</span>
          </LiveButton>
        ) : null}
        <LiveButton className="button button--secondary" focusKey="floor-end" unavailable={!floor} onPress={() => void command.send('floor:end', {})}>
          {round ? 'End turn and round' : 'End turn'}
        </LiveButton>
      </div>
      <CommandError error={command.error} className="now-bar__error" />
    </section>
  );
}
