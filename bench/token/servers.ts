/**
 * Per database: the fixtures, made through Hearth's HTTP API by an in-process app (bench/live's
 * setup) on a fresh database, then that app closed and the production build (`server/dist/main.js`) started on the same
 * database in its own process, as an operator runs it. PGlite gets a folder on disk (its default),
 * Postgres a fresh database dropped on cleanup.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_HEADER } from '@hearth/shared';
import { TEST_LIVEKIT } from '../../server/test/services.js';
import type { Cleanup } from '../live/cleanup.js';
import { createDatabase } from '../live/databases.js';
import { compileServers } from '../live/compile.js';
import { freeTcpPort, startChild, type Child } from '../live/processes.js';
import { createGroup, openSession, PUBLIC_URL, setupApp, type Account } from '../live/setup.js';

export type DatabaseKind = 'postgres' | 'pglite';

export interface Stage {
  database: DatabaseKind;
  server: Child;
  sessionId: string;
  /** The members who passed every step of the gate; connection i is member i mod n. */
  members: Account[];
}

/** The database the fixtures and then the server use, as environment variables. */
async function databaseEnv(kind: DatabaseKind, cleanup: Cleanup): Promise<Record<string, string>> {
  if (kind === 'postgres') return { DATABASE_URL: (await createDatabase(cleanup)).url };
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-token-'));
  cleanup.add(`PGlite folder ${dir}`, async () => rmSync(dir, { recursive: true, force: true }));
  return { DATA_DIR: dir };
}

export const cookieHeaders = (who: Account) => ({ cookie: `hearth_session=${who.cookie}`, [CSRF_HEADER]: '1' });

/** Asks once, as the load will, and fails loudly if the answer is not a 200 (with a LiveKit token for the token route). */
async function check(url: string, init: RequestInit) {
  const res = await fetch(url, init);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${body}`);
  return body;
}

export async function prepareStage(opts: {
  kind: DatabaseKind;
  members: number;
  livekitUrl: string;
  cleanup: Cleanup;
  log: (line: string) => void;
}): Promise<Stage> {
  const { kind, cleanup } = opts;
  const livekit = { LIVEKIT_URL: opts.livekitUrl, LIVEKIT_API_KEY: TEST_LIVEKIT.apiKey, LIVEKIT_API_SECRET: TEST_LIVEKIT.apiSecret };
  // Production needs a key of its own; the setup app must seal with the same one, or the server refuses to start.
  const key = { DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64') };
  const database = await databaseEnv(kind, cleanup);

  opts.log(`${kind}: a facilitator and a group of ${opts.members} members who signed the agreement, an open session, through the HTTP API`);
  // An empty DATABASE_URL is dropped by loadConfig, so the setup app opens PGlite in DATA_DIR.
  const setupEnv = { DATABASE_URL: '', ...database, ...livekit, ...key };
  const app = await setupApp(setupEnv);
  const group = await createGroup(app, 0, opts.members);
  const sessionId = await openSession(app, group);
  // PGlite is one process's: the setup app lets go of the folder before the server opens it.
  await app.close();

  const port = await freeTcpPort();
  const compiled = await compileServers();
  const server = await startChild({
    name: `${kind} server`,
    script: compiled.hearth,
    probe: compiled.probe,
    port,
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...database,
      ...livekit,
      ...key,
      PUBLIC_URL,
      // Fastify logs every request at info; warn keeps the measurement about the route, not the log.
      LOG_LEVEL: 'warn',
      CLIENT_DIST: '/nonexistent',
      BENCH_COUNT_QUERIES: '1',
    },
    ready: async (url) => (await fetch(`${url}/readyz`)).ok,
    onPid: (pid) => cleanup.pid(pid),
    timeoutMs: 60_000,
  });
  cleanup.add(server.name, server.kill);

  const member = group.members[0];
  if (!member) throw new Error('no members');
  const token = JSON.parse(await check(`${server.url}/api/sessions/${sessionId}/token`, { method: 'POST', headers: cookieHeaders(member) })) as { token?: string };
  if (!token.token) throw new Error(`${kind}: the token route answered no token`);
  await check(`${server.url}/api/auth/me`, { headers: cookieHeaders(member) });
  await check(`${server.url}/healthz`, {});
  return { database: kind, server, sessionId, members: group.members };
}
