import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { requireLivekit, testConfig } from './harness.js';
import { confirmPrivacy, groupWithMember, scheduleSession, signCurrent } from './fixtures.js';
import { connected, liveClient, nextState, type LiveClient } from './live-client.js';
import { missingService } from './services.js';
import { startServerProcess } from './processes.js';
import { until } from './until.js';
import { postgresBinaries, startPrivatePostgres, type PrivatePostgres } from './private-postgres.js';

const PORT_A = 17_803;
const PORT_B = 17_804;
const PG_PORT = 17_805;

describe('a Postgres restart in the middle of a live session', () => {
  const livekitUrl = requireLivekit();
  const bin = postgresBinaries();
  if (!bin) {
    describe.skip(missingService('PostgreSQL server binaries', 'install postgresql (.ci/run does)'), () => {});
    return;
  }
  let pg: PrivatePostgres;
  let setup: App;
  const processes: Awaited<ReturnType<typeof startServerProcess>>[] = [];
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    pg = startPrivatePostgres(bin, PG_PORT);
    setup = await buildApp(testConfig({ DATABASE_URL: pg.url }));
    await setup.ready();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await Promise.all(processes.map((p) => p.kill('SIGKILL')));
    await setup?.close();
    pg?.destroy();
  });

  it('keeps every process up, says so plainly while the database is away, and works again within seconds for everyone', { timeout: 120_000 }, async () => {
    const { facilitator, member, groupId } = await groupWithMember(setup);
    const { id: sessionId } = await scheduleSession(facilitator, groupId);
    await signCurrent(member, groupId);
    for (const p of [facilitator, member]) await confirmPrivacy(p, sessionId);
    await facilitator.request('POST', `/api/sessions/${sessionId}/open`);

    const start = (port: number) => startServerProcess({ DATABASE_URL: pg.url, PORT: port, LIVEKIT_URL: livekitUrl ?? '' });
    const [a, b] = await Promise.all([start(PORT_A), start(PORT_B)]);
    processes.push(a, b);
    // Facilitator and member on different processes: her state has to cross the adapter.
    const fran = liveClient(a.url, facilitator, sessionId);
    const mina = liveClient(b.url, member, sessionId);
    clients.push(fran, mina);
    await Promise.all([connected(fran), connected(mina)]);
    expect(await mina.emitWithAck('hand:raise', {})).toMatchObject({ ok: true });

    pg.stop();
    expect((await fetch(`${a.url}/readyz`)).status).toBe(503);
    expect(await fran.emitWithAck('floor:next', {})).toMatchObject({ ok: false, code: 'DATABASE_UNAVAILABLE' });
    const signIn = await fetch(`${b.url}/api/auth/me`, { headers: { cookie: `hearth_session=${member.cookie}` } });
    expect(signIn.status).toBe(503);
    expect(((await signIn.json()) as { code: string }).code).toBe('DATABASE_UNAVAILABLE');

    pg.start();
    const back = Date.now();
    await until('both processes ready again', async () => (await fetch(`${a.url}/readyz`)).ok && (await fetch(`${b.url}/readyz`)).ok, 15_000);
    // Within seconds a command works again and reaches the member on the other process. (One sent while
    // that process was still re-LISTENing would not reach her: she sees the state of the next one.)
    let autoAdvance = true;
    await until(
      'a command to work and reach her',
      async () => {
        autoAdvance = !autoAdvance;
        const seen = nextState(mina, (s) => s.settings.autoAdvance === autoAdvance, 1_000);
        const ack = await fran.emitWithAck('settings:update', { autoAdvance });
        return (
          ack.ok &&
          (await seen.then(
            () => true,
            () => false,
          ))
        );
      },
      15_000,
    );
    console.log(`postgres restart: commands reach every member again ${Date.now() - back} ms after the database is back`);

    for (const p of [a, b]) expect(p.child.exitCode).toBeNull();
    expect(fran.connected && mina.connected).toBe(true);
  });
});
