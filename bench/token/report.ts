/** Throughput, latency percentiles, CPU per request and the issue's ratios, as bench/token/RESULTS.md. */
import type { DatabaseKind } from './servers.js';
import type { Tally } from './load.js';
import type { RunFacts } from '../live/entry.js';

export type TargetKey = 'token' | 'me' | 'healthz' | 'livekit';

export const TARGET_LABELS: Record<TargetKey, string> = {
  token: '`POST /api/sessions/:id/token`',
  me: '`GET /api/auth/me` (control)',
  healthz: '`GET /healthz` (control)',
  livekit: "LiveKit's `CreateRoom` alone (diagnostic)",
};

export interface Cell {
  database: DatabaseKind | null;
  target: TargetKey;
  connections: number;
  tally: Tally;
}

export interface Facts extends RunFacts {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  members: number;
  minutes: number;
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] as number;
}

export interface Summary {
  cell: Cell;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  failures: number;
  /** CPU ms per answered request. */
  serverMs: number;
  livekitMs: number;
  postgresMs: number;
  statements: number;
  transactions: number;
  /** Share of all cores' time during the cell's chunks, 0–100. */
  split: { server: number; clients: number; livekit: number; postgres: number; others: number };
}

function summarize(cell: Cell): Summary {
  const t = cell.tally;
  const sorted = Float64Array.from(t.latencies).sort();
  const lat = Array.from(sorted);
  const delta = (pick: (w: Tally['windows'][number]['from']) => number) => t.windows.reduce((sum, w) => sum + pick(w.to) - pick(w.from), 0);
  const total = delta((s) => s.machineTotal) || 1;
  const busy = delta((s) => s.machineBusy);
  const clients = delta((s) => s.self);
  let postgres = 0;
  for (const w of t.windows) for (const [pid, s] of w.to.postgres) postgres += s - (w.from.postgres.get(pid) ?? 0);
  const pct = (s: number) => (100 * s) / total;
  const per = (s: number) => (t.ok > 0 ? (1000 * s) / t.ok : Number.NaN);
  return {
    cell,
    perSecond: t.ok / (t.seconds || 1),
    p50: percentile(lat, 50),
    p90: percentile(lat, 90),
    p99: percentile(lat, 99),
    max: lat.at(-1) ?? Number.NaN,
    failures: t.errors + t.timeouts + Object.values(t.statuses).reduce((a, b) => a + b, 0),
    serverMs: per(t.serverSeconds),
    livekitMs: per(t.livekitSeconds),
    postgresMs: per(postgres),
    statements: t.ok > 0 ? t.statements / t.ok : Number.NaN,
    transactions: t.ok > 0 ? t.transactions / t.ok : Number.NaN,
    split: {
      server: pct(t.serverSeconds),
      clients: pct(clients),
      livekit: pct(t.livekitSeconds),
      postgres: pct(postgres),
      others: Math.max(0, pct(busy - clients - postgres - t.serverSeconds - t.livekitSeconds)),
    },
  };
}

const fixed = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const ms = (v: number) => fixed(v, v < 10 ? 2 : 1);
const rate = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '–');
const times = (v: number) => (Number.isFinite(v) ? `${v < 0.1 ? v.toFixed(3) : v.toFixed(2)}×` : '–');
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
const where = (s: Summary) => `${s.cell.database ?? '—'} | ${s.cell.connections}`;
const failures = (s: Summary) => {
  const t = s.cell.tally;
  const parts = [
    ...Object.entries(t.statuses).map(([code, n]) => `${n} × ${code}`),
    t.errors ? `${t.errors} errors` : '',
    t.timeouts ? `${t.timeouts} timeouts` : '',
  ];
  return parts.filter(Boolean).join(', ') || '0';
};
const verdict = (met: boolean) => (met ? '**met**' : '**not met**');

function targets(all: Summary[]) {
  const find = (database: DatabaseKind, target: TargetKey, connections: number) =>
    all.find((s) => s.cell.database === database && s.cell.target === target && s.cell.connections === connections);
  const lines: string[] = [];
  const pg = find('postgres', 'token', 10);
  const pgHealth = find('postgres', 'healthz', 10);
  if (pg && pgHealth) {
    const r = pg.perSecond / pgHealth.perSecond;
    lines.push(
      `- Token route ÷ \`/healthz\`, Postgres, 10 connections: ${times(r)} (${rate(pg.perSecond)} ÷ ${rate(pgHealth.perSecond)} req/s), target ≥ 0.1×: ${verdict(r >= 0.1)}.`,
    );
  }
  if (pg) lines.push(`- Token p99, Postgres, 10 connections: ${ms(pg.p99)} ms, target ≤ 5 ms: ${verdict(pg.p99 <= 5)}.`);
  const lite = find('pglite', 'token', 10);
  if (lite) lines.push(`- Token p99, PGlite, 10 connections: ${ms(lite.p99)} ms, target ≤ 15 ms: ${verdict(lite.p99 <= 15)}.`);
  for (const database of ['postgres', 'pglite'] as const) {
    const wide = find(database, 'token', 100);
    if (!wide) continue;
    const met = wide.max < 1000 && wide.cell.tally.timeouts === 0;
    lines.push(
      `- No multi-second tail, ${database}, 100 connections (judged on the slowest answer, under 1 s, and no timeouts): ` +
        `p99 ${ms(wide.p99)} ms, max ${ms(wide.max)} ms: ${verdict(met)}.`,
    );
  }
  return lines;
}

/** The measured reasons, from the run's own figures: where the CPU goes, and what closed-loop load makes of it. */
function reading(all: Summary[]) {
  const find = (database: DatabaseKind | null, target: TargetKey, connections: number) =>
    all.find((s) => s.cell.database === database && s.cell.target === target && s.cell.connections === connections);
  const lines: string[] = [];
  for (const database of ['postgres', 'pglite'] as const) {
    const connections = Math.min(...all.filter((s) => s.cell.database === database).map((s) => s.cell.connections));
    const token = find(database, 'token', connections);
    const me = find(database, 'me', connections);
    const health = find(database, 'healthz', connections);
    if (!token || !me || !health) continue;
    lines.push(
      `- **${database}, ${connections} connections.** The server spends ${ms(token.serverMs)} ms of CPU per token against ${ms(health.serverMs)} ms per \`/healthz\` ` +
        `(${times(token.serverMs / health.serverMs)}) and ${ms(me.serverMs)} ms per cookie lookup (${times(me.serverMs / health.serverMs)}). ` +
        `While busy it takes ${fixed(token.split.server, 0)} % of both cores, about one core: req/s is one core divided by the CPU per request, ` +
        `so token ÷ \`/healthz\` ≥ 0.1× needs the token's CPU within 10× \`/healthz\`'s.` +
        (database === 'postgres'
          ? ` It sends ${fixed(token.statements, 2)} statements per token (${fixed(me.statements, 2)} per cookie lookup), and Postgres spends ` +
            `${ms(token.postgresMs)} ms per token: the database round trips are not where the time goes.`
          : ' PGlite runs the statements on the same event loop, so its time is in that figure.') +
        ` LiveKit spends ${ms(token.livekitMs)} ms per token (the room is made once, on open; the door's pass lists rooms each second).`,
    );
  }
  for (const connections of [...new Set(all.map((s) => s.cell.connections))]) {
    const alone = find(null, 'livekit', connections);
    if (alone) {
      lines.push(
        `- **LiveKit's \`CreateRoom\` alone, ${connections} connections**: p50 ${ms(alone.p50)} ms, p99 ${ms(alone.p99)} ms, ${rate(alone.perSecond)} req/s — ` +
          'the round trip the token route made before every token until it trusted a room it had made (kept as a diagnostic).',
      );
    }
  }
  const pg10 = find('postgres', 'healthz', 10);
  if (pg10) {
    lines.push(
      "- **Closed loop.** With N connections each waiting for its answer, the mean latency is N ÷ req/s (Little's law), so a p99 of 5 ms at " +
        `10 connections needs well over 2,000 req/s. \`/healthz\` itself, on Postgres at 10 connections, answers ${rate(pg10.perSecond)} req/s with a p99 of ${ms(pg10.p99)} ms here.`,
    );
  }
  for (const database of ['postgres', 'pglite'] as const) {
    const connections = Math.max(...all.filter((s) => s.cell.database === database).map((s) => s.cell.connections));
    const token = find(database, 'token', connections);
    const me = find(database, 'me', connections);
    if (!token || connections <= 10) continue;
    lines.push(
      `- **${database}, ${connections} connections.** ${connections} ÷ ${rate(token.perSecond)} req/s makes a mean wait of ${ms((1000 * connections) / token.perSecond)} ms ` +
        `per token (measured p50 ${ms(token.p50)} ms, p99 ${ms(token.p99)} ms)` +
        (me ? `; the cookie lookup alone reaches p99 ${ms(me.p99)} ms, max ${ms(me.max)} ms in the same run` : '') +
        '. The tail is the queue of a server that is saturated, and it shrinks only as the CPU per request does.',
    );
  }
  return lines;
}

function ratios(all: Summary[]) {
  const rows: string[] = [];
  for (const s of all.filter((x) => x.cell.target === 'token')) {
    const same = (target: TargetKey) =>
      all.find((x) => x.cell.target === target && x.cell.database === s.cell.database && x.cell.connections === s.cell.connections);
    const health = same('healthz');
    const me = same('me');
    rows.push(
      `| ${where(s)} | ${rate(s.perSecond)} | ${times(s.perSecond / (health?.perSecond ?? Number.NaN))} | ${times(s.perSecond / (me?.perSecond ?? Number.NaN))} | ` +
        `${times(s.p99 / (health?.p99 ?? Number.NaN))} | ${times(s.serverMs / (health?.serverMs ?? Number.NaN))} |`,
    );
  }
  return rows;
}

export function markdown(facts: Facts, cells: Cell[]) {
  const all = cells.map(summarize);
  const order = (s: Summary) => `${s.cell.connections.toString().padStart(4, '0')}-${s.cell.database ?? 'zz'}-${Object.keys(TARGET_LABELS).indexOf(s.cell.target)}`;
  const sorted = [...all].sort((a, b) => order(a).localeCompare(order(b)));
  return [
    '# bench/token — the token route against its controls',
    '',
    `Run ${facts.when} on ${facts.machine}, Node ${facts.node}, LiveKit ${facts.livekit}` +
      (facts.postgres ? `, Postgres ${facts.postgres}` : '') +
      `. Load average (1 / 5 / 15 min) ${load(facts.loadBefore)} before, ${load(facts.loadAfter)} after; ${fixed(facts.minutes, 1)} minutes in all. ` +
      `Each cell is closed-loop load from autocannon (every connection sends its next request when the last one answered) on ` +
      '`server/dist/main.js` (the production build, under plain `node`) in its own process (`NODE_ENV=production`, `LOG_LEVEL=warn`), one per database, both running throughout, ' +
      `with LiveKit running (the room is made on open; a token asks LiveKit for nothing). ${facts.rounds} ${facts.rounds === 1 ? 'round' : 'rounds'} of ${facts.seconds} s per cell ` +
      `after one ${facts.warmupSeconds} s warm-up each; within a round the cells take turns, each round starting at another one, ` +
      `so a burst of other work on the machine lands on routes and controls alike. Connections take turns over ${facts.members} members ` +
      'of one group, each with her own cookie, all past every step of the gate.',
    '',
    '## Targets (issue 12)',
    '',
    ...targets(all),
    '',
    '## Reading',
    '',
    ...reading(all),
    '',
    '## Ratios',
    '',
    '| database | connections | token req/s | req/s ÷ `/healthz` | req/s ÷ `/api/auth/me` | p99 ÷ `/healthz` p99 | server CPU per request ÷ `/healthz` |',
    '|---|---|---|---|---|---|---|',
    ...ratios(all),
    '',
    '## Every cell',
    '',
    'Latency in ms over every 2xx answer of the cell (nearest rank); *failed* counts non-2xx answers, socket errors and timeouts (10 s).',
    '',
    '| database | connections | route | req/s | p50 | p90 | p99 | max | answered | failed |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...sorted.map(
      (s) =>
        `| ${where(s)} | ${TARGET_LABELS[s.cell.target]} | ${rate(s.perSecond)} | ${ms(s.p50)} | ${ms(s.p90)} | ${ms(s.p99)} | ${ms(s.max)} | ` +
        `${s.cell.tally.ok.toLocaleString('en-US')} | ${failures(s)} |`,
    ),
    '',
    '## Where the time goes',
    '',
    'CPU per answered request, ms: the server process (on PGlite the database runs in it), LiveKit, and every process named ' +
      "postgres on the machine (the server's backends, but also anyone else's), all read from /proc. Statements per request are " +
      'what the server sent to Postgres (counted by the probe bench/live preloads; PGlite runs the same code and is not counted). ' +
      "A request still in flight when a chunk ends has run some of its statements but is not answered, so at 100 connections these per-answer figures read a little high (by up to a hundred requests a chunk); the server's own background work (the door's reconcile pass each second) adds about two statements a second. " +
      'The split is the share of both cores during the cell: *clients* is this process (autocannon), *anything else* is busy time of ' +
      'none of these — other work on the shared machine.',
    '',
    '| database | connections | route | server CPU | LiveKit CPU | Postgres CPU | statements (+ begin/commit) | server % | clients % | LiveKit % | Postgres % | anything else % |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...sorted.map(
      (s) =>
        `| ${where(s)} | ${TARGET_LABELS[s.cell.target]} | ${ms(s.serverMs)} | ${ms(s.livekitMs)} | ${ms(s.postgresMs)} | ` +
        `${s.cell.database === 'postgres' ? `${fixed(s.statements, 2)} (+ ${fixed(s.transactions, 2)})` : '—'} | ` +
        `${fixed(s.split.server, 0)} | ${fixed(s.split.clients, 0)} | ${fixed(s.split.livekit, 0)} | ${fixed(s.split.postgres, 0)} | ${fixed(s.split.others, 0)} |`,
    ),
    '',
  ].join('\n');
}
