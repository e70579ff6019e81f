import type { AnyLiveState } from '@hearth/shared';
import { RoundProgress } from '../RoundProgress';
import { TalkingOrder } from '../TalkingOrder';
import { MomentButton } from './MomentButton';

/** A member's side of the room beyond her status card: the round, the talking order, and a private word. */
export function MemberPanel({ state, me }: { state: AnyLiveState; me: string | null }) {
  return (
    <div className="live-panel" data-testid="member-panel">
      {state.round ? (
        <section className="live-card" aria-labelledby="round-heading">
          <h3 id="round-heading" className="live-card__title">
            Round
          </h3>
          <RoundProgress state={state} round={state.round} me={me} showPassed={false} />
        </section>
      ) : null}
      <TalkingOrder state={state} me={me} />
      <MomentButton />
    </div>
  );
}
