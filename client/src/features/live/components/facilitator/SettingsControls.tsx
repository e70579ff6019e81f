import { useEffect, useState, type FormEvent } from 'react';
import { SECONDS_LIMITS, withinSeconds, type LiveSettings } from '@hearth/shared';
import type { FacilitatorState } from '../../lib/people';
import { useChimeSetting } from '../../hooks/use-chime-setting';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';

type Toggle = 'autoAdvance' | 'lobbyOn' | 'locked' | 'spotlightFloor';

const TOGGLES: { key: Toggle; label: string; hint: string }[] = [
  { key: 'autoAdvance', label: 'Move rounds on by themselves', hint: 'When a round turn’s time is up, the next person begins.' },
  { key: 'lobbyOn', label: 'Waiting room', hint: 'Members wait until you admit them. Turning it off lets everyone waiting in.' },
  { key: 'locked', label: 'Lock the room', hint: 'Nobody new comes in without you admitting her, even with the waiting room off.' },
  {
    key: 'spotlightFloor',
    label: 'Show whoever has the floor large',
    hint: 'On every screen, the speaker fills the stage and the others sit beside her. Anyone can still pin someone else for herself.',
  },
];

const inRange = (value: string) => withinSeconds(Number(value), SECONDS_LIMITS.turn);

/** Defaults for turns and rounds, the waiting room and the lock. (Ending the session is the room's own button.) */
export function SettingsControls({ state }: { state: FacilitatorState }) {
  const command = useCommand();
  const { settings } = state;
  const [turn, setTurn] = useState(String(settings.turnSeconds));
  const [round, setRound] = useState(String(settings.roundSeconds));
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const [chimeOn, setChimeOn] = useChimeSetting();

  // Another facilitator may change them; show what the room now uses.
  useEffect(() => setTurn(String(settings.turnSeconds)), [settings.turnSeconds]);
  useEffect(() => setRound(String(settings.roundSeconds)), [settings.roundSeconds]);

  const saveDurations = async (event: FormEvent) => {
    event.preventDefault();
    const ok = inRange(turn) && inRange(round);
    setInvalid(!ok);
    setSaved(false);
    if (ok) setSaved(await command.send('settings:update', { turnSeconds: Number(turn), roundSeconds: Number(round) }));
  };

  const toggle = (key: Toggle, value: boolean) => {
    const patch: Partial<LiveSettings> = { [key]: value };
    void command.send('settings:update', patch);
  };

  return (
    <div className="live-settings">
      <form className="live-settings__durations" onSubmit={(e) => void saveDurations(e)}>
        <div className="field">
          <label htmlFor="settings-turn">Turn length (seconds)</label>
          <input
            id="settings-turn"
            type="number"
            inputMode="numeric"
            min={SECONDS_LIMITS.turn.min}
            max={SECONDS_LIMITS.turn.max}
            step={15}
            value={turn}
            aria-invalid={invalid}
            onChange={(e) => setTurn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="settings-round">Round turn length (seconds)</label>
          <input
            id="settings-round"
            type="number"
            inputMode="numeric"
            min={SECONDS_LIMITS.turn.min}
            max={SECONDS_LIMITS.turn.max}
            step={15}
            value={round}
            aria-invalid={invalid}
            onChange={(e) => setRound(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary button--small">
          Save lengths
        </button>
      </form>
      {invalid ? (
        <p className="live-error">
          Lengths are whole seconds from {SECONDS_LIMITS.turn.min} to {SECONDS_LIMITS.turn.max}.
        </p>
      ) : null}
      <p className={saved ? 'live-confirm' : 'visually-hidden'} role="status" aria-live="polite">
        {saved ? 'Saved. New turns and rounds use these lengths.' : ''}
      </p>
      {TOGGLES.map(({ key, label, hint }) => (
        <div className="check" key={key}>
          <input
            id={`settings-${key}`}
            type="checkbox"
            checked={settings[key] ?? false}
            aria-describedby={`settings-${key}-hint`}
            onChange={(e) => toggle(key, e.target.checked)}
          />
          <div className="live-settings__toggle">
            <label htmlFor={`settings-${key}`}>{label}</label>
            <p className="small muted" id={`settings-${key}-hint`}>
              {hint}
            </p>
          </div>
        </div>
      ))}
      <div className="check">
        <input id="settings-chime" type="checkbox" checked={chimeOn} aria-describedby="settings-chime-hint" onChange={(e) => setChimeOn(e.target.checked)} />
        <div className="live-settings__toggle">
          <label htmlFor="settings-chime">Chime when someone arrives</label>
          <p className="small muted" id="settings-chime-hint">
            A soft sound on this device only, beside the note at the top of the room.
          </p>
        </div>
      </div>
      <CommandError error={command.error} />
    </div>
  );
}
