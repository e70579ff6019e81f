import { describe, expect, it } from 'vitest';
import { SECONDS_LIMITS } from './live/commands.js';
import { defaultPlan, phaseStartPayload, phaseStartSchema, planInputSchema, PLAN_LIMITS } from './plans.js';

describe('session plans', () => {
  it('offers a default plan that fills the group’s session and is itself a valid plan', () => {
    for (const duration of [30, 75, 90, 180]) {
      const phases = defaultPlan(duration);
      expect(phases.map((p) => p.kind)).toEqual(['round', 'open', 'round']);
      expect(planInputSchema.safeParse({ phases }).success, `${duration} minutes`).toBe(true);
    }
    expect(defaultPlan(90).map((p) => p.minutes)).toEqual([15, 65, 10]);
  });

  it('takes the seconds per person a round takes anywhere else (SECONDS_LIMITS.turn)', () => {
    const phase = (seconds: number) => ({ kind: 'round', name: 'Check-in', minutes: 10, round: { kind: 'check-in', seconds } });
    for (const s of [SECONDS_LIMITS.turn.min, SECONDS_LIMITS.turn.max]) expect(planInputSchema.safeParse({ phases: [phase(s)] }).success).toBe(true);
    for (const s of [SECONDS_LIMITS.turn.min - 1, SECONDS_LIMITS.turn.max + 1]) expect(planInputSchema.safeParse({ phases: [phase(s)] }).success).toBe(false);
  });

  it('turns every phase of a plan into a phase:start the command schema takes', () => {
    const phases = defaultPlan(90);
    phases.forEach((phase, index) => {
      const payload = phaseStartPayload(phase, index);
      expect(phaseStartSchema.parse(payload)).toEqual(payload);
      expect('round' in payload).toBe(phase.kind === 'round');
    });
    expect(phaseStartSchema.safeParse({ index: PLAN_LIMITS.phases.max, name: 'Past the end', minutes: 5 }).success).toBe(false);
  });
});
