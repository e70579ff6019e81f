/**
 * Fan-out latency of Hearth's live channel: from a command's emit to the last member of the room
 * holding the new state, with many rooms at once, on one and on two server processes, against a
 * plain Socket.IO control. See bench/README.md. Run: `npx tsx bench/live/run.ts [--quick] [flags]`.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startLivekit } from '../../scripts/livekit.js';
import { TEST_LIVEKIT } from '../../server/test/services.js';
import { createCleanup, type Cleanup } from './cleanup.js';
import { compileServers } from './compile.js';
import { publishReport, runMain, wholeNumber } from './entry.js';
import { close, CONFIGS, driveChunk, prepare, type ConfigKey, type Context, type Prepared } from './configs.js';
import { createDatabase, postgresFacts, type Database } from './databases.js';
import { CYCLE } from './load.js';
import { freeLivekitPorts, ROOT } from './processes.js';
import { markdown } from './report.js';
import { createGroup, directAccounts, inBatches, openSession, setupApp } from './setup.js';

const HELP = `Usage: npx tsx bench/live/run.ts [flags]
  --quick             small run (5 rooms, 20 commands each, three configurations), prints only
  --rooms N           concurrent rooms (default 20, 1..1000)
  --members N         members per room besides the facilitator (default 9, 2..12)
  --iterations N      measured commands per room (default 100, 5..2000; rounded up to whole
                      command cycles per round)
  --warmup N          unmeasured commands per room first (default 10; whole cycles)
  --rounds N          the configurations take turns N times (default 4; --quick 2)
  --interval-ms N     one command per room every N ms (default 250, at least 200 so the
                      facilitator stays under the server's 5 commands/s refill)
  --timeout-ms N      give up on an ack or a fan-out after N ms (default 5000)
  --workers N         client processes the rooms are spread over (default 2; 0 keeps every
                      client in this process, as before)
  --configs LIST      comma-separated, from: ${Object.keys(CONFIGS).join(', ')}
                      (default: all; --quick: single,two,control)
  --out FILE          write the results there (default bench/live/RESULTS.md; --quick writes only with --out)
  --max-minutes N     stop and clean up after N minutes whatever happens (default 10; --quick 2)`;

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      rooms: { type: 'string' },
      members: { type: 'string' },
      iterations: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      'interval-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      configs: { type: 'string' },
      workers: { type: 'string' },
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
  const configs = (values.configs ?? (quick ? 'single,two,control' : Object.keys(CONFIGS).join(','))).split(',') as ConfigKey[];
  for (const c of configs) if (!(c in CONFIGS)) throw new Error(`unknown configuration ${c}; choose from ${Object.keys(CONFIGS).join(', ')}`);
  if (configs.some((c) => !CONFIGS[c].hearth) && !configs.some((c) => CONFIGS[c].hearth)) {
    throw new Error('the control sizes its payload from a Hearth run: include single or two in --configs');
  }
  const rounds = int('rounds', values.rounds, quick ? 2 : 4, 1, 20);
  // Chunks of whole cycles: no turn timer is left running while the other configurations take their turn.
  const wholeCycles = (n: number, per: number) => Math.ceil(n / (CYCLE.length * per)) * CYCLE.length * per;
  return {
    quick,
    rooms: int('rooms', values.rooms, quick ? 5 : 20, 1, 1000),
    workers: int('workers', values.workers, 2, 0, 16),
    members: int('members', values.members, 9, 2, 12),
    iterations: wholeCycles(int('iterations', values.iterations, quick ? 20 : 100, 5, 2000), rounds),
    warmup: wholeCycles(int('warmup', values.warmup, quick ? 5 : 10, 0, 200), 1),
    rounds,
    intervalMs: int('interval-ms', values['interval-ms'], 250, 200, 20_000),
    timeoutMs: int('timeout-ms', values['timeout-ms'], 5000, 500, 30_000),
    // Hearth configurations first: the control copies the member view they received.
    configs: [...new Set(configs)].sort((a, b) => Number(CONFIGS[b].hearth) - Number(CONFIGS[a].hearth)),
    out: values.out ?? (quick ? undefined : join(ROOT, 'bench/live/RESULTS.md')),
    maxMinutes: int('max-minutes', values['max-minutes'], quick ? 2 : 10, 1, 60),
  };
}
type Options = ReturnType<typeof options>;

const log = (line: string) => console.log(`[bench/live ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Starts LiveKit (only opening a session needs it), makes the fixtures, and stops LiveKit again. */
async function fixtures(opts: Options, cleanup: Cleanup) {
  const port = await freeLivekitPorts();
  const livekit = await startLivekit({ ...TEST_LIVEKIT, port, nodeIp: '127.0.0.1', bindAddress: '127.0.0.1', logLevel: 'error' });
  const child = livekit.process;
  if (child.pid !== undefined) cleanup.pid(child.pid);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  cleanup.add('LiveKit', async () => {
    await stop();
    // startLivekit writes its config to a fresh temporary folder: the argument after --config.
    const config = child.spawnargs[child.spawnargs.indexOf('--config') + 1];
    if (config?.includes('hearth-livekit-')) rmSync(dirname(config), { recursive: true, force: true });
  });
  const livekitEnv = { url: livekit.url, apiKey: TEST_LIVEKIT.apiKey, apiSecret: TEST_LIVEKIT.apiSecret };

  const database = await createDatabase(cleanup);
  log(`setting up ${opts.rooms} groups of 1 + ${opts.members} through the HTTP API`);
  const app = await setupApp({ DATABASE_URL: database.url, LIVEKIT_URL: livekit.url, LIVEKIT_API_KEY: livekitEnv.apiKey, LIVEKIT_API_SECRET: livekitEnv.apiSecret });
  cleanup.add('setup app', () => app.close());
  // The first group's people sign up through the API, as a check that the path works and for the
  // price it would have cost every group; the others' accounts are written directly (directAccounts).
  let started = performance.now();
  const first = await createGroup(app, 0, opts.members);
  const signUpSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const direct = directAccounts(app);
  const rest = await inBatches(Array.from({ length: opts.rooms - 1 }), 8, (_, i) => createGroup(app, i + 1, opts.members, direct));
  const directSeconds = (performance.now() - started) / 1000;
  log(`  group 0 through sign-up: ${signUpSeconds.toFixed(2)} s; ${rest.length} more with direct accounts: ${directSeconds.toFixed(1)} s`);
  const groups = [first, ...rest];
  const warmGroup = groups[0];
  if (!warmGroup) throw new Error('no rooms');
  const toOpen = [...groups.map((group) => ({ group, purpose: 'measure' })), { group: warmGroup, purpose: 'warm' }];
  started = performance.now();
  await inBatches(toOpen, 8, async ({ group, purpose }) => {
    group.sessions[purpose] = await openSession(app, group);
  });
  log(`  ${toOpen.length} sessions opened in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Both only make the fixtures: neither may take CPU from the measurement.
  await app.close();
  await stop();
  return { database, groups, warmGroup, livekitEnv };
}

async function run(opts: Options, cleanup: Cleanup) {
  const { database, groups, warmGroup, livekitEnv } = await fixtures(opts, cleanup);
  // The fixtures' database for the first configuration on Postgres, a copy for each other one.
  const databases = new Map<ConfigKey, Database>();
  for (const key of opts.configs.filter((c) => CONFIGS[c].postgres)) {
    databases.set(key, databases.size === 0 ? database : await createDatabase(cleanup, database));
  }
  log('compiling the servers (Hearth as `npm run build -w server` does)');
  const compiled = await compileServers();
  const base = {
    cleanup,
    compiled,
    livekit: livekitEnv,
    groups,
    warmGroup,
    timeoutMs: opts.timeoutMs,
    warmupCommands: Math.max(10, opts.warmup),
    workers: opts.workers,
  };
  let template: Context['template'];
  const prepared: Prepared[] = [];
  for (const key of opts.configs) {
    log(`preparing ${CONFIGS[key].label}`);
    const url = databases.get(key)?.url;
    const ctx: Context = { ...base, template, ...(url ? { databaseUrl: url } : {}) };
    prepared.push(await prepare(ctx, key, log));
    template = ctx.template;
  }

  const chunk = opts.iterations / opts.rounds;
  for (let round = 0; round < opts.rounds; round++) {
    log(`round ${round + 1} of ${opts.rounds}: ${chunk} commands per room per configuration`);
    // Each round starts one configuration later, so none always runs first or last.
    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[(i + round) % prepared.length] as Prepared;
      await driveChunk(p, { iterations: chunk, warmup: round === 0 ? opts.warmup : 0, intervalMs: opts.intervalMs, timeoutMs: opts.timeoutMs });
    }
  }
  await Promise.all(prepared.map(close));
  return prepared;
}

async function main() {
  const opts = options();
  const loadBefore = loadavg();
  const cleanup = createCleanup();
  const bound = setTimeout(() => {
    console.error(`bench/live: over the ${opts.maxMinutes}-minute bound; cleaning up`);
    void cleanup.run().finally(() => process.exit(1));
  }, opts.maxMinutes * 60_000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanup.run().finally(() => process.exit(130)));
  }
  try {
    const results = await run(opts, cleanup);
    const text = markdown({ ...opts, postgres: await postgresFacts(), loadBefore, loadAfter: loadavg() }, results);
    publishReport(text, opts.out, log);
  } finally {
    clearTimeout(bound);
    await cleanup.run();
  }
}

runMain(main);
