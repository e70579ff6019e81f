import { QUEUE_MODES } from '@hearth/shared';
import { nameOf, type FacilitatorState } from '../../lib/people';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';
import { TalkingOrder } from '../TalkingOrder';

const MODE_LABEL: Record<(typeof QUEUE_MODES)[number], string> = {
  raised: 'Order raised',
  'least-airtime': 'Least airtime first',
};

/** The talking order with a facilitator's hands on it: reorder, take out, give the floor, change the mode. */
export function QueueControls({ state, me }: { state: FacilitatorState; me: string | null }) {
  const command = useCommand();
  const last = state.hands.length - 1;

  const modePicker = (
    <fieldset className="segmented">
      <legend className="visually-hidden">Order the talking order by</legend>
      {QUEUE_MODES.map((mode) => (
        <label key={mode} className="segmented__option">
          <input type="radio" name="queue-mode" value={mode} checked={state.queueMode === mode} onChange={() => void command.send('queue:mode', { mode })} />
          {MODE_LABEL[mode]}
        </label>
      ))}
    </fieldset>
  );

  return (
    <TalkingOrder
      state={state}
      me={me}
      headingExtra={modePicker}
      actions={(userId, index) => {
        const name = nameOf(state, userId);
        return (
          <>
            <LiveButton className="button button--primary button--tiny" focusKey={`give-${userId}`} onPress={() => void command.send('floor:give', { userId })}>
              Give floor<span className="visually-hidden"> to {name}</span>
            </LiveButton>
            <LiveButton
              className="button button--secondary button--tiny button--icon"
              focusKey={`up-${userId}`}
              unavailable={index === 0}
              aria-label={`Move ${name} up`}
              onPress={() => void command.send('queue:move', { userId, toIndex: index - 1 })}
            >
              ↑
            </LiveButton>
            <LiveButton
              className="button button--secondary button--tiny button--icon"
              focusKey={`down-${userId}`}
              unavailable={index === last}
              aria-label={`Move ${name} down`}
              onPress={() => void command.send('queue:move', { userId, toIndex: index + 1 })}
            >
              ↓
            </LiveButton>
            <LiveButton
              className="button button--danger-outline button--tiny button--icon"
              focusKey="order-remove"
              aria-label={`Take ${name} out of the talking order`}
              onPress={() => void command.send('queue:remove', { userId })}
            >
              ✕
            </LiveButton>
          </>
        );
      }}
      footer={<CommandError error={command.error} />}
    />
  );
}
