import type { AnyLiveState, LiveState, Round } from '@hearth/shared';

type WithPresent = Pick<AnyLiveState, 'present'>;

/** Her first name as the room knows it; someone who has left the session keeps a neutral word. */
export const nameOf = (state: WithPresent, userId: string | null | undefined): string =>
  (userId && state.present.find((p) => p.userId === userId)?.name) || 'Someone';

export const isConnected = (state: WithPresent, userId: string) => state.present.some((p) => p.userId === userId && p.connected);

export type FacilitatorState = { view: 'facilitator' } & LiveState;
export const isFacilitatorView = (state: AnyLiveState): state is FacilitatorState => state.view === 'facilitator';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** "second", "third"… in words, because "2nd in line" reads worse aloud. */
export const ordinal = (place: number) => ORDINALS[place - 1] ?? `number ${place}`;

export const ROUND_LABEL: Record<Round['kind'], string> = { 'check-in': 'Check-in round', 'check-out': 'Check-out round', open: 'Open round' };

/** 95 → "1:35": how a countdown is read at a glance. */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, totalSeconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** 95 → "1 minute 35 seconds": how the same countdown is said. */
export function spokenDuration(totalSeconds: number): string {
  const s = Math.max(0, totalSeconds);
  const minutes = Math.floor(s / 60);
  const seconds = s % 60;
  const parts = [];
  if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds || !minutes) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}
