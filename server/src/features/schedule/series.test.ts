import { describe, expect, it } from 'vitest';
import type { Schedule } from '@hearth/shared';
import { fromDayAllowed, weeklyOccurrences } from './series.js';

const berlin: Schedule = { weekday: 'wednesday', time: '20:30', timezone: 'Europe/Berlin', durationMinutes: 90 };
const iso = (dates: { start: Date }[]) => dates.map((d) => d.start.toISOString());

describe('the weekly series', () => {
  it('keeps 20:30 in Berlin across the spring change (CET → CEST on 28 March 2027)', () => {
    const weeks = weeklyOccurrences(berlin, 4, new Date('2027-03-10T12:00:00Z'));
    expect(iso(weeks)).toEqual(['2027-03-10T19:30:00.000Z', '2027-03-17T19:30:00.000Z', '2027-03-24T19:30:00.000Z', '2027-03-31T18:30:00.000Z']);
    expect(weeks.map((w) => w.localDate)).toEqual(['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31']);
    expect(weeks.map((w) => w.end.getTime() - w.start.getTime())).toEqual([5_400_000, 5_400_000, 5_400_000, 5_400_000]);
  });

  it('keeps 20:30 in Berlin across the autumn change (CEST → CET on 31 October 2027)', () => {
    const weeks = weeklyOccurrences(berlin, 3, new Date('2027-10-20T08:00:00Z'));
    expect(iso(weeks)).toEqual(['2027-10-20T18:30:00.000Z', '2027-10-27T18:30:00.000Z', '2027-11-03T19:30:00.000Z']);
  });

  it('crosses a southern-hemisphere change the other way round (Sydney leaves daylight time on 4 April 2027)', () => {
    const weeks = weeklyOccurrences({ weekday: 'monday', time: '18:00', timezone: 'Australia/Sydney', durationMinutes: 75 }, 2, new Date('2027-03-25T00:00:00Z'));
    expect(iso(weeks)).toEqual(['2027-03-29T07:00:00.000Z', '2027-04-05T08:00:00.000Z']);
  });

  it('starts next week when today’s meeting has already begun, and never before `from`', () => {
    // Wednesday 10 March 2027, 21:00 in Berlin: tonight’s 20:30 is past.
    expect(iso(weeklyOccurrences(berlin, 1, new Date('2027-03-10T20:00:00Z')))).toEqual(['2027-03-17T19:30:00.000Z']);
    expect(iso(weeklyOccurrences(berlin, 1, new Date('2027-03-10T12:00:00Z'), '2027-03-11'))).toEqual(['2027-03-17T19:30:00.000Z']);
    // A `from` in the past counts from today.
    expect(iso(weeklyOccurrences(berlin, 1, new Date('2027-03-10T12:00:00Z'), '2020-01-01'))).toEqual(['2027-03-10T19:30:00.000Z']);
  });

  it('reads the weekday in the group’s zone, not the server’s (Sunday 23:30 in Berlin is Sunday there)', () => {
    const late: Schedule = { weekday: 'sunday', time: '23:30', timezone: 'Europe/Berlin', durationMinutes: 60 };
    expect(iso(weeklyOccurrences(late, 1, new Date('2027-01-04T00:00:00Z')))).toEqual(['2027-01-10T22:30:00.000Z']);
  });

  it('moves a time that does not exist on the spring-forward night forward by the gap', () => {
    const night: Schedule = { weekday: 'sunday', time: '02:30', timezone: 'Europe/Berlin', durationMinutes: 60 };
    expect(iso(weeklyOccurrences(night, 1, new Date('2027-03-27T12:00:00Z')))).toEqual(['2027-03-28T01:30:00.000Z']);
  });

  it('accepts a first day from today up to a year ahead, in the group’s zone', () => {
    const now = new Date('2027-03-10T23:30:00Z'); // already 11 March in Berlin
    expect(fromDayAllowed('2027-03-11', 'Europe/Berlin', now)).toBe(true);
    expect(fromDayAllowed('2027-03-10', 'Europe/Berlin', now)).toBe(false);
    expect(fromDayAllowed('2028-03-11', 'Europe/Berlin', now)).toBe(true);
    expect(fromDayAllowed('2028-03-12', 'Europe/Berlin', now)).toBe(false);
    expect(fromDayAllowed('2027-02-30', 'Europe/Berlin', now)).toBe(false);
  });
});
