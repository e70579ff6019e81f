/**
 * The cost of one pass of the door's reconcile (server/src/features/door): rooms × people that all
 * passed the gate, so a pass finds nobody to remove, timed against one bare `listRooms`. See
 * bench/README.md. Run: `npx tsx bench/door/run.ts [flags]`.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inArray } from 'drizzle-orm';
import { CSRF_HEADER } from '@hearth/shared';
import { LIVEKIT_VERSION, startLivekit } from '../../scripts/livekit.js';
import { buildApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { sessions } from '../../server/src/db/schema.js';
import { createAudit } from '../../server/src/features/audit/service.js';
import { createDoorRepository } from '../../server/src/features/door/repository.js';
import { createGateRepository } from '../../server/src/features/gate/repository.js';
import { createDoor, type ReconcileReport } from '../../server/src/features/door/service.js';
import { TEST_LIVEKIT } from '../../server/test/services.js';
import { createCleanup, type Cleanup } from '../live/cleanup.js';
import { publishReport, runMain, wholeNumber, wholeNumbers } from '../live/entry.js';
import { adminQuery, createDatabase, postgresFacts } from '../live/databases.js';
import { freeLivekitPorts, ROOT } from '../live/processes.js';
import { createGroup, inBatches, openSession, PUBLIC_URL, type Account } from '../live/setup.js';
import { countStatements, summarize, timed, type Sample, type Watch } from './measure.js';
import type { PeopleCommand, PeopleReply } from './people.js';
import { markdown, type Row } from './report.js';

const HELP = `Usage: npx tsx bench/door/run.ts [flags]
  --rooms LIST       open sessions with a LiveKit room, comma-separated (default 1,5,20; each 1..40)
  --people LIST      members connected in each room (default 0,3; each 0..6)
  --databases LIST   pglite, postgres or both (default pglite,postgres)
  --passes N         timed passes per configuration, each beside a control call (default 50, 5..1000)
  --warmup N         untimed passes first (default 5)
  --out FILE         where the results go (default bench/door/RESULTS.md; "-" prints only)
  --max-minutes N    stop and clean up after N minutes whatever happens (default 12)`;

function options() {
  const { values } = parseArgs({
    options: {
      rooms: { type: 'string', default: '1,5,20' },
      people: { type: 'string', default: '0,3' },
      databases: { type: 'string', default: 'pglite,postgres' },
      passes: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '5' },
      out: { type: 'string', default: join(ROOT, 'bench/door/RESULTS.md') },
      'max-minutes': { type: 'string', default: '12' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const [int, list] = [wholeNumber, wholeNumbers];
  const databases = values.databases.split(',');
  for (const d of databases) if (d !== 'pglite' && d !== 'postgres') throw new Error(`unknown database ${d}: pglite or postgres`);
  return {
    rooms: list('rooms', values.rooms, 1, 40),
    people: list('people', values.people, 0, 6),
    databases: databases as Row['database'][],
    passes: int('passes', values.passes, 5, 1000),
    warmup: int('warmup', values.warmup, 0, 100),
    out: values.out === '-' ? undefined : values.out,
    maxMinutes: int('max-minutes', values['max-minutes'], 1, 60),
  };
}
type Options = ReturnType<typeof options>;

const log = (line: string) => console.log(`[bench/door ${new Date().toISOString().slice(11, 19)}] ${line}`);
const PEOPLE = fileURLToPath(new URL('./people.ts', import.meta.url));

/** The participants' process: one command at a time, each answered before the next is sent. */
function startPeople(cleanup: Cleanup) {
  // rtc-node logs every connect on stdout; its errors still reach stderr.
  const child = spawn(process.execPath, ['--import', 'tsx', PEOPLE], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  if (child.pid !== undefined) cleanup.pid(child.pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanup.add('participants', async () => {
    if (child.connected) child.send({ type: 'quit' } satisfies PeopleCommand);
    const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(late);
  });
  return (command: PeopleCommand) =>
    new Promise<number>((resolve, reject) => {
      const late = setTimeout(() => reject(new Error(`participants did not answer ${command.type} within 60 s`)), 60_000);
      child.once('message', (reply: PeopleReply) => {
        clearTimeout(late);
        if (reply.type === 'error') reject(new Error(`participants: ${reply.message}`));
        else resolve(reply.count);
      });
      child.send(command);
    });
}

/** The app as bench/live/setup.ts builds it, with its own reconcile timer (and presence sweep) off. */
async function benchApp(database: Record<string, string>, livekitUrl: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL,
    SIGNIN_RATE_LIMIT_PER_MINUTE: '100000',
    SIGNUP_RATE_LIMIT_PER_HOUR: '100000',
    REQUIRE_FACILITATOR_TWO_STEP: 'false',
    LIVEKIT_RECONCILE_MS: '0',
    LIVE_PRESENCE_GRACE_MS: '600000',
    LIVEKIT_URL: livekitUrl,
    LIVEKIT_API_KEY: TEST_LIVEKIT.apiKey,
    LIVEKIT_API_SECRET: TEST_LIVEKIT.apiSecret,
    ...database,
  });
  const app = await buildApp(config);
  await app.ready();
  return app;
}

async function tokenFor(app: App, sessionId: string, who: Account) {
  const res = await app.inject({ method: 'POST', url: `/api/sessions/${sessionId}/token`, headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${who.cookie}` } });
  if (res.statusCode !== 200) throw new Error(`token for ${who.displayName} answered ${res.statusCode}: ${res.body}`);
  return (res.json() as { token: string }).token;
}

interface Room {
  sessionId: string;
  roomName: string;
  members: Account[];
}

/** Groups of `people` members who signed the agreement and did the privacy check, each with an open session. */
async function fixtures(app: App, rooms: number, people: number): Promise<Room[]> {
  const groups = await inBatches(Array.from({ length: rooms }), 4, (_, i) => createGroup(app, i, Math.max(people, 2)));
  const sessionIds = await inBatches(groups, 4, (group) => openSession(app, group));
  const names = await app.db.select({ id: sessions.id, roomName: sessions.roomName }).from(sessions).where(inArray(sessions.id, sessionIds));
  return groups.map((group, i) => {
    const sessionId = sessionIds[i] as string;
    const roomName = names.find((n) => n.id === sessionId)?.roomName;
    if (!roomName) throw new Error(`no room name for session ${sessionId}`);
    return { sessionId, roomName, members: group.members.slice(0, people) };
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Stage {
  app: App;
  people: (command: PeopleCommand) => Promise<number>;
  livekitUrl: string;
  watch: Omit<Watch, 'postgresPids'>;
  postgresPids: () => Promise<number[]>;
}

/** Exactly `count` rooms in LiveKit, each holding `people` connected members; then passes and controls, alternating. */
async function measure(stage: Stage, all: Room[], count: number, people: number, opts: Options) {
  const { app } = stage;
  await stage.people({ type: 'leave' });
  for (const room of await app.livekit.rooms.listRooms()) await app.livekit.deleteRoom(room.name);
  const used = all.slice(0, count);
  for (const room of used) await app.livekit.createRoom(room.roomName, 10, 900);
  if (people > 0) {
    const tokens = (await Promise.all(used.map((room) => Promise.all(room.members.slice(0, people).map((m) => tokenFor(app, room.sessionId, m)))))).flat();
    await stage.people({ type: 'join', url: stage.livekitUrl, tokens });
  }
  await until(`${count} rooms × ${people} people in LiveKit`, async () => {
    const rooms = await app.livekit.rooms.listRooms();
    return rooms.length === count && rooms.every((r) => r.numParticipants === people);
  });

  const door = createDoor({
    repo: createDoorRepository(app.db),
    gate: createGateRepository(app.db),
    livekit: app.livekit,
    audit: createAudit(app.db),
    log: app.log,
    reconcileMs: 0,
    // Every room measured exists; one the pass would make shows as closed/opened in its report and fails `expect`.
    restoreRoom: (roomName, capacity) => app.livekit.createRoom(roomName, capacity, 900),
  });
  const expect = (report: ReconcileReport) => {
    if (report.rooms !== count || report.participants !== count * people || report.removed !== 0 || report.closed !== 0) {
      throw new Error(`a pass found ${JSON.stringify(report)}; expected ${count} rooms, ${count * people} people, nobody removed`);
    }
  };
  const pass = async () => expect(await door.reconcile());
  const control = async () => {
    const rooms = await app.livekit.rooms.listRooms();
    if (rooms.length !== count) throw new Error(`listRooms found ${rooms.length} rooms, expected ${count}`);
  };
  for (let i = 0; i < opts.warmup; i++) {
    await pass();
    await control();
  }
  const pgPids = await stage.postgresPids();
  const watch: Watch = { ...stage.watch, postgresPids: () => pgPids };
  const samples: { pass: Sample[]; control: Sample[] } = { pass: [], control: [] };
  for (let i = 0; i < opts.passes; i++) {
    const order = i % 2 === 0 ? (['pass', 'control'] as const) : (['control', 'pass'] as const);
    for (const kind of order) samples[kind].push((await timed(watch, kind === 'pass' ? pass : control)).sample);
  }
  return { pass: summarize(samples.pass), control: summarize(samples.control) };
}

async function run(opts: Options, cleanup: Cleanup) {
  const port = await freeLivekitPorts();
  const livekit = await startLivekit({ ...TEST_LIVEKIT, port, nodeIp: '127.0.0.1', bindAddress: '127.0.0.1', logLevel: 'error' });
  const livekitPid = livekit.process.pid;
  if (livekitPid === undefined) throw new Error('LiveKit has no pid');
  cleanup.pid(livekitPid);
  cleanup.add('LiveKit', () => livekit.stop());
  const people = startPeople(cleanup);
  const maxRooms = Math.max(...opts.rooms);
  const maxPeople = Math.max(...opts.people);
  const rows: Row[] = [];

  for (const database of opts.databases) {
    let env: Record<string, string> = { DATA_DIR: 'memory://' };
    let postgresPids = async () => [] as number[];
    if (database === 'postgres') {
      const db = await createDatabase(cleanup);
      env = { DATABASE_URL: db.url };
      postgresPids = async () =>
        (await adminQuery(`select pid from pg_stat_activity where datname = '${db.name}' and pid <> pg_backend_pid()`)).rows.map((r: { pid: number }) => r.pid);
    }
    log(`${database}: ${maxRooms} groups of ${maxPeople} members, each with an open session, through the HTTP API`);
    const app = await benchApp(env, livekit.url);
    cleanup.add(`${database} app`, () => app.close());
    const rooms = await fixtures(app, maxRooms, maxPeople);
    const stage: Stage = { app, people, livekitUrl: livekit.url, watch: { livekitPid, statements: countStatements(app.db) }, postgresPids };
    for (const count of opts.rooms) {
      for (const p of opts.people) {
        log(`${database}: ${count} rooms × ${p} people, ${opts.passes} passes`);
        rows.push({ database, rooms: count, people: p, ...(await measure(stage, rooms, count, p, opts)) });
      }
    }
    await people({ type: 'leave' });
    await app.close();
  }
  return rows;
}

async function main() {
  const opts = options();
  const loadBefore = loadavg();
  const cleanup = createCleanup();
  const bound = setTimeout(() => {
    console.error(`bench/door: over the ${opts.maxMinutes}-minute bound; cleaning up`);
    void cleanup.run().finally(() => process.exit(1));
  }, opts.maxMinutes * 60_000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup.run().finally(() => process.exit(130)));
  try {
    const rows = await run(opts, cleanup);
    const text = markdown(
      {
        when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
        node: process.version,
        livekit: LIVEKIT_VERSION,
        ...(opts.databases.includes('postgres') ? { postgres: await postgresFacts() } : {}),
        loadBefore,
        loadAfter: loadavg(),
        passes: opts.passes,
        warmup: opts.warmup,
      },
      rows,
    );
    publishReport(text, opts.out, log);
  } finally {
    clearTimeout(bound);
    await cleanup.run();
  }
}

runMain(main);
