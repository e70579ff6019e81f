import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER } from '@hearth/shared';
import { buildApp, type App } from '../../app.js';
import { ConfigError, loadConfig } from '../../config.js';
import { createSealer } from '../../lib/sealing.js';
import { freshDatabase, Person, postgresReachable, query, requireLivekit, testConfig, type Driver } from '../../../test/harness.js';
import { groupWithMember, scheduleSession } from '../../../test/fixtures.js';
import { missingService, TEST_POSTGRES_URL } from '../../../test/services.js';
import { resealAll } from './reseal.js';

const KEY_A = 'the key this deployment first started with (32+)';
const KEY_B = 'the key it rotates to after a year: also 32+ long';
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

const put = (app: App, person: Person, url: string, payload: object) =>
  app.inject({ method: 'PUT', url, headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${person.cookie}` }, payload });

/** The real entry point (`server/src/main.ts`) on this database: how it exits and what it says. */
function startProcess(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        PUBLIC_URL: 'http://hearth.test',
        LOG_LEVEL: 'silent',
        CLIENT_DIST: '/nonexistent',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

for (const driver of ['pglite', 'postgres'] as Driver[]) {
  describe(`the data encryption key at start-up and in rotation [${driver}]`, async () => {
    requireLivekit();
    if (driver === 'postgres' && !(await postgresReachable())) {
      describe.skip(missingService('PostgreSQL', `nothing answers at ${TEST_POSTGRES_URL}`), () => {});
      return;
    }
    let env: Record<string, string> = {};
    let drop = async () => {};
    let dir = '';
    beforeAll(async () => {
      if (driver === 'pglite') {
        // On disk: the same database across several starts, as an operator's.
        dir = mkdtempSync(joinPath(tmpdir(), 'hearth-keys-'));
        env = { DATA_DIR: dir };
      } else {
        const db = await freshDatabase('postgres');
        env = db.env;
        drop = db.drop;
      }
    });
    afterAll(async () => {
      await drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const start = (keys: { DATA_ENCRYPTION_KEY: string; DATA_ENCRYPTION_KEYS_PREVIOUS?: string }) => buildApp(testConfig({ ...env, ...keys }));

    it('refuses to start with a wrong key, naming the variable; keeps notes readable through a rotation and a reseal', async () => {
      // First start, key A: a facilitator's note and a member's journal entry are sealed with it.
      let app = await start({ DATA_ENCRYPTION_KEY: KEY_A });
      const { facilitator, member, groupId } = await groupWithMember(app);
      const { id: sessionId } = await scheduleSession(facilitator, groupId);
      await facilitator.request('POST', `/api/sessions/${sessionId}/end`);
      expect((await put(app, facilitator, `/api/sessions/${sessionId}/notes/members/${member.id}`, { body: 'Written under key A' })).statusCode).toBe(204);
      const entry = (await member.request('POST', '/api/journal', { sessionId, resonated: 'Mine, under key A' })).json();
      await app.close();

      // A wrong key: the app refuses to build, with a message that names the variable and nothing secret.
      const wrong = await start({ DATA_ENCRYPTION_KEY: KEY_B }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(wrong).toBeInstanceOf(ConfigError);
      expect(String((wrong as Error).message)).toMatch(/^DATA_ENCRYPTION_KEY cannot open what this database holds/);
      expect(String((wrong as Error).message)).not.toContain(KEY_B);

      // And the real process exits 1 saying so (stderr), as an operator would see it.
      const run = await startProcess({ ...env, DATA_ENCRYPTION_KEY: KEY_B, LIVEKIT_URL: 'ws://127.0.0.1:1' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('DATA_ENCRYPTION_KEY cannot open what this database holds');
      expect(run.stderr).not.toContain(KEY_B);

      // Rotation: B seals, A only opens. Old words read as before; new ones are sealed with B.
      app = await start({ DATA_ENCRYPTION_KEY: KEY_B, DATA_ENCRYPTION_KEYS_PREVIOUS: KEY_A });
      const reread = (person: Person, method: 'GET', url: string) =>
        app.inject({ method, url, headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${person.cookie}` } });
      expect((await reread(facilitator, 'GET', `/api/sessions/${sessionId}/notes`)).json().members[0].note.body).toBe('Written under key A');
      expect((await reread(member, 'GET', '/api/journal')).json()[0].resonated).toBe('Mine, under key A');
      await put(app, facilitator, `/api/sessions/${sessionId}/recap`, { body: 'Written under key B' });
      const idB = createSealer(KEY_B).currentKeyId;
      const idA = createSealer(KEY_A).currentKeyId;
      const sealedValues = async () =>
        query<{ sealed: string }>(
          app,
          sql`select sealed from member_notes union all select sealed from session_recaps union all select sealed from journal_entries union all select sealed from sealing_canary`,
        );
      expect((await sealedValues()).map((r) => r.sealed.split('.')[1]).sort()).toEqual([idA, idA, idA, idB].sort());

      // The reseal rewrites every value with B; then A can go.
      const counts = await resealAll(app.db, app.sealer);
      expect(counts).toMatchObject({ 'member_notes.sealed': 1, 'journal_entries.sealed': 1, 'sealing_canary.sealed': 1, 'session_recaps.sealed': 0 });
      expect((await sealedValues()).every((r) => r.sealed.startsWith(`v2.${idB}.`))).toBe(true);
      await app.close();

      app = await start({ DATA_ENCRYPTION_KEY: KEY_B });
      expect((await reread(facilitator, 'GET', `/api/sessions/${sessionId}/notes`)).json().members[0].note.body).toBe('Written under key A');
      expect((await reread(member, 'GET', '/api/journal')).json()).toEqual([expect.objectContaining({ id: entry.id, resonated: 'Mine, under key A' })]);
      await app.close();

      // Key A alone no longer opens this database.
      await expect(start({ DATA_ENCRYPTION_KEY: KEY_A })).rejects.toThrow(/DATA_ENCRYPTION_KEY cannot open/);
    }, 120_000);
  });
}

describe('DATA_ENCRYPTION_KEYS_PREVIOUS', () => {
  it('takes comma-separated keys of 32+ characters, and names itself when one is short', () => {
    expect(loadConfig({ DATA_ENCRYPTION_KEYS_PREVIOUS: ` ${KEY_A} , ${KEY_B},` }).DATA_ENCRYPTION_KEYS_PREVIOUS).toEqual([KEY_A, KEY_B]);
    expect(loadConfig({}).DATA_ENCRYPTION_KEYS_PREVIOUS).toEqual([]);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEYS_PREVIOUS: `${KEY_A},short` })).toThrow(/DATA_ENCRYPTION_KEYS_PREVIOUS/);
  });
});
