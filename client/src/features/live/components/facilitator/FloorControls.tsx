import { nameOf, type FacilitatorState } from '../../lib/people';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { FloorStatus } from '../FloorStatus';
import { LiveButton } from '../LiveButton';
import { TimerControls } from './TimerControls';

/**
 * The actions used every few minutes: move on to the next speaker, end a turn, run the timer. The
 * main button follows what is happening: during a round it moves the round on; otherwise it calls
 * whoever is first in the talking order.
 */
export function FloorControls({ state, me }: { state: FacilitatorState; me: string | null }) {
  const command = useCommand();
  const next = state.hands[0];
  const { round } = state;

  return (
    <div className="floor-controls">
      <FloorStatus state={state} me={me} alwaysShowTimer />
      <div className="button-row floor-controls__main">
        {round ? (
          <LiveButton className="button button--primary" focusKey="floor-next" onPress={() => void command.send('round:next', {})} data-testid="round-next">
            {round.index >= round.order.length - 1 ? 'Finish the round' : `Next in round: ${nameOf(state, round.order[round.index + 1])}`}
          </LiveButton>
        ) : (
          <LiveButton
            className={next === undefined ? 'button button--secondary' : 'button button--primary'}
            focusKey="floor-next"
            unavailable={next === undefined}
            aria-describedby={next === undefined ? 'floor-next-why' : undefined}
            onPress={() => void command.send('floor:next', {})}
            data-testid="call-next"
          >
            {next === undefined ? 'Next speaker' : `Next speaker: ${nameOf(state, next)}`}
          </LiveButton>
        )}
        <LiveButton className="button button--secondary" focusKey="floor-end" unavailable={!state.floor} onPress={() => void command.send('floor:end', {})}>
          {round ? 'End turn and round' : 'End turn'}
        </LiveButton>
      </div>
      {!round && next === undefined ? (
        <p className="small muted" id="floor-next-why">
          No hands are up yet.
        </p>
      ) : null}
      <CommandError error={command.error} />
      <TimerControls state={state} />
    </div>
  );
}
