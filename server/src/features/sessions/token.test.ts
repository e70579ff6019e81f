import { expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { describeEachDatabase, Person, query, requireLivekit, type Harness } from '../../../test/harness.js';
import { MAX_CO_FACILITATORS } from '@hearth/shared';
import { TEST_LIVEKIT } from '../../../test/services.js';
import { moderate } from '../../../test/live-session.js';
import { until } from '../../../test/until.js';
import { AGREEMENT_V2, confirmPrivacy, groupWithMember, publish, scheduleSession, signCurrent } from '../../../test/fixtures.js';

/** Asks the real LiveKit server whether this token lets its holder into the room. */
async function livekitAccepts(serverUrl: string, token: string) {
  const res = await fetch(`${serverUrl.replace(/^ws/, 'http')}/rtc/validate?access_token=${token}`);
  return res.status;
}

async function roomNames(h: Harness) {
  return (await h.app.livekit.rooms.listRooms()).map((r) => r.name);
}

async function readySession(h: Harness) {
  const { facilitator, member, groupId } = await groupWithMember(h.app);
  const session = await scheduleSession(facilitator, groupId);
  const token = () => member.request('POST', `/api/sessions/${session.id}/token`);
  return { facilitator, member, groupId, sessionId: session.id, token };
}

/** A session she has passed every step of, open, with its room's name. */
async function openForHer(h: Harness) {
  const ready = await readySession(h);
  await signCurrent(ready.member, ready.groupId);
  await confirmPrivacy(ready.member, ready.sessionId);
  await ready.facilitator.request('POST', `/api/sessions/${ready.sessionId}/open`);
  const [row] = await query<{ room_name: string }>(h.app, sql`select room_name from sessions where id = ${ready.sessionId}`);
  return { ...ready, roomName: row!.room_name };
}

const claimsOf = async (res: { json(): { token: string } }) => new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(res.json().token);

describeEachDatabase('the gate and LiveKit tokens', (h) => {
  requireLivekit();

  it('refuses, in order, until every step is done, then issues a token LiveKit accepts', async () => {
    const { facilitator, member, groupId, sessionId, token } = await readySession(h);

    let res = await token();
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'AGREEMENT_REQUIRED', details: { version: 1 } });
    expect((await member.request('GET', `/api/sessions/${sessionId}`)).json().next).toBe('agreement');

    await signCurrent(member, groupId);
    res = await token();
    expect(res.json().code).toBe('PRIVACY_CHECK_REQUIRED');
    expect((await member.request('GET', `/api/sessions/${sessionId}`)).json().next).toBe('privacy');

    await confirmPrivacy(member, sessionId);
    res = await token();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'SESSION_NOT_OPEN', details: { status: 'scheduled' } });
    expect((await member.request('GET', `/api/sessions/${sessionId}`)).json().next).toBe('wait_for_open');

    expect((await facilitator.request('POST', `/api/sessions/${sessionId}/open`)).json().status).toBe('open');
    res = await token();
    expect(res.statusCode).toBe(200);
    const { serverUrl, roomName, token: jwt } = res.json();
    expect(serverUrl).toBe(h.app.config.LIVEKIT_URL);
    expect(await livekitAccepts(serverUrl, jwt)).toBe(200);
    const forged = await new AccessToken(TEST_LIVEKIT.apiKey, 'a-different-secret-of-enough-length-0123456789', {
      identity: member.id,
    });
    forged.addGrant({ room: roomName, roomJoin: true });
    expect(await livekitAccepts(serverUrl, await forged.toJwt())).not.toBe(200);
    expect((await member.request('GET', `/api/sessions/${sessionId}`)).json().next).toBe('ready');

    const claims = await new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(jwt);
    expect(claims.sub).toBe(member.id);
    expect(claims.name).toBe('Mina');
    expect(claims.video).toMatchObject({ room: roomName, roomJoin: true, canPublishData: false, canUpdateOwnMetadata: false });
    expect(claims.video?.roomAdmin).toBeFalsy();
    expect(claims.video?.canPublishSources).toEqual(['camera', 'microphone']);
    expect(claims.exp! - claims.nbf!).toBeLessThanOrEqual(h.app.config.LIVEKIT_TOKEN_TTL_SECONDS);
  });

  it('gives facilitators screen share but no room admin (moderation goes through the server), after the same gate', async () => {
    const { facilitator, sessionId } = await readySession(h);
    expect((await facilitator.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
    expect((await facilitator.request('POST', `/api/sessions/${sessionId}/token`)).json().code).toBe('PRIVACY_CHECK_REQUIRED');
    await confirmPrivacy(facilitator, sessionId);
    const { token } = (await facilitator.request('POST', `/api/sessions/${sessionId}/token`)).json();
    const claims = await new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(token);
    expect(claims.video?.roomAdmin).toBeFalsy();
    expect(claims.video?.canPublishSources).toEqual(expect.arrayContaining(['screen_share', 'screen_share_audio']));
  });

  it('refuses a member who signed version 1 once version 2 is published, until she signs it', async () => {
    const { facilitator, member, groupId, sessionId, token } = await readySession(h);
    await signCurrent(member, groupId);
    await confirmPrivacy(member, sessionId);
    await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
    expect((await token()).statusCode).toBe(200);

    await publish(facilitator, groupId, AGREEMENT_V2);
    const refused = await token();
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'AGREEMENT_REQUIRED', details: { version: 2 } });

    await signCurrent(member, groupId);
    expect((await token()).statusCode).toBe(200);
  });

  it('refuses people outside the group and members removed from it', async () => {
    const { facilitator, member, groupId, sessionId, token } = await readySession(h);
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    const res = await stranger.request('POST', `/api/sessions/${sessionId}/token`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('NOT_A_MEMBER');

    await signCurrent(member, groupId);
    await confirmPrivacy(member, sessionId);
    await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
    await facilitator.request('DELETE', `/api/groups/${groupId}/members/${member.id}`, { reason: 'Broke the agreement' });
    expect((await token()).json().code).toBe('NOT_A_MEMBER');
  });

  it('never lets a member removed from a session back in, whatever she does', async () => {
    const { facilitator, member, groupId, sessionId, token } = await readySession(h);
    await signCurrent(member, groupId);
    await confirmPrivacy(member, sessionId);
    await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
    expect((await token()).statusCode).toBe(200);

    // Removing is a live command: the facilitator is in the session, past the gate herself.
    await confirmPrivacy(facilitator, sessionId);
    expect(await moderate(h.app, facilitator, sessionId, 'member:remove', member.id)).toMatchObject({ ok: true });
    await confirmPrivacy(member, sessionId);
    const res = await token();
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('REMOVED_FROM_SESSION');
    expect((await member.request('GET', `/api/sessions/${sessionId}`)).json().next).toBe('removed');
  });

  it('creates the LiveKit room on open and deletes it on end, after which no token is issued', async () => {
    const { facilitator, member, groupId, sessionId, token } = await readySession(h);
    const [row] = await query<{ room_name: string }>(h.app, sql`select room_name from sessions where id = ${sessionId}`);
    const roomName = row!.room_name;
    expect(await roomNames(h)).not.toContain(roomName);

    await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
    const room = (await h.app.livekit.rooms.listRooms([roomName]))[0];
    // The members' seats, and one each for the facilitator and her co-facilitators.
    expect(room?.maxParticipants).toBe(8 + 1 + MAX_CO_FACILITATORS);
    expect(room?.emptyTimeout).toBeGreaterThan(0);

    await signCurrent(member, groupId);
    await confirmPrivacy(member, sessionId);
    const jwt = (await token()).json().token;

    expect((await facilitator.request('POST', `/api/sessions/${sessionId}/end`)).json().status).toBe('ended');
    expect(await roomNames(h)).not.toContain(roomName);
    const after = await token();
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({ code: 'SESSION_NOT_OPEN', details: { status: 'ended' } });
    expect(jwt).toBeTruthy();

    const reopen = await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
    expect(reopen.json().code).toBe('SESSION_ENDED');
  });

  it('writes nothing while people look at a session; its live document is made when it opens', async () => {
    const { facilitator, member, groupId, sessionId, token } = await readySession(h);
    await signCurrent(member, groupId);
    await confirmPrivacy(member, sessionId);
    const liveDocuments = () => query<{ state: { settings: { turnSeconds: number } } }>(h.app, sql`select state from session_state where session_id = ${sessionId}`);
    expect((await member.request('GET', `/api/sessions/${sessionId}`)).json().next).toBe('wait_for_open');
    expect((await token()).json().code).toBe('SESSION_NOT_OPEN');
    expect(await liveDocuments()).toHaveLength(0);

    await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
    const [made] = await liveDocuments();
    expect(made?.state.settings.turnSeconds).toBeGreaterThan(0);
    expect((await token()).statusCode).toBe(200);
  });

  it('answers a demotion and a sign-out on the very next token', async () => {
    const { facilitator, member, groupId, sessionId, token } = await openForHer(h);
    expect((await facilitator.request('PATCH', `/api/groups/${groupId}/members/${member.id}`, { role: 'co_facilitator' })).statusCode).toBe(204);
    await confirmPrivacy(member, sessionId);
    expect((await claimsOf(await token())).attributes).toEqual({ role: 'co_facilitator' });

    expect((await facilitator.request('PATCH', `/api/groups/${groupId}/members/${member.id}`, { role: 'member' })).statusCode).toBe(204);
    const demoted = await claimsOf(await token());
    expect(demoted.attributes).toEqual({ role: 'member' });
    expect(demoted.video?.canPublishSources).toEqual(['camera', 'microphone']);

    // Still signed in on another device, so only the cookie she signed out with is ended.
    const phone = new Person(h.app, member.email, member.displayName);
    expect((await phone.request('POST', '/api/auth/signin', { email: member.email, password: member.password })).statusCode).toBe(200);
    // The cookie she held, sent again after signing out (as a copy of it would be).
    const held = member.cookie;
    expect((await member.request('POST', '/api/auth/signout')).statusCode).toBe(204);
    member.cookie = held;
    const signedOut = await token();
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.body).not.toMatch(/eyJ/);
    expect((await phone.request('POST', `/api/sessions/${sessionId}/token`)).statusCode).toBe(200);
  });

  it('asks LiveKit for the room once, not before every token, and the door makes it again once LiveKit has lost it', async () => {
    const { token, roomName } = await openForHer(h);
    const createRoom = vi.spyOn(h.app.livekit, 'createRoom');
    try {
      for (let i = 0; i < 3; i++) expect((await token()).statusCode).toBe(200);
      expect(createRoom).not.toHaveBeenCalled();

      // As LiveKit closes a room that stayed empty, or forgets all of them on a restart.
      await h.app.livekit.rooms.deleteRoom(roomName);
      await until('the door to make the room again', async () => (await roomNames(h)).includes(roomName));
      expect(createRoom).toHaveBeenCalledTimes(1);
      expect((await token()).statusCode).toBe(200);
      expect(createRoom).toHaveBeenCalledTimes(1);
    } finally {
      createRoom.mockRestore();
    }
  });

  it('never produces a token when refusing', async () => {
    const { member, sessionId } = await readySession(h);
    const res = await member.request('POST', `/api/sessions/${sessionId}/token`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toMatch(/eyJ/);
    expect(Object.keys(res.json()).sort()).toEqual(['code', 'details', 'message', 'requestId', 'statusCode']);
  });

  it.each([
    ['a session id that is not a uuid', '/api/sessions/nope/token', 'params.sessionId'],
    ['a privacy check without a private space', '/api/sessions/:id/privacy-check', 'body.privateSpace'],
    ['a session without a start', '/api/groups/:gid/sessions', 'body.scheduledStart'],
  ])('answers %s with a 400', async (_, url, field) => {
    const { facilitator, groupId, sessionId } = await readySession(h);
    const body = url.endsWith('privacy-check') ? { privateSpace: false, headphones: true } : url.endsWith('sessions') ? {} : undefined;
    const res = await facilitator.request('POST', url.replace(':id', sessionId).replace(':gid', groupId), body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });
});

describeEachDatabase(
  'tokens without the door’s pass',
  (h) => {
    requireLivekit();

    it('makes the room before every token, since nothing else would notice LiveKit has lost it', async () => {
      const { token, roomName } = await openForHer(h);
      await h.app.livekit.rooms.deleteRoom(roomName);
      expect((await token()).statusCode).toBe(200);
      expect(await roomNames(h)).toContain(roomName);
    });
  },
  { LIVEKIT_RECONCILE_MS: '0' },
);
