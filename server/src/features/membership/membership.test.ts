import { afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, query, requireLivekit, type Harness, type Person } from '../../../test/harness.js';
import { confirmPrivacy, groupWithMember, signCurrent } from '../../../test/fixtures.js';
import { listen, liveClient, refusal, type LiveClient } from '../../../test/live-client.js';
import { openLiveSession } from '../../../test/live-session.js';

const open: LiveClient[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.disconnect();
});

const DAY = 86_400_000;

async function schedule(facilitator: Person, groupId: string, daysAhead: number) {
  const res = await facilitator.request('POST', `/api/groups/${groupId}/sessions`, { scheduledStart: new Date(Date.now() + daysAhead * DAY).toISOString() });
  if (res.statusCode !== 201) throw new Error(`schedule failed: ${res.body}`);
  return (res.json() as { id: string }).id;
}

const overview = async (person: Person, groupId: string) => (await person.request('GET', `/api/groups/${groupId}/membership`)).json();
const statusOf = async (h: Harness, groupId: string, userId: string) =>
  (await query<{ status: string }>(h.app, sql`select status from group_members where group_id = ${groupId} and user_id = ${userId}`))[0]?.status;
const actions = async (h: Harness, groupId: string) =>
  (await query<{ action: string }>(h.app, sql`select action from audit_log where group_id = ${groupId} order by at`)).map((r) => r.action);

async function end(facilitator: Person, sessionId: string) {
  expect((await facilitator.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
  expect((await facilitator.request('POST', `/api/sessions/${sessionId}/end`)).statusCode).toBe(200);
}

describeEachDatabase('leaving well', (h) => {
  requireLivekit();

  it('moves her from active to leaving with her third session as her last, and to left once it has ended', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    await signCurrent(member, groupId);
    const sessions = [await schedule(facilitator, groupId, 1), await schedule(facilitator, groupId, 2), await schedule(facilitator, groupId, 3)];
    const fourth = await schedule(facilitator, groupId, 4);
    expect((await overview(member, groupId)).noticeSessions).toBe(3);

    expect((await member.request('POST', `/api/groups/${groupId}/membership/leaving`)).statusCode).toBe(204);
    const seen = await overview(facilitator, groupId);
    expect(seen.leaving).toEqual([expect.objectContaining({ userId: member.id, firstName: 'Mina', finalSession: expect.objectContaining({ id: sessions[2] }) })]);
    expect((await overview(member, groupId)).me).toEqual({ status: 'leaving', role: 'member' });
    expect((await member.request('GET', `/api/sessions/${sessions[2]}/farewells`)).json()).toEqual({ leaving: [{ userId: member.id, firstName: 'Mina' }] });
    expect((await member.request('GET', `/api/sessions/${sessions[1]}/farewells`)).json()).toEqual({ leaving: [] });
    const again = await member.request('POST', `/api/groups/${groupId}/membership/leaving`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ALREADY_LEAVING');

    // Still in the group until her last session: she may read it and join its sessions.
    await end(facilitator, sessions[0]!);
    expect(await statusOf(h, groupId, member.id)).toBe('leaving');
    expect((await member.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(200);
    expect((await member.request('GET', '/api/groups')).json().map((g: { id: string }) => g.id)).toContain(groupId);

    await end(facilitator, sessions[2]!);
    expect(await statusOf(h, groupId, member.id)).toBe('left');
    expect(await actions(h, groupId)).toEqual(expect.arrayContaining(['member.leaving', 'member.left']));

    // The group's rooms are closed to her: the token route, the live handshake, the agreement, the group.
    await confirmPrivacy(member, fourth);
    expect((await facilitator.request('POST', `/api/sessions/${fourth}/open`)).statusCode).toBe(200);
    const token = await member.request('POST', `/api/sessions/${fourth}/token`);
    expect(token.statusCode).toBe(403);
    expect(token.json().code).toBe('NOT_A_MEMBER');
    const base = h.app.server.listening ? `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}` : await listen(h.app);
    const socket = liveClient(base, member, fourth);
    open.push(socket);
    expect(await refusal(socket)).toBe('NOT_A_MEMBER');
    const current = (await facilitator.request('GET', `/api/groups/${groupId}/agreement`)).json();
    const sign = await member.request('POST', `/api/groups/${groupId}/agreements/${current.version}/accept`, {
      typedName: member.displayName,
      sha256: current.sha256,
    });
    expect(sign.statusCode).toBe(403);
    expect(sign.json().code).toBe('NOT_A_MEMBER');
    expect((await member.request('GET', `/api/groups/${groupId}`)).json().code).toBe('NOT_A_MEMBER');
    expect((await member.request('GET', '/api/groups')).json()).toEqual([]);
    expect((await member.request('DELETE', `/api/groups/${groupId}/membership/leaving`)).json().code).toBe('NOT_A_MEMBER');
    // Her past stays hers and attributable: her signature is still there.
    expect(await query(h.app, sql`select 1 from agreement_acceptances where user_id = ${member.id}`)).toHaveLength(1);
  });

  it('lets her take it back before her last session, and only once', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    await schedule(facilitator, groupId, 1);
    expect((await member.request('POST', `/api/groups/${groupId}/membership/leaving`)).statusCode).toBe(204);
    expect((await member.request('DELETE', `/api/groups/${groupId}/membership/leaving`)).statusCode).toBe(204);
    expect(await statusOf(h, groupId, member.id)).toBe('active');
    expect((await overview(member, groupId)).leaving).toEqual([]);
    const twice = await member.request('DELETE', `/api/groups/${groupId}/membership/leaving`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('NOT_LEAVING');
    expect(await actions(h, groupId)).toEqual(expect.arrayContaining(['member.leaving', 'member.leaving_withdrawn']));
  });

  it('with a notice of 0 makes her next session her last', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const next = await schedule(facilitator, groupId, 1);
    await schedule(facilitator, groupId, 2);
    expect((await facilitator.request('PATCH', `/api/groups/${groupId}/leaving-notice`, { sessions: 0 })).json()).toEqual({ sessions: 0 });
    await member.request('POST', `/api/groups/${groupId}/membership/leaving`);
    expect((await overview(member, groupId)).leaving[0].finalSession.id).toBe(next);
  });

  it('with a notice of 3 and one session scheduled, sets her last session once the third exists', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    await schedule(facilitator, groupId, 1);
    await member.request('POST', `/api/groups/${groupId}/membership/leaving`);
    expect((await overview(member, groupId)).leaving[0].finalSession).toBeNull();
    await schedule(facilitator, groupId, 2);
    const third = await schedule(facilitator, groupId, 3);
    expect((await overview(facilitator, groupId)).leaving[0].finalSession.id).toBe(third);
  });

  it('treats her as gone once her last session has ended some other way, and settles it on the next read', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    await facilitator.request('PATCH', `/api/groups/${groupId}/leaving-notice`, { sessions: 1 });
    const last = await schedule(facilitator, groupId, 1);
    await member.request('POST', `/api/groups/${groupId}/membership/leaving`);
    await h.app.db.execute(sql`update sessions set status = 'ended', ended_at = now() where id = ${last}`);
    const later = await schedule(facilitator, groupId, 2);
    expect((await member.request('POST', `/api/sessions/${later}/token`)).json().code).toBe('NOT_A_MEMBER');
    expect((await member.request('GET', `/api/groups/${groupId}`)).json().code).toBe('NOT_A_MEMBER');
    expect(await statusOf(h, groupId, member.id)).toBe('leaving');
    await overview(facilitator, groupId);
    expect(await statusOf(h, groupId, member.id)).toBe('left');
  });

  it('makes her left when her last session ends from the live panel', async () => {
    const { fran, member, groupId } = await openLiveSession(h, open);
    await h.app.db.execute(sql`update groups set leaving_notice_sessions = 0 where id = ${groupId}`);
    expect((await member.request('POST', `/api/groups/${groupId}/membership/leaving`)).statusCode).toBe(204);
    expect(await fran.emitWithAck('session:end', {})).toMatchObject({ ok: true });
    expect(await statusOf(h, groupId, member.id)).toBe('left');
  });

  it('refuses a bad notice, a facilitator announcing, and strangers', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    for (const sessions of [-1, 11, 1.5, '3', null]) {
      const res = await facilitator.request('PATCH', `/api/groups/${groupId}/leaving-notice`, { sessions });
      expect(res.statusCode, String(sessions)).toBe(400);
    }
    expect((await overview(member, groupId)).noticeSessions).toBe(3);
    expect((await facilitator.request('POST', `/api/groups/${groupId}/membership/leaving`)).json().code).toBe('FORBIDDEN');
    const { facilitator: other } = await groupWithMember(h.app);
    expect((await other.request('GET', `/api/groups/${groupId}/membership`)).json().code).toBe('NOT_A_MEMBER');
    expect((await other.request('PATCH', `/api/groups/${groupId}/leaving-notice`, { sessions: 1 })).json().code).toBe('NOT_A_MEMBER');
    expect((await member.request('GET', `/api/sessions/00000000-0000-4000-8000-000000000000/farewells`)).statusCode).toBe(404);
  });
});
