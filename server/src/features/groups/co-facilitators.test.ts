import { afterAll, afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TokenVerifier } from 'livekit-server-sdk';
import { describeEachDatabase, query, requireLivekit, type Harness, type Person } from '../../../test/harness.js';
import { confirmPrivacy, createGroup, groupWithMember, invite, join, scheduleSession, signCurrent } from '../../../test/fixtures.js';
import { connected, liveClient, listen as listenHttp, nextState, type LiveClient } from '../../../test/live-client.js';
import { disposeRtc, listen, until, type Listener } from '../../../test/rtc-client.js';
import { TEST_LIVEKIT } from '../../../test/services.js';
import { Person as P } from '../../../test/harness.js';

const sockets: LiveClient[] = [];
const rtc: Listener[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const r of rtc.splice(0)) await r.leave().catch(() => {});
});
afterAll(() => disposeRtc());

const setRole = (by: Person, groupId: string, userId: string, role: unknown) => by.request('PATCH', `/api/groups/${groupId}/members/${userId}`, { role });
const roleOf = async (h: Harness, groupId: string, userId: string) =>
  (await query<{ role: string }>(h.app, sql`select role from group_members where group_id = ${groupId} and user_id = ${userId}`))[0]?.role;
const claims = async (token: string) => new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(token);

/** A group with Fran (its facilitator), Mina (made co-facilitator) and Maya (a member), and an open session. */
async function scene(h: Harness) {
  const { facilitator, member: mina, groupId } = await groupWithMember(h.app);
  const maya = await join(h.app, facilitator, groupId, 'Maya Member');
  expect((await setRole(facilitator, groupId, mina.id, 'co_facilitator')).statusCode).toBe(204);
  const { id: sessionId } = await scheduleSession(facilitator, groupId);
  for (const p of [mina, maya]) await signCurrent(p, groupId);
  for (const p of [facilitator, mina, maya]) await confirmPrivacy(p, sessionId);
  expect((await facilitator.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
  return { facilitator, mina, maya, groupId, sessionId };
}

describeEachDatabase('co-facilitators', (h) => {
  requireLivekit();

  it('only the facilitator makes a member co-facilitator and a member again; nobody changes the facilitator', async () => {
    const { facilitator, member: mina, groupId } = await groupWithMember(h.app);
    const maya = await join(h.app, facilitator, groupId, 'Maya Member');
    expect((await setRole(maya, groupId, mina.id, 'co_facilitator')).json().code).toBe('FORBIDDEN');
    expect(await roleOf(h, groupId, mina.id)).toBe('member');

    expect((await setRole(facilitator, groupId, mina.id, 'co_facilitator')).statusCode).toBe(204);
    expect(await roleOf(h, groupId, mina.id)).toBe('co_facilitator');
    const members = (await facilitator.request('GET', `/api/groups/${groupId}/members`)).json() as { userId: string; role: string }[];
    expect(members.find((m) => m.userId === mina.id)?.role).toBe('co_facilitator');
    expect((await mina.request('GET', `/api/groups/${groupId}`)).json().myRole).toBe('co_facilitator');

    // A co-facilitator runs sessions, but does not decide who co-facilitates, and cannot touch the facilitator.
    for (const [target, role] of [
      [maya.id, 'co_facilitator'],
      [facilitator.id, 'member'],
      [mina.id, 'member'],
    ] as const) {
      const res = await setRole(mina, groupId, target, role);
      expect(res.statusCode, `${target} ${role}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await mina.request('DELETE', `/api/groups/${groupId}/members/${facilitator.id}`, { reason: 'Taking over' })).json().code).toBe('FORBIDDEN');
    // Nobody demotes the facilitator, not even herself.
    expect((await setRole(facilitator, groupId, facilitator.id, 'member')).json().code).toBe('FORBIDDEN');
    expect((await setRole(facilitator, groupId, facilitator.id, 'co_facilitator')).json().code).toBe('FORBIDDEN');
    expect(await roleOf(h, groupId, facilitator.id)).toBe('facilitator');
    expect(await roleOf(h, groupId, maya.id)).toBe('member');

    expect((await setRole(facilitator, groupId, mina.id, 'member')).statusCode).toBe(204);
    expect(await roleOf(h, groupId, mina.id)).toBe('member');
    const history = await query<{ action: string; detail: unknown; subject_id: string }>(
      h.app,
      sql`select action, detail, subject_id from audit_log where group_id = ${groupId} and action = 'member.role' order by at`,
    );
    expect(history).toEqual([
      { action: 'member.role', subject_id: mina.id, detail: { from: 'member', to: 'co_facilitator' } },
      { action: 'member.role', subject_id: mina.id, detail: { from: 'co_facilitator', to: 'member' } },
    ]);
  });

  it('refuses bad roles, unknown people, another group’s members, a fourth facilitator, and changes nothing', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    for (const role of ['facilitator', 'owner', '', null, 1, 'member\u0000']) {
      const res = await setRole(facilitator, groupId, member.id, role);
      expect(res.statusCode, String(role)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    expect((await facilitator.request('PATCH', `/api/groups/${groupId}/members/not-a-uuid`, { role: 'member' })).statusCode).toBe(400);
    expect((await setRole(facilitator, groupId, '00000000-0000-4000-8000-000000000000', 'co_facilitator')).statusCode).toBe(404);
    const other = await groupWithMember(h.app);
    expect((await setRole(facilitator, groupId, other.member.id, 'co_facilitator')).statusCode).toBe(404);
    expect((await setRole(facilitator, other.groupId, other.member.id, 'co_facilitator')).json().code).toBe('NOT_A_MEMBER');
    expect(await roleOf(h, groupId, member.id)).toBe('member');
    expect(await roleOf(h, other.groupId, other.member.id)).toBe('member');

    const second = await join(h.app, facilitator, groupId, 'Sara Second');
    const third = await join(h.app, facilitator, groupId, 'Tess Third');
    expect((await setRole(facilitator, groupId, member.id, 'co_facilitator')).statusCode).toBe(204);
    expect((await setRole(facilitator, groupId, second.id, 'co_facilitator')).statusCode).toBe(204);
    const res = await setRole(facilitator, groupId, third.id, 'co_facilitator');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CO_FACILITATORS_FULL');
    expect(await roleOf(h, groupId, third.id)).toBe('member');
  });

  it('counts members only: a co-facilitator takes no seat, and becomes a member again only into a free one', async () => {
    const facilitator = await P.signUp(h.app, 'Fran Facilitator');
    const { id: groupId } = await createGroup(facilitator, { capacity: 2, listedInDirectory: true });
    const mina = await join(h.app, facilitator, groupId, 'Mina Member');
    const maya = await join(h.app, facilitator, groupId, 'Maya Member');
    const seatsLeft = async () => (await facilitator.request('GET', `/api/groups/${groupId}/join-requests`)).json().seatsLeft as number;
    expect(await seatsLeft()).toBe(0);
    const late = await P.signUp(h.app, 'Lea Late');
    expect((await late.request('POST', `/api/invites/${(await invite(facilitator, groupId)).token}/accept`)).json().code).toBe('GROUP_FULL');

    expect((await setRole(facilitator, groupId, mina.id, 'co_facilitator')).statusCode).toBe(204);
    expect(await seatsLeft()).toBe(1);
    const listed = (await facilitator.request('GET', `/api/directory/${groupId}`)).json();
    expect(listed.seatsLeft).toBe(1);
    expect((await late.request('POST', `/api/invites/${(await invite(facilitator, groupId)).token}/accept`)).statusCode).toBe(200);
    expect(await seatsLeft()).toBe(0);
    // Both seats are members' again: she stays co-facilitator until one frees up.
    const back = await setRole(facilitator, groupId, mina.id, 'member');
    expect(back.statusCode).toBe(409);
    expect(back.json().code).toBe('GROUP_FULL');
    expect(await roleOf(h, groupId, mina.id)).toBe('co_facilitator');
    expect((await facilitator.request('PATCH', `/api/groups/${groupId}`, { capacity: 3 })).statusCode).toBe(200);
    expect((await setRole(facilitator, groupId, mina.id, 'member')).statusCode).toBe(204);
    expect(maya.id).toBeTruthy();
  });

  it('gives a co-facilitator the facilitators’ records of her group, and none of them once she is a member again', async () => {
    const { facilitator, mina, groupId, sessionId } = await scene(h);
    const routes = [`/api/sessions/${sessionId}/notes`, `/api/groups/${groupId}/record`, `/api/groups/${groupId}/join-requests`, `/api/groups/${groupId}/members`];
    for (const url of routes) expect((await mina.request('GET', url)).statusCode, url).toBe(200);
    expect((await setRole(facilitator, groupId, mina.id, 'member')).statusCode).toBe(204);
    for (const url of routes) {
      const res = await mina.request('GET', url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });

  it('sets her role in the LiveKit participant’s attributes, changes it in the room on demotion, and in every new token', async () => {
    const { facilitator, mina, maya, groupId, sessionId } = await scene(h);
    const tokenOf = async (p: Person) =>
      (await p.request('POST', `/api/sessions/${sessionId}/token`)).json() as { token: string; roomName: string; serverUrl: string };
    const [fran, co, member] = [await tokenOf(facilitator), await tokenOf(mina), await tokenOf(maya)];
    expect((await claims(fran.token)).attributes).toEqual({ role: 'facilitator' });
    expect((await claims(co.token)).attributes).toEqual({ role: 'co_facilitator' });
    // No room admin for anyone: a demotion could not take it back from the tokens LiveKit refreshes.
    expect((await claims(co.token)).video?.roomAdmin).toBeFalsy();
    expect((await claims(co.token)).video?.canPublishSources).toEqual(expect.arrayContaining(['screen_share']));
    expect((await claims(member.token)).attributes).toEqual({ role: 'member' });

    // In a real room, as everyone else's client reads it.
    const attributesOf = async (identity: string) => (await h.app.livekit.rooms.listParticipants(co.roomName)).find((p) => p.identity === identity)?.attributes;
    for (const t of [co, member]) rtc.push(await listen(co.serverUrl, t.token));
    await until('both in the room', async () => (await h.app.livekit.rooms.listParticipants(co.roomName)).length === 2);
    expect(await attributesOf(mina.id)).toEqual({ role: 'co_facilitator' });
    expect(await attributesOf(maya.id)).toEqual({ role: 'member' });

    // Her live panel, before and after: the facilitator's view, then (reconnected by itself) a member's.
    const base = h.app.server.listening ? `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}` : await listenHttp(h.app);
    const panel = liveClient(base, mina, sessionId, { reconnection: true });
    sockets.push(panel);
    expect((await connected(panel)).view).toBe('facilitator');
    const asMember = nextState(panel, (s) => s.view === 'member', 8_000);

    expect((await setRole(facilitator, groupId, mina.id, 'member')).statusCode).toBe(204);
    await until('her attributes to say member', async () => (await attributesOf(mina.id))?.role === 'member');
    const seen = (await h.app.livekit.rooms.listParticipants(co.roomName)).find((p) => p.identity === mina.id);
    expect(seen?.permission?.canPublishSources).toEqual([1, 2]); // camera, microphone: no screen share
    expect((await asMember).view).toBe('member');

    // A reload (or a reconnect with a new token) carries the new role.
    const again = await tokenOf(mina);
    expect((await claims(again.token)).attributes).toEqual({ role: 'member' });
    expect((await claims(again.token)).video?.roomAdmin).toBeFalsy();
    await rtc.shift()!.leave();
    await until('she left', async () => !(await attributesOf(mina.id)));
    rtc.push(await listen(again.serverUrl, again.token));
    await until('she is back as a member', async () => (await attributesOf(mina.id))?.role === 'member');

    // Made co-facilitator again while inside: her tile says so without a reconnect.
    expect((await setRole(facilitator, groupId, mina.id, 'co_facilitator')).statusCode).toBe(204);
    await until('her attributes to say co-facilitator', async () => (await attributesOf(mina.id))?.role === 'co_facilitator');
  });
});
