/** Percentiles, the ratio to the control, and the Markdown the run prints and writes to RESULTS.md. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CONFIGS, type Prepared } from './configs.js';
import { FACILITATOR_SHARE } from './load.js';
import { ROOT } from './processes.js';
import { cpuSplit, type CpuSplit } from './machine.js';

export interface Summary {
  result: Prepared;
  label: string;
  processes: number;
  cpu: CpuSplit;
  measured: number;
  ok: number;
  refusals: Record<string, number>;
  timeouts: number;
  fanout: { p50: number; p99: number; max: number };
  ack: { p50: number; p99: number };
  /** From the ack to the last member holding the state: the broadcast after the commit. */
  afterAck: { p50: number; p99: number };
  ratio?: { p50: number; p99: number };
  rssPerSocket: number;
  heapPerSocket: number;
  cpuMsPerCommand: number;
  postgresMsPerCommand: number;
  commandsPerSecond: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

export function summarize(results: Prepared[]): Summary[] {
  const summaries = results.map((result): Summary => {
    const samples = result.samples;
    const fanout = ascending(samples.flatMap((s) => (s.fanoutMs === undefined ? [] : [s.fanoutMs])));
    const acks = ascending(samples.flatMap((s) => (s.ackMs === undefined ? [] : [s.ackMs])));
    const afterAck = ascending(samples.flatMap((s) => (s.ackMs === undefined || s.fanoutMs === undefined ? [] : [s.fanoutMs - s.ackMs])));
    const refusals: Record<string, number> = {};
    for (const s of samples) if (!s.ok) refusals[s.code ?? 'UNKNOWN'] = (refusals[s.code ?? 'UNKNOWN'] ?? 0) + 1;
    const { memory } = result;
    const cpu = cpuSplit(result.cpu, result.serverMicros / 1e6);
    return {
      result,
      label: CONFIGS[result.key].label,
      processes: result.servers.length,
      cpu,
      measured: samples.length,
      ok: samples.filter((s) => s.ok).length,
      refusals,
      timeouts: samples.filter((s) => s.ok && s.fanoutMs === undefined).length,
      fanout: { p50: percentile(fanout, 50), p99: percentile(fanout, 99), max: fanout.at(-1) ?? Number.NaN },
      ack: { p50: percentile(acks, 50), p99: percentile(acks, 99) },
      afterAck: { p50: percentile(afterAck, 50), p99: percentile(afterAck, 99) },
      rssPerSocket: (memory.rssAfter - memory.rssBefore) / result.sockets,
      heapPerSocket: (memory.heapAfter - memory.heapBefore) / result.sockets,
      cpuMsPerCommand: result.serverMicros / 1000 / result.commands,
      postgresMsPerCommand: (cpu.postgresSeconds * 1000) / result.commands,
      commandsPerSecond: result.commands / result.driveSeconds,
    };
  });
  const control = summaries.find((s) => s.result.key === 'control');
  for (const s of summaries) {
    if (control) s.ratio = { p50: s.fanout.p50 / control.fanout.p50, p99: s.fanout.p99 / control.fanout.p99 };
  }
  return summaries;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
const times = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
const kib = (v: number) => (Number.isFinite(v) ? (v / 1024).toFixed(1) : '–');
const codes = (r: Record<string, number>) =>
  Object.keys(r).length === 0
    ? '0'
    : Object.entries(r)
        .map(([code, n]) => `${n} ${code}`)
        .join(', ');

export function latencyTable(summaries: Summary[]): string {
  const rows = summaries.map((s) =>
    [
      s.label,
      s.processes,
      s.result.sockets,
      s.measured,
      ms(s.fanout.p50),
      ms(s.fanout.p99),
      ms(s.fanout.max),
      times(s.ratio?.p50),
      times(s.ratio?.p99),
      codes(s.refusals),
      s.timeouts,
      s.result.lateTicks,
    ].join(' | '),
  );
  return [
    '| Configuration | Processes | Sockets | Commands measured | Fan-out p50 ms | Fan-out p99 ms | Fan-out max ms | p50 vs control | p99 vs control | Non-ok acks | Fan-out timeouts | Late ticks |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

export function splitTable(summaries: Summary[]): string {
  const rows = summaries.map((s) => [s.label, ms(s.ack.p50), ms(s.ack.p99), ms(s.afterAck.p50), ms(s.afterAck.p99)].join(' | '));
  return [
    '| Configuration | Emit → ack p50 ms | Emit → ack p99 ms | Ack → last member p50 ms | Ack → last member p99 ms |',
    '|---|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

export function resourceTable(summaries: Summary[]): string {
  const rows = summaries.map((s) =>
    [
      s.label,
      kib(s.result.memory.rssBefore),
      kib(s.result.memory.rssAfter),
      kib(s.rssPerSocket),
      kib(s.heapPerSocket),
      s.result.payloadBytes.member || '–',
      s.result.payloadBytes.facilitator || '–',
      s.result.connectSeconds.toFixed(1),
    ].join(' | '),
  );
  return [
    '| Configuration | Server RSS before, KiB | after connecting, KiB | RSS per socket, KiB | Heap per socket, KiB | Member state, bytes | Facilitator state, bytes | Connect all, s |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

const pct = (v: number) => `${v.toFixed(0)}%`;

function queriesPerCommand(s: Summary) {
  const { notify, transaction, statement } = s.result.queries;
  const total = notify + transaction + statement;
  if (total === 0) return '–';
  const per = (n: number) => (n / s.result.commands).toFixed(1);
  return `${per(total)} (${per(notify)} + ${per(transaction)} + ${per(statement)})`;
}

export function cpuTable(summaries: Summary[]): string {
  const rows = summaries.map((s) =>
    [
      s.label,
      s.commandsPerSecond.toFixed(1),
      s.cpuMsPerCommand.toFixed(2),
      s.postgresMsPerCommand.toFixed(2),
      queriesPerCommand(s),
      pct(s.cpu.serversPercent),
      pct(s.cpu.postgresPercent),
      pct(s.cpu.clientsPercent),
      pct(s.cpu.othersPercent),
    ].join(' | '),
  );
  return [
    '| Configuration | Commands/s | Server CPU per command, ms | Postgres CPU per command, ms | Postgres statements per command (pg_notify + begin/commit + other) | Servers, % of machine | Postgres | Clients (this benchmark and its workers) | Anything else |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

export interface RunFacts {
  rooms: number;
  members: number;
  iterations: number;
  warmup: number;
  rounds: number;
  intervalMs: number;
  workers: number;
  /** Version and the settings that decide commit latency. */
  postgres: string;
  loadBefore: number[];
  loadAfter: number[];
}

const version = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

export function markdown(facts: RunFacts, results: Prepared[]): string {
  const summaries = summarize(results);
  const command = ['npx tsx bench/live/run.ts', ...process.argv.slice(2)].join(' ');
  const facilitatorRate = (FACILITATOR_SHARE * 1000) / facts.intervalMs;
  return `# bench/live results

Generated by \`${command}\` on ${new Date().toISOString()}.

- Machine: \`nproc\` = ${availableParallelism()}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; load average ${facts.loadBefore.map((l) => l.toFixed(2)).join(' / ')} when the run started, ${facts.loadAfter.map((l) => l.toFixed(2)).join(' / ')} when it ended
- Node ${process.version}; PostgreSQL ${facts.postgres} over its Unix socket; socket.io ${version('socket.io')}, socket.io-client ${version('socket.io-client')}, @socket.io/postgres-adapter ${version('@socket.io/postgres-adapter')}
- ${facts.rooms} rooms × (1 facilitator + ${facts.members} members) = ${facts.rooms * (facts.members + 1)} sockets per configuration; ${facts.iterations} measured commands per room after ${facts.warmup} unmeasured, in ${facts.rounds} chunks taking turns with the other configurations; one command per room every ${facts.intervalMs} ms (${((facts.rooms * 1000) / facts.intervalMs).toFixed(0)} commands/s in all; each facilitator sends ${facilitatorRate.toFixed(1)}/s, under the 5/s refill of her token bucket)
- Command cycle per room: a member \`hand:raise\`, then the facilitator \`floor:next\`, \`timer:pause\`, \`timer:resume\`, \`floor:end\`

**Fan-out** is the time from the emit of a command to the moment the last of the room's members holds
a state with at least the version in the command's ack. ${
    facts.workers === 0
      ? 'Every client is in the benchmark process, on its clock.'
      : `The rooms are spread over ${facts.workers} client worker processes (room r on worker r mod ${facts.workers}); each worker holds a room's every socket and times its fan-outs on its own clock.`
  }
Ratios divide by the control (c), a plain Socket.IO server in its own process
that broadcasts a copy of a member view Hearth sent to the room and acks, with no database. (d)–(f)
are diagnostics that add to the control what Hearth's broadcast does: one emit per person instead of
one per room, and the Postgres adapter Hearth attaches whenever DATABASE_URL is set.
Memory is VmRSS (from \`/proc\`) and V8 heap of the server process(es) after a full GC, before and
after connecting every room, per socket. Postgres statements are counted inside the server processes
by the same preload, per command sent. CPU is measured over the load only; "anything else" is busy
time of this shared machine that was neither the servers, Postgres nor the benchmark's clients — a row
with much of it was disturbed by other work.

## Latency

${latencyTable(summaries)}

Where the time goes — the ack leaves once the command is committed and its broadcast started:

${splitTable(summaries)}

## Memory

${resourceTable(summaries)}

## CPU during the load

${cpuTable(summaries)}
`;
}
