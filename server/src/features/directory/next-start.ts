import { WEEKDAYS, type Schedule } from '@hearth/shared';

const DAY = 86_400_000;

/** The wall clock of `instant` in `timeZone`, read as if it were UTC (so it can be compared and shifted). */
function wallClock(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * The instant at which `timeZone`'s clocks show the wall time `wall` (given as a UTC-read number).
 * Two passes settle the offset on either side of a DST change; a time skipped by a spring-forward
 * lands just after the gap, as people's calendars do.
 */
export function instantOf(wall: number, timeZone: string): number {
  let guess = wall - (wallClock(wall, timeZone) - wall);
  guess = wall - (wallClock(guess, timeZone) - guess);
  return guess;
}

/**
 * The next start of a weekly schedule after `now`, not before `startsOn` (a YYYY-MM-DD in the group's
 * zone). Null when the zone is one this runtime does not know.
 */
export function nextStart(schedule: Pick<Schedule, 'weekday' | 'time' | 'timezone'>, startsOn: string | null, now: Date): Date | null {
  let today: number;
  try {
    today = wallClock(now.getTime(), schedule.timezone);
  } catch {
    return null;
  }
  const [hours = 0, minutes = 0] = schedule.time.split(':').map(Number);
  const fromDay = Math.max(Math.floor(today / DAY) * DAY, startsOn ? Date.parse(`${startsOn}T00:00:00Z`) : 0);
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  const wanted = (WEEKDAYS.indexOf(schedule.weekday) + 1) % 7;
  for (let i = 0; i < 14; i++) {
    const day = fromDay + i * DAY;
    if (new Date(day).getUTCDay() !== wanted) continue;
    const start = instantOf(day + (hours * 60 + minutes) * 60_000, schedule.timezone);
    if (start > now.getTime()) return new Date(start);
  }
  return null;
}
