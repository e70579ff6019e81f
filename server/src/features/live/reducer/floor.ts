import { no, type Handlers } from './handler.js';
import { closeFloor, giveFloor } from './turns.js';

/** The floor: who speaks now. Each new turn gets a fresh turn timer; the turn it ends is written out. */
export const floor: Handlers<'floor:next' | 'floor:give' | 'floor:end'> = {
  'floor:next': (state, _p, _a, { now }, effects) => {
    const next = state.hands[0];
    if (next === undefined) return no('Nobody is waiting to speak.');
    return giveFloor(state, next, 'queue', state.settings.turnSeconds, now, effects);
  },

  'floor:give': (state, { userId }, _a, { now }, effects) => {
    if (!state.present.some((p) => p.userId === userId)) return no('She is not in the session.');
    if (state.floor?.userId === userId) return no('She already has the floor.');
    return giveFloor(state, userId, 'facilitator', state.settings.turnSeconds, now, effects);
  },

  // Ending the floor during a round ends the round too: the facilitator has taken the group elsewhere.
  'floor:end': (state, _p, _a, { now }, effects) => (state.floor ? closeFloor(state, now, effects) : no('Nobody has the floor.')),
};
