import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER } from '../lib/paths.js';
import { describeEachDatabase, query } from '../../test/harness.js';

const EXPECTED_TABLES = [
  'absences',
  'agreement_acceptances',
  'agreements',
  'attendance',
  'audit_log',
  'auth_sessions',
  'auth_throttles',
  'calendar_feeds',
  'checkout_ratings',
  'facilitator_profiles',
  'group_members',
  'groups',
  'invites',
  'join_requests',
  'journal_entries',
  'member_notes',
  'password_resets',
  'pending_sign_ins',
  'privacy_checks',
  'recovery_codes',
  'sealing_canary',
  'session_events',
  'session_notes',
  'session_plans',
  'session_recaps',
  'session_removals',
  'session_state',
  'sessions',
  'socket_io_attachments',
  'turns',
  'two_step_secrets',
  'users',
  'webhook_events',
];

describeEachDatabase('migrations', (h) => {
  it('builds the whole schema on an empty database', async () => {
    const rows = await query<{ table_name: string }>(h.app, sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    expect(rows.map((r) => r.table_name)).toEqual(EXPECTED_TABLES);
  });

  it('applies again as a no-op on a database already migrated', async () => {
    await h.app.database.migrate();
    const rows = await query(h.app, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
    expect(rows[0]).toEqual({ n: journal.entries.length });
  });

  it('answers readiness once the database is reachable', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.json()).toEqual({ ok: true, database: h.driver });
  });
});
