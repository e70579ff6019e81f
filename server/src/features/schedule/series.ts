import { DateTime } from 'luxon';
import { WEEKDAYS, type Schedule } from '@hearth/shared';

export interface Occurrence {
  /** The day in the group's own time zone (YYYY-MM-DD): what "this week's session" means to the group. */
  localDate: string;
  start: Date;
  end: Date;
}

/**
 * The group's next `weeks` meetings: its weekday at its wall-clock time in its own time zone, from the
 * first one that starts after `now` (and not before `from`, a day in that zone). Luxon does the zone
 * arithmetic, so 20:30 in Berlin is 20:30 there in March and in October whatever the UTC offset; a time
 * that does not exist on a spring-forward night moves forward by the gap, as Luxon does.
 */
export function weeklyOccurrences(schedule: Schedule, weeks: number, now: Date, from?: string): Occurrence[] {
  const zone = schedule.timezone;
  const [hour = 0, minute = 0] = schedule.time.split(':').map(Number);
  const weekday = WEEKDAYS.indexOf(schedule.weekday) + 1; // Luxon: Monday is 1
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const firstDay = from ? DateTime.max(DateTime.fromISO(from, { zone }).startOf('day'), today) : today;
  let day = firstDay.plus({ days: (weekday - firstDay.weekday + 7) % 7 });
  const at = (d: DateTime) => d.set({ hour, minute, second: 0, millisecond: 0 });
  if (at(day).toMillis() <= now.getTime()) day = day.plus({ weeks: 1 });

  const occurrences: Occurrence[] = [];
  for (let i = 0; i < weeks; i += 1) {
    const start = at(day.plus({ weeks: i }));
    occurrences.push({
      localDate: start.toISODate() ?? '',
      start: start.toJSDate(),
      end: start.plus({ minutes: schedule.durationMinutes }).toJSDate(),
    });
  }
  return occurrences;
}

/** The day an instant falls on in a time zone, as YYYY-MM-DD. */
export const localDateIn = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';

/** A `from` day the series accepts: today or later, at most a year ahead, in the group's zone. */
export function fromDayAllowed(from: string, zone: string, now: Date) {
  const day = DateTime.fromISO(from, { zone });
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  return day.isValid && day >= today && day <= today.plus({ years: 1 });
}
