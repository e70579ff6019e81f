import { describe, expect, it } from 'vitest';
import { clock, phaseTime, planFit } from './phase-time';

describe('how the panel shows a phase’s time against its target', () => {
  it('writes minutes and two-digit seconds, past an hour too, never negative', () => {
    expect(clock(95)).toBe('1:35');
    expect(clock(5)).toBe('0:05');
    expect(clock(3725)).toBe('62:05');
    expect(clock(-3)).toBe('0:00');
  });

  it('shows the time gone of the target while the phase runs', () => {
    const t = phaseTime({ startedAt: 1_000_000, minutes: 15 }, 1_000_000 + 312_400);
    expect(t).toEqual({ elapsedSeconds: 312, targetSeconds: 900, over: false, shown: '5:12 of 15:00', spoken: '5 of 15 minutes' });
  });

  it('says how far over once the target has passed, and only then', () => {
    expect(phaseTime({ startedAt: 0, minutes: 1 }, 60_000)).toMatchObject({ over: false, shown: '1:00 of 1:00' });
    expect(phaseTime({ startedAt: 0, minutes: 1 }, 61_000)).toMatchObject({ over: true, shown: '0:01 over 1:00', spoken: 'Less than a minute over 1 minute' });
    expect(phaseTime({ startedAt: 0, minutes: 15 }, (15 * 60 + 130) * 1000)).toMatchObject({
      over: true,
      shown: '2:10 over 15:00',
      spoken: '2 minutes over 15 minutes',
    });
  });

  it('never shows negative time when this device’s clock runs behind the server’s', () => {
    expect(phaseTime({ startedAt: 10_000, minutes: 10 }, 4_000)).toMatchObject({ elapsedSeconds: 0, shown: '0:00 of 10:00' });
  });

  it('measures the plan against the group’s session, saying how far over it runs', () => {
    expect(planFit(85, 90)).toEqual({ shown: '85 of the session’s 90 minutes', overBy: 0 });
    expect(planFit(100, 90)).toEqual({ shown: '100 of the session’s 90 minutes', overBy: 10 });
  });
});
