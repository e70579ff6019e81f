import { describe, expect, it } from 'vitest';
import { describeSchedule, formatCost, seatsText } from './schedule-display';

// Wednesday 07:00 in Tokyo; the instant the server sends as this group's next start.
const tokyo = { schedule: { weekday: 'wednesday', time: '07:00', timezone: 'Asia/Tokyo', durationMinutes: 75 }, nextStartAt: '2027-03-02T22:00:00.000Z' } as const;
// Tuesday 19:30 in Berlin, in winter (CET, UTC+1).
const berlin = { schedule: { weekday: 'tuesday', time: '19:30', timezone: 'Europe/Berlin', durationMinutes: 90 }, nextStartAt: '2027-03-02T18:30:00.000Z' } as const;

describe('a group’s schedule in the visitor’s own time zone', () => {
  it('shows one group on a different day and clock to visitors in New York and Tokyo, and always says the group’s own zone', () => {
    const fromNewYork = describeSchedule(tokyo, 'America/New_York', 'en-GB');
    expect(fromNewYork.yours).toBe('Tuesdays at 17:00 your time (America/New York)');
    expect(fromNewYork.groups).toBe('Wednesdays at 07:00 in Asia/Tokyo');
    expect(fromNewYork.next).toBe('Next: Tuesday, 2 March 2027 at 17:00');
    expect(fromNewYork.sameZone).toBe(false);

    const fromTokyo = describeSchedule(tokyo, 'Asia/Tokyo', 'en-GB');
    expect(fromTokyo.yours).toBe('Wednesdays at 07:00 your time (Asia/Tokyo)');
    expect(fromTokyo.sameZone).toBe(true);
  });

  it('follows the instant, not the group’s clock, across a zone with its own offset', () => {
    expect(describeSchedule(berlin, 'Europe/London', 'en-GB').yours).toBe('Tuesdays at 18:30 your time (Europe/London)');
    expect(describeSchedule(berlin, 'Asia/Kolkata', 'en-GB').yours).toBe('Wednesdays at 00:00 your time (Asia/Kolkata)');
    expect(describeSchedule({ ...berlin, nextStartAt: null }, 'Asia/Kolkata', 'en-GB')).toMatchObject({ yours: 'Tuesdays at 19:30 in Europe/Berlin', next: null });
  });

  it('writes costs with their currency and seats in words', () => {
    expect(formatCost(4500, 'EUR', 'en-GB')).toBe('€45.00');
    expect(formatCost(4500, 'USD', 'en-US')).toBe('$45.00');
    expect(formatCost(0, 'EUR', 'en-GB')).toBe('Free');
    expect(seatsText(0)).toBe('Full — waitlist open');
    expect(seatsText(1)).toBe('1 seat left');
    expect(seatsText(3)).toBe('3 seats left');
  });
});
