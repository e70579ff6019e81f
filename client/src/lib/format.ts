import type { Schedule } from '@hearth/shared';

const dateTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => dateOnly.format(new Date(iso));

export function formatMoney(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const formatSchedule = (s: Schedule) =>
  `${capitalise(s.weekday)}s at ${s.time} (${s.timezone.replaceAll('_', ' ')}), ${s.durationMinutes} minutes`;

/** The first word of a display name: what LiveKit shows and what feels personal. */
export const firstName = (displayName: string) => displayName.trim().split(/\s+/)[0] ?? displayName;
