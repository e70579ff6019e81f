import { z } from 'zod';
import { phaseStartSchema } from '../plans.js';
import { QUEUE_MODES, ROUND_KINDS } from './state.js';

const userId = z.uuid();
const empty = z.object({}).strict();

/** How long, in whole seconds, each kind of timed thing may be: the schemas below and the panel's inputs use these. */
export const SECONDS_LIMITS = {
  timer: { min: 10, max: 3600 },
  extend: { min: 5, max: 1800 },
  turn: { min: 15, max: 1800 },
} as const;
type Limit = { min: number; max: number };
const seconds = ({ min, max }: Limit) => z.number().int().min(min).max(max);

/** Whether a typed value is a whole number of seconds within the limit. */
export const withinSeconds = (value: number, { min, max }: Limit) => Number.isInteger(value) && value >= min && value <= max;

/** Every client command and its payload schema. Names are `entity:verb`. */
export const commandSchemas = {
  'hand:raise': empty,
  'hand:lower': z.object({ userId: userId.optional() }).strict(),
  'queue:move': z.object({ userId, toIndex: z.number().int().min(0).max(50) }).strict(),
  'queue:remove': z.object({ userId }).strict(),
  'queue:mode': z.object({ mode: z.enum(QUEUE_MODES) }).strict(),
  'floor:next': empty,
  'floor:give': z.object({ userId }).strict(),
  'floor:end': empty,
  'floor:done': empty,
  'timer:start': z.object({ seconds: seconds(SECONDS_LIMITS.timer).optional() }).strict(),
  'timer:pause': empty,
  'timer:resume': empty,
  'timer:extend': z.object({ seconds: seconds(SECONDS_LIMITS.extend) }).strict(),
  'timer:reset': empty,
  'round:start': z
    .object({
      kind: z.enum(ROUND_KINDS),
      order: z.array(userId).max(20).optional(),
      shuffle: z.boolean().default(false),
      seconds: seconds(SECONDS_LIMITS.turn).optional(),
    })
    .strict(),
  'round:pass': empty,
  'round:next': empty,
  'round:end': empty,
  'settings:update': z
    .object({
      turnSeconds: seconds(SECONDS_LIMITS.turn).optional(),
      roundSeconds: seconds(SECONDS_LIMITS.turn).optional(),
      autoAdvance: z.boolean().optional(),
      lobbyOn: z.boolean().optional(),
      locked: z.boolean().optional(),
      spotlightFloor: z.boolean().optional(),
    })
    .strict(),
  'session:start': empty,
  'session:end': empty,
  'lobby:admit': z.object({ userId: userId.optional(), all: z.boolean().optional() }).strict(),
  'member:mute': z.object({ userId }).strict(),
  'member:remove': z.object({ userId }).strict(),
  'signal:moment': empty,
  'signal:clear': z.object({ userId }).strict(),
  'phase:start': phaseStartSchema,
} as const;

export type CommandType = keyof typeof commandSchemas;
export type CommandPayload<T extends CommandType> = z.infer<(typeof commandSchemas)[T]>;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

/** Commands a member may send; every other one is the facilitators'. */
export const MEMBER_COMMANDS: ReadonlySet<CommandType> = new Set(['hand:raise', 'hand:lower', 'floor:done', 'round:pass', 'signal:moment']);
