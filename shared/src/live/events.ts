import { z } from 'zod';
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

/** What the browser sends as Socket.IO's `auth` when it opens `/live`: the session it wants (the cookie says who). */
export const liveHandshakeAuthSchema = z.object({ sessionId: z.uuid('auth.sessionId must be a session id') });
export type LiveHandshakeAuth = z.infer<typeof liveHandshakeAuthSchema>;
