import { no, type Handlers } from './handler.js';
import { lowerHand } from './hands.js';
import { advanceRound, closeFloor, endTurn, giveFloor } from './turns.js';

/**
 * The floor: who speaks now. Each new turn gets a fresh turn timer; the turn it ends is written out.
 * These are the only commands that take someone's hand down by giving her the floor: she is speaking
 * now what she raised it for.
 */
export const floor: Handlers<'floor:next' | 'floor:give' | 'floor:end' | 'floor:done'> = {
  // Whoever speaks in a round may have her hand up for later: "next" is the next one waiting, not her.
  'floor:next': (state, _p, _a, { now }, effects) => {
    const next = state.hands.find((id) => id !== state.floor?.userId);
    if (next === undefined) return no('Nobody is waiting to speak.');
    return lowerHand(giveFloor(state, next, 'queue', state.settings.turnSeconds, now, effects), next);
  },

  'floor:give': (state, { userId }, _a, { now }, effects) => {
    if (!state.present.some((p) => p.userId === userId)) return no('She is not in the session.');
    if (state.floor?.userId === userId) return no('She already has the floor.');
    return lowerHand(giveFloor(state, userId, 'facilitator', state.settings.turnSeconds, now, effects), userId);
  },

  // Ending the floor during a round ends the round too: the facilitator has taken the group elsewhere.
  'floor:end': (state, _p, _a, { now }, effects) => (state.floor ? closeFloor(state, now, effects) : no('Nobody has the floor.')),

  // She says she has finished: in a round the next one's turn comes (she spoke, she did not pass);
  // in open process the floor is free again, and who speaks next stays the facilitator's call.
  'floor:done': (state, _p, actor, { now }, effects) => {
    if (state.floor?.userId !== actor.userId) return no('You do not have the floor.');
    const roundTurn = state.round && state.round.order[state.round.index] === actor.userId;
    return roundTurn ? advanceRound(state, now, effects) : endTurn(state, now, effects);
  },
};
