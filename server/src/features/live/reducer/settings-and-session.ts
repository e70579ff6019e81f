import { doorIsGated, type LiveState } from '@hearth/shared';
import { no, type Handlers } from './handler.js';
import { closeFloor } from './turns.js';
import type { Effect } from './types.js';

/** The session's last state: the floor closed as always, and nobody left waiting to speak. */
function closeSession(state: LiveState, now: number, effects: Effect[]): LiveState {
  return { ...closeFloor(state, now, effects), phase: 'ended', hands: [], raisedAt: {} };
}

/** The session's settings and its phases: lobby, then live, then ended for good. */
export const settingsAndSession: Handlers<'settings:update' | 'session:start' | 'session:end'> = {
  'settings:update': (state, patch) => {
    const settings = { ...state.settings, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    // Opening the door (lobby off, not locked) lets everyone waiting in.
    const opened = !doorIsGated(settings);
    return opened ? { ...state, settings, lobby: [], admitted: [...state.admitted, ...state.lobby] } : { ...state, settings };
  },

  'session:start': (state) => (state.phase === 'lobby' ? { ...state, phase: 'live' } : no('The session has already started.')),

  // The session row is ended outside the reducer: the effect asks for it once this state is committed.
  'session:end': (state, _p, _a, { now }, effects) => {
    effects.push({ type: 'end-session' });
    return closeSession(state, now, effects);
  },
};
