import type { FastifyInstance } from 'fastify';
import type { Socket } from 'socket.io';
import { z } from 'zod';
import {
  COMMAND_TYPES,
  commandSchemas,
  firstName,
  isFacilitatorRole,
  memberView,
  type ClientToServerEvents,
  type ErrorCode,
  type LiveState,
  type Role,
  type ServerToClientEvents,
  type User,
} from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import { originAllowed, SESSION_COOKIE } from '../../plugins/auth.js';
import type { LiveServer } from '../../plugins/io.js';
import type { SessionService } from '../sessions/service.js';
import type { AuthService } from '../auth/service.js';
import type { LiveService } from './service.js';
import type { LiveCommand } from './reducer/index.js';
import { createThrottle } from './throttle.js';

interface LiveSocketData {
  user: User;
  /** Her sign-in as stored (a hash of the cookie token): sign-out and expiry close this socket. */
  signInId: string;
  sessionId: string;
  role: Role;
}
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;

export const rooms = {
  session: (sessionId: string) => `s:${sessionId}`,
  facilitators: (sessionId: string) => `s:${sessionId}:f`,
  person: (sessionId: string, userId: string) => `s:${sessionId}:u:${userId}`,
  signIn: (signInId: string) => `signin:${signInId}`,
};

/** Sends this process's sockets the state each may see: everything to facilitators, her own view to each member. */
function emitStateLocally(io: LiveServer, sessionId: string, state: LiveState) {
  const live = io.of('/live').local;
  live.to(rooms.facilitators(sessionId)).emit('state', { view: 'facilitator', ...state });
  for (const person of state.present) {
    if (person.role !== 'member') continue;
    live.to(rooms.person(sessionId, person.userId)).emit('state', { view: 'member', ...memberView(state, person.userId) });
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

/** Who has a `/live` socket open for this session, on every process. */
export async function connectedIds(io: LiveServer, sessionId: string) {
  const sockets = await io.of('/live').in(rooms.session(sessionId)).fetchSockets();
  return new Set(sockets.map((socket) => (socket.data as Partial<LiveSocketData>).user?.id).filter((id): id is string => !!id));
}

const handshakeSchema = z.object({ sessionId: z.uuid() });

/** The `/live` namespace: the same gate as the token endpoint (but admission), then commands with acks. */
export function registerLiveNamespace(app: FastifyInstance, live: LiveService, sessions: SessionService, auth: AuthService) {
  const ns = app.io.of('/live');
  // One allowance per person in a session, however many tabs or sockets she opens (per process).
  const throttles = new Map<string, ReturnType<typeof createThrottle>>();
  ns.on('live:state', (sessionId, state) => emitStateLocally(app.io, sessionId, state));
  closeEndedSignIns(app, auth);

  ns.use(async (socket: LiveSocket, next) => {
    try {
      if (!originAllowed(socket.handshake.headers.origin, socket.handshake.headers.host, app.config.PUBLIC_URL)) {
        throw new AppError('CROSS_SITE_REQUEST', 'This connection did not come from a Hearth page.');
      }
      const token = app.parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
      const user = token ? await auth.resolve(token) : undefined;
      if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in');
      const parsed = handshakeSchema.safeParse(socket.handshake.auth);
      if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'auth.sessionId must be a session id');
      const { membership } = await sessions.checkGate(parsed.data.sessionId, user.id);
      socket.data = { user, signInId: auth.signInId(token ?? ''), sessionId: parsed.data.sessionId, role: membership.role };
      next();
    } catch (err) {
      const e = err instanceof AppError ? err : new AppError('INTERNAL', 'Something went wrong');
      next(Object.assign(new Error(e.message), { data: { code: e.code, details: e.details } }));
    }
  });

  ns.on('connection', async (socket: LiveSocket) => {
    const { user, sessionId, role } = socket.data;
    const actor = { userId: user.id, role };
    const throttleKey = rooms.person(sessionId, user.id);
    const throttle = throttles.get(throttleKey) ?? createThrottle();
    throttles.set(throttleKey, throttle);
    await socket.join([
      rooms.session(sessionId),
      rooms.person(sessionId, user.id),
      rooms.signIn(socket.data.signInId),
      ...(isFacilitatorRole(role) ? [rooms.facilitators(sessionId)] : []),
    ]);

    socket.on('time:sync', (_payload, ack) => {
      if (typeof ack === 'function') ack({ ok: true, data: { serverNow: Date.now() } });
    });

    for (const type of COMMAND_TYPES) {
      socket.on(type, async (payload: unknown, ack: unknown) => {
        const reply = typeof ack === 'function' ? (ack as (r: unknown) => void) : () => {};
        if (!throttle.take()) return reply({ ok: false, code: 'THROTTLED', message: 'Too many commands at once; slow down a little.' });
        const parsed = commandSchemas[type].safeParse(payload ?? {});
        if (!parsed.success) {
          return reply({ ok: false, code: 'VALIDATION_FAILED', message: parsed.error.issues[0]?.message ?? 'Invalid payload' });
        }
        try {
          const result = await live.dispatch(sessionId, { type, payload: parsed.data } as LiveCommand, actor);
          reply(result.ok ? { ok: true, data: { version: result.state.version } } : { ok: false, code: result.code, message: result.message });
        } catch (err) {
          app.log.warn({ err, command: type }, 'live command failed');
          reply({ ok: false, code: 'INTERNAL', message: 'That did not work; please try again.' });
        }
      });
    }

    // Listeners, not requests: nothing awaits them, so a failure is logged here or it would end the process.
    socket.on('disconnect', () => {
      void (async () => {
        if ((await ns.local.in(throttleKey).fetchSockets()).length === 0) throttles.delete(throttleKey);
        // Still connected from another tab or process? Then she has not left. (Right after another
        // process died this can time out; then the presence sweep marks her gone later.)
        const others = await ns.in(rooms.person(sessionId, user.id)).fetchSockets();
        if (others.length > 0) return;
        await live.dispatch(sessionId, { type: 'presence:leave', payload: { userId: user.id } }, { userId: 'system', role: 'system' });
      })().catch((err: unknown) => app.log.warn({ err }, 'presence on disconnect failed'));
    });

    try {
      const joined = await live.dispatch(
        sessionId,
        { type: 'presence:join', payload: { userId: user.id, name: firstName(user.displayName), role } },
        { userId: 'system', role: 'system' },
      );
      // Reconnects get the current state at once even if joining changed nothing.
      const state = joined.ok ? joined.state : await live.current(sessionId);
      if (state) socket.emit('state', isFacilitatorRole(role) ? { view: 'facilitator', ...state } : { view: 'member', ...memberView(state, user.id) });
    } catch (err) {
      // Without her presence written the panel cannot serve her: say so plainly.
      app.log.warn({ err }, 'presence on connect failed');
      socket.emit('closed', { code: 'INTERNAL', message: 'The live tools could not start. Reload the page to try again.' });
      socket.disconnect(true);
    }
  });
}

/**
 * A socket lives only as long as the sign-in that opened it: signing out closes it at once (on every
 * process), and a pass over this process's sockets closes those whose sign-in expired meanwhile.
 */
function closeEndedSignIns(app: FastifyInstance, auth: AuthService) {
  const close = (signInId: string) => closeConnections(app.io, rooms.signIn(signInId), 'UNAUTHENTICATED', 'You signed out, so this session closed.');
  auth.onSignOut(close);
  const timer = setInterval(() => {
    void (async () => {
      const sockets = await app.io.of('/live').local.fetchSockets();
      const ids = new Set(sockets.map((s) => (s.data as Partial<LiveSocketData>).signInId).filter((id): id is string => !!id));
      for (const id of ids) if (!(await auth.stillSignedIn(id))) close(id);
    })().catch((err: unknown) => app.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'sign-in recheck failed'));
  }, app.config.LIVE_SIGNIN_RECHECK_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
