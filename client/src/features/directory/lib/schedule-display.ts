import type { DirectoryGroup } from '@hearth/shared';

export const visitorTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const zoneName = (timeZone: string) => timeZone.replaceAll('_', ' ');
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export interface ScheduleDisplay {
  /** "Tuesdays at 13:30 your time (America/New_York)", from the next start seen in her zone. */
  yours: string;
  /** "Tuesdays at 19:30 in Europe/Berlin", as the group keeps it. */
  groups: string;
  /** "Next: Tuesday, 2 March 2027 at 13:30", or null when the server could not place one. */
  next: string | null;
  /** Whether her zone shows the group's own clock, so one line is enough. */
  sameZone: boolean;
}

/**
 * The group's weekly time as the visitor reads it. The server sends the next start as an instant; its
 * weekday and clock in her zone are what she plans by (a Wednesday morning in Tokyo is a Tuesday evening
 * in New York), and the group's own zone is said beside it.
 */
export function describeSchedule(group: Pick<DirectoryGroup, 'schedule' | 'nextStartAt'>, timeZone: string = visitorTimeZone(), locale?: string): ScheduleDisplay {
  const { weekday, time, timezone } = group.schedule;
  const groups = `${capitalise(weekday)}s at ${time} in ${zoneName(timezone)}`;
  if (!group.nextStartAt) return { yours: groups, groups, next: null, sameZone: true };
  const at = new Date(group.nextStartAt);
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long' }).format(at);
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const full = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const ownClock = new Intl.DateTimeFormat(locale, {
    timeZone: safeZone(timezone) ?? timeZone,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return {
    yours: `${day}s at ${clock} your time (${zoneName(timeZone)})`,
    groups,
    next: `Next: ${full}`,
    sameZone: ownClock === `${day} ${clock}` || timezone === timeZone,
  };
}

function safeZone(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

export function formatCost(cents: number, currency: string, locale?: string): string {
  if (cents === 0) return 'Free';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

export const seatsText = (seatsLeft: number) => (seatsLeft === 0 ? 'Full — waitlist open' : seatsLeft === 1 ? '1 seat left' : `${seatsLeft} seats left`);
