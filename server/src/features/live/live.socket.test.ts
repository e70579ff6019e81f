import { afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { COMMAND_TYPES, commandSchemas, MEMBER_COMMANDS, type CommandPayload, type CommandType } from '@hearth/shared';
import { describeEachDatabase, query, requireLivekit, type Harness } from '../../../test/harness.js';
import { confirmPrivacy, groupWithMember, join, scheduleSession, signCurrent } from '../../../test/fixtures.js';
import { connected, liveClient, listen, nextState, refusal, type LiveClient } from '../../../test/live-client.js';
import { openLiveSession } from '../../../test/live-session.js';

const open: LiveClient[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.disconnect();
});

const liveSession = (h: Harness) => openLiveSession(h, open);

describeEachDatabase('the /live channel', (h) => {
  requireLivekit();

  it('applies the gate on connect: no socket before the agreement is signed', async () => {
    const base = await listen(h.app);
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const { id: sessionId } = await scheduleSession(facilitator, groupId);
    await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
    const early = liveClient(base, member, sessionId);
    open.push(early);
    expect(await refusal(early)).toBe('AGREEMENT_REQUIRED');
  });

  it('sends members a view without airtime, signals or other people waiting, and facilitators everything', async () => {
    const { fran, mina, member } = await liveSession(h);
    const [forMember, forFacilitator] = await Promise.all([nextState(mina), nextState(fran), mina.emitWithAck('hand:raise', {})]);
    expect(forMember.view).toBe('member');
    for (const key of ['airtime', 'signals', 'lobby']) expect(forMember).not.toHaveProperty(key);
    expect(JSON.stringify(forMember)).not.toContain('airtime');
    expect(forFacilitator).toMatchObject({ view: 'facilitator', airtime: {}, hands: [member.id] });
  });

  it('acks a command and broadcasts the new state together', async () => {
    const { fran, mina, member } = await liveSession(h);
    const [ack, seenByFacilitator, seenByMember] = await Promise.all([
      mina.emitWithAck('hand:raise', {}),
      nextState(fran, (s) => s.hands.includes(member.id)),
      nextState(mina, (s) => s.hands.includes(member.id)),
    ]);
    expect(ack).toEqual({ ok: true, data: { version: seenByFacilitator.version } });
    expect(seenByMember.version).toBe(seenByFacilitator.version);
  });

  it('refuses every facilitator command from a member with FORBIDDEN and changes nothing', async () => {
    const { mina, member, sessionId } = await liveSession(h);
    const [before] = await query<{ version: number }>(h.app, sql`select version from session_state where session_id = ${sessionId}`);
    // A payload each command accepts, so only the role check can refuse it (a bad payload would be
    // refused first, and the test would pass without ever reaching the role check).
    const valid: Partial<{ [K in CommandType]: CommandPayload<K> }> = {
      'queue:move': { userId: member.id, toIndex: 0 },
      'queue:remove': { userId: member.id },
      'queue:mode': { mode: 'least-airtime' },
      'floor:give': { userId: member.id },
      'timer:start': { seconds: 60 },
      'timer:extend': { seconds: 30 },
      'round:start': { kind: 'check-in', shuffle: false },
      'settings:update': { lobbyOn: true },
      'lobby:admit': { all: true },
      'member:mute': { userId: member.id },
      'member:remove': { userId: member.id },
      'signal:clear': { userId: member.id },
      'phase:start': { index: 0, name: 'Check-in round', minutes: 15, round: { kind: 'check-in' } },
    };
    const facilitatorOnly = COMMAND_TYPES.filter((t) => !MEMBER_COMMANDS.has(t));
    expect(facilitatorOnly.length).toBeGreaterThan(15);
    for (const type of facilitatorOnly) {
      const payload = valid[type] ?? {};
      expect(commandSchemas[type].safeParse(payload).success, `${type}: the test's payload must be valid`).toBe(true);
      await new Promise((r) => setTimeout(r, 60)); // stay under the flood throttle
      const ack = await (mina.emitWithAck as (t: string, p: unknown) => Promise<{ ok: boolean; code?: string }>)(type, payload);
      expect(ack, type).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    const [after] = await query<{ version: number }>(h.app, sql`select version from session_state where session_id = ${sessionId}`);
    expect(after).toEqual(before);
  });

  it('answers a malformed payload with VALIDATION_FAILED', async () => {
    const { fran } = await liveSession(h);
    const ack = await (fran.emitWithAck as (t: string, p: unknown) => Promise<unknown>)('floor:give', { userId: 'nobody' });
    expect(ack).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('throttles a flooding client with THROTTLED without slowing anyone else', async () => {
    const { fran, mina } = await liveSession(h);
    const flood = await Promise.all(Array.from({ length: 60 }, () => mina.emitWithAck('hand:lower', {})));
    const codes = flood.map((a) => (a.ok ? 'ok' : a.code));
    expect(codes).toContain('THROTTLED');
    expect(await fran.emitWithAck('timer:start', { seconds: 60 })).toMatchObject({ ok: true });
  });

  it('writes each turn as it ends, so airtime can be read back', async () => {
    const { fran, facilitator, member, sessionId } = await liveSession(h);
    await fran.emitWithAck('floor:give', { userId: member.id });
    await fran.emitWithAck('floor:end', {});
    const turns = await query<{ user_id: string; kind: string }>(h.app, sql`select user_id, kind from turns where session_id = ${sessionId}`);
    expect(turns).toEqual([{ user_id: member.id, kind: 'facilitator' }]);
    const airtime = (await facilitator.request('GET', `/api/sessions/${sessionId}/airtime`)).json();
    expect(airtime).toEqual([{ userId: member.id, displayName: 'Mina Member', turns: 1, airtimeMs: expect.any(Number) }]);
    const [live] = await query<{ airtime: Record<string, number> }>(
      h.app,
      sql`select state->'airtime' as airtime from session_state where session_id = ${sessionId}`,
    );
    expect(airtime[0].airtimeMs).toBe(live?.airtime[member.id]);
    expect((await member.request('GET', `/api/sessions/${sessionId}/airtime`)).statusCode).toBe(403);
    const events = await query<{ type: string }>(h.app, sql`select type from session_events where session_id = ${sessionId} order by version`);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['presence:join', 'floor:give', 'floor:end']));
  });

  it('keeps a member in the lobby, without a token, until the facilitator admits her', async () => {
    const { base, fran, facilitator, groupId, sessionId } = await liveSession(h);
    await fran.emitWithAck('settings:update', { lobbyOn: true });
    const late = await join(h.app, facilitator, groupId, 'Lena Late');
    await signCurrent(late, groupId);
    await confirmPrivacy(late, sessionId);
    expect((await late.request('POST', `/api/sessions/${sessionId}/token`)).json().code).toBe('WAITING_FOR_ADMISSION');
    expect((await late.request('GET', `/api/sessions/${sessionId}`)).json().next).toBe('lobby');

    const lena = liveClient(base, late, sessionId);
    open.push(lena);
    expect(await connected(lena)).toMatchObject({ view: 'member', youAreWaiting: true, lobbyCount: 1 });
    const [admitted] = await Promise.all([nextState(lena, (s) => s.view === 'member' && !s.youAreWaiting), fran.emitWithAck('lobby:admit', { userId: late.id })]);
    expect(admitted.admitted).toContain(late.id);
    expect((await late.request('POST', `/api/sessions/${sessionId}/token`)).statusCode).toBe(200);
  });

  it('removes a member: her socket is closed with the reason, and she cannot come back', async () => {
    const { base, fran, mina, member, sessionId } = await liveSession(h);
    const closed = new Promise((resolve) => mina.once('closed', resolve));
    const gone = new Promise((resolve) => mina.once('disconnect', resolve));
    expect(await fran.emitWithAck('member:remove', { userId: member.id })).toMatchObject({ ok: true });
    expect(await closed).toMatchObject({ code: 'REMOVED_FROM_SESSION' });
    await gone;
    const again = liveClient(base, member, sessionId);
    open.push(again);
    expect(await refusal(again)).toBe('REMOVED_FROM_SESSION');
    expect((await member.request('POST', `/api/sessions/${sessionId}/token`)).json().code).toBe('REMOVED_FROM_SESSION');
  });

  it('disconnects a member removed from the group while a session runs', async () => {
    const { facilitator, mina, member, groupId } = await liveSession(h);
    const closed = new Promise((resolve) => mina.once('closed', resolve));
    expect((await facilitator.request('DELETE', `/api/groups/${groupId}/members/${member.id}`, { reason: 'Broke the agreement' })).statusCode).toBe(204);
    expect(await closed).toMatchObject({ code: 'NOT_A_MEMBER' });
  });

  it('ends the session for everyone from the panel: sockets closed, room gone, no more tokens', async () => {
    const { fran, mina, member, sessionId } = await liveSession(h);
    const closed = new Promise((resolve) => mina.once('closed', resolve));
    expect(await fran.emitWithAck('session:end', {})).toMatchObject({ ok: true });
    expect(await closed).toMatchObject({ code: 'SESSION_NOT_OPEN' });
    expect((await member.request('POST', `/api/sessions/${sessionId}/token`)).json().code).toBe('SESSION_NOT_OPEN');
  });

  it('answers time:sync with the server clock', async () => {
    const { mina } = await liveSession(h);
    const before = Date.now();
    const ack = await mina.emitWithAck('time:sync', { clientSentAt: before });
    expect(ack.ok && ack.data.serverNow).toBeGreaterThanOrEqual(before);
  });

  it('expires a running timer exactly once, on the server', async () => {
    const { fran, mina, sessionId } = await liveSession(h);
    await fran.emitWithAck('timer:start', { seconds: 10 });
    const expired = await nextState(mina, (s) => s.timer.state === 'expired', 15_000);
    expect(expired.timer.remainingMs).toBe(0);
    const events = await query(h.app, sql`select count(*)::int as n from session_events where session_id = ${sessionId} and type = 'timer:expire'`);
    expect(events[0]).toEqual({ n: 1 });
  });
});
