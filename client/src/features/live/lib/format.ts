import type { Round } from '@hearth/shared';

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
