import { useState, type FormEvent } from 'react';
import { ROUND_KINDS, SECONDS_LIMITS, withinSeconds, type Round } from '@hearth/shared';
import type { FacilitatorState } from '../../lib/people';
import { ROUND_LABEL } from '../../lib/format';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';
import { RoundProgress } from '../RoundProgress';
import { LastRound } from './LastRound';
import { SecondsInput } from './SecondsInput';

/** Members who would take part in a round started now: admitted and in the session (the server's own choice). */
const roundMembers = (state: FacilitatorState) => state.present.filter((p) => p.role === 'member' && state.admitted.includes(p.userId));

/** A go-around: start one (check-in, check-out, open), move it on, end it. */
export function RoundControls({ state, me }: { state: FacilitatorState; me: string | null }) {
  return (
    <section className="live-card" aria-labelledby="round-controls-heading">
      <h3 id="round-controls-heading" className="live-card__title">
        Round
      </h3>
      {state.round ? <RunningRound state={state} round={state.round} me={me} /> : <StartRound state={state} />}
      {!state.round && state.lastRound ? <LastRound state={state} record={state.lastRound} /> : null}
    </section>
  );
}

/** Moving the round on is the panel's main button (FloorControls); here is where it stands, and a way out. */
function RunningRound({ state, round, me }: { state: FacilitatorState; round: Round; me: string | null }) {
  const command = useCommand();
  return (
    <>
      <RoundProgress state={state} round={round} me={me} showPassed />
      <LiveButton focusKey="round-end" onPress={() => void command.send('round:end', {})}>
        End round now
      </LiveButton>
      <p className="small muted round__note">
        {state.settings.autoAdvance ? `Each turn is ${round.seconds} s and moves on by itself when time is up.` : `Each turn is ${round.seconds} s; you move it on.`}
      </p>
      <CommandError error={command.error} />
    </>
  );
}

function StartRound({ state }: { state: FacilitatorState }) {
  const command = useCommand();
  const [kind, setKind] = useState<Round['kind']>('check-in');
  const [shuffle, setShuffle] = useState(false);
  const [seconds, setSeconds] = useState(String(state.settings.roundSeconds));
  const [invalid, setInvalid] = useState(false);
  const members = roundMembers(state);

  const start = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(seconds);
    const ok = withinSeconds(value, SECONDS_LIMITS.turn);
    setInvalid(!ok);
    if (ok && members.length > 0) void command.send('round:start', { kind, shuffle, seconds: value });
  };

  return (
    <form className="round-start" onSubmit={start} aria-label="Start a round">
      <div className="round-start__fields">
        <div className="field">
          <label htmlFor="round-kind">Kind</label>
          <select id="round-kind" value={kind} onChange={(e) => setKind(e.target.value as Round['kind'])}>
            {ROUND_KINDS.map((k) => (
              <option key={k} value={k}>
                {ROUND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="round-order">Order</label>
          <select id="round-order" value={shuffle ? 'shuffled' : 'present'} onChange={(e) => setShuffle(e.target.value === 'shuffled')}>
            <option value="present">As they arrived</option>
            <option value="shuffled">Shuffled</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="round-seconds">Seconds each</label>
          <SecondsInput
            id="round-seconds"
            min={SECONDS_LIMITS.turn.min}
            max={SECONDS_LIMITS.turn.max}
            step={15}
            value={seconds}
            invalid={invalid}
            onChange={setSeconds}
          />
        </div>
      </div>
      {invalid ? (
        <p className="live-error" id="round-seconds-error">
          Choose a whole number of seconds from {SECONDS_LIMITS.turn.min} to {SECONDS_LIMITS.turn.max}.
        </p>
      ) : null}
      <button type="submit" className="button button--primary" data-focus-key="round-start" aria-disabled={members.length === 0 || undefined}>
        Start {ROUND_LABEL[kind].toLowerCase()}
      </button>
      <p className="small muted">
        {members.length === 0
          ? 'A round needs members in the room; it wakes up when someone joins.'
          : `${members.length} ${members.length === 1 ? 'member takes' : 'members take'} part: ${members.map((m) => m.name).join(', ')}.`}
      </p>
      <CommandError error={command.error} />
    </form>
  );
}
