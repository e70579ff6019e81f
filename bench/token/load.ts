/**
 * One chunk of closed-loop HTTP load with autocannon: N connections, each sending its next request as
 * soon as the last one answered, for a few seconds. Latencies are taken from autocannon's own
 * per-response timing (hrtime, fractions of a millisecond), kept whole so chunks of one cell can be
 * pooled into exact percentiles; alongside, the CPU the server, LiveKit and Postgres spent and the
 * statements the server sent.
 */
import autocannon from 'autocannon';
import { processCpuNs } from '../door/measure.js';
import { cpuSnapshot, type CpuSnapshot } from '../live/machine.js';
import type { Child } from '../live/processes.js';

/** What one request of a cell is: where it goes, and each connection's headers (its own cookie). */
export interface Target {
  url: string;
  method: 'GET' | 'POST';
  /** Headers for connection i; connections take turns over the people. */
  headers: (connection: number) => Record<string, string>;
  body?: string;
}

/** Everything measured for one cell, summed over its chunks. */
export interface Tally {
  /** Response times of 2xx answers, ms. */
  latencies: number[];
  ok: number;
  /** Non-2xx answers by status code. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  seconds: number;
  /** CPU of the server process under test (PGlite included when it runs there), s. */
  serverSeconds: number;
  livekitSeconds: number;
  /** Statements the server process sent to Postgres (counted by bench/live's probe), by kind. */
  statements: number;
  transactions: number;
  windows: { from: CpuSnapshot; to: CpuSnapshot }[];
}

export const emptyTally = (): Tally => ({
  latencies: [],
  ok: 0,
  statuses: {},
  errors: 0,
  timeouts: 0,
  seconds: 0,
  serverSeconds: 0,
  livekitSeconds: 0,
  statements: 0,
  transactions: 0,
  windows: [],
});

/** Drives `target` with `connections` for `seconds`; into `tally` when given (a warm-up passes none). */
export async function chunk(opts: { target: Target; connections: number; seconds: number; server?: Child; livekitPid: number; tally?: Tally }) {
  const { target, connections, tally } = opts;
  const before = opts.server && tally ? await opts.server.read() : undefined;
  // CPU from /proc around the load alone (the probe's reading runs a GC in the server).
  const server0 = opts.server ? (processCpuNs(opts.server.pid) ?? 0) : 0;
  const lk0 = processCpuNs(opts.livekitPid) ?? 0;
  const from = cpuSnapshot();
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        connections,
        duration: opts.seconds,
        ...(target.body === undefined ? {} : { body: target.body }),
        // Each connection its own person, set once as it is made (autocannon keeps the connection open).
        setupClient: (client) => client.setHeaders(target.headers(next++)),
      },
      (err: unknown, done: autocannon.Result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(done)),
    );
    instance.on('response', (_client: autocannon.Client, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const to = cpuSnapshot();
  const lk1 = processCpuNs(opts.livekitPid) ?? lk0;
  const server1 = opts.server ? (processCpuNs(opts.server.pid) ?? server0) : 0;
  if (!tally) return result;
  const after = opts.server ? await opts.server.read() : undefined;
  for (const v of latencies) tally.latencies.push(v);
  tally.ok += result['2xx'];
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (!code.startsWith('2')) tally.statuses[code] = (tally.statuses[code] ?? 0) + (count ?? 0);
  }
  tally.errors += result.errors - result.timeouts;
  tally.timeouts += result.timeouts;
  tally.seconds += result.duration;
  tally.livekitSeconds += (lk1 - lk0) / 1e9;
  tally.serverSeconds += (server1 - server0) / 1e9;
  if (before && after) {
    tally.statements += after.queries.statement + after.queries.notify - before.queries.statement - before.queries.notify;
    tally.transactions += after.queries.transaction - before.queries.transaction;
  }
  tally.windows.push({ from, to });
  return result;
}
