import fp from 'fastify-plugin';
import { Server } from 'socket.io';
import type { ClientToServerEvents, LiveState, ServerToClientEvents } from '@hearth/shared';
import { keepThroughRestarts } from '../db/client.js';

/** Between server processes: a new state once per command, which each process filters for its own sockets. */
export interface InterServerEvents {
  'live:state': (sessionId: string, state: LiveState) => void;
  /** Close the transports of this Socket.IO room's sockets held here, so that they reconnect (see `reconnectLocally`). */
  'live:reconnect': (room: string) => void;
}

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;

declare module 'fastify' {
  interface FastifyInstance {
    io: LiveServer;
    /** True when an adapter links this process to others (Postgres configured). */
    ioClustered: boolean;
  }
}

/**
 * Socket.IO on the same HTTP server. Websocket transport only, so no sticky sessions are needed;
 * with Postgres configured, the Postgres adapter carries broadcasts between server processes
 * (no Redis to run: every multi-process deployment already has Postgres).
 */
export default fp(
  async (app) => {
    const io: LiveServer = new Server(app.server, { transports: ['websocket'], serveClient: false });
    if (app.config.DATABASE_URL) {
      const { createAdapter } = await import('@socket.io/postgres-adapter');
      const { Pool } = (await import('pg')).default;
      const pool = new Pool({ connectionString: app.config.DATABASE_URL, max: 2 });
      // A dropped LISTEN connection must not crash the process; the adapter reconnects on its 'end'.
      keepThroughRestarts(pool, (err) => app.log.warn({ err: err.message }, 'socket.io adapter connection lost'));
      io.adapter(createAdapter(pool, { tableName: 'socket_io_attachments' }));
      await adapterListening(io);
      app.addHook('onClose', async () => {
        await pool.end();
      });
    }
    app.decorate('io', io);
    app.decorate('ioClustered', Boolean(app.config.DATABASE_URL));
    app.addHook('preClose', async () => {
      io.local.disconnectSockets(true);
      await io.close();
    });
  },
  // The Postgres adapter keeps its attachments in a table the migrations make: db first.
  { name: 'io', dependencies: ['config', 'db'] },
);

/**
 * Waits (up to 5 s) until the Postgres adapter has finished LISTENing on its connection. Closing
 * before that leaves the connection checked out for good and `pool.end()` never returns; the
 * adapter only exposes this through its pub/sub client's `client` field (pinned ^0.5).
 */
async function adapterListening(io: LiveServer) {
  const pubsub = (io.of('/').adapter as unknown as { client?: { client?: unknown } }).client;
  const deadline = Date.now() + 5_000;
  while (pubsub && pubsub.client === undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
