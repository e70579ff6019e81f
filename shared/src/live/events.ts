import type { ErrorCode } from '../errors.js';
import type { CommandPayload, CommandType } from './commands.js';
import type { AnyLiveState, MomentSignal } from './state.js';

export type Ack<T = unknown> = { ok: true; data: T } | { ok: false; code: ErrorCode | LiveErrorCode; message: string };
export type LiveErrorCode = 'FORBIDDEN' | 'VALIDATION_FAILED' | 'THROTTLED' | 'STALE' | 'NOT_APPLICABLE' | 'INTERNAL';

type CommandEvents = {
  [K in CommandType]: (payload: CommandPayload<K>, ack: (result: Ack<{ version: number }>) => void) => void;
};

export interface ClientToServerEvents extends CommandEvents {
  'time:sync': (payload: { clientSentAt: number }, ack: (result: Ack<{ serverNow: number }>) => void) => void;
}

export interface ServerToClientEvents {
  state: (state: AnyLiveState) => void;
  /** Facilitators only: someone privately asked for a moment. */
  signal: (signal: MomentSignal) => void;
  /** Why the server is closing this connection (removed, agreement changed, session ended). */
  closed: (reason: { code: ErrorCode; message: string }) => void;
}

export interface LiveHandshakeAuth {
  sessionId: string;
}
