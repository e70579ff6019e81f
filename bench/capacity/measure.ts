/**
 * One step's figures from /proc and from the load generator's counters: read at the start and at
 * the end of a window, then turned into rates. CPU is per process (all its threads), so LiveKit's
 * and the load generator's are apart, and what neither accounts for is other work on the machine.
 */
import { readFileSync } from 'node:fs';
import { cpuSnapshot, TICKS_PER_SECOND, type CpuSnapshot } from '../live/machine.js';
import { vmRss } from '../live/processes.js';
import { FPS, type Counts } from './protocol.js';

/** User + system CPU of a process and all its threads so far, seconds. */
function cpuSeconds(path: string) {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export interface Pids {
  livekit: number;
  crowd: number;
}

export interface Reading {
  atMs: number;
  livekit: number;
  crowd: number;
  /** The load generator's main thread alone: its JavaScript, where every received frame is counted. */
  crowdJs: number;
  machine: CpuSnapshot;
  counts: Counts;
}

export function read(pids: Pids, counts: Counts): Reading {
  return {
    atMs: performance.now(),
    livekit: cpuSeconds(`/proc/${pids.livekit}/stat`),
    crowd: cpuSeconds(`/proc/${pids.crowd}/stat`),
    crowdJs: cpuSeconds(`/proc/${pids.crowd}/task/${pids.crowd}/stat`),
    machine: cpuSnapshot(),
    counts,
  };
}

export interface Step {
  rooms: number;
  members: number;
  seconds: number;
  /** Milliseconds of CPU per second of the window (1000 = one core busy). */
  livekitMs: number;
  crowdMs: number;
  crowdJsMs: number;
  /** This process: the orchestrator's own share, tokens and IPC. */
  benchMs: number;
  /** Busy time of the whole machine, and what none of the above accounts for, in ms per second. */
  machineMs: number;
  othersMs: number;
  cores: number;
  livekitRssMiB: number;
  /** Frames per second each member's camera handed to its encoder, on average. */
  sentFps: number;
  subscriptions: { video: number; audio: number; expected: number };
  /** Per subscription: video frames per second received, and the share of real time of audio received. */
  videoFps: { median: number; min: number };
  audioShare: { median: number; min: number };
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? 0;

/** Rates per subscription; a subscription that appeared during the window counts from zero, so it shows as slow. */
function perSubscription(from: number[], to: number[], seconds: number) {
  const rates = to.map((v, i) => (v - (from[i] ?? 0)) / seconds).sort((a, b) => a - b);
  return { median: median(rates), min: rates[0] ?? 0 };
}

export function step(rooms: number, members: number, pids: Pids, from: Reading, to: Reading): Step {
  const seconds = (to.atMs - from.atMs) / 1000;
  const rate = (a: number, b: number) => (1000 * (b - a)) / seconds;
  const cores = (to.machine.machineTotal - from.machine.machineTotal) / seconds;
  const livekitMs = rate(from.livekit, to.livekit);
  const crowdMs = rate(from.crowd, to.crowd);
  const benchMs = rate(from.machine.self, to.machine.self);
  const machineMs = rate(from.machine.machineBusy, to.machine.machineBusy);
  const audio = perSubscription(from.counts.audioMs, to.counts.audioMs, seconds);
  return {
    rooms,
    members,
    seconds,
    livekitMs,
    crowdMs,
    crowdJsMs: rate(from.crowdJs, to.crowdJs),
    benchMs,
    machineMs,
    othersMs: Math.max(0, machineMs - livekitMs - crowdMs - benchMs),
    cores: Math.round(cores),
    livekitRssMiB: vmRss(pids.livekit) / 2 ** 20,
    sentFps: rooms * members === 0 ? 0 : (to.counts.framesSent - from.counts.framesSent) / seconds / (rooms * members),
    subscriptions: { video: to.counts.videoFrames.length, audio: to.counts.audioMs.length, expected: rooms * members * (members - 1) },
    videoFps: perSubscription(from.counts.videoFrames, to.counts.videoFrames, seconds),
    audioShare: { median: audio.median / 1000, min: audio.min / 1000 },
  };
}

/** Machine busier than this share of all its cores counts as saturated: the figures then measure queueing. */
export const SATURATED = 0.9;

/** Why the run should stop after this step, or nothing while the step is sound. */
export function limits(s: Step): string[] {
  const reasons: string[] = [];
  if (s.subscriptions.video < s.subscriptions.expected || s.subscriptions.audio < s.subscriptions.expected) {
    reasons.push(`only ${s.subscriptions.video} video and ${s.subscriptions.audio} audio of ${s.subscriptions.expected} subscriptions each were up`);
  }
  if (s.videoFps.min < 0.8 * FPS) reasons.push(`the slowest subscriber got ${s.videoFps.min.toFixed(1)} video frames/s of ${FPS}`);
  if (s.audioShare.min < 0.9) reasons.push(`the worst-served subscriber got ${(100 * s.audioShare.min).toFixed(0)} % of real-time audio`);
  if (s.machineMs >= SATURATED * 1000 * s.cores) reasons.push(`the machine was ${((100 * s.machineMs) / (1000 * s.cores)).toFixed(0)} % busy over ${s.cores} cores`);
  return reasons;
}
