import { isFacilitatorRole, MEMBER_COMMANDS, type CommandType, type LiveErrorCode, type LiveState } from '@hearth/shared';
import { floor } from './floor.js';
import type { Handler, Handlers } from './handler.js';
import { lobby } from './lobby.js';
import { moderation } from './moderation.js';
import { plan } from './plan.js';
import { presence } from './presence.js';
import { queue } from './queue.js';
import { round } from './round.js';
import { settingsAndSession } from './settings-and-session.js';
import { timer } from './timer.js';
import type { Actor, Effect, LiveCommand, ReduceContext, ReduceResult, SystemCommand } from './types.js';

export { initialLiveState } from './initial.js';
export type { Actor, ClientCommand, Effect, LiveCommand, ReduceContext, ReduceResult, Refusal, SystemCommand } from './types.js';

/** Every command's handler, one tool's table at a time: leaving a command out is a type error. */
const handlers: Handlers<LiveCommand['type']> = { ...presence, ...lobby, ...queue, ...floor, ...timer, ...round, ...moderation, ...settingsAndSession, ...plan };

/** The commands only the server itself may send; listing every one is checked by the type. */
const SYSTEM_COMMAND_TYPES = {
  'presence:join': true,
  'presence:leave': true,
  'timer:expire': true,
} as const satisfies Record<SystemCommand['type'], true>;

const isSystemCommand = (type: LiveCommand['type']): type is SystemCommand['type'] => Object.hasOwn(SYSTEM_COMMAND_TYPES, type);

function mayRun(actor: Actor, type: LiveCommand['type']): boolean {
  if (isSystemCommand(type)) return actor.role === 'system';
  if (actor.role === 'system') return false;
  return isFacilitatorRole(actor.role) || MEMBER_COMMANDS.has(type);
}

const refusal = (code: LiveErrorCode, message: string): ReduceResult => ({ ok: false, code, message });

/**
 * The one place the live state changes. Pure: the same state, command, actor and context always
 * give the same result, so every server process and every replay agrees. A refused command
 * returns the reason and leaves the state exactly as it was.
 */
export function reduce(state: LiveState, command: LiveCommand, actor: Actor, ctx: ReduceContext): ReduceResult {
  if (!mayRun(actor, command.type)) return refusal('FORBIDDEN', 'Only the facilitators can do that.');
  if (state.phase === 'ended' && !command.type.startsWith('presence:')) {
    return refusal('NOT_APPLICABLE', 'This session has ended.');
  }
  const effects: Effect[] = [];
  // The table is keyed by type, but TypeScript cannot pair one command's payload with its handler's.
  const handler = handlers[command.type] as Handler<LiveCommand['type']>;
  const next = handler(state, command.payload, actor, ctx, effects);
  if ('refused' in next) return refusal(next.code, next.message);
  return { ok: true, state: { ...next, version: state.version + 1 }, effects };
}
