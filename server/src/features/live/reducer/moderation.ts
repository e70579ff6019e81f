import type { LiveState } from '@hearth/shared';
import { no, type Handlers } from './handler.js';
import { lowerHand, without } from './hands.js';
import { advanceRound, endTurn } from './turns.js';
import type { Effect } from './types.js';

/**
 * Takes someone out of the floor and any round, keeping the round's spoken part as it was. If she
 * held the floor outside the round (given it mid-round), the round goes on without her.
 */
function leaveTurns(state: LiveState, userId: string, now: number, effects: Effect[]): LiveState {
  let next = state;
  if (next.round && next.round.order[next.round.index] === userId) next = advanceRound(next, now, effects);
  else if (next.floor?.userId === userId) next = endTurn(next, now, effects);
  const round = next.round;
  if (!round) return next;
  return { ...next, round: { ...round, order: round.order.filter((id, i) => id !== userId || i < round.index) } };
}

const isFacilitatorHere = (state: LiveState, userId: string) => state.present.some((p) => p.userId === userId && p.role !== 'member');

/** The facilitators' hand on the room (mute, remove), and the moment signal anyone may raise. */
export const moderation: Handlers<'member:mute' | 'member:remove' | 'signal:moment' | 'signal:clear'> = {
  // She may be in the video room without the live panel open, so LiveKit decides whether she is there.
  'member:mute': (state, { userId }, _a, _c, effects) => {
    if (isFacilitatorHere(state, userId)) return no('Facilitators cannot be muted here.');
    effects.push({ type: 'mute', userId });
    return state;
  },

  // She may be removed before she ever connects: the removal still stands for every later join.
  'member:remove': (state, { userId }, _a, { now }, effects) => {
    if (isFacilitatorHere(state, userId)) return no('Facilitators cannot be removed.');
    effects.push({ type: 'remove', userId });
    const out = lowerHand(leaveTurns(state, userId, now, effects), userId);
    return {
      ...out,
      present: out.present.filter((p) => p.userId !== userId),
      lobby: without(out.lobby, userId),
      admitted: without(out.admitted, userId),
      signals: out.signals.filter((s) => s.userId !== userId),
    };
  },

  // A member's quiet "I need a moment": only the facilitators see it, as an effect now and in the state.
  'signal:moment': (state, _p, actor, { now }, effects) => {
    const person = state.present.find((p) => p.userId === actor.userId);
    if (!person) return no('You are not in the session.');
    const signal = { userId: actor.userId, name: person.name, at: now };
    effects.push({ type: 'signal', signal });
    return { ...state, signals: [...state.signals.filter((s) => s.userId !== actor.userId), signal] };
  },

  'signal:clear': (state, { userId }) => ({ ...state, signals: state.signals.filter((s) => s.userId !== userId) }),
};
