import { z } from 'zod';
import { roleSchema, type Role } from '../groups.js';

export const QUEUE_MODES = ['raised', 'least-airtime'] as const;
export const ROUND_KINDS = ['check-in', 'check-out', 'open'] as const;
export const FLOOR_REASONS = ['queue', 'round', 'facilitator'] as const;
export const TIMER_STATES = ['idle', 'running', 'paused', 'expired'] as const;

export const presentPersonSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: roleSchema,
  /** Epoch ms she first connected this session. */
  since: z.number(),
  /** False while she is reconnecting; she keeps her place. */
  connected: z.boolean(),
});
export type PresentPerson = z.infer<typeof presentPersonSchema>;

export const timerSchema = z.object({
  state: z.enum(TIMER_STATES),
  durationMs: z.number().int().nonnegative(),
  /** Server epoch ms when it reaches zero, while running. */
  endsAt: z.number().nullable(),
  /** What is left, while paused (and the full duration while idle). */
  remainingMs: z.number().int().nonnegative(),
});
export type Timer = z.infer<typeof timerSchema>;

export const floorSchema = z.object({
  userId: z.string(),
  since: z.number(),
  reason: z.enum(FLOOR_REASONS),
  /** She dropped during her turn: her timer waits until she is back or the facilitator moves on. */
  away: z.boolean(),
});
export type Floor = z.infer<typeof floorSchema>;

export const roundSchema = z.object({
  kind: z.enum(ROUND_KINDS),
  order: z.array(z.string()),
  /** Index into `order` of whoever has the turn; order.length when done. */
  index: z.number().int().nonnegative(),
  passed: z.array(z.string()),
  seconds: z.number().int().positive(),
});
export type Round = z.infer<typeof roundSchema>;

/**
 * How the last round went, kept once it ends so the facilitator can still see it: facilitators only,
 * since who passed is hers to know, not the group's.
 */
export const roundRecordSchema = z.object({
  kind: z.enum(ROUND_KINDS),
  /** Everyone the round went to, in its order. */
  order: z.array(z.string()),
  /** Who had her turn and took it. */
  spoke: z.array(z.string()),
  /** Who passed. Anyone in `order` and in neither list never had a turn: the round ended before her. */
  passed: z.array(z.string()),
  endedAt: z.number(),
});
export type RoundRecord = z.infer<typeof roundRecordSchema>;

export const settingsSchema = z.object({
  turnSeconds: z.number().int().min(15).max(1800),
  roundSeconds: z.number().int().min(15).max(1800),
  autoAdvance: z.boolean(),
  lobbyOn: z.boolean(),
  locked: z.boolean(),
  /** Whoever has the floor shown large on every screen. Absent in documents written before it existed: off. */
  spotlightFloor: z.boolean().optional(),
});
export type LiveSettings = z.infer<typeof settingsSchema>;

/** The session plan's phase running now (shared/src/plans.ts): which one, since when (server epoch ms), its target minutes. */
export const planStepSchema = z.object({ index: z.number().int().nonnegative(), name: z.string(), minutes: z.number().int().positive(), startedAt: z.number() });
export type PlanStep = z.infer<typeof planStepSchema>;

export const signalSchema = z.object({ userId: z.string(), name: z.string(), at: z.number() });
export type MomentSignal = z.infer<typeof signalSchema>;

/** The whole live document, as facilitators see it. The server is its only author. */
export const liveStateSchema = z.object({
  version: z.number().int().nonnegative(),
  phase: z.enum(['lobby', 'live', 'ended']),
  present: z.array(presentPersonSchema),
  /** Waiting to be admitted (lobby on), in arrival order. */
  lobby: z.array(z.string()),
  admitted: z.array(z.string()),
  /** The talking order: who raised a hand, first to speak first. */
  hands: z.array(z.string()),
  /** When each hand went up (server epoch ms), so raised order survives a mode change. */
  raisedAt: z.record(z.string(), z.number()),
  queueMode: z.enum(QUEUE_MODES),
  floor: floorSchema.nullable(),
  timer: timerSchema,
  round: roundSchema.nullable(),
  /** The round that ended last: facilitators only. Absent until a round ends (and in documents written before it existed). */
  lastRound: roundRecordSchema.optional(),
  settings: settingsSchema,
  /** Milliseconds of floor time per member: facilitators only. */
  airtime: z.record(z.string(), z.number()),
  /** Private "I need a moment" signals: facilitators only. */
  signals: z.array(signalSchema),
  /** Absent until a phase of the plan starts (and in documents written before plans existed). */
  planStep: planStepSchema.optional(),
});
export type LiveState = z.infer<typeof liveStateSchema>;

/**
 * What a member is sent: no airtime, no signals, no record of the last round, of the lobby only how
 * many wait and whether she herself does, and of a round's passes only her own.
 */
export const memberLiveStateSchema = liveStateSchema
  .omit({ airtime: true, signals: true, lobby: true, lastRound: true })
  .extend({ lobbyCount: z.number().int(), youAreWaiting: z.boolean() });
export type MemberLiveState = z.infer<typeof memberLiveStateSchema>;

export type AnyLiveState = ({ view: 'facilitator' } & LiveState) | ({ view: 'member' } & MemberLiveState);

/** With the lobby on or the room locked, members come in only when a facilitator admits them. */
export const doorIsGated = (settings: LiveState['settings']) => settings.lobbyOn || settings.locked;

/** The lobby rule, once: a member waits until admitted while the door is gated. Facilitators never wait. */
export const mustWaitInLobby = (state: LiveState, userId: string, role: Role) =>
  role === 'member' && doorIsGated(state.settings) && !state.admitted.includes(userId);

export function memberView(state: LiveState, userId: string): MemberLiveState {
  const { airtime: _airtime, signals: _signals, lobby, lastRound: _lastRound, ...shared } = state;
  // Others still waiting to be let in are not shown, not even by name in the presence list.
  const present = shared.present.filter((p) => p.userId === userId || !lobby.includes(p.userId));
  const round = shared.round && { ...shared.round, passed: shared.round.passed.filter((id) => id === userId) };
  return { ...shared, present, round, lobbyCount: lobby.length, youAreWaiting: lobby.includes(userId) };
}

/** Place in the talking order (1-based), or null when not in it. */
export const placeInQueue = (state: Pick<LiveState, 'hands'>, userId: string) => {
  const index = state.hands.indexOf(userId);
  return index === -1 ? null : index + 1;
};

/** Remaining ms drawn from the server's deadline and this client's clock offset, never from ticks. */
export function remainingMs(timer: Timer, serverNow: number): number {
  if (timer.state === 'running' && timer.endsAt !== null) return Math.max(0, timer.endsAt - serverNow);
  if (timer.state === 'expired') return 0;
  return timer.remainingMs;
}
