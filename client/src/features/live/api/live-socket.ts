import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, CommandPayload, CommandType, LiveHandshakeAuth, ServerToClientEvents } from '@hearth/shared';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a command may wait for its ack before we tell her it did not get through. */
const ACK_TIMEOUT_MS = 8_000;

/**
 * One connection to the session's live channel. Websocket only (the server runs no long-polling,
 * so no sticky sessions); the session cookie authenticates it, the handshake names the session.
 * Not connected yet: the provider attaches its listeners first, so no early `state` is missed.
 */
export function createLiveSocket(sessionId: string): LiveSocket {
  const auth: LiveHandshakeAuth = { sessionId };
  return io('/live', { transports: ['websocket'], auth, withCredentials: true, autoConnect: false });
}

/** What the server answers to a command, or the two ways it can fail to answer at all. */
export type CommandResult = Ack<{ version: number }> | { ok: false; code: 'OFFLINE' | 'NO_ANSWER'; message: string };

type EmitCommand = (type: CommandType, payload: unknown) => Promise<Ack<{ version: number }>>;

/** Sends one command and waits for its ack; never rejects, so every caller can show the outcome. */
export async function sendCommand<T extends CommandType>(socket: LiveSocket, type: T, payload: CommandPayload<T>): Promise<CommandResult> {
  // Socket.IO buffers emits while offline and would replay a stale click later; better to say so now.
  if (!socket.connected) return { ok: false, code: 'OFFLINE', message: 'offline' };
  // The event map is keyed by each command's own payload; TypeScript cannot narrow a generic key
  // through socket.io's overloads, so the call goes through one loosened signature.
  const timed = socket.timeout(ACK_TIMEOUT_MS);
  const emit = timed.emitWithAck.bind(timed) as unknown as EmitCommand;
  try {
    return await emit(type, payload);
  } catch {
    return { ok: false, code: 'NO_ANSWER', message: 'timeout' };
  }
}
