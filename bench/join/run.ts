/**
 * bench/join: how long from pressing Join to seeing someone else's video, and where that time goes.
 *
 *   bash scripts/in-netns.sh npx tsx bench/join/run.ts [--runs 15] [--warmup 1] [--out bench/join/RESULTS.md]
 *
 * The real stack of the browser tests (e2e/stack.ts): the built client served by the Hearth server,
 * a real LiveKit SFU in the private network namespace, headless Chromium with a fake camera. A
 * facilitator sits in the room with her camera on; a member loads the session page, passes the
 * device check and presses Join, and the page's own performance marks say how long the token, the
 * LiveKit connection and the first remote frame took. She leaves, and the next run starts fresh.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LIVEKIT_VERSION } from '../../scripts/livekit.js';
import type { JoinTiming } from './join-timings.js';
import { onStage, runBench } from './stage.js';
import { median, ms, percentile } from './stats.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/join/RESULTS.md' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);

const COLUMNS: [keyof JoinTiming, string][] = [
  ['token', 'Token (request → response)'],
  ['connect', 'Connect (room.connect → connected)'],
  ['connectedToFrame', 'Connected → first remote frame'],
  ['joinToFrame', '**Join pressed → first remote frame**'],
];

function table(samples: JoinTiming[]): string {
  const rows = COLUMNS.map(([key, label]) => {
    const values = samples.map((s) => s[key]).filter(Number.isFinite);
    return `| ${label} | ${ms(median(values))} | ${ms(percentile(values, 95))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} |`;
  });
  return ['| Step | Median | p95 | Min | Max |', '|---|---:|---:|---:|---:|', ...rows].join('\n');
}

// Joins are timed on the wall clock, so the report says how busy the machine was around them
// (before: once the client is built, as the joins begin).
let loadBefore = loadavg();
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');

function report(samples: JoinTiming[], chromium: string): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const perRun = samples.map((s, i) => `| ${i + 1} | ${ms(s.token)} | ${ms(s.connect)} | ${ms(s.connectedToFrame)} | ${ms(s.joinToFrame)} |`);
  return [
    '# bench/join — from pressing Join to seeing someone',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${samples.length} joins after ${WARMUP} warm-up, one member joining a room where the facilitator's (fake) camera is on.`,
    `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${chromium}; LiveKit ${LIVEKIT_VERSION}; private network namespace (scripts/in-netns.sh).`,
    `Load average (1 / 5 / 15 min): ${load(loadBefore)} before, ${load(loadavg())} after.`,
    '',
    table(samples),
    '',
    `Median and nearest-rank p95 of each step on its own (p95 = the ${Math.ceil(0.95 * samples.length)}th of ${samples.length} runs in order); the steps`,
    'need not add up to the total, because each row is sorted separately. "Connected → first remote frame"',
    'covers subscribing to her video, ICE/DTLS for the subscriber connection, and the first frame being painted.',
    '',
    '<details><summary>Every run</summary>',
    '',
    '| Run | Token | Connect | Connected → frame | Join → frame |',
    '|---:|---:|---:|---:|---:|',
    ...perRun,
    '',
    '</details>',
    '',
    'Reproduce: `bash scripts/in-netns.sh npx tsx bench/join/run.ts` (see bench/README.md).',
    '',
  ].join('\n');
}

async function main() {
  if (!args['skip-build']) {
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  loadBefore = loadavg();
  await onStage(async ({ facilitator, member, chromium, joinOnce }) => {
    const samples: JoinTiming[] = [];
    for (let run = 1; run <= WARMUP + RUNS; run++) {
      const timing = await joinOnce();
      const warm = run <= WARMUP;
      if (!warm) samples.push(timing);
      console.log(
        `${warm ? 'warm-up' : `run ${run - WARMUP}/${RUNS}`}: token ${ms(timing.token)}, connect ${ms(timing.connect)}, connected→frame ${ms(timing.connectedToFrame)}, join→frame ${ms(timing.joinToFrame)}`,
      );
    }
    const pageErrors = [...facilitator.pageErrors, ...member.pageErrors];
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('; ')}`);

    console.log(`\n${table(samples)}\n`);
    writeFileSync(args.out, report(samples, chromium));
    console.log(`written to ${args.out}`);
  });
}

runBench(main);
