/**
 * Where the machine's CPU went while a configuration ran: this benchmark (its clients), PostgreSQL,
 * and everything else. The machine is shared, so a row measured while something else was busy
 * says so instead of passing for a slow configuration.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface CpuSnapshot {
  /** Seconds of CPU, all cores, since boot. */
  machineTotal: number;
  machineBusy: number;
  /** Seconds of CPU of each process named postgres, by pid. */
  postgres: Map<number, number>;
  /** This process: the clients. */
  self: number;
}

function machine() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { total: total / TICKS_PER_SECOND, busy: (total - idle) / TICKS_PER_SECOND };
}

/** CPU of every process named postgres (the server's backends, ours and anyone else's), by pid. */
function postgresSeconds() {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const rest = stat.slice(close + 2).split(' ');
      seconds.set(Number(entry), (Number(rest[11]) + Number(rest[12])) / TICKS_PER_SECOND);
    } catch {
      // exited while we looked
    }
  }
  return seconds;
}

/** Postgres CPU within a window; a backend that exited meanwhile is missed (and lands in "anything else"). */
function postgresDelta(from: CpuSnapshot, to: CpuSnapshot) {
  let total = 0;
  for (const [pid, seconds] of to.postgres) total += seconds - (from.postgres.get(pid) ?? 0);
  return total;
}

export function cpuSnapshot(): CpuSnapshot {
  const m = machine();
  const own = process.cpuUsage();
  return { machineTotal: m.total, machineBusy: m.busy, postgres: postgresSeconds(), self: (own.user + own.system) / 1e6 };
}

export interface CpuSplit {
  /** Share of all cores' time, 0–100. */
  clientsPercent: number;
  postgresPercent: number;
  serversPercent: number;
  othersPercent: number;
  postgresSeconds: number;
}

/**
 * Splits the machine's busy time over the given windows (summed); `serverSeconds` is the servers'
 * CPU over the same windows, from the probes, and each window's `workerSeconds` the client workers'.
 */
export function cpuSplit(windows: { from: CpuSnapshot; to: CpuSnapshot; workerSeconds: number }[], serverSeconds: number): CpuSplit {
  const delta = (pick: (s: CpuSnapshot) => number) => windows.reduce((t, w) => t + pick(w.to) - pick(w.from), 0);
  const total = delta((s) => s.machineTotal) || 1;
  const busy = delta((s) => s.machineBusy);
  const clients = delta((s) => s.self) + windows.reduce((t, w) => t + w.workerSeconds, 0);
  const postgres = windows.reduce((t, w) => t + postgresDelta(w.from, w.to), 0);
  const pct = (s: number) => (100 * s) / total;
  return {
    clientsPercent: pct(clients),
    postgresPercent: pct(postgres),
    serversPercent: pct(serverSeconds),
    othersPercent: Math.max(0, pct(busy - clients - postgres - serverSeconds)),
    postgresSeconds: postgres,
  };
}
