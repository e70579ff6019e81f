import { nameOf, type FacilitatorState } from '../../lib/people';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';

/** Who is waiting to be let in, shown only while someone is. */
export function LobbyControls({ state }: { state: FacilitatorState }) {
  const command = useCommand();
  if (state.lobby.length === 0) return null;

  return (
    <section className="live-card live-card--attention" aria-labelledby="lobby-controls-heading" data-testid="lobby-controls">
      <div className="live-card__head">
        <h3 id="lobby-controls-heading" className="live-card__title">
          Waiting to come in <span className="count">{state.lobby.length}</span>
        </h3>
        {state.lobby.length > 1 ? (
          <LiveButton className="button button--primary button--small" focusKey="admit-all" onPress={() => void command.send('lobby:admit', { all: true })}>
            Admit all
          </LiveButton>
        ) : null}
      </div>
      <ul className="person-list">
        {state.lobby.map((userId) => (
          <li key={userId} className="person-list__item">
            <span className="person-list__name">{nameOf(state, userId)}</span>
            <LiveButton className="button button--primary button--tiny" focusKey="admit-one" onPress={() => void command.send('lobby:admit', { userId })}>
              Admit<span className="visually-hidden"> {nameOf(state, userId)}</span>
            </LiveButton>
          </li>
        ))}
      </ul>
      {state.settings.locked ? <p className="small muted">The room is locked: only people you admit come in.</p> : null}
      <CommandError error={command.error} />
    </section>
  );
}
