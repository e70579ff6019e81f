/**
 * The configurations, each prepared the same way — start its server process(es), warm them with a
 * throwaway room, read memory, connect every room, read memory again — and then driven in short
 * chunks taking turns with the others, so a burst of load from elsewhere on this shared machine
 * lands on every configuration instead of on one. Each configuration that touches Postgres has a
 * database of its own (a copy of the fixtures): NOTIFY is per database, so an idle configuration
 * never hears another one's broadcasts.
 */
import { performance } from 'node:perf_hooks';
import { clientPool, openRoom, type ClientPool } from './clients.js';
import { drive, type DriveOptions, type Sample, type SocketSpec } from './load.js';
import { cpuSnapshot, type CpuSnapshot } from './machine.js';
import { freeTcpPort, startChild, type Child, type Reading } from './processes.js';
import { PUBLIC_URL, type GroupFixture } from './setup.js';
import type { Cleanup } from './cleanup.js';
import type { Compiled } from './compile.js';
import type { QueryCounts } from './probe.js';

export type ConfigKey = 'single' | 'two' | 'control' | 'control-person' | 'control-pg' | 'control-pg-person';

export const CONFIGS: Record<ConfigKey, { label: string; processes: number; hearth: boolean; postgres: boolean; perPerson: boolean }> = {
  single: { label: '(a) Hearth, one server process', processes: 1, hearth: true, postgres: true, perPerson: true },
  two: { label: '(b) Hearth, two server processes', processes: 2, hearth: true, postgres: true, perPerson: true },
  control: { label: '(c) control: plain Socket.IO, no database', processes: 1, hearth: false, postgres: false, perPerson: false },
  'control-person': { label: '(d) control, one emit per person', processes: 1, hearth: false, postgres: false, perPerson: true },
  'control-pg': { label: '(e) control + Postgres adapter', processes: 1, hearth: false, postgres: true, perPerson: false },
  'control-pg-person': { label: '(f) control + Postgres adapter, one emit per person', processes: 1, hearth: false, postgres: true, perPerson: true },
};

export interface Context {
  cleanup: Cleanup;
  /** What the server processes run: compiled, as in production. */
  compiled: Compiled;
  /** This configuration's own database (a copy of the fixtures), when it uses Postgres. */
  databaseUrl?: string;
  livekit: { url: string; apiKey: string; apiSecret: string };
  groups: GroupFixture[];
  /** The group whose extra session warms each Hearth configuration. */
  warmGroup: GroupFixture;
  timeoutMs: number;
  warmupCommands: number;
  /** Client worker processes the rooms are spread over; 0 keeps them in the benchmark's process. */
  workers: number;
  /** A real member view to size the control's payload; captured from the first Hearth configuration. */
  template?: Record<string, unknown>;
}

/** Summed over the configuration's server processes. */
export interface Memory {
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
}

export interface Prepared {
  key: ConfigKey;
  servers: Child[];
  clients: ClientPool;
  roomCount: number;
  sockets: number;
  memory: Memory;
  payloadBytes: { member: number; facilitator: number };
  connectSeconds: number;
  samples: Sample[];
  lateTicks: number;
  commands: number;
  driveSeconds: number;
  serverMicros: number;
  /** Statements the server processes sent to Postgres during the load, by kind. */
  queries: QueryCounts;
  /** Machine CPU split, summed over this configuration's chunks; the client workers' CPU beside it. */
  cpu: { from: CpuSnapshot; to: CpuSnapshot; workerSeconds: number }[];
}

const sum = (readings: Reading[], pick: (r: Reading) => number) => readings.reduce((total, r) => total + pick(r), 0);
const readAll = (children: Child[]) => Promise.all(children.map((c) => c.read()));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bytes = (state: unknown) => (state === undefined ? 0 : Buffer.byteLength(JSON.stringify(state)));

async function startServers(ctx: Context, key: ConfigKey): Promise<Child[]> {
  const config = CONFIGS[key];
  if (config.postgres && !ctx.databaseUrl) throw new Error(`${key} needs a database`);
  return Promise.all(
    Array.from({ length: config.processes }, async (_, i) => {
      const port = await freeTcpPort();
      const env: Record<string, string> = config.hearth
        ? {
            HOST: '127.0.0.1',
            PORT: String(port),
            DATABASE_URL: ctx.databaseUrl ?? '',
            LIVEKIT_URL: ctx.livekit.url,
            LIVEKIT_API_KEY: ctx.livekit.apiKey,
            LIVEKIT_API_SECRET: ctx.livekit.apiSecret,
            PUBLIC_URL,
            LOG_LEVEL: 'warn',
            CLIENT_DIST: '/nonexistent',
            BENCH_COUNT_QUERIES: '1',
          }
        : {
            PORT: String(port),
            BENCH_STATE_TEMPLATE: JSON.stringify(ctx.template ?? {}),
            ...(config.postgres ? { BENCH_PG_ADAPTER_URL: ctx.databaseUrl ?? '', BENCH_COUNT_QUERIES: '1' } : {}),
            ...(config.perPerson ? { BENCH_PER_PERSON: '1' } : {}),
          };
      const child = await startChild({
        name: `${key} server ${i + 1}`,
        script: config.hearth ? ctx.compiled.hearth : ctx.compiled.control,
        probe: ctx.compiled.probe,
        port,
        env,
        ready: async (url) => (await fetch(`${url}/readyz`)).ok,
        onPid: (pid) => ctx.cleanup.pid(pid),
      });
      ctx.cleanup.add(child.name, child.kill);
      return child;
    }),
  );
}

/** Socket i of room r (0 is the facilitator) goes to server (i + r) mod P: every room spans every process. */
function roomSpecs(key: ConfigKey, servers: Child[], r: number, group: GroupFixture, session: string): SocketSpec[] {
  const urlFor = (i: number) => (servers[(i + r) % servers.length] as Child).url;
  if (CONFIGS[key].hearth) {
    const sessionId = group.sessions[session];
    if (!sessionId) throw new Error(`group has no ${session} session`);
    return [group.facilitator, ...group.members].map((person, i) => ({ url: urlFor(i), cookie: person.cookie, auth: { sessionId } }));
  }
  return Array.from({ length: group.members.length + 1 }, (_, i) => ({
    url: urlFor(i),
    auth: { room: `${session}-${r}`, person: String(i), role: i === 0 ? 'facilitator' : 'member' },
  }));
}

export async function prepare(ctx: Context, key: ConfigKey, log: (line: string) => void): Promise<Prepared> {
  const servers = await startServers(ctx, key);
  // Warm-up: JIT, pools and lazy modules, so the memory baseline is not the process's first steps.
  const warm = await openRoom(roomSpecs(key, servers, 0, ctx.warmGroup, 'warm'), ctx.timeoutMs);
  warm.members[0]?.keepLargest();
  warm.facilitator.keepLargest();
  await drive([warm], { iterations: 0, warmup: ctx.warmupCommands, intervalMs: 200, timeoutMs: ctx.timeoutMs });
  const payloadBytes = { member: bytes(warm.members[0]?.largest), facilitator: bytes(warm.facilitator.largest) };
  if (CONFIGS[key].hearth && !ctx.template) ctx.template = warm.members[0]?.largest as Record<string, unknown> | undefined;
  warm.close();
  await sleep(1_500);
  const before = await readAll(servers);

  const clients = clientPool(ctx.workers, (pid) => ctx.cleanup.pid(pid));
  ctx.cleanup.add(`${key} clients`, async () => clients.close());
  const started = performance.now();
  const specs = ctx.groups.map((group, r) => ({ index: r, sockets: roomSpecs(key, servers, r, group, 'measure') }));
  const sockets = await clients.open(specs, ctx.timeoutMs);
  const connectSeconds = (performance.now() - started) / 1000;
  await sleep(1_000);
  const after = await readAll(servers);
  log(`  ${sockets} sockets connected in ${connectSeconds.toFixed(1)} s`);
  return {
    key,
    servers,
    clients,
    roomCount: ctx.groups.length,
    sockets,
    memory: {
      rssBefore: sum(before, (r) => r.rss),
      rssAfter: sum(after, (r) => r.rss),
      heapBefore: sum(before, (r) => r.heapUsed),
      heapAfter: sum(after, (r) => r.heapUsed),
    },
    payloadBytes,
    connectSeconds,
    samples: [],
    lateTicks: 0,
    commands: 0,
    driveSeconds: 0,
    serverMicros: 0,
    queries: { notify: 0, transaction: 0, statement: 0 },
    cpu: [],
  };
}

/** One chunk of load on a prepared configuration; its samples, CPU and time add to the configuration's. */
export async function driveChunk(p: Prepared, opts: DriveOptions) {
  const from = cpuSnapshot();
  const start = await readAll(p.servers);
  const driven = await p.clients.drive(opts);
  const end = await readAll(p.servers);
  const to = cpuSnapshot();
  p.samples.push(...driven.samples);
  p.lateTicks += driven.lateTicks;
  p.commands += p.roomCount * (opts.warmup + opts.iterations);
  p.driveSeconds += driven.seconds;
  p.serverMicros += sum(end, (r) => r.cpuMicros) - sum(start, (r) => r.cpuMicros);
  for (const kind of ['notify', 'transaction', 'statement'] as const) {
    p.queries[kind] += sum(end, (r) => r.queries[kind]) - sum(start, (r) => r.queries[kind]);
  }
  p.cpu.push({ from, to, workerSeconds: driven.cpuSeconds });
}

export async function close(p: Prepared) {
  await Promise.all(p.servers.map((s) => s.kill()));
  p.clients.close();
}
