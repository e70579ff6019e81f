import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDrizzleJson, generateMigration, type DrizzleSnapshotJSON } from 'drizzle-kit/api';
import { MIGRATIONS_FOLDER } from '../../lib/paths.js';
import * as schema from '../schema.js';

const meta = (file: string): unknown => JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', file), 'utf8'));

/** The snapshot drizzle-kit wrote with the newest migration: the tables as the migrations leave them. */
function newestSnapshot(): DrizzleSnapshotJSON {
  const { entries } = meta('_journal.json') as { entries: { idx: number }[] };
  const newest = entries.at(-1);
  if (!newest) throw new Error('migrations/meta/_journal.json lists no migration');
  return meta(`${String(newest.idx).padStart(4, '0')}_snapshot.json`) as DrizzleSnapshotJSON;
}

it('is what the migrations build: a schema change ships with the migration npm run db:generate writes', async () => {
  const migrated = newestSnapshot();
  const declared = generateDrizzleJson(schema, migrated.id, undefined, 'snake_case');
  expect(await generateMigration(migrated, declared)).toEqual([]);
});
