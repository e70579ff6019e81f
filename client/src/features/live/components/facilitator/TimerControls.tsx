import { useState, type FormEvent } from 'react';
import { SECONDS_LIMITS, withinSeconds } from '@hearth/shared';
import type { FacilitatorState } from '../../lib/people';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';
import { SecondsInput } from './SecondsInput';

/** Start, pause, resume, extend and reset the one timer everyone sees. */
export function TimerControls({ state }: { state: FacilitatorState }) {
  const command = useCommand();
  const [seconds, setSeconds] = useState(String(state.settings.turnSeconds));
  const [invalid, setInvalid] = useState(false);
  const { timer } = state;

  const start = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(seconds);
    const ok = withinSeconds(value, SECONDS_LIMITS.timer);
    setInvalid(!ok);
    if (ok) void command.send('timer:start', { seconds: value });
  };

  return (
    <div className="timer-controls" role="group" aria-label="Timer controls">
      {timer.state !== 'idle' ? (
        <div className="button-row">
          {timer.state === 'paused' ? (
            <LiveButton className="button button--primary button--small" focusKey="timer-toggle" onPress={() => void command.send('timer:resume', {})}>
              Resume<span className="visually-hidden"> the timer</span>
            </LiveButton>
          ) : (
            <LiveButton focusKey="timer-toggle" unavailable={timer.state !== 'running'} onPress={() => void command.send('timer:pause', {})}>
              Pause<span className="visually-hidden"> the timer</span>
            </LiveButton>
          )}
          <LiveButton focusKey="timer-30" onPress={() => void command.send('timer:extend', { seconds: 30 })}>
            +30 s<span className="visually-hidden"> on the timer</span>
          </LiveButton>
          <LiveButton focusKey="timer-60" onPress={() => void command.send('timer:extend', { seconds: 60 })}>
            +60 s<span className="visually-hidden"> on the timer</span>
          </LiveButton>
          <LiveButton focusKey="timer-reset" onPress={() => void command.send('timer:reset', {})}>
            Reset<span className="visually-hidden"> the timer</span>
          </LiveButton>
        </div>
      ) : null}
      <form className="timer-controls__start" onSubmit={start}>
        <label htmlFor="timer-seconds">Seconds</label>
        <SecondsInput
          id="timer-seconds"
          min={SECONDS_LIMITS.timer.min}
          max={SECONDS_LIMITS.timer.max}
          step={5}
          value={seconds}
          invalid={invalid}
          onChange={setSeconds}
        />
        <button type="submit" className="button button--secondary button--small" data-focus-key="timer-start">
          {timer.state === 'idle' ? 'Start timer' : 'Restart timer'}
        </button>
      </form>
      {invalid ? (
        <p className="live-error" id="timer-seconds-error">
          Choose a whole number of seconds from {SECONDS_LIMITS.timer.min} to {SECONDS_LIMITS.timer.max}.
        </p>
      ) : null}
      <CommandError error={command.error} />
    </div>
  );
}
