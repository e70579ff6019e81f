import type { ReactNode } from 'react';
import type { AnyLiveState } from '@hearth/shared';
import { isConnected, nameOf } from '../lib/people';

interface TalkingOrderProps {
  state: AnyLiveState;
  me: string | null;
  /** Facilitators' controls for each person in the order. */
  actions?: (userId: string, index: number) => ReactNode;
  /** Facilitators' extras beside the heading (the order mode). */
  headingExtra?: ReactNode;
  footer?: ReactNode;
}

/** Everyone with a hand up, first to speak first, each with her place. */
export function TalkingOrder({ state, me, actions, headingExtra, footer }: TalkingOrderProps) {
  return (
    <section className="live-card" aria-labelledby="order-heading">
      <div className="live-card__head">
        <h3 id="order-heading" className="live-card__title">
          Talking order
        </h3>
        <span className="small muted">{state.queueMode === 'least-airtime' ? 'Least airtime first' : 'In the order hands went up'}</span>
      </div>
      {headingExtra}
      {state.hands.length === 0 ? (
        <p className="muted small" data-testid="talking-order-empty">
          No hands are up.
        </p>
      ) : (
        <ol className="talking-order" data-testid="talking-order">
          {state.hands.map((id, index) => (
            <li key={id} className={id === me ? 'talking-order__item talking-order__item--me' : 'talking-order__item'} data-user-id={id}>
              <span className="talking-order__place" aria-hidden="true">
                {index + 1}
              </span>
              <span className="talking-order__name">
                <span className="visually-hidden">{index + 1}. </span>
                {nameOf(state, id)}
                {id === me ? ' (you)' : null}
                {index === 0 ? <span className="tag tag--accent">next</span> : null}
                {!isConnected(state, id) ? <span className="tag">reconnecting</span> : null}
              </span>
              {actions ? <span className="talking-order__actions">{actions(id, index)}</span> : null}
            </li>
          ))}
        </ol>
      )}
      {footer}
    </section>
  );
}
