import { and, eq, getTableColumns, getTableName, isNotNull, notLike } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Sealer } from '../../lib/sealing.js';
import type { Db } from '../../db/client.js';
import { absences, journalEntries, joinRequests, memberNotes, privacyChecks, sealingCanary, sessionNotes, sessionRecaps, twoStepSecrets } from '../../db/schema.js';
import { CANARY_CONTEXT } from '../../plugins/sealing.js';
import { memberNoteContext, recapContext, sessionNoteContext } from '../notes/index.js';
import { journalContext } from '../journal/index.js';
import { answersContext, contactContext } from '../join-requests/index.js';
import { absenceNoteContext } from '../absences/index.js';
import { locationContext } from '../safety/index.js';

/** One column of sealed values: where it is, the row's key columns, and the context each value was sealed with. */
export interface SealedColumn {
  table: PgTable;
  /** Property names, as in the drizzle table. */
  column: string;
  keys: readonly string[];
  context: (row: Record<string, string>) => string;
}

/**
 * Every sealed column `npm run db:reseal` rewrites with the current key. A feature that seals a new
 * column adds it here with the same context it seals with; a column missing here keeps its old key's
 * values, which stop opening once that key is dropped from DATA_ENCRYPTION_KEYS_PREVIOUS.
 */
export const SEALED_COLUMNS: SealedColumn[] = [
  { table: sealingCanary, column: 'sealed', keys: ['id'], context: () => CANARY_CONTEXT },
  { table: twoStepSecrets, column: 'secretSealed', keys: ['userId'], context: (r) => r.userId ?? '' },
  { table: sessionNotes, column: 'sealed', keys: ['sessionId'], context: (r) => sessionNoteContext(r.sessionId ?? '') },
  { table: memberNotes, column: 'sealed', keys: ['sessionId', 'memberId'], context: (r) => memberNoteContext(r.sessionId ?? '', r.memberId ?? '') },
  { table: sessionRecaps, column: 'sealed', keys: ['sessionId'], context: (r) => recapContext(r.sessionId ?? '') },
  { table: journalEntries, column: 'sealed', keys: ['id', 'userId'], context: (r) => journalContext(r.id ?? '', r.userId ?? '') },
  { table: absences, column: 'sealedNote', keys: ['sessionId', 'userId'], context: (r) => absenceNoteContext(r.sessionId ?? '', r.userId ?? '') },
  {
    table: joinRequests,
    column: 'sealedAnswers',
    keys: ['groupId', 'userId'],
    context: (r) => answersContext({ groupId: r.groupId ?? '', userId: r.userId ?? '' }),
  },
  {
    table: joinRequests,
    column: 'sealedEmergencyContact',
    keys: ['groupId', 'userId'],
    context: (r) => contactContext({ groupId: r.groupId ?? '', userId: r.userId ?? '' }),
  },
  {
    table: privacyChecks,
    column: 'sealedLocation',
    keys: ['sessionId', 'userId'],
    context: (r) => locationContext(r.sessionId ?? '', r.userId ?? ''),
  },
];

/**
 * Rewrites every value not sealed with the current key. A row changed meanwhile (its value no longer
 * the one read) is left as it is: whoever changed it sealed it with the current key already.
 * Throws on a value no configured key opens, naming only the table.
 */
export async function resealAll(db: Db, sealer: Sealer, columns: SealedColumn[] = SEALED_COLUMNS) {
  const counts: Record<string, number> = {};
  for (const spec of columns) {
    const all = getTableColumns(spec.table);
    const sealed = all[spec.column];
    if (!sealed) throw new Error(`no column ${spec.column}`);
    const keyColumns = Object.fromEntries(spec.keys.map((k) => [k, all[k]!]));
    const rows = (await db
      .select({ value: sealed, ...keyColumns })
      .from(spec.table)
      .where(and(isNotNull(sealed), notLike(sealed, `v2.${sealer.currentKeyId}.%`)))) as Array<Record<string, string>>;
    const name = `${getTableName(spec.table)}.${spec.column}`;
    counts[name] = 0;
    for (const row of rows) {
      let next: string;
      try {
        next = sealer.reseal(row.value ?? '', spec.context(row));
      } catch {
        throw new Error(`${name}: a value no configured key opens; keep its key in DATA_ENCRYPTION_KEYS_PREVIOUS`);
      }
      const where = and(eq(sealed, row.value), ...spec.keys.map((k) => eq(all[k]!, row[k])));
      await db
        .update(spec.table)
        .set({ [spec.column]: next })
        .where(where);
      counts[name] += 1;
    }
  }
  return counts;
}
