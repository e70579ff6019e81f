import { placeInQueue, type AnyLiveState } from '@hearth/shared';
import { useCommand } from '../../hooks/use-command';
import { nameOf } from '../../lib/people';
import { ordinal } from '../../lib/format';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';
import { HandIcon } from '../HandIcon';
import { TurnTimer } from '../TurnTimer';

type Moment = 'floor' | 'round-turn' | 'waiting' | 'listening';

function momentOf(state: AnyLiveState, me: string | null): Moment {
  if (me === null) return 'listening';
  // Her round turn while she has the floor: the facilitator may have given it to someone else meanwhile.
  if (state.round && state.round.order[state.round.index] === me && state.floor?.userId === me) return 'round-turn';
  if (state.floor?.userId === me) return 'floor';
  return state.hands.includes(me) ? 'waiting' : 'listening';
}

function headline(state: AnyLiveState, me: string | null, moment: Moment): string {
  if (moment === 'round-turn') return 'It’s your turn in the round';
  if (moment === 'floor') return 'You have the floor';
  const place = me ? placeInQueue(state, me) : null;
  if (place === 1) return 'You’re next';
  if (place !== null) return `You’re ${ordinal(place)} in the talking order`;
  return state.floor ? `${nameOf(state, state.floor.userId)} has the floor` : 'Nobody has the floor';
}

const SUBLINE: Record<Moment, string> = {
  'round-turn': 'Speak when you’re ready, or pass; both are fine. Say “I’m done” when you’ve finished.',
  floor: 'Take your time. Say “I’m done” when you’ve finished.',
  waiting: 'Your hand is up. You can lower it any time.',
  listening: 'Raise your hand when you’d like to speak.',
};

/**
 * Her own status, always in thumb reach (on a phone it sits just above the controls): her place
 * in the order, or that the floor is hers with the time left, and the one action that fits the
 * moment. The hand also answers to Alt+H (see use-live-shortcuts).
 */
export function StatusCard({ state, me }: { state: AnyLiveState; me: string | null }) {
  const command = useCommand();
  const moment = momentOf(state, me);
  const raised = me !== null && state.hands.includes(me);
  const showTimer = (moment === 'floor' || moment === 'round-turn' || state.floor !== null) && state.timer.state !== 'idle';

  return (
    <section className={`status-card status-card--${moment}`} aria-labelledby="status-card-heading" data-testid="status-card" data-moment={moment}>
      <div className="status-card__text">
        <h2 id="status-card-heading" className="status-card__headline" data-testid="my-place">
          {headline(state, me, moment)}
        </h2>
        <p className="status-card__sub" data-testid="floor-holder" data-user-id={state.floor?.userId ?? ''}>
          {SUBLINE[moment]}
        </p>
      </div>
      {showTimer ? <TurnTimer timer={state.timer} label={moment === 'floor' || moment === 'round-turn' ? 'Your time' : 'Their time'} compact /> : null}
      <div className="status-card__action">
        {moment === 'round-turn' || moment === 'floor' ? (
          <>
            {moment === 'round-turn' ? (
              <LiveButton className="button button--secondary status-card__button" focusKey="status-pass" onPress={() => void command.send('round:pass', {})}>
                {command.pending === 'round:pass' ? 'Passing…' : 'Pass'}
              </LiveButton>
            ) : null}
            <LiveButton
              className="button button--primary status-card__button"
              focusKey="status-action"
              onPress={() => void command.send('floor:done', {})}
              aria-keyshortcuts="Alt+N"
              data-testid="done-button"
            >
              {command.pending === 'floor:done' ? 'Handing on…' : 'I’m done'}
              <kbd className="shortcut-hint" aria-hidden="true">
                Alt+N
              </kbd>
            </LiveButton>
          </>
        ) : (
          <LiveButton
            className={raised ? 'button button--secondary status-card__button' : 'button button--primary status-card__button'}
            focusKey="status-action"
            onPress={() => void command.send(raised ? 'hand:lower' : 'hand:raise', {})}
            aria-keyshortcuts="Alt+H"
            data-testid="hand-button"
          >
            <HandIcon />
            {raised ? 'Lower my hand' : 'Raise my hand'}
            <kbd className="shortcut-hint" aria-hidden="true">
              Alt+H
            </kbd>
          </LiveButton>
        )}
      </div>
      <CommandError error={command.error} className="status-card__error" />
    </section>
  );
}
