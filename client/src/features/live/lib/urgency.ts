import type { Timer } from '@hearth/shared';

export const AMBER_FROM = 30;
export const RED_FROM = 10;

/** calm · soon (under 30 s) · last (under 10 s) · over: one scale for the panel's timer and the ring on her tile. */
export type Urgency = 'calm' | 'soon' | 'last' | 'over';

export function urgencyOf(timer: Timer, seconds: number): Urgency {
  if (timer.state === 'expired' || (timer.state === 'running' && seconds <= 0)) return 'over';
  if (timer.state === 'idle') return 'calm';
  if (seconds <= RED_FROM) return 'last';
  if (seconds <= AMBER_FROM) return 'soon';
  return 'calm';
}
