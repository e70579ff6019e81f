/**
 * The token route (`POST /api/sessions/:id/token`: every step of the gate, then LiveKit's room and a
 * signed token) under closed-loop load, beside two controls on the same server — the cookie lookup
 * (`GET /api/auth/me`) and `GET /healthz` — at 10 and 100 connections, on Postgres and on PGlite, in
 * one run. See bench/README.md. Run: `npx tsx bench/token/run.ts [--quick] [flags]`.
 */
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AccessToken } from 'livekit-server-sdk';
import { LIVEKIT_VERSION, startLivekit } from '../../scripts/livekit.js';
import { TEST_LIVEKIT } from '../../server/test/services.js';
import { createCleanup, type Cleanup } from '../live/cleanup.js';
import { publishReport, runMain, wholeNumber, wholeNumbers } from '../live/entry.js';
import { postgresFacts } from '../live/databases.js';
import { freeLivekitPorts, ROOT } from '../live/processes.js';
import { chunk, emptyTally, type Target } from './load.js';
import { markdown, type Cell, type TargetKey } from './report.js';
import { cookieHeaders, prepareStage, type DatabaseKind, type Stage } from './servers.js';

const HELP = `Usage: npx tsx bench/token/run.ts [flags]
  --quick             one round of 2 s per cell after 1 s warm-ups; prints only (add --out FILE to keep it)
  --connections LIST  comma-separated (default 10,100; each 1..500)
  --databases LIST    postgres, pglite or both (default postgres,pglite)
  --rounds N          the cells take turns N times (default 3; --quick 1)
  --seconds N         load per cell per round, seconds (default 6; --quick 2)
  --warmup N          one unmeasured chunk per cell first, seconds (default 2; --quick 1; 0 for none)
  --members N         members of the group whose cookies the connections use (default 10, 1..40)
  --no-livekit-alone  leave out the diagnostic cells that send LiveKit's CreateRoom directly
  --out FILE          write the results there (default bench/token/RESULTS.md; --quick writes only with --out)
  --max-minutes N     stop and clean up after N minutes whatever happens (default 10; --quick 4)`;

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      connections: { type: 'string', default: '10,100' },
      databases: { type: 'string', default: 'postgres,pglite' },
      rounds: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      members: { type: 'string', default: '10' },
      'no-livekit-alone': { type: 'boolean', default: false },
      out: { type: 'string' },
      'max-minutes': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = values.quick;
  const int = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => wholeNumber(name, raw ?? String(fallback), min, max);
  const databases = [...new Set(values.databases.split(','))];
  for (const d of databases) if (d !== 'postgres' && d !== 'pglite') throw new Error(`unknown database ${d}: postgres or pglite`);
  return {
    connections: wholeNumbers('connections', values.connections, 1, 500),
    databases: databases as DatabaseKind[],
    rounds: int('rounds', values.rounds, quick ? 1 : 3, 1, 20),
    seconds: int('seconds', values.seconds, quick ? 2 : 6, 1, 60),
    warmupSeconds: int('warmup', values.warmup, quick ? 1 : 2, 0, 30),
    members: int('members', values.members, 10, 1, 40),
    livekitAlone: !values['no-livekit-alone'],
    out: values.out ?? (quick ? undefined : join(ROOT, 'bench/token/RESULTS.md')),
    maxMinutes: int('max-minutes', values['max-minutes'], quick ? 4 : 10, 1, 60),
  };
}
type Options = ReturnType<typeof options>;

const log = (line: string) => console.log(`[bench/token ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function livekit(cleanup: Cleanup) {
  const port = await freeLivekitPorts();
  const running = await startLivekit({ ...TEST_LIVEKIT, port, nodeIp: '127.0.0.1', bindAddress: '127.0.0.1', logLevel: 'error' });
  const child = running.process;
  if (child.pid === undefined) throw new Error('LiveKit has no pid');
  cleanup.pid(child.pid);
  cleanup.add('LiveKit', async () => {
    await running.stop();
    // startLivekit writes its config to a fresh temporary folder: the argument after --config.
    const config = child.spawnargs[child.spawnargs.indexOf('--config') + 1];
    if (config?.includes('hearth-livekit-')) rmSync(dirname(config), { recursive: true, force: true });
  });
  return { ...running, pid: child.pid };
}

/** What the server's LiveKit client sent before every token until it trusted rooms it made: CreateRoom on a room that exists, with a fresh admin JWT. */
async function createRoomAlone(apiUrl: string): Promise<Target> {
  const token = new AccessToken(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret, { ttl: '1h' });
  token.addGrant({ roomCreate: true });
  const jwt = await token.toJwt();
  return {
    url: `${apiUrl}/twirp/livekit.RoomService/CreateRoom`,
    method: 'POST',
    headers: () => ({ authorization: `Bearer ${jwt}`, 'content-type': 'application/json' }),
    body: JSON.stringify({ name: 'bench-token-createroom-alone', maxParticipants: 14, emptyTimeout: 900 }),
  };
}

function stageTarget(stage: Stage, target: Exclude<TargetKey, 'livekit'>): Target {
  const person = (i: number) => stage.members[i % stage.members.length] ?? stage.members[0];
  const base = stage.server.url;
  if (target === 'healthz') return { url: `${base}/healthz`, method: 'GET', headers: () => ({}) };
  if (target === 'me') return { url: `${base}/api/auth/me`, method: 'GET', headers: (i) => cookieHeaders(person(i)!) };
  return { url: `${base}/api/sessions/${stage.sessionId}/token`, method: 'POST', headers: (i) => cookieHeaders(person(i)!) };
}

async function run(opts: Options, cleanup: Cleanup) {
  const lk = await livekit(cleanup);
  const stages: Stage[] = [];
  for (const kind of opts.databases) stages.push(await prepareStage({ kind, members: opts.members, livekitUrl: lk.url, cleanup, log }));

  // Grouped by connections and database, the route beside its two controls; LiveKit alone after each connection count.
  const cells: (Cell & { run: Target; stage?: Stage })[] = [];
  for (const connections of opts.connections) {
    for (const stage of stages) {
      for (const target of ['token', 'me', 'healthz'] as const) {
        cells.push({ database: stage.database, target, connections, tally: emptyTally(), run: stageTarget(stage, target), stage });
      }
    }
    if (opts.livekitAlone) cells.push({ database: null, target: 'livekit', connections, tally: emptyTally(), run: await createRoomAlone(lk.apiUrl) });
  }
  const drive = (cell: (typeof cells)[number], seconds: number, measured: boolean) =>
    chunk({
      target: cell.run,
      connections: cell.connections,
      seconds,
      livekitPid: lk.pid,
      ...(cell.stage ? { server: cell.stage.server } : {}),
      ...(measured ? { tally: cell.tally } : {}),
    });

  if (opts.warmupSeconds > 0) {
    log(`warm-up: ${opts.warmupSeconds} s on each of ${cells.length} cells`);
    for (const cell of cells) await drive(cell, opts.warmupSeconds, false);
  }
  const step = Math.max(1, Math.floor(cells.length / opts.rounds));
  for (let round = 0; round < opts.rounds; round++) {
    log(`round ${round + 1} of ${opts.rounds}: ${opts.seconds} s on each of ${cells.length} cells`);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[(i + round * step) % cells.length] as (typeof cells)[number];
      await drive(cell, opts.seconds, true);
    }
  }
  return cells;
}

async function main() {
  const opts = options();
  const started = Date.now();
  const loadBefore = loadavg();
  const cleanup = createCleanup();
  const bound = setTimeout(() => {
    console.error(`bench/token: over the ${opts.maxMinutes}-minute bound; cleaning up`);
    void cleanup.run().finally(() => process.exit(1));
  }, opts.maxMinutes * 60_000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup.run().finally(() => process.exit(130)));
  try {
    const cells = await run(opts, cleanup);
    const loadAfter = loadavg();
    const text = markdown(
      {
        when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
        node: process.version,
        livekit: LIVEKIT_VERSION,
        ...(opts.databases.includes('postgres') ? { postgres: await postgresFacts() } : {}),
        loadBefore,
        loadAfter,
        rounds: opts.rounds,
        seconds: opts.seconds,
        warmupSeconds: opts.warmupSeconds,
        members: opts.members,
        minutes: (Date.now() - started) / 60_000,
      },
      cells,
    );
    publishReport(text, opts.out, log);
  } finally {
    clearTimeout(bound);
    await cleanup.run();
  }
}

runMain(main);
