/**
 * Preloaded (`--import`) into every server process the benchmark starts, beside the code under test:
 * answers memory, CPU and query counts over the IPC channel (memory after a full GC), and kills the
 * process the moment the benchmark that started it is gone (even if the benchmark was SIGKILLed).
 * It adds no route and changes nothing the server does; with BENCH_COUNT_QUERIES=1 it counts the
 * statements every node-postgres client sends, by kind. To find where the time and memory go:
 * with BENCH_PROFILE_DIR set it writes a CPU profile of the time between two readings at each reading
 * (the last one before a chunk's end covers that chunk's load), and a heap snapshot at each reading
 * with BENCH_HEAP_SNAPSHOT_DIR (the one after connecting shows what each socket holds).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { writeHeapSnapshot } from 'node:v8';

interface ProbeRequest {
  type: 'probe';
  id: number;
}

export interface QueryCounts {
  notify: number;
  transaction: number;
  statement: number;
}

const collect = (globalThis as { gc?: () => void }).gc;
const queries: QueryCounts = { notify: 0, transaction: 0, statement: 0 };

if (process.env.BENCH_COUNT_QUERIES === '1') {
  // The same module instance as the server's and the adapter's (one node_modules/pg), so every pool counts.
  const { Client } = (await import('pg')).default;
  type Query = (this: unknown, config: unknown, ...rest: unknown[]) => unknown;
  const proto = Client.prototype as unknown as { query: Query };
  const query = proto.query;
  proto.query = function (this: unknown, config: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? '');
    if (/pg_notify/i.test(text)) queries.notify++;
    else if (/^\s*(begin|commit|rollback)\b/i.test(text)) queries.transaction++;
    else queries.statement++;
    return query.call(this, config, ...rest);
  };
}

const profileDir = process.env.BENCH_PROFILE_DIR;
const snapshotDir = process.env.BENCH_HEAP_SNAPSHOT_DIR;
const profiler = profileDir ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}

/** Writes the profile since the last reading and starts the next. */
async function cutProfile(id: number) {
  if (!profiler || !profileDir) return;
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(`${profileDir}/${process.pid}-${id}.cpuprofile`, JSON.stringify(profile));
  await profiler.post('Profiler.start');
}

if (process.send) {
  process.on('message', async (message: ProbeRequest) => {
    if (message?.type !== 'probe') return;
    const cpu = process.cpuUsage();
    await cutProfile(message.id);
    // Twice: the first pass may leave garbage that only the second one frees (weak refs, finalizers).
    collect?.();
    collect?.();
    if (snapshotDir) writeHeapSnapshot(`${snapshotDir}/${process.pid}-${message.id}.heapsnapshot`);
    process.send?.({ type: 'probe', id: message.id, memory: process.memoryUsage(), cpu, gc: Boolean(collect), queries });
  });
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  process.channel?.unref();
}
