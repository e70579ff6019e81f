import { useEffect, useRef, useState } from 'react';
import { nameOf, type FacilitatorState } from '../../lib/people';
import { playChime } from '../../lib/chime';
import { useChimeSetting } from '../../hooks/use-chime-setting';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';

/**
 * Someone arrived in the waiting room: a toast over the room wherever she is (panel open or not),
 * with Admit right there, and a soft chime unless she turned it off. The words are announced by the
 * room's one live region (use-turn-announcement), so a screen reader hears them once.
 */
export function ArrivalToast({ state }: { state: FacilitatorState }) {
  const command = useCommand();
  const [chimeOn] = useChimeSetting();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const known = useRef<string[] | null>(null);

  useEffect(() => {
    const before = known.current;
    known.current = state.lobby;
    if (before && chimeOn && state.lobby.some((id) => !before.includes(id))) playChime();
  }, [state.lobby, chimeOn]);

  const waiting = state.lobby.filter((id) => !dismissed.includes(id));
  if (waiting.length === 0) return null;
  const [first] = waiting as [string];
  const name = nameOf(state, first);
  const others = waiting.length - 1;

  return (
    <div className="arrival-toast" data-testid="arrival-toast" role="group" aria-label="Waiting to come in">
      <p className="arrival-toast__text">
        <span className="arrival-toast__dot" aria-hidden="true" />
        {others === 0 ? `${name} is waiting to come in` : `${name} and ${others} ${others === 1 ? 'other' : 'others'} are waiting to come in`}
      </p>
      <div className="arrival-toast__actions">
        <LiveButton
          className="button button--primary button--small"
          focusKey="toast-admit"
          onPress={() => void command.send('lobby:admit', others === 0 ? { userId: first } : { all: true })}
        >
          {others === 0 ? (
            <>
              Admit<span className="visually-hidden"> {name}</span>
            </>
          ) : (
            'Admit all'
          )}
        </LiveButton>
        <LiveButton className="button button--secondary button--small" focusKey="toast-later" onPress={() => setDismissed((d) => [...d, ...waiting])}>
          Later
        </LiveButton>
      </div>
      <CommandError error={command.error} className="arrival-toast__error" />
    </div>
  );
}
