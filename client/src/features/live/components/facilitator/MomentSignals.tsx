import type { FacilitatorState } from '../../lib/people';
import { useCommand } from '../../hooks/use-command';
import { useServerNow } from '../../hooks/use-server-clock';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';

const ago = (ms: number) => {
  const minutes = Math.floor(ms / 60_000);
  return minutes < 1 ? 'just now' : `${minutes} min ago`;
};

/** Members who privately asked for a moment, until a facilitator acknowledges them. */
export function MomentSignals({ state }: { state: FacilitatorState }) {
  const command = useCommand();
  const now = useServerNow(15_000);
  if (state.signals.length === 0) return null;

  return (
    <section className="live-card live-card--signal" aria-labelledby="signals-heading" data-testid="moment-signals">
      <h3 id="signals-heading" className="live-card__title">
        Needs a moment <span className="visually-hidden">(only facilitators see this)</span>
      </h3>
      <ul className="person-list">
        {state.signals.map((signal) => (
          <li key={signal.userId} className="person-list__item">
            <span className="person-list__name">
              {signal.name} <span className="small muted">· {ago(now - signal.at)}</span>
            </span>
            <LiveButton
              className="button button--secondary button--tiny"
              focusKey="signal-clear"
              onPress={() => void command.send('signal:clear', { userId: signal.userId })}
            >
              Acknowledge<span className="visually-hidden"> {signal.name}</span>
            </LiveButton>
          </li>
        ))}
      </ul>
      <p className="small muted">Only facilitators see this. Acknowledging it clears it here; she isn’t told.</p>
      <CommandError error={command.error} />
    </section>
  );
}
