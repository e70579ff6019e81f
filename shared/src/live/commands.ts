import { z } from 'zod';
import { QUEUE_MODES, ROUND_KINDS } from './state.js';

const userId = z.uuid();
const empty = z.object({}).strict();

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
  'timer:start': z.object({ seconds: z.number().int().min(10).max(3600).optional() }).strict(),
  'timer:pause': empty,
  'timer:resume': empty,
  'timer:extend': z.object({ seconds: z.number().int().min(5).max(1800) }).strict(),
  'timer:reset': empty,
  'round:start': z
    .object({
      kind: z.enum(ROUND_KINDS),
      order: z.array(userId).max(20).optional(),
      shuffle: z.boolean().default(false),
      seconds: z.number().int().min(15).max(1800).optional(),
    })
    .strict(),
  'round:pass': empty,
  'round:next': empty,
  'round:end': empty,
  'settings:update': z
    .object({
      turnSeconds: z.number().int().min(15).max(1800).optional(),
      roundSeconds: z.number().int().min(15).max(1800).optional(),
      autoAdvance: z.boolean().optional(),
      lobbyOn: z.boolean().optional(),
      locked: z.boolean().optional(),
    })
    .strict(),
  'session:start': empty,
  'session:end': empty,
  'lobby:admit': z.object({ userId: userId.optional(), all: z.boolean().optional() }).strict(),
  'member:mute': z.object({ userId }).strict(),
  'member:remove': z.object({ userId }).strict(),
  'signal:moment': empty,
  'signal:clear': z.object({ userId }).strict(),
} as const;

export type CommandType = keyof typeof commandSchemas;
export type CommandPayload<T extends CommandType> = z.infer<(typeof commandSchemas)[T]>;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

/** Commands a member may send; every other one is the facilitators'. */
export const MEMBER_COMMANDS: ReadonlySet<CommandType> = new Set(['hand:raise', 'hand:lower', 'round:pass', 'signal:moment']);
