import type { AnyLiveState, Round } from '@hearth/shared';
import { nameOf } from '../lib/people';
import { ROUND_LABEL } from '../lib/format';

/** The go-around at a glance: what kind, where it is, who speaks and who follows. */
export function RoundProgress({ state, round, me, showPassed }: { state: AnyLiveState; round: Round; me: string | null; showPassed: boolean }) {
  const speaking = round.order[round.index];
  const next = round.order[round.index + 1];
  const left = Math.max(0, round.order.length - round.index - 1);
  const who = (id: string | undefined) => (id === me ? 'You' : nameOf(state, id));
  const passed = round.passed.map((id) => nameOf(state, id));

  return (
    <div className="round" data-testid="round-progress" data-round-index={round.index}>
      <p className="round__kind">
        {ROUND_LABEL[round.kind]}
        <span className="round__count">
          {' '}
          · turn {Math.min(round.index + 1, round.order.length)} of {round.order.length}
        </span>
      </p>
      <progress className="round__bar" max={round.order.length} value={round.index} aria-label={`${round.index} of ${round.order.length} have had their turn`} />
      <dl className="round__facts">
        <div>
          <dt>Speaking</dt>
          <dd>{speaking ? who(speaking) : '—'}</dd>
        </div>
        <div>
          <dt>Next</dt>
          <dd>{next ? who(next) : 'Nobody: last turn'}</dd>
        </div>
        <div>
          <dt>Still to go</dt>
          <dd>{left === 0 ? 'none' : left}</dd>
        </div>
      </dl>
      <ol className="round__order" aria-label="Order of the round">
        {round.order.map((id, i) => {
          const stage = i < round.index ? 'done' : i === round.index ? 'now' : 'todo';
          return (
            <li key={id} className={`round__person round__person--${stage}`} aria-current={stage === 'now' ? 'step' : undefined}>
              {who(id)}
              {showPassed && round.passed.includes(id) ? <span className="tag">passed</span> : null}
            </li>
          );
        })}
      </ol>
      {showPassed && passed.length > 0 ? <p className="small muted">Passed: {passed.join(', ')}</p> : null}
    </div>
  );
}
