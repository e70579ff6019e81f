import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import { MIGRATIONS_FOLDER } from '../lib/paths.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** Either driver: PGlite (embedded) and node-postgres share this query surface. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** With a DATABASE_URL, node-postgres; without, PGlite in a folder that survives restarts. */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  /** An idle connection the server dropped (restart, failover): logged, never a crash. */
  onConnectionError?: (err: Error) => void;
}): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.onConnectionError) : openPglite(opts.dataDir);
}

async function openPostgres(url: string, onConnectionError: (err: Error) => void = () => {}): Promise<Database> {
  const { Pool } = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({ connectionString: url, max: 10 });
  keepThroughRestarts(pool, onConnectionError);
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    driver: 'postgres',
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}

/**
 * A Postgres restart ends every connection with an error event. An idle one's reaches the pool; a
 * checked-out one's (a LISTEN, a query under way) reaches only its client, and an error event nobody
 * listens to ends the process: so every client gets a listener as it connects. And a connection that
 * ended while given out may never be handed back (the Socket.IO adapter keeps its LISTEN connection
 * for good and opens a new one): it would hold its pool slot forever, until a small pool has none left
 * and `pool.end()` never returns. So it is handed back as it ends, and its holder's own later release
 * does nothing.
 */
export function keepThroughRestarts(pool: Pool, onError: (err: Error) => void) {
  pool.on('error', onError);
  pool.on('connect', (client) => {
    client.on('error', onError);
    client.once('end', () => {
      const release = client.release;
      client.release = () => {};
      try {
        release(true);
      } catch {
        // it had been handed back already
      }
    });
  });
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  // 'memory://' keeps everything in memory (tests); any other value is a folder on disk.
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzle({ client, schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}
