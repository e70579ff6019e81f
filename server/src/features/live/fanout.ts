import { isFacilitatorRole, memberView, type AnyLiveState, type ErrorCode, type LiveState, type Role } from '@hearth/shared';
import type { LiveServer } from '../../plugins/io.js';

/** The Socket.IO rooms of a session: everyone, its facilitators, each person, and each sign-in. */
export const rooms = {
  session: (sessionId: string) => `s:${sessionId}`,
  facilitators: (sessionId: string) => `s:${sessionId}:f`,
  person: (sessionId: string, userId: string) => `s:${sessionId}:u:${userId}`,
  signIn: (signInId: string) => `signin:${signInId}`,
};

/** Who sees which view, once: facilitators everything, a member her own view (no airtime, no signals, nobody waiting). */
export const viewFor = (role: Role, state: LiveState, userId: string): AnyLiveState =>
  isFacilitatorRole(role) ? { view: 'facilitator', ...state } : { view: 'member', ...memberView(state, userId) };

/** Sends this process's sockets the state each may see. */
export function emitStateLocally(io: LiveServer, sessionId: string, state: LiveState) {
  const live = io.of('/live').local;
  live.to(rooms.facilitators(sessionId)).emit('state', viewFor('facilitator', state, ''));
  for (const person of state.present) {
    if (person.role !== 'member') continue;
    live.to(rooms.person(sessionId, person.userId)).emit('state', viewFor('member', state, person.userId));
  }
}

/**
 * One message per command crosses to the other processes (not one per person), and each process
 * filters for its own sockets. The full state travels only between servers, never to a member.
 */
export function broadcastState(io: LiveServer, clustered: boolean, sessionId: string, state: LiveState) {
  emitStateLocally(io, sessionId, state);
  if (clustered) io.of('/live').serverSideEmit('live:state', sessionId, state);
}

/** Tells the people in a room why, then closes their connections (on every process). */
export function closeConnections(io: LiveServer, room: string, code: ErrorCode, message: string) {
  const live = io.of('/live');
  live.to(room).emit('closed', { code, message });
  // After the current command's ack has gone out, so whoever ended the session hears it worked.
  setImmediate(() => live.in(room).disconnectSockets(true));
}

/**
 * Her sockets on this process drop their transport and come straight back (Socket.IO's client
 * reconnects by itself after a transport close, not after a server disconnect, which
 * `disconnectSockets` sends even when closing), so the handshake gives each the view of who she is now.
 */
export async function reconnectLocally(io: LiveServer, room: string) {
  const sockets = (await io.of('/live').local.in(room).fetchSockets()) as unknown as Array<{ conn: { close(): void } }>;
  for (const socket of sockets) socket.conn.close();
}

/** The same on every process: here at once, and the others through the adapter. */
export async function reconnectEverywhere(io: LiveServer, clustered: boolean, room: string) {
  await reconnectLocally(io, room);
  if (clustered) io.of('/live').serverSideEmit('live:reconnect', room);
}

/** Who has a `/live` socket open for this session, on every process. */
export async function connectedIds(io: LiveServer, sessionId: string) {
  const sockets = await io.of('/live').in(rooms.session(sessionId)).fetchSockets();
  return new Set(sockets.map((socket) => (socket.data as { user?: { id: string } }).user?.id).filter((id): id is string => !!id));
}
