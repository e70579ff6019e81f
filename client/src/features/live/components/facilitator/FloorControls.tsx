import { nameOf, type FacilitatorState } from '../../api/people';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { FloorStatus } from '../FloorStatus';
import { LiveButton } from '../LiveButton';
import { TimerControls } from './TimerControls';

/** The actions used every few minutes: call the next speaker, end a turn, run the timer. */
export function FloorControls({ state, me }: { state: FacilitatorState; me: string | null }) {
  const command = useCommand();
  const next = state.hands[0];

  return (
    <div className="floor-controls">
      <FloorStatus state={state} me={me} alwaysShowTimer />
      <div className="button-row floor-controls__main">
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
        <LiveButton className="button button--secondary" focusKey="floor-end" unavailable={!state.floor} onPress={() => void command.send('floor:end', {})}>
          {state.round ? 'End turn and round' : 'End turn'}
        </LiveButton>
      </div>
      {next === undefined ? (
        <p className="small muted" id="floor-next-why">
          No hands are up yet.
        </p>
      ) : null}
      <CommandError error={command.error} />
      <TimerControls state={state} />
    </div>
  );
}
