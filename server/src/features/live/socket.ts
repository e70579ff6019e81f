import type { FastifyInstance } from 'fastify';
import type { Socket } from 'socket.io';
import {
  commandSchemas,
  firstName,
  isFacilitatorRole,
  liveHandshakeAuthSchema,
  type ClientToServerEvents,
  type CommandPayload,
  type CommandType,
  type Role,
  type ServerToClientEvents,
  type User,
} from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import { isDatabaseAway } from '../../lib/database-errors.js';
import { originAllowed, signInFrom } from '../../plugins/auth.js';
import type { SessionService } from '../sessions/service.js';
import type { AuthService } from '../auth/service.js';
import type { LiveService } from './service.js';
import type { ClientCommand } from './reducer/index.js';
import { closeConnections, emitStateLocally, reconnectLocally, rooms, viewFor } from './fanout.js';
import { createThrottle } from './throttle.js';

interface LiveSocketData {
  /** Who she is, no more: her email has no business on a live socket. */
  user: Pick<User, 'id' | 'displayName'>;
  /** Her sign-in as stored (a hash of the cookie token): sign-out and expiry close this socket. */
  signInId: string;
  sessionId: string;
  role: Role;
}
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;
/** The ack a command's listener must send, read from `ClientToServerEvents` so both sides agree. */
type AckOf<K extends CommandType> = Parameters<Parameters<ClientToServerEvents[K]>[1]>[0];

/**
 * TypeScript cannot see that a payload checked by `commandSchemas[type]` belongs with that same
 * `type` (a correlated union), so the pairing is asserted here once, right after the schema check.
 */
const commandOf = <K extends CommandType>(type: K, payload: CommandPayload<K>) => ({ type, payload }) as ClientCommand;

/** Whether an event a client sent names a command: anything else is none of the command listener's. */
const isCommandType = (event: unknown): event is CommandType => typeof event === 'string' && Object.hasOwn(commandSchemas, event);

/**
 * Listens for every client command through one listener per socket (one per command type was 27
 * closures per socket, most of the heap a connection cost). The payload is parsed with its type's
 * shared schema before `run` sees it; the ack has the type `ClientToServerEvents` gives it, and a
 * missing ack is tolerated.
 */
function onCommands(socket: LiveSocket, run: (command: ClientCommand) => Promise<AckOf<CommandType>>) {
  // What arrives is whatever a client sent: unknown until the schema says otherwise.
  socket.onAny(async (event: unknown, payload: unknown, ack?: unknown) => {
    if (!isCommandType(event)) return;
    const reply = typeof ack === 'function' ? (ack as (result: AckOf<CommandType>) => void) : () => {};
    const parsed = commandSchemas[event].safeParse(payload ?? {});
    if (!parsed.success) return reply({ ok: false, code: 'VALIDATION_FAILED', message: parsed.error.issues[0]?.message ?? 'Invalid payload' });
    reply(await run(commandOf(event, parsed.data as CommandPayload<typeof event>)));
  });
}

/** The server's clock, for the client's turn timers: one function for every socket, holding nothing of any. */
const answerTimeSync: ClientToServerEvents['time:sync'] = (_payload, ack) => {
  // A client may leave the ack out: what arrives is whatever it sent.
  if (typeof ack === 'function') ack({ ok: true, data: { serverNow: Date.now() } });
};

/** The `/live` namespace: the same gate as the token endpoint (but admission), then commands with acks. */
export function registerLiveNamespace(app: FastifyInstance, live: LiveService, sessions: SessionService, auth: AuthService) {
  const ns = app.io.of('/live');
  // One allowance per person in a session, however many tabs or sockets she opens (per process).
  const throttles = new Map<string, ReturnType<typeof createThrottle>>();
  ns.on('live:state', (sessionId, state) => {
    live.remember(sessionId, state);
    const done = app.metrics.fanout.startTimer();
    emitStateLocally(app.io, sessionId, state);
    done();
  });
  ns.on('live:reconnect', (room) => {
    reconnectLocally(app.io, room).catch((err: unknown) => app.log.warn({ err }, 'could not reconnect sockets after a role change'));
  });
  closeEndedSignIns(app, auth);

  ns.use(async (socket: LiveSocket, next) => {
    try {
      const { headers } = socket.handshake;
      if (!originAllowed(headers.origin, headers.host, app.config.PUBLIC_URL)) {
        throw new AppError('CROSS_SITE_REQUEST', 'This connection did not come from a Hearth page.');
      }
      const signIn = await signInFrom(app.parseCookie(headers.cookie ?? ''), auth.resolve);
      if (!signIn) throw new AppError('UNAUTHENTICATED', 'Please sign in');
      const parsed = liveHandshakeAuthSchema.safeParse(socket.handshake.auth);
      if (!parsed.success) throw new AppError('VALIDATION_FAILED', parsed.error.issues[0]?.message ?? 'auth.sessionId must be a session id');
      const { sessionId } = parsed.data;
      const role = await sessions.admitToLive(sessionId, signIn.user.id);
      socket.data = { user: { id: signIn.user.id, displayName: signIn.user.displayName }, signInId: auth.signInId(signIn.token), sessionId, role };
      next();
    } catch (err) {
      const e = err instanceof AppError ? err : new AppError('INTERNAL', 'Something went wrong');
      app.metrics.refusals.inc({ door: 'live', code: e.code });
      next(Object.assign(new Error(e.message), { data: { code: e.code, details: e.details } }));
    }
  });

  ns.on('connection', async (socket: LiveSocket) => {
    const { user, sessionId, role } = socket.data;
    const actor = { userId: user.id, role };
    // One string for her room and her allowance's key: every socket holds its own copies of what it is given.
    const personRoom = rooms.person(sessionId, user.id);
    const throttle = throttles.get(personRoom) ?? createThrottle();
    throttles.set(personRoom, throttle);
    await socket.join([
      rooms.session(sessionId),
      personRoom,
      rooms.signIn(socket.data.signInId),
      ...(isFacilitatorRole(role) ? [rooms.facilitators(sessionId)] : []),
    ]);

    socket.on('time:sync', answerTimeSync);

    onCommands(socket, async (command) => {
      const done = app.metrics.liveCommands.startTimer({ type: command.type });
      const ack = await runCommand(command);
      done({ outcome: ack.ok ? 'ok' : ack.code });
      return ack;
    });

    async function runCommand(command: ClientCommand): Promise<AckOf<CommandType>> {
      if (!throttle.take()) return { ok: false, code: 'THROTTLED', message: 'Too many commands at once; slow down a little.' };
      try {
        const result = await live.dispatch(sessionId, command, actor);
        return result.ok ? { ok: true, data: { version: result.state.version } } : { ok: false, code: result.code, message: result.message };
      } catch (err) {
        app.log.warn({ err, command: command.type }, 'live command failed');
        // Nothing was committed either way; a database away for a moment is worth retrying.
        if (isDatabaseAway(err)) return { ok: false, code: 'DATABASE_UNAVAILABLE', message: 'Hearth lost its database for a moment. Try again in a few seconds.' };
        return { ok: false, code: 'INTERNAL', message: 'That did not work; please try again.' };
      }
    }

    // Listeners, not requests: nothing awaits them, so a failure is logged here or it would end the process.
    socket.on('disconnect', () => {
      void (async () => {
        if ((await ns.local.in(personRoom).fetchSockets()).length === 0) throttles.delete(personRoom);
        // Still connected from another tab or process? Then she has not left. (Right after another
        // process died this can time out; then the presence sweep marks her gone later.)
        const others = await ns.in(personRoom).fetchSockets();
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
      if (state) socket.emit('state', viewFor(role, state, user.id));
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
      const ids = [...new Set(sockets.map((s) => (s.data as Partial<LiveSocketData>).signInId).filter((id): id is string => !!id))];
      // One statement for every socket of the process: a query per sign-in was a burst of thousands each pass.
      const live = await auth.stillSignedInAmong(ids);
      for (const id of ids) if (!live.has(id)) close(id);
    })().catch((err: unknown) => app.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'sign-in recheck failed'));
  }, app.config.LIVE_SIGNIN_RECHECK_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
