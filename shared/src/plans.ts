import { z } from 'zod';
import { ROUND_KINDS, settingsSchema } from './live/state.js';
import { text } from './text.js';

/**
 * A session plan: the shape a facilitator gives her group's sessions once and reuses every week,
 * e.g. check-in round → open process → check-out round, each phase with the minutes she means it to take.
 * The minutes are targets the panel shows, never limits the server enforces.
 */
export const PLAN_LIMITS = {
  phases: { min: 1, max: 8 },
  minutes: { min: 1, max: 180 },
  /** The longest session a group may have (its schedule's duration); a plan longer than any session is a typo. */
  totalMinutes: 180,
  name: 60,
} as const;

export const PHASE_KINDS = ['round', 'open'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

const phaseName = text({ label: 'Phase name', max: PLAN_LIMITS.name }).min(1, 'Give the phase a name');
const phaseMinutes = z
  .number()
  .int('Minutes are whole minutes')
  .min(PLAN_LIMITS.minutes.min, `A phase takes at least ${PLAN_LIMITS.minutes.min} minute`)
  .max(PLAN_LIMITS.minutes.max, `A phase takes at most ${PLAN_LIMITS.minutes.max} minutes`);

/**
 * The round a phase starts: what `round:start` takes, without an order (the round goes to whoever is
 * there when it starts). Seconds per person are a round-seconds setting, so they share its bounds
 * (SECONDS_LIMITS.turn); left out, the session's round seconds apply.
 */
export const phaseRoundSchema = z.object({
  kind: z.enum(ROUND_KINDS),
  seconds: settingsSchema.shape.roundSeconds.optional(),
  shuffle: z.boolean().optional(),
});
export type PhaseRound = z.infer<typeof phaseRoundSchema>;

/** One phase: a go-around with its settings, or open process (the talking order by raised hands). */
export const planPhaseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('round'), name: phaseName, minutes: phaseMinutes, round: phaseRoundSchema }),
  z.object({ kind: z.literal('open'), name: phaseName, minutes: phaseMinutes }),
]);
export type PlanPhase = z.infer<typeof planPhaseSchema>;

export const planMinutes = (phases: readonly Pick<PlanPhase, 'minutes'>[]) => phases.reduce((sum, phase) => sum + phase.minutes, 0);

/** What a facilitator saves: the whole plan at once, in order. */
export const planInputSchema = z.object({
  phases: z
    .array(planPhaseSchema)
    .min(PLAN_LIMITS.phases.min, 'A plan has at least one phase')
    .max(PLAN_LIMITS.phases.max, `A plan has at most ${PLAN_LIMITS.phases.max} phases`)
    .refine((phases) => planMinutes(phases) <= PLAN_LIMITS.totalMinutes, `A plan takes at most ${PLAN_LIMITS.totalMinutes} minutes in all`),
});
export type PlanInput = z.infer<typeof planInputSchema>;

/**
 * What the server answers. Plain types, not the input rules, so a plan saved under older rules still
 * reads; no phases and no `updatedAt` when the group has no plan yet.
 */
export const sessionPlanSchema = z.object({
  groupId: z.uuid(),
  phases: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('round'),
        name: z.string(),
        minutes: z.number().int(),
        round: z.object({ kind: z.enum(ROUND_KINDS), seconds: z.number().int().optional(), shuffle: z.boolean().optional() }),
      }),
      z.object({ kind: z.literal('open'), name: z.string(), minutes: z.number().int() }),
    ]),
  ),
  updatedAt: z.iso.datetime().nullable(),
});
export type SessionPlan = z.infer<typeof sessionPlanSchema>;

/** The plan the editor offers a group that has none: arrive, talk, leave, filling the group's session. */
export function defaultPlan(durationMinutes: number): PlanPhase[] {
  const checkIn = 15;
  const checkOut = 10;
  const open = Math.min(PLAN_LIMITS.minutes.max, Math.max(PLAN_LIMITS.minutes.min, durationMinutes - checkIn - checkOut));
  return [
    { kind: 'round', name: 'Check-in round', minutes: checkIn, round: { kind: 'check-in' } },
    { kind: 'open', name: 'Open process', minutes: open },
    { kind: 'round', name: 'Check-out round', minutes: checkOut, round: { kind: 'check-out' } },
  ];
}

/**
 * `phase:start`: the facilitator starts a phase of the plan she has in front of her. The command carries
 * the phase itself, so the live state never depends on a plan edited (or deleted) since; a phase with a
 * round starts that round as `round:start` would.
 */
export const phaseStartSchema = z
  .object({
    index: z
      .number()
      .int()
      .min(0)
      .max(PLAN_LIMITS.phases.max - 1),
    name: phaseName,
    minutes: phaseMinutes,
    round: phaseRoundSchema.strict().optional(),
  })
  .strict();
export type PhaseStart = z.infer<typeof phaseStartSchema>;

/** The command that starts phase `index` of a plan. */
export const phaseStartPayload = (phase: PlanPhase, index: number): PhaseStart =>
  phase.kind === 'round' ? { index, name: phase.name, minutes: phase.minutes, round: phase.round } : { index, name: phase.name, minutes: phase.minutes };
