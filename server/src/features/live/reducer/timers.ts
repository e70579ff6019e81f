import type { Timer } from '@hearth/shared';

/**
 * The timer's values. It stores when it ends, not a ticking count, so every screen and every server
 * process derives the same remaining time from the clock alone.
 */

export const runningTimer = (seconds: number, now: number): Timer => ({
  state: 'running',
  durationMs: seconds * 1000,
  endsAt: now + seconds * 1000,
  remainingMs: seconds * 1000,
});

/** Set for a turn of this length, not counting down: what a new session and a closed floor show. */
export const idleTimer = (seconds: number): Timer => ({
  state: 'idle',
  durationMs: seconds * 1000,
  endsAt: null,
  remainingMs: seconds * 1000,
});

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.state !== 'running' || timer.endsAt === null) return timer;
  return { ...timer, state: 'paused', endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) };
}

export function resumeTimer(timer: Timer, now: number): Timer {
  if (timer.state !== 'paused') return timer;
  return { ...timer, state: 'running', endsAt: now + timer.remainingMs };
}
