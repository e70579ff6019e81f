import { afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person, query, requireLivekit, type Harness } from '../../../test/harness.js';
import { confirmPrivacy, createGroup, join, publish, scheduleSession, signCurrent } from '../../../test/fixtures.js';
import { connected, liveClient, listen, nextState, type LiveClient } from '../../../test/live-client.js';

const CONTACT = { name: 'Bo Partner', reach: '+49 30 1234567' };
const WHERE = 'Leeds, West Yorkshire';

const sockets: LiveClient[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

/**
 * Fran's listed group with the safety check on: Mina came through a request to join (with an
 * emergency contact), Maya by invite; a session is scheduled and both have signed.
 */
async function scene(h: Harness, safetyCheck = true) {
  const fran = await Person.signUp(h.app, 'Fran Facilitator');
  const { id: groupId } = await createGroup(fran, { listedInDirectory: true });
  await publish(fran, groupId);
  const mina = await Person.signUp(h.app, 'Mina Member');
  const asked = await mina.request('POST', `/api/groups/${groupId}/join-requests`, {
    answers: ['To feel less alone', 'Tuesdays'],
    emergencyContact: CONTACT,
    consentToContact: true,
  });
  expect(asked.statusCode).toBe(201);
  expect((await fran.request('POST', `/api/groups/${groupId}/join-requests/${asked.json().id}/decision`, { decision: 'accept' })).statusCode).toBe(200);
  const maya = await join(h.app, fran, groupId, 'Maya Member');
  for (const p of [mina, maya]) await signCurrent(p, groupId);
  if (safetyCheck) expect((await fran.request('PATCH', `/api/groups/${groupId}/safety-check`, { on: true })).json()).toEqual({ on: true });
  const { id: sessionId } = await scheduleSession(fran, groupId);
  return { fran, mina, maya, groupId, sessionId };
}

const privacy = (p: Person, sessionId: string, extra: Record<string, unknown>) =>
  p.request('POST', `/api/sessions/${sessionId}/privacy-check`, { privateSpace: true, headphones: true, ...extra });
const sealedLocations = async (h: Harness, sessionId: string) =>
  (await query<{ sealed_location: string | null }>(h.app, sql`select sealed_location from privacy_checks where session_id = ${sessionId}`)).map(
    (r) => r.sealed_location,
  );

describeEachDatabase('the per-session safety check', (h) => {
  requireLivekit();

  it('is a facilitator’s setting, validated, and off until she turns it on', async () => {
    const { fran, maya, groupId } = await scene(h, false);
    expect((await fran.request('GET', `/api/groups/${groupId}`)).json().safetyCheck).toBe(false);
    expect((await maya.request('PATCH', `/api/groups/${groupId}/safety-check`, { on: true })).json().code).toBe('FORBIDDEN');
    for (const body of [{ on: 'yes' }, {}, { on: true, extra: 1 }, { on: null }]) {
      expect((await fran.request('PATCH', `/api/groups/${groupId}/safety-check`, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await fran.request('GET', `/api/groups/${groupId}`)).json().safetyCheck).toBe(false);
    expect((await fran.request('PATCH', `/api/groups/${groupId}/safety-check`, { on: true })).statusCode).toBe(200);
    expect((await fran.request('GET', `/api/groups/${groupId}`)).json().safetyCheck).toBe(true);
    expect((await fran.request('PATCH', '/api/groups/00000000-0000-4000-8000-000000000000/safety-check', { on: true })).json().code).toBe('NOT_A_MEMBER');
  });

  it('asks each member where she is at the privacy step, refuses a bad answer, and seals the good one', async () => {
    const { fran, mina, sessionId } = await scene(h);
    const gate = async (p: Person) => (await p.request('GET', `/api/sessions/${sessionId}`)).json();
    expect(await gate(mina)).toMatchObject({ next: 'privacy', askLocation: true });
    expect((await gate(fran)).askLocation).toBe(false);

    for (const location of [undefined, '', ' ', 'L', 'Leeds\u0000', 'Leeds\nUK', 'x'.repeat(121), 42]) {
      const res = await privacy(mina, sessionId, location === undefined ? {} : { location });
      expect(res.statusCode, JSON.stringify(location)).toBe(400);
      const error = res.json();
      expect(error.code).toBe('VALIDATION_FAILED');
      // The schema says which field; a missing answer the service asks for says it in its details.
      expect(error.field ?? error.details?.field).toBe('body.location');
    }
    expect(await sealedLocations(h, sessionId)).toEqual([]);
    expect((await gate(mina)).next).toBe('privacy');

    expect((await privacy(mina, sessionId, { location: `  ${WHERE} ` })).statusCode).toBe(204);
    expect((await gate(mina)).next).toBe('wait_for_open');
    const [stored] = await sealedLocations(h, sessionId);
    expect(stored).toMatch(/^v2\./);
    expect(stored).not.toContain('Leeds');
    // The facilitator is not asked.
    expect((await confirmPrivacy(fran, sessionId)).statusCode).toBe(204);
    expect((await gate(fran)).next).toBe('wait_for_open');
  });

  it('with the check off keeps no location, and once it is on an earlier check without one does not count', async () => {
    const { fran, mina, groupId, sessionId } = await scene(h, false);
    expect((await privacy(mina, sessionId, { location: WHERE })).statusCode).toBe(204);
    expect(await sealedLocations(h, sessionId)).toEqual([null]);
    expect((await mina.request('GET', `/api/sessions/${sessionId}`)).json()).toMatchObject({ next: 'wait_for_open', askLocation: false });
    await fran.request('PATCH', `/api/groups/${groupId}/safety-check`, { on: true });
    expect((await mina.request('GET', `/api/sessions/${sessionId}`)).json()).toMatchObject({ next: 'privacy', askLocation: true });
  });

  it('shows the facilitators where each member is beside her emergency contact, and nobody else ever', async () => {
    const { fran, mina, maya, groupId, sessionId } = await scene(h);
    await privacy(mina, sessionId, { location: WHERE });
    await privacy(maya, sessionId, { location: 'Somewhere else' });
    await privacy(maya, sessionId, { location: 'Bristol' });
    await confirmPrivacy(fran, sessionId);

    const seen = await fran.request('GET', `/api/sessions/${sessionId}/safety`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual({
      safetyCheck: true,
      people: [
        { userId: maya.id, displayName: 'Maya Member', location: 'Bristol', emergencyContact: null },
        { userId: mina.id, displayName: 'Mina Member', location: WHERE, emergencyContact: CONTACT },
      ],
    });

    // Members: refused, and none of it in anything the server sends them, over HTTP or the live channel.
    for (const p of [mina, maya]) {
      const res = await p.request('GET', `/api/sessions/${sessionId}/safety`);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await fran.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
    const secrets = [WHERE, 'Leeds', 'Bristol', CONTACT.name, CONTACT.reach];
    const base = h.app.server.listening ? `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}` : await listen(h.app);
    const panel = liveClient(base, mina, sessionId);
    sockets.push(panel);
    const payloads: string[] = [JSON.stringify(await connected(panel))];
    const bothHere = nextState(panel, (s) => s.present.length === 2);
    const other = liveClient(base, maya, sessionId);
    sockets.push(other);
    await connected(other);
    payloads.push(JSON.stringify(await bothHere));
    for (const url of [`/api/sessions/${sessionId}`, `/api/groups/${groupId}`, `/api/groups/${groupId}/membership`, `/api/sessions/${sessionId}/farewells`]) {
      payloads.push((await mina.request('GET', url)).body);
    }
    payloads.push((await mina.request('POST', `/api/sessions/${sessionId}/token`)).body);
    for (const payload of payloads) for (const secret of secrets) expect(payload).not.toContain(secret);

    // A co-facilitator sees it while she is one; demoted, she does not.
    expect((await fran.request('PATCH', `/api/groups/${groupId}/members/${maya.id}`, { role: 'co_facilitator' })).statusCode).toBe(204);
    expect((await maya.request('GET', `/api/sessions/${sessionId}/safety`)).json().people.map((p: { userId: string }) => p.userId)).toEqual([mina.id]);
    expect((await fran.request('PATCH', `/api/groups/${groupId}/members/${maya.id}`, { role: 'member' })).statusCode).toBe(204);
    expect((await maya.request('GET', `/api/sessions/${sessionId}/safety`)).statusCode).toBe(403);

    // Another group's facilitator, a stranger, an unknown session.
    const stranger = await Person.signUp(h.app, 'Sam Stranger');
    await createGroup(stranger);
    expect((await stranger.request('GET', `/api/sessions/${sessionId}/safety`)).json().code).toBe('NOT_A_MEMBER');
    expect((await fran.request('GET', '/api/sessions/00000000-0000-4000-8000-000000000000/safety')).statusCode).toBe(404);
    expect((await fran.request('GET', '/api/sessions/not-a-uuid/safety')).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: `/api/sessions/${sessionId}/safety` })).statusCode).toBe(401);
  });
});
