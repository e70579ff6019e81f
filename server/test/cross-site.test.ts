import { expect, it } from 'vitest';
import { describeEachDatabase, Person, requireLivekit } from './harness.js';
import { groupWithMember, scheduleSession } from './fixtures.js';

/**
 * A cross-site form or script can choose the URL's spelling, a text/plain body and its own Origin,
 * but not our header. Whatever the spelling reaches, the write must be refused and change nothing.
 */
const spellings = (path: string) => [
  path,
  path.replace('/api/', '/%61pi/'),
  path.replace('/api/', '/%61%70%69/'),
  path.replace('/api/', '//api/'),
  path.replace('/api/', '/api//'),
  path.replace('/api/', '/./api/'),
  path.replace('/api/', '/api/./'),
  path.replace('/api/', '/x/../api/'),
  path.replace('/api/', '/API/'),
  path.replace('/api/', '/Api/'),
  `${path}/`,
  `${path}?via=form`,
  `${path};x=1`,
  path.replace('/api/', '/api%2F'),
];

describeEachDatabase('the same-site check on every spelling of a write', (h) => {
  async function openSession() {
    requireLivekit();
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const session = await scheduleSession(facilitator, groupId);
    expect((await facilitator.request('POST', `/api/sessions/${session.id}/open`)).statusCode).toBe(200);
    return { facilitator, member, sessionId: session.id };
  }

  const crossSite = (person: Person, url: string) =>
    h.app.inject({
      method: 'POST',
      url,
      headers: { cookie: `hearth_session=${person.cookie}`, origin: 'https://evil.example', 'content-type': 'text/plain' },
      payload: 'x=1',
    });

  it('refuses ending a session from another site, however the URL is spelled', async () => {
    const { facilitator, sessionId } = await openSession();
    for (const url of spellings(`/api/sessions/${sessionId}/end`)) {
      const res = await crossSite(facilitator, url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('CROSS_SITE_REQUEST');
    }
    const after = await facilitator.request('GET', `/api/sessions/${sessionId}`);
    expect(after.json().session.status).toBe('open');
  });

  it('refuses signing out from another site, however the URL is spelled', async () => {
    const anna = await Person.signUp(h.app, 'Anna Spelling');
    for (const url of spellings('/api/auth/signout')) {
      const res = await crossSite(anna, url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('CROSS_SITE_REQUEST');
    }
    expect((await anna.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses a same-origin-looking write without our header on every method', async () => {
    const anna = await Person.signUp(h.app, 'Anna Methods');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await h.app.inject({ method, url: '/%61pi/auth/signout', headers: { cookie: `hearth_session=${anna.cookie}` } });
      expect(res.statusCode, method).toBe(403);
    }
    expect((await anna.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });
});
