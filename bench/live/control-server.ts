/**
 * The control: a plain Socket.IO server (the same socket.io as Hearth, websocket transport, the
 * `/live` namespace) with no database. Any event with an ack bumps the room's version, broadcasts
 * a state of the same shape and size as Hearth's member view to the room, then acks the version,
 * in the same order Hearth does. Run as its own process, like Hearth's server, so the clients
 * never share its event loop.
 *
 * Env: PORT; BENCH_STATE_TEMPLATE (JSON of a real member view); optionally BENCH_PG_ADAPTER_URL
 * (attach the Postgres adapter exactly as Hearth's io plugin does) and BENCH_PER_PERSON=1 (emit
 * once to a facilitators' room and once per member, as Hearth's broadcastState does).
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT);
const template = JSON.parse(process.env.BENCH_STATE_TEMPLATE ?? '{}') as Record<string, unknown>;
const perPerson = process.env.BENCH_PER_PERSON === '1';

const http = createServer((req, res) => {
  res.writeHead(req.url === '/readyz' ? 200 : 404).end();
});
const io = new Server(http, { transports: ['websocket'], serveClient: false });

if (process.env.BENCH_PG_ADAPTER_URL) {
  const { createAdapter } = await import('@socket.io/postgres-adapter');
  const { Pool } = (await import('pg')).default;
  const pool = new Pool({ connectionString: process.env.BENCH_PG_ADAPTER_URL, max: 2 });
  pool.on('error', () => {});
  io.adapter(createAdapter(pool, { tableName: 'socket_io_attachments' }));
}

const live = io.of('/live');
const versions = new Map<string, number>();
const members = new Map<string, Set<string>>();

live.on('connection', async (socket) => {
  const room = String(socket.handshake.auth.room);
  const person = String(socket.handshake.auth.person);
  const facilitator = socket.handshake.auth.role === 'facilitator';
  await socket.join([room, `${room}:u:${person}`, ...(facilitator ? [`${room}:f`] : [])]);
  if (!facilitator) members.set(room, (members.get(room) ?? new Set()).add(person));
  socket.emit('state', { ...template, version: versions.get(room) ?? 0 });

  socket.onAny((_event: string, _payload: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return;
    const version = (versions.get(room) ?? 0) + 1;
    versions.set(room, version);
    if (perPerson) {
      live.to(`${room}:f`).emit('state', { ...template, version });
      for (const id of members.get(room) ?? []) live.to(`${room}:u:${id}`).emit('state', { ...template, version });
    } else {
      live.to(room).emit('state', { ...template, version });
    }
    ack({ ok: true, data: { version } });
  });
});

http.listen(port, '127.0.0.1');
