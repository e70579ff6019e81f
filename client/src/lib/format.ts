import type { Schedule } from '@hearth/shared';

const DATE = { weekday: 'short', day: 'numeric', month: 'short' } as const;
const TIME = { hour: '2-digit', minute: '2-digit' } as const;
const thisYear = new Intl.DateTimeFormat(undefined, { ...DATE, ...TIME });
const otherYear = new Intl.DateTimeFormat(undefined, { ...DATE, ...TIME, year: 'numeric' });
const dateThisYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateOtherYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

// The year only when it is not this one: shorter lines, easier to read at a glance.
const sameYear = (date: Date) => date.getFullYear() === new Date().getFullYear();

export const formatDateTime = (iso: string) => {
  const date = new Date(iso);
  return (sameYear(date) ? thisYear : otherYear).format(date);
};

export const formatDate = (iso: string) => {
  const date = new Date(iso);
  return (sameYear(date) ? dateThisYear : dateOtherYear).format(date);
};

export function formatMoney(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const formatSchedule = (s: Schedule) => `${capitalise(s.weekday)}s at ${s.time} (${s.timezone.replaceAll('_', ' ')}), ${s.durationMinutes} minutes`;

/** The first word of a display name: what LiveKit shows and what feels personal. */
export { firstName } from '@hearth/shared';
