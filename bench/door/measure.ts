/**
 * Timing one call at a time: wall clock, CPU of this process (the app, and PGlite, which runs in
 * it), CPU of other processes read from /proc (LiveKit, Postgres backends), and the statements the
 * app's database client sent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../server/src/db/client.js';

/** CPU time a process has run so far, ns: the sum over its threads (schedstat has ns resolution, stat only ticks). */
export function processCpuNs(pid: number): number | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined; // gone: a pool closes a connection idle for 10 s
  }
  let total = 0;
  for (const task of tasks) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // a thread that just ended
    }
  }
  return total;
}

const readCpu = (pids: number[]) => new Map(pids.map((pid) => [pid, processCpuNs(pid)]));

/** CPU the processes ran between two readings, ns, counting only those alive at both. */
function cpuBetween(before: Map<number, number | undefined>, after: Map<number, number | undefined>) {
  let total = 0;
  for (const [pid, start] of before) {
    const end = after.get(pid);
    if (start !== undefined && end !== undefined) total += end - start;
  }
  return total;
}

type Query = (...args: unknown[]) => Promise<unknown>;

/**
 * Counts every statement the app's database client is asked to run. drizzle calls `query` on its
 * client for each one (PGlite, or the node-postgres pool), so a wrapper on that one instance sees
 * them all without touching the server's code.
 */
export function countStatements(db: Db) {
  const client = (db as unknown as { $client: { query: Query } }).$client;
  const query = client.query.bind(client);
  let count = 0;
  client.query = (...args: unknown[]) => {
    count += 1;
    return query(...args);
  };
  return () => count;
}

export interface Sample {
  ms: number;
  /** CPU of this process during the call, µs. */
  cpuMicros: number;
  /** CPU of the other processes watched (LiveKit; Postgres backends), µs. */
  livekitMicros: number;
  postgresMicros: number;
  statements: number;
}

export interface Watch {
  livekitPid: number;
  postgresPids: () => number[];
  statements: () => number;
}

export async function timed<T>(watch: Watch, call: () => Promise<T>): Promise<{ sample: Sample; result: T }> {
  const pgPids = watch.postgresPids();
  const lk0 = readCpu([watch.livekitPid]);
  const pg0 = readCpu(pgPids);
  const q0 = watch.statements();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await call();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const statements = watch.statements() - q0;
  const pg1 = readCpu(pgPids);
  const lk1 = readCpu([watch.livekitPid]);
  return {
    result,
    sample: { ms, cpuMicros: cpu.user + cpu.system, livekitMicros: cpuBetween(lk0, lk1) / 1000, postgresMicros: cpuBetween(pg0, pg1) / 1000, statements },
  };
}

/** Nearest-rank percentile of values (any order). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export interface Summary {
  median: number;
  p95: number;
  cpuMicros: number;
  livekitMicros: number;
  postgresMicros: number;
  statements: { min: number; max: number };
}

/** Times are median and p95; CPU is the mean (a cost per call: the total over the calls, divided). */
export function summarize(samples: Sample[]): Summary {
  const of = (key: keyof Sample) => samples.map((s) => s[key]);
  return {
    median: percentile(of('ms'), 50),
    p95: percentile(of('ms'), 95),
    cpuMicros: mean(of('cpuMicros')),
    livekitMicros: mean(of('livekitMicros')),
    postgresMicros: mean(of('postgresMicros')),
    statements: { min: Math.min(...of('statements')), max: Math.max(...of('statements')) },
  };
}
