import type { LiveErrorCode, LiveState } from '@hearth/shared';
import type { Actor, Effect, LiveCommand, ReduceContext } from './types.js';

/** A handler's "no": marked, so the reducer can tell it from a new state without guessing at fields. */
export interface Refused {
  refused: true;
  code: LiveErrorCode;
  message: string;
}

export const no = (message: string, code: LiveErrorCode = 'NOT_APPLICABLE'): Refused => ({ refused: true, code, message });

type Payload<T extends LiveCommand['type']> = Extract<LiveCommand, { type: T }>['payload'];

/**
 * One command's rule: the state before, the new state after (or a refusal). It may push effects for
 * the world to run once the state is committed; the reducer hands it a fresh list each time.
 */
export type Handler<T extends LiveCommand['type']> = (
  state: LiveState,
  payload: Payload<T>,
  actor: Actor,
  ctx: ReduceContext,
  effects: Effect[],
) => LiveState | Refused;

/** The handlers for some commands, each typed by its own payload. */
export type Handlers<T extends LiveCommand['type']> = { [K in T]: Handler<K> };
