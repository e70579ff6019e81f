import { isFacilitatorRole, MEMBER_COMMANDS, type CommandType, type LiveErrorCode, type LiveState } from '@hearth/shared';
import { handlers, type Refusal } from './handlers.js';
import type { Actor, Effect, LiveCommand, ReduceContext, ReduceResult } from './types.js';

const SYSTEM_COMMANDS = new Set(['presence:join', 'presence:leave', 'timer:expire', 'session:ended']);

function mayRun(actor: Actor, type: LiveCommand['type']): boolean {
  if (SYSTEM_COMMANDS.has(type)) return actor.role === 'system';
  if (actor.role === 'system') return false;
  return isFacilitatorRole(actor.role) || MEMBER_COMMANDS.has(type as CommandType);
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
  const handler = handlers[command.type] as (s: LiveState, p: unknown, a: Actor, c: ReduceContext, e: Effect[]) => LiveState | Refusal;
  const next = handler(state, command.payload, actor, ctx, effects);
  if ('refused' in next) return refusal(next.code, next.message);
  return { ok: true, state: { ...next, version: state.version + 1 }, effects };
}
