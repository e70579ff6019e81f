import type { LiveState } from '@hearth/shared';
import { no, type Handlers } from './handler.js';
import { idleTimer, pauseTimer, resumeTimer, runningTimer } from './timers.js';
import { advanceRound } from './turns.js';

/** The facilitators' timer, and its expiry: the one command the server sends when time runs out. */
export const timer: Handlers<'timer:start' | 'timer:pause' | 'timer:resume' | 'timer:extend' | 'timer:reset' | 'timer:expire'> = {
  'timer:start': (state, { seconds }, _a, { now }) => ({ ...state, timer: runningTimer(seconds ?? state.settings.turnSeconds, now) }),

  'timer:pause': (state, _p, _a, { now }) => (state.timer.state === 'running' ? { ...state, timer: pauseTimer(state.timer, now) } : no('The timer is not running.')),

  'timer:resume': (state, _p, _a, { now }) => (state.timer.state === 'paused' ? { ...state, timer: resumeTimer(state.timer, now) } : no('The timer is not paused.')),

  // Extending keeps the timer as it is (running, paused) and only adds time; an expired one starts again.
  'timer:extend': (state, { seconds }, _a, { now }) => {
    const add = seconds * 1000;
    const t = state.timer;
    if (t.state === 'running' && t.endsAt !== null) return { ...state, timer: { ...t, durationMs: t.durationMs + add, endsAt: t.endsAt + add } };
    if (t.state === 'paused') return { ...state, timer: { ...t, durationMs: t.durationMs + add, remainingMs: t.remainingMs + add } };
    if (t.state === 'expired') return { ...state, timer: { ...runningTimer(seconds, now), durationMs: t.durationMs + add } };
    return no('Start the timer first.');
  },

  'timer:reset': (state) => ({ ...state, timer: idleTimer(state.round?.seconds ?? state.settings.turnSeconds) }),

  // Any process may schedule this expiry, any number of times; it lands only for the version it was
  // scheduled for, and only once the time is really up, so it lands exactly once.
  'timer:expire': (state, { expectedVersion }, _a, { now }, effects) => {
    const t = state.timer;
    if (state.version !== expectedVersion || t.state !== 'running' || t.endsAt === null || now < t.endsAt) return no('Stale expiry', 'STALE');
    const expired: LiveState = { ...state, timer: { ...t, state: 'expired', endsAt: null, remainingMs: 0 } };
    return state.round && state.settings.autoAdvance ? advanceRound(expired, now, effects) : expired;
  },
};
