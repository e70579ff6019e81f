import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { requireLivekit, testConfig, Person } from './harness.js';
import { AGREEMENT_V1, confirmPrivacy, createGroup, invite, publish, scheduleSession, signCurrent } from './fixtures.js';

describe('what the server writes to its logs', () => {
  requireLivekit();
  const lines: string[] = [];
  let app: App;

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await buildApp(testConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'debug' }), { logStream: stream });
    await app.ready();
  });
  afterAll(() => app.close());

  it('holds no email, password, name, agreement text, invite token, cookie or room token through a whole join', async () => {
    const fran = await Person.signUp(app, 'Frederika Privatsphäre');
    const group = await createGroup(fran);
    await publish(fran, group.id);
    const link = await invite(fran, group.id);
    const mina = await Person.signUp(app, 'Wilhelmina Geheim');
    await app.inject({ method: 'GET', url: `/api/invites/${link.token}` });
    await mina.request('POST', `/api/invites/${link.token}/accept`);
    await signCurrent(mina, group.id);
    const session = await scheduleSession(fran, group.id);
    await confirmPrivacy(mina, session.id);
    await fran.request('POST', `/api/sessions/${session.id}/open`);
    const token = (await mina.request('POST', `/api/sessions/${session.id}/token`)).json().token as string;
    await mina.request('POST', '/api/auth/signin', { email: mina.email, password: 'a wrong password here' });

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    for (const secret of [fran.email, mina.email, mina.password, 'Wilhelmina', 'Frederika', AGREEMENT_V1.slice(0, 30), link.token, mina.cookie, token]) {
      expect(log).not.toContain(secret);
    }
  });
});
