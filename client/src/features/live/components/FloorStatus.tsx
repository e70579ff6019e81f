import type { AnyLiveState } from '@hearth/shared';
import { nameOf } from '../lib/people';
import { TurnTimer } from './TurnTimer';

const REASON: Record<NonNullable<AnyLiveState['floor']>['reason'], string> = {
  queue: 'From the talking order.',
  round: 'Turn in the round.',
  facilitator: 'Given by the facilitator.',
};

const MY_REASON: Record<NonNullable<AnyLiveState['floor']>['reason'], string> = {
  queue: 'Your turn from the talking order. Take your time.',
  round: 'Your turn in the round. Take your time.',
  facilitator: 'The facilitator gave you the floor. Take your time.',
};

/**
 * Who is speaking now, and the timer everyone sees. An idle timer with nobody speaking is only
 * noise to members; facilitators see it, since they may start it.
 */
export function FloorStatus({ state, me, alwaysShowTimer = false }: { state: AnyLiveState; me: string | null; alwaysShowTimer?: boolean }) {
  const floor = state.floor;
  const showTimer = alwaysShowTimer || floor !== null || state.timer.state !== 'idle';
  const mine = floor !== null && floor.userId === me;

  return (
    <section className={mine ? 'live-card floor floor--mine' : 'live-card floor'} aria-labelledby="floor-heading">
      <h3 id="floor-heading" className="live-card__title">
        The floor
      </h3>
      <p className="floor__holder" data-testid="floor-holder" data-user-id={floor?.userId ?? ''}>
        {floor === null ? 'Nobody has the floor' : mine ? 'You have the floor' : `${nameOf(state, floor.userId)} has the floor`}
      </p>
      {floor ? <p className="floor__why small muted">{mine ? MY_REASON[floor.reason] : REASON[floor.reason]}</p> : null}
      {floor?.away ? (
        <p className="live-note" role="note">
          {mine ? 'Your' : `${nameOf(state, floor.userId)}’s`} connection dropped. The timer waits until {mine ? 'you’re' : 'she’s'} back.
        </p>
      ) : null}
      {showTimer ? <TurnTimer timer={state.timer} /> : null}
    </section>
  );
}
