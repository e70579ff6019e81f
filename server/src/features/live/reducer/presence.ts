import { mustWaitInLobby, type LiveState } from '@hearth/shared';
import { no, type Handlers } from './handler.js';
import { pauseTimer, resumeTimer } from './timers.js';

/**
 * Who is here, in the role she has now (a role changed while she was away shows on her return). Only the server sends these, from socket connects and disconnects. Leaving only marks
 * her disconnected: a dropped connection often comes back, and her turn and her place in the order wait.
 */
export const presence: Handlers<'presence:join' | 'presence:leave'> = {
  'presence:join': (state, { userId, name, role }, _a, { now }) => {
    const known = state.present.find((p) => p.userId === userId);
    const present = known
      ? state.present.map((p) => (p.userId === userId ? { ...p, connected: true, name, role } : p))
      : [...state.present, { userId, name, role, since: now, connected: true }];
    let next: LiveState = { ...state, present };
    if (mustWaitInLobby(state, userId, role)) {
      if (!next.lobby.includes(userId)) next = { ...next, lobby: [...next.lobby, userId] };
    } else if (!next.admitted.includes(userId)) {
      next = { ...next, admitted: [...next.admitted, userId] };
    }
    // Back during her own turn: her timer picks up where it stopped.
    if (next.floor?.userId === userId && next.floor.away) {
      next = { ...next, floor: { ...next.floor, away: false }, timer: resumeTimer(next.timer, now) };
    }
    return next;
  },

  'presence:leave': (state, { userId }, _a, { now }) => {
    if (!state.present.some((p) => p.userId === userId)) return no('Not present');
    let next: LiveState = { ...state, present: state.present.map((p) => (p.userId === userId ? { ...p, connected: false } : p)) };
    // Gone during her own turn: her time stops with her, so a dropped connection costs her nothing.
    if (next.floor?.userId === userId) {
      next = { ...next, floor: { ...next.floor, away: true }, timer: pauseTimer(next.timer, now) };
    }
    return next;
  },
};
