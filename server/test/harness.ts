import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import { CSRF_HEADER } from '@hearth/shared';
import { buildApp, type App, type BuildOptions } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { missingService, TEST_LIVEKIT, TEST_POSTGRES_URL } from './services.js';

export type Driver = 'pglite' | 'postgres';

export async function postgresReachable() {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh, empty database for one suite: in-memory PGlite, or a new database on the real Postgres. */
export async function freshDatabase(driver: Driver): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (driver === 'pglite') return { env: { DATA_DIR: 'memory://' }, drop: async () => {} };
  const name = `hearth_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    env: { DATABASE_URL: withDatabase(TEST_POSTGRES_URL, name) },
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The same connection string naming another database (works for socket URLs with an empty host). */
function withDatabase(url: string, database: string) {
  const [base = '', query] = url.split('?');
  return base.replace(/\/[^/]*$/, `/${database}`) + (query ? `?${query}` : '');
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  const livekitUrl = inject('livekitUrl') ?? `ws://127.0.0.1:${TEST_LIVEKIT.port}`;
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://hearth.test',
    LIVEKIT_URL: livekitUrl,
    LIVEKIT_API_KEY: TEST_LIVEKIT.apiKey,
    LIVEKIT_API_SECRET: TEST_LIVEKIT.apiSecret,
    SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
    // Suites sign up many people from one address.
    SIGNUP_RATE_LIMIT_PER_HOUR: '1000',
    // Suites open sessions as facilitators without an authenticator app; the two-step suite turns it on.
    REQUIRE_FACILITATOR_TWO_STEP: 'false',
    ...overrides,
  });
}

export interface Harness {
  app: App;
  driver: Driver;
}

/**
 * Runs a suite once on PGlite and once on a real Postgres, each on an empty database with the
 * migrations applied from scratch, as the issue asks: same schema, same migrations, both tested.
 */
export function describeEachDatabase(name: string, suite: (h: Harness) => void, overrides: Record<string, string> = {}, options: BuildOptions = {}) {
  for (const driver of ['pglite', 'postgres'] as const) {
    describe(`${name} [${driver}]`, async () => {
      if (driver === 'postgres' && !(await postgresReachable())) {
        const why = missingService('PostgreSQL', `nothing answers at ${TEST_POSTGRES_URL}; start it or set TEST_POSTGRES_URL`);
        describe.skip(why, () => {});
        return;
      }
      const h = { driver } as Harness;
      let drop = async () => {};
      beforeAll(async () => {
        const db = await freshDatabase(driver);
        drop = db.drop;
        h.app = await buildApp(testConfig({ ...db.env, ...overrides }), options);
        await h.app.ready();
      });
      afterAll(async () => {
        await h.app?.close();
        await drop();
      });
      suite(h);
    });
  }
}

export function requireLivekit() {
  const url = inject('livekitUrl');
  if (!url) missingService('LiveKit server', 'run `npm run livekit:build`');
  return url;
}

/** A signed-in person talking to the app through inject, as her browser would. */
export class Person {
  cookie = '';
  id = '';
  constructor(
    private readonly app: App,
    readonly email: string,
    readonly displayName: string,
    readonly password = 'correct horse battery',
  ) {}

  static async signUp(app: App, displayName: string) {
    // Letters of her name for the address, never a dot at either end ("Zoë Brontë" is zo.bront).
    const local = displayName
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '');
    const p = new Person(app, `${local}.${randomUUID().slice(0, 8)}@example.test`, displayName);
    const res = await p.request('POST', '/api/auth/signup', { email: p.email, password: p.password, displayName });
    if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.body}`);
    p.id = res.json().id;
    return p;
  }

  async request(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.inject({
      method,
      url,
      headers: { [CSRF_HEADER]: '1', ...(this.cookie ? { cookie: `hearth_session=${this.cookie}` } : {}), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const set = res.cookies.find((c) => c.name === 'hearth_session');
    if (set) this.cookie = set.value;
    return res;
  }
}

/** Rows of a raw query; both drivers answer `{ rows }`. */
export async function query<T = Record<string, unknown>>(app: App, statement: SQL): Promise<T[]> {
  return ((await app.db.execute(statement)) as { rows: T[] }).rows;
}
