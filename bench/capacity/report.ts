/** The markdown bench/capacity/RESULTS.md holds: the steps, where and why the run stopped, and the model derived from them. */
import type { RunFacts } from '../live/entry.js';
import { limits, type Step } from './measure.js';
import { FPS, HEIGHT, VIDEO_MAX_BITRATE, WIDTH } from './protocol.js';

export interface Facts extends RunFacts {
  warmup: number;
  seconds: number;
  stepsAsked: number[];
}

export interface Result {
  idle: Step;
  steps: Step[];
  stop: string[];
}

const f0 = (v: number) => v.toFixed(0);
const f1 = (v: number) => v.toFixed(1);
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');

/** LiveKit's CPU for one subscriber receiving one other person (her camera and microphone): comparable across room sizes. */
const perSubscription = (s: Step, idle: Step) => (s.rooms === 0 ? '–' : f1((s.livekitMs - idle.livekitMs) / s.subscriptions.expected));
const rooms = (n: number) => `${n} room${n === 1 ? '' : 's'}`;

function row(s: Step, idle: Step) {
  const perRoom = (v: number, base: number) => (s.rooms === 0 ? '–' : f0((v - base) / s.rooms));
  return (
    `| ${s.rooms} | ${s.rooms * s.members} | ${f0(s.livekitMs)} | ${perRoom(s.livekitMs, idle.livekitMs)} | ${perSubscription(s, idle)} | ${f0(s.livekitRssMiB)} ` +
    `| ${f0(s.crowdMs)} | ${f0(s.crowdJsMs)} | ${perRoom(s.crowdMs, idle.crowdMs)} | ${f0(s.benchMs)} | ${f0(s.othersMs)} | ${f0((100 * s.machineMs) / (1000 * s.cores))} % ` +
    `| ${s.rooms === 0 ? '–' : f1(s.sentFps)} | ${s.rooms === 0 ? '–' : `${f1(s.videoFps.median)} / ${f1(s.videoFps.min)}`} ` +
    `| ${s.rooms === 0 ? '–' : `${f0(100 * s.audioShare.median)} / ${f0(100 * s.audioShare.min)} %`} | ${s.rooms === 0 ? '–' : `${s.subscriptions.video} / ${s.subscriptions.expected}`} |`
  );
}

/** The figures of the model: taken at the largest step that was sound, else at the largest measured. */
export function model({ idle, steps }: Result) {
  const sound = steps.filter((s) => limits(s).length === 0);
  const basis = sound[sound.length - 1] ?? steps[steps.length - 1];
  if (!basis) return undefined;
  const livekitPerRoom = (basis.livekitMs - idle.livekitMs) / basis.rooms;
  const crowdPerRoom = (basis.crowdMs - idle.crowdMs) / basis.rooms;
  // Clients that could not keep their cameras at full rate gave LiveKit less to forward: scale up by the frames
  // it did forward (what arrived) to what the room would send. An overestimate (audio does not scale with
  // the frame rate), which is the safe side.
  const fullRate = Math.max(1, FPS / basis.videoFps.median);
  const planPerRoom = livekitPerRoom * fullRate;
  return {
    basis,
    sound: sound.length > 0,
    livekitPerRoom,
    fullRate,
    planPerRoom,
    crowdPerRoom,
    rssPerRoom: (basis.livekitRssMiB - idle.livekitRssMiB) / basis.rooms,
    roomsPerCore: 1000 / planPerRoom,
    roomsPerCoreAt70: 700 / planPerRoom,
    clientToServer: crowdPerRoom / livekitPerRoom,
  };
}

function stopped(result: Result, facts: Facts) {
  const last = result.steps[result.steps.length - 1];
  if (!last) return 'No step was measured.';
  if (result.stop.length === 0) return `Every step asked for (${facts.stepsAsked.join(', ')} rooms) was sound; the machine may carry more.`;
  const share = (v: number) => `${f0((100 * v) / (1000 * last.cores))} %`;
  return (
    `**Stopped after ${rooms(last.rooms)}:** ${result.stop.join('; ')}. ` +
    `In that step the load generator used ${f0(last.crowdMs)} ms of CPU per second (${share(last.crowdMs)} of the machine) ` +
    `against LiveKit's ${f0(last.livekitMs)} ms/s (${share(last.livekitMs)}); anything else on the machine ${f0(last.othersMs)} ms/s.`
  );
}

function forReadme(m: NonNullable<ReturnType<typeof model>>, members: number) {
  const measured = m.fullRate > 1.05 ? `${f0(m.livekitPerRoom)} ms/s measured with ${f1(m.basis.videoFps.median)} fps arriving, scaled to ${FPS}` : 'measured';
  return [
    `**Capacity.** A LiveKit room lives on one node, so a node's capacity is counted in rooms. A Hearth-sized room —`,
    `${members} people, each sending a microphone and a ${WIDTH}×${HEIGHT} camera at ${FPS} fps and receiving everyone else's — costs`,
    `LiveKit about ${f0(m.planPerRoom)} ms of CPU per second (${f0(m.planPerRoom / 10)} % of one core; ${measured}) and ${f0(m.rssPerRoom)} MiB of memory,`,
    `so one core forwards about ${f0(m.roomsPerCore)} such rooms, about ${f0(m.roomsPerCoreAt70)} at a comfortable 70 %; a node with N cores, N times that.`,
    `Measured by \`bench/capacity\` on a 2-core machine with ${rooms(m.basis.rooms)}: the most it could drive, since its simulated clients`,
    `needed ${f1(m.clientToServer)}× LiveKit's CPU to encode and decode the video — so the per-core figure is extrapolated, not`,
    `seen. Larger cameras, simulcast or screen share cost more; measure on the real node (\`npx tsx bench/capacity/run.ts\`).`,
  ].join('\n');
}

export function markdown(facts: Facts, result: Result): string {
  const members = result.idle.members;
  const m = model(result);
  const header =
    '| rooms | people | LiveKit CPU ms/s | LiveKit ms/s per room | LiveKit ms/s per subscription | LiveKit RSS MiB | load generator ms/s | its JS thread ms/s | load generator per room | bench ms/s | anything else ms/s | machine busy | camera fps sent | video fps received, median / min | audio received, median / min | video subscriptions |';
  const lines = [
    '# bench/capacity — rooms of one LiveKit node',
    '',
    `Measured ${facts.when} on ${facts.machine}, Node ${facts.node}, LiveKit ${facts.livekit}. ` +
      `Load average (1/5/15 min) before: ${load(facts.loadBefore)}; after: ${load(facts.loadAfter)}.`,
    '',
    `Each room: ${members} participants (@livekit/rtc-node, loopback), each publishing a 440 Hz tone and a ${WIDTH}×${HEIGHT} VP8 camera ` +
      `at ${FPS} fps (one layer, ≤ ${VIDEO_MAX_BITRATE / 1000} kbit/s, a moving pattern) and subscribed to all the others. ` +
      `Each step: join, wait until every subscription is up, ${facts.warmup} s warm-up, then a ${facts.seconds} s window. ` +
      `CPU from /proc/<pid>/stat (all threads), in ms of CPU per second (1000 = one core); per room is over the idle row. ` +
      `Video and audio are counted per subscription (one subscriber, one remote track).`,
    '',
    header,
    `|${'---|'.repeat(header.split('|').length - 2)}`,
    ...[result.idle, ...result.steps].map((s) => row(s, result.idle)),
    '',
    stopped(result, facts),
    '',
  ];
  if (m) {
    lines.push(
      '## The model',
      '',
      `At ${rooms(m.basis.rooms)}${m.sound ? ' (the largest sound step)' : ' (no step was sound)'}, ` +
        `LiveKit spent ${f0(m.livekitPerRoom)} ms of CPU per second per room over its idle ${f0(result.idle.livekitMs)} ms/s, ` +
        `and ${f1(m.rssPerRoom)} MiB of RSS per room.` +
        (m.fullRate > 1.05
          ? ` Only ${f1(m.basis.videoFps.median)} fps of ${FPS} arrived per subscription, so LiveKit had less to forward than a real room sends; scaled to the full rate ` +
            `(an overestimate: audio does not scale with the frame rate) that is **${f0(m.planPerRoom)} ms/s per room**.`
          : '') +
        ` One core is 1000 ms/s, so **one core forwards about ${f0(m.roomsPerCore)} rooms** ` +
        `(about ${f0(m.roomsPerCoreAt70)} at 70 % busy, leaving room for joins and bursts). A room lives on one node, so a node with N cores ` +
        `holds about N × that many, provided the rooms spread evenly (LiveKit places rooms, not participants).`,
      '',
      `Caveat: the load generator needed ${f1(m.clientToServer)}× LiveKit's CPU per room (${f0(m.crowdPerRoom)} ms/s), so on one machine ` +
        `it runs out long before LiveKit does, and the rooms-per-core figure is extrapolated from a few rooms, not measured at that count. ` +
        `LiveKit's cost is forwarding packets (it does not transcode), so it should grow with packets per second — people × subscribers × ` +
        `bitrate — which is why it is given per room of this shape; a faster network path, larger cameras, simulcast or screen share change it.`,
      '',
      '## For the README',
      '',
      forReadme(m, members),
      '',
    );
  }
  return lines.join('\n');
}
