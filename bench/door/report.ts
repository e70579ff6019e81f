/** The markdown bench/door/RESULTS.md holds: two tables and a reading of the largest configuration. */
import type { Summary } from './measure.js';
import type { RunFacts } from '../live/entry.js';

export interface Row {
  database: 'pglite' | 'postgres';
  rooms: number;
  people: number;
  pass: Summary;
  control: Summary;
}

export interface Facts extends RunFacts {
  passes: number;
  warmup: number;
}

const INTERVAL_MS = 1000;
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const cpu = (micros: number) => ms(micros / 1000);
const pct = (v: number) => `${((100 * v) / INTERVAL_MS).toFixed(1)} %`;
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
const label = (r: Row) => `${r.database} | ${r.rooms} × ${r.people}`;
const statements = (s: Summary['statements']) => (s.min === s.max ? String(s.min) : `${s.min}–${s.max}`);

function reading(rows: Row[]) {
  const largest = (database: Row['database']) => rows.filter((r) => r.database === database).sort((a, b) => b.rooms * 10 + b.people - (a.rooms * 10 + a.people))[0];
  return (
    (['pglite', 'postgres'] as const)
      .map(largest)
      .filter((r): r is Row => r !== undefined)
      .map(
        (r) =>
          `On ${r.database}, at ${r.rooms} rooms × ${r.people} people a pass takes ${ms(r.pass.median)} ms (p95 ${ms(r.pass.p95)} ms), ` +
          `${pct(r.pass.median)} of the ${INTERVAL_MS} ms interval (p95 ${pct(r.pass.p95)}), ` +
          `${(r.pass.median / r.control.median).toFixed(1)}× one bare \`listRooms\` (${ms(r.control.median)} ms); ` +
          `it costs this process ${cpu(r.pass.cpuMicros)} ms of CPU (${pct(r.pass.cpuMicros / 1000)} of one core at one pass a second), LiveKit ${cpu(r.pass.livekitMicros)} ms` +
          (r.database === 'postgres' ? ` and Postgres ${cpu(r.pass.postgresMicros)} ms` : '') +
          `, with ${statements(r.pass.statements)} statements.`,
      )
      .join(' ') + ` ${perRoom(rows)}`
  );
}

/** What one more room adds, from the fewest to the most rooms at the most people. */
function perRoom(rows: Row[]) {
  const people = Math.max(...rows.map((r) => r.people));
  return (['pglite', 'postgres'] as const)
    .flatMap((database) => {
      const same = rows.filter((r) => r.database === database && r.people === people).sort((a, b) => a.rooms - b.rooms);
      const [few, many] = [same[0], same[same.length - 1]];
      if (!few || !many || few.rooms === many.rooms) return [];
      const slope = (many.pass.median - few.pass.median) / (many.rooms - few.rooms);
      if (slope <= 0) return [];
      return [`${ms(slope)} ms on ${database} (rooms are checked one after another, so about ${Math.round(INTERVAL_MS / slope)} would fill the interval)`];
    })
    .map((text, i, all) => (i === 0 ? `Each further room of ${people} adds about ` : '') + text + (i === all.length - 1 ? '.' : ', '))
    .join('');
}

export function markdown(facts: Facts, rows: Row[]) {
  const lines = [
    '# bench/door — the cost of one reconcile pass',
    '',
    `Run ${facts.when} on ${facts.machine}, Node ${facts.node}, LiveKit ${facts.livekit}` +
      (facts.postgres ? `, Postgres ${facts.postgres}` : '') +
      `. Load average (1 / 5 / 15 min) ${load(facts.loadBefore)} before, ${load(facts.loadAfter)} after. ` +
      `${facts.passes} timed passes per configuration after ${facts.warmup} warm-up passes, each beside one control call ` +
      '(`listRooms` alone), alternating which goes first. A configuration is *rooms × people*: open sessions ' +
      'whose LiveKit rooms exist, each holding that many members connected with @livekit/rtc-node who passed the gate; ' +
      'every pass was checked to find exactly those rooms and people and remove nobody.',
    '',
    '## Time',
    '',
    `| database | rooms × people | pass median (p95), ms | control median (p95), ms | pass / control (medians) | share of a ${INTERVAL_MS} ms interval, median (p95) |`,
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${label(r)} | ${ms(r.pass.median)} (${ms(r.pass.p95)}) | ${ms(r.control.median)} (${ms(r.control.p95)}) | ` +
        `${(r.pass.median / r.control.median).toFixed(1)} | ${pct(r.pass.median)} (${pct(r.pass.p95)}) |`,
    ),
    '',
    '## CPU and statements',
    '',
    'Mean CPU per call, ms. *This process* is the app and, on pglite, the database too (PGlite runs in it); ' +
      'the participants are in a child process and not counted. LiveKit and the Postgres backends of the ' +
      "app's database are read from /proc (schedstat), so they include whatever else those processes did meanwhile.",
    '',
    '| database | rooms × people | pass: this process | pass: LiveKit | pass: Postgres | control: this process | control: LiveKit | statements per pass |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${label(r)} | ${cpu(r.pass.cpuMicros)} | ${cpu(r.pass.livekitMicros)} | ` +
        `${r.database === 'postgres' ? cpu(r.pass.postgresMicros) : '—'} | ${cpu(r.control.cpuMicros)} | ${cpu(r.control.livekitMicros)} | ` +
        `${statements(r.pass.statements)} |`,
    ),
    '',
    'Statements by construction (`server/src/features/door`): one `sessionsByRoom` per pass, then per room with ' +
      'anyone in it five (the current agreement, then members, acceptances, privacy checks and removals together); ' +
      'an empty room costs one `listParticipants` and no statement. So 1 + 5 × rooms with people, as counted.',
    '',
    '## Reading',
    '',
    reading(rows),
    '',
  ];
  return lines.join('\n');
}
