import { placeInQueue, type AnyLiveState } from '@hearth/shared';
import { ordinal } from '../../lib/format';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';
import { useAltShortcut } from '../../hooks/use-shortcut';

/** Where she stands, in words: the one line she looks for. */
function placeText(state: AnyLiveState, me: string | null): string {
  if (me && state.floor?.userId === me) return 'You can raise your hand again after your turn.';
  const place = me ? placeInQueue(state, me) : null;
  if (place === 1) return 'You’re next.';
  if (place !== null) return `You’re ${ordinal(place)} in the talking order.`;
  return 'Raise your hand when you’d like to speak.';
}

/** Raise or lower her hand, by button or by Alt+H from anywhere but a text field. */
export function HandControl({ state, me }: { state: AnyLiveState; me: string | null }) {
  const command = useCommand();
  const raised = me !== null && state.hands.includes(me);
  const speaking = me !== null && state.floor?.userId === me;
  const place = me ? placeInQueue(state, me) : null;

  const toggle = () => {
    if (speaking) return;
    void command.send(raised ? 'hand:lower' : 'hand:raise', {});
  };
  useAltShortcut('h', toggle, state.phase !== 'ended');

  return (
    <section className={place === 1 ? 'live-card hand hand--next' : 'live-card hand'} aria-labelledby="hand-heading">
      <h3 id="hand-heading" className="visually-hidden">
        Your hand
      </h3>
      <p className="hand__place" data-testid="my-place">
        {placeText(state, me)}
      </p>
      <LiveButton
        className={raised || speaking ? 'button button--secondary hand__button' : 'button button--primary hand__button'}
        focusKey="hand"
        onPress={toggle}
        unavailable={speaking}
        aria-keyshortcuts="Alt+H"
        data-testid="hand-button"
      >
        {raised ? 'Lower my hand' : 'Raise my hand'}
        <kbd className="hand__kbd" aria-hidden="true">
          Alt+H
        </kbd>
      </LiveButton>
      <p className="small muted hand__hint">Shortcut: Alt+H (Option+H on a Mac), anywhere except while typing.</p>
      <CommandError error={command.error} />
    </section>
  );
}
