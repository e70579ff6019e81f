/**
 * How many of Hearth's small rooms one LiveKit node carries: rooms of `--members` people, each
 * publishing a tone and a 320×180 camera and subscribed to everyone else, stepped up 1, 2, 4, …
 * until media stops flowing fully or the machine is saturated. See bench/README.md.
 * Run: `npx tsx bench/capacity/run.ts [flags]`.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AccessToken, RoomServiceClient } from 'livekit-server-sdk';
import { LIVEKIT_VERSION, startLivekit } from '../../scripts/livekit.js';
import { TEST_LIVEKIT } from '../../server/test/services.js';
import { createCleanup, type Cleanup } from '../live/cleanup.js';
import { publishReport, runMain, wholeNumber, wholeNumbers } from '../live/entry.js';
import { freeLivekitPorts, ROOT } from '../live/processes.js';
import { limits, read, step, type Pids, type Step } from './measure.js';
import type { Counts, CrowdCommand, CrowdReply } from './protocol.js';
import { markdown } from './report.js';

const HELP = `Usage: npx tsx bench/capacity/run.ts [flags]
  --rooms LIST     rooms at each step, comma-separated (default 1,2,4,8); the run stops after the first
                   step where media does not flow fully or the machine is saturated
  --members N      people in each room, all publishing and all subscribed to each other (default 8)
  --warmup N       seconds after everyone is subscribed before the window starts (default 10)
  --seconds N      length of each step's window (default 20)
  --out FILE       where the results go (default bench/capacity/RESULTS.md; "-" prints only)
  --max-minutes N  stop and clean up after N minutes whatever happens (default 10)`;

function options() {
  const { values } = parseArgs({
    options: {
      rooms: { type: 'string', default: '1,2,4,8' },
      members: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '10' },
      seconds: { type: 'string', default: '20' },
      out: { type: 'string', default: join(ROOT, 'bench/capacity/RESULTS.md') },
      'max-minutes': { type: 'string', default: '10' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const int = wholeNumber;
  return {
    rooms: wholeNumbers('rooms', values.rooms, 1, 64),
    members: int('members', values.members, 2, 16),
    warmup: int('warmup', values.warmup, 0, 120),
    seconds: int('seconds', values.seconds, 5, 300),
    out: values.out === '-' ? undefined : values.out,
    maxMinutes: int('max-minutes', values['max-minutes'], 1, 60),
  };
}
type Options = ReturnType<typeof options>;

const log = (line: string) => console.log(`[bench/capacity ${new Date().toISOString().slice(11, 19)}] ${line}`);
const CROWD = fileURLToPath(new URL('./crowd.ts', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The load generator's process: one command at a time, each answered before the next is sent. */
function startCrowd(cleanup: Cleanup) {
  // rtc-node logs every connect on stdout; its errors still reach stderr.
  const child = spawn(process.execPath, ['--import', 'tsx', CROWD], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  if (child.pid === undefined) throw new Error('the load generator did not start');
  cleanup.pid(child.pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanup.add('load generator', async () => {
    if (child.connected) child.send({ type: 'quit' } satisfies CrowdCommand);
    const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(late);
  });
  const ask = (command: CrowdCommand, timeoutMs = 30_000) =>
    new Promise<CrowdReply>((resolve, reject) => {
      const late = setTimeout(() => reject(new Error(`the load generator did not answer ${command.type} within ${timeoutMs / 1000} s`)), timeoutMs);
      child.once('message', (reply: CrowdReply) => {
        clearTimeout(late);
        if (reply.type === 'error') reject(new Error(`load generator: ${reply.message}`));
        else resolve(reply);
      });
      child.send(command);
    });
  const counts = async (): Promise<Counts> => {
    const reply = await ask({ type: 'count' });
    if (reply.type !== 'counts') throw new Error(`asked for counts, got ${reply.type}`);
    return reply.counts;
  };
  return { pid: child.pid, ask, counts };
}
type Crowd = ReturnType<typeof startCrowd>;

async function tokenFor(room: string, identity: string) {
  const token = new AccessToken(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret, { identity, ttl: '15m' });
  token.addGrant({ roomJoin: true, room, canPublish: true, canSubscribe: true });
  return token.toJwt();
}

/** Rooms made through the API (auto_create is off, as in Hearth), filled, measured over one window, emptied. */
async function measureStep(rooms: number, opts: Options, ctx: { service: RoomServiceClient; crowd: Crowd; url: string; pids: Pids }) {
  const { service, crowd } = ctx;
  const names = Array.from({ length: rooms }, (_, i) => `capacity-${rooms}-${i}`);
  for (const name of names) await service.createRoom({ name, emptyTimeout: 60, maxParticipants: opts.members });
  const tokens = await Promise.all(names.flatMap((room) => Array.from({ length: opts.members }, (_, m) => tokenFor(room, `${room}-member-${m}`))));
  try {
    await crowd.ask({ type: 'join', url: ctx.url, tokens }, 20_000 + 2_000 * tokens.length);
    const expected = rooms * opts.members * (opts.members - 1);
    const deadline = Date.now() + 30_000;
    for (let c = await crowd.counts(); c.videoFrames.length < expected || c.audioMs.length < expected; c = await crowd.counts()) {
      if (Date.now() > deadline) break; // measured anyway: the step's row shows how many were missing
      await sleep(250);
    }
    await sleep(opts.warmup * 1000);
    const from = read(ctx.pids, await crowd.counts());
    await sleep(opts.seconds * 1000);
    const to = read(ctx.pids, await crowd.counts());
    return step(rooms, opts.members, ctx.pids, from, to);
  } finally {
    await crowd.ask({ type: 'leave' }, 60_000);
    for (const name of names) await service.deleteRoom(name).catch(() => {});
  }
}

async function run(opts: Options, cleanup: Cleanup) {
  const port = await freeLivekitPorts();
  const livekit = await startLivekit({ ...TEST_LIVEKIT, port, nodeIp: '127.0.0.1', bindAddress: '127.0.0.1', logLevel: 'error' });
  const livekitPid = livekit.process.pid;
  if (livekitPid === undefined) throw new Error('LiveKit has no pid');
  cleanup.pid(livekitPid);
  cleanup.add('LiveKit', () => livekit.stop());
  const crowd = startCrowd(cleanup);
  const pids = { livekit: livekitPid, crowd: crowd.pid };
  const service = new RoomServiceClient(livekit.apiUrl, TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret);

  log(`idle: LiveKit and the load generator with no rooms, ${opts.seconds} s`);
  const idleFrom = read(pids, await crowd.counts());
  await sleep(opts.seconds * 1000);
  const idle = step(0, opts.members, pids, idleFrom, read(pids, await crowd.counts()));

  const steps: Step[] = [];
  let stop: string[] = [];
  for (const rooms of opts.rooms) {
    log(`${rooms} room(s) × ${opts.members} members: joining, ${opts.warmup} s warm-up, ${opts.seconds} s window`);
    const s = await measureStep(rooms, opts, { service, crowd, url: livekit.url, pids });
    steps.push(s);
    log(
      `LiveKit ${s.livekitMs.toFixed(0)} ms/s, load generator ${s.crowdMs.toFixed(0)} ms/s (its JS thread ${s.crowdJsMs.toFixed(0)}), video ${s.videoFps.median.toFixed(1)} fps (min ${s.videoFps.min.toFixed(1)})`,
    );
    stop = limits(s);
    if (stop.length > 0) break;
  }
  return { idle, steps, stop };
}

async function main() {
  const opts = options();
  const loadBefore = loadavg();
  const cleanup = createCleanup();
  const bound = setTimeout(() => {
    console.error(`bench/capacity: over the ${opts.maxMinutes}-minute bound; cleaning up`);
    void cleanup.run().finally(() => process.exit(1));
  }, opts.maxMinutes * 60_000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup.run().finally(() => process.exit(130)));
  try {
    const result = await run(opts, cleanup);
    const facts = {
      when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
      node: process.version,
      livekit: LIVEKIT_VERSION,
      loadBefore,
      loadAfter: loadavg(),
      warmup: opts.warmup,
      seconds: opts.seconds,
      stepsAsked: opts.rooms,
    };
    publishReport(markdown(facts, result), opts.out, log);
  } finally {
    clearTimeout(bound);
    await cleanup.run();
  }
}

runMain(main);
