import { expect, it } from 'vitest';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema.js';
import { SEALED_COLUMNS } from './reseal.js';

/** Declared in the schema but written by nothing yet. */
const NOT_WRITTEN_YET = new Set<string>([]);

it('rotates every sealed column the schema declares: one left out would stop opening once its old key is dropped', () => {
  const declared = Object.values(schema as Record<string, unknown>)
    .filter((value): value is PgTable => is(value, PgTable))
    .flatMap((table) =>
      Object.keys(getTableColumns(table))
        .filter((column) => /^sealed|Sealed$/.test(column))
        .map((column) => `${getTableName(table)}.${column}`),
    )
    .filter((name) => !NOT_WRITTEN_YET.has(name));
  const rotated = SEALED_COLUMNS.map((spec) => `${getTableName(spec.table)}.${spec.column}`);
  expect(rotated.sort()).toEqual(declared.sort());
});
