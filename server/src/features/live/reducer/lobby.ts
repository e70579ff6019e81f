import { no, type Handlers } from './handler.js';

/** The waiting room: while the door is gated, members wait here until a facilitator lets them in. */
export const lobby: Handlers<'lobby:admit'> = {
  'lobby:admit': (state, { userId, all }, _actor, _ctx, effects) => {
    const admitting = all ? state.lobby : state.lobby.filter((id) => id === userId);
    if (admitting.length === 0) return no('Nobody by that name is waiting.');
    effects.push({ type: 'admit', userIds: admitting });
    return { ...state, lobby: state.lobby.filter((id) => !admitting.includes(id)), admitted: [...state.admitted, ...admitting] };
  },
};
