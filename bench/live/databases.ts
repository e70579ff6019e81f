/**
 * Throwaway databases on the local Postgres (peer authentication over its Unix socket, as the test
 * harness does): one made through Hearth's migrations and API, then copied per configuration with
 * CREATE DATABASE … TEMPLATE, which takes a moment instead of a second round of sign-ups.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TEST_POSTGRES_URL } from '../../server/test/services.js';
import type { Cleanup } from './cleanup.js';

export async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The same connection string naming another database (socket URLs have an empty host). */
function withDatabase(url: string, database: string) {
  const [base = '', query] = url.split('?');
  return base.replace(/\/[^/]*$/, `/${database}`) + (query ? `?${query}` : '');
}

export interface Database {
  name: string;
  url: string;
}

/** A new database, empty or copied from `template` (which nobody may be connected to), dropped on cleanup. */
export async function createDatabase(cleanup: Cleanup, template?: Database): Promise<Database> {
  const name = `hearth_bench_live_${randomUUID().replaceAll('-', '')}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`create database ${name}${template ? ` template ${template.name}` : ''}`);
      break;
    } catch (err) {
      // A backend of a pool that was just closed may still be leaving the template database.
      if (attempt >= 10 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  cleanup.database(TEST_POSTGRES_URL, name);
  cleanup.add(`database ${name}`, async () => {
    await adminQuery(`drop database if exists ${name} with (force)`);
  });
  return { name, url: withDatabase(TEST_POSTGRES_URL, name) };
}

/** The version and the settings that decide what a commit costs. */
export async function postgresFacts() {
  const setting = async (name: string) => String((await adminQuery(`show ${name}`)).rows[0]?.[name] ?? 'unknown');
  return `${await setting('server_version')} (fsync ${await setting('fsync')}, synchronous_commit ${await setting('synchronous_commit')})`;
}
