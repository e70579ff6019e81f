import { no, type Handlers } from './handler.js';
import { lowerHand, orderHands, without } from './hands.js';
import type { Actor } from './types.js';

const isFacilitator = (actor: Actor) => actor.role === 'facilitator' || actor.role === 'co_facilitator';

/** Hands and the talking order: members raise and lower their own, facilitators arrange the order. */
export const queue: Handlers<'hand:raise' | 'hand:lower' | 'queue:move' | 'queue:remove' | 'queue:mode'> = {
  'hand:raise': (state, _p, actor, { now }) => {
    if (state.lobby.includes(actor.userId)) return no('You can raise your hand once you are let in.');
    if (state.hands.includes(actor.userId)) return no('Your hand is already up.');
    // In a round the hand is for the open floor after it, so her own round turn does not stop her raising it.
    if (state.floor?.userId === actor.userId && state.floor.reason !== 'round') return no('You have the floor.');
    const raised = { ...state, raisedAt: { ...state.raisedAt, [actor.userId]: now } };
    return { ...raised, hands: orderHands(raised, [...state.hands, actor.userId]) };
  },

  // A member may send this (for her own hand), so the facilitator check is here, not in the reducer's gate.
  'hand:lower': (state, { userId }, actor) => {
    const target = userId ?? actor.userId;
    if (target !== actor.userId && !isFacilitator(actor)) return no('Only the facilitators can lower someone else’s hand.', 'FORBIDDEN');
    if (!state.hands.includes(target)) return no('That hand is not up.');
    return lowerHand(state, target);
  },

  'queue:move': (state, { userId, toIndex }) => {
    if (!state.hands.includes(userId)) return no('She is not in the talking order.');
    const rest = without(state.hands, userId);
    const hands = [...rest.slice(0, toIndex), userId, ...rest.slice(toIndex)];
    return { ...state, hands };
  },

  'queue:remove': (state, { userId }) => (state.hands.includes(userId) ? lowerHand(state, userId) : no('She is not in the talking order.')),

  'queue:mode': (state, { mode }) => {
    const next = { ...state, queueMode: mode };
    return { ...next, hands: orderHands(next, next.hands) };
  },
};
