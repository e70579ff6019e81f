import type { AnyLiveState } from '@hearth/shared';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { FloorStatus } from '../FloorStatus';
import { LiveButton } from '../LiveButton';
import { RoundProgress } from '../RoundProgress';
import { TalkingOrder } from '../TalkingOrder';
import { HandControl } from './HandControl';
import { MomentButton } from './MomentButton';

/** A member's side of the room: the floor and its timer, the round, her place, and a private word. */
export function MemberPanel({ state, me }: { state: AnyLiveState; me: string | null }) {
  return (
    <div className="live-panel" data-testid="member-panel">
      <FloorStatus state={state} me={me} />
      {state.round ? <MemberRound state={state} me={me} /> : null}
      <HandControl state={state} me={me} />
      <TalkingOrder state={state} me={me} />
      <MomentButton />
    </div>
  );
}

function MemberRound({ state, me }: { state: AnyLiveState; me: string | null }) {
  const command = useCommand();
  const round = state.round;
  if (!round) return null;
  const myTurn = me !== null && round.order[round.index] === me;

  return (
    <section className={myTurn ? 'live-card live-card--mine' : 'live-card'} aria-labelledby="round-heading">
      <h3 id="round-heading" className="live-card__title">
        Round
      </h3>
      <RoundProgress state={state} round={round} me={me} showPassed={false} />
      {myTurn ? (
        <div className="round__mine">
          <p className="round__prompt">It’s your turn. Speak when you’re ready, or pass; both are fine.</p>
          <LiveButton className="button button--secondary" focusKey="round-pass" onPress={() => void command.send('round:pass', {})}>
            {command.pending ? 'Passing…' : 'Pass this round'}
          </LiveButton>
          <CommandError error={command.error} />
        </div>
      ) : null}
    </section>
  );
}
