import { createHash, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { AccessToken } from 'livekit-server-sdk';
import { describeEachDatabase, query, type Harness } from '../../../test/harness.js';
import { TEST_LIVEKIT } from '../../../test/services.js';
import { groupWithMember, scheduleSession } from '../../../test/fixtures.js';

/** Signs a body the way LiveKit does: a JWT from the API key whose sha256 claim is the body's hash. */
async function signed(body: string, secret = TEST_LIVEKIT.apiSecret) {
  const token = new AccessToken(TEST_LIVEKIT.apiKey, secret);
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return token.toJwt();
}

const event = (kind: string, roomName: string, identity: string, createdAt: number) =>
  JSON.stringify({ event: kind, id: `EV_${randomUUID()}`, createdAt, room: { name: roomName }, participant: { identity } });

async function post(h: Harness, body: string, auth?: string) {
  return h.app.inject({
    method: 'POST',
    url: '/api/livekit/webhook',
    headers: { 'content-type': 'application/webhook+json', ...(auth ? { authorization: auth } : {}) },
    payload: body,
  });
}

describeEachDatabase('LiveKit attendance webhooks', (h) => {
  async function setup() {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const session = await scheduleSession(facilitator, groupId);
    const [row] = await query<{ room_name: string }>(h.app, sql`select room_name from sessions where id = ${session.id}`);
    return { facilitator, member, sessionId: session.id, roomName: row!.room_name };
  }

  it('records a join and a leave signed by LiveKit, and shows them to the facilitator', async () => {
    const { facilitator, member, sessionId, roomName } = await setup();
    const joined = event('participant_joined', roomName, member.id, 1_800_000_000);
    const left = event('participant_left', roomName, member.id, 1_800_000_600);
    expect((await post(h, joined, await signed(joined))).json()).toEqual({ result: 'applied' });
    expect((await post(h, left, await signed(left))).json()).toEqual({ result: 'applied' });

    const rows = (await facilitator.request('GET', `/api/sessions/${sessionId}/attendance`)).json();
    expect(rows).toEqual([
      { userId: member.id, displayName: 'Mina Member', joinedAt: new Date(1_800_000_000_000).toISOString(), leftAt: new Date(1_800_000_600_000).toISOString() },
    ]);
    expect((await member.request('GET', `/api/sessions/${sessionId}/attendance`)).statusCode).toBe(403);
  });

  it('changes nothing for a forged, tampered, unsigned or replayed webhook', async () => {
    const { facilitator, member, sessionId, roomName } = await setup();
    const joined = event('participant_joined', roomName, member.id, 1_800_000_000);
    expect((await post(h, joined, await signed(joined, 'not-the-secret-but-long-enough-0123456789'))).statusCode).toBe(401);
    const other = event('participant_joined', roomName, facilitator.id, 1_800_000_000);
    expect((await post(h, joined, await signed(other))).statusCode).toBe(401);
    expect((await post(h, joined)).statusCode).toBe(401);
    expect((await facilitator.request('GET', `/api/sessions/${sessionId}/attendance`)).json()).toEqual([]);

    const auth = await signed(joined);
    expect((await post(h, joined, auth)).json().result).toBe('applied');
    expect((await post(h, joined, auth)).json().result).toBe('replay');
    expect((await facilitator.request('GET', `/api/sessions/${sessionId}/attendance`)).json()).toHaveLength(1);
  });

  it('ignores rooms Hearth did not create', async () => {
    const body = event('participant_joined', 'someone-elses-room', randomUUID(), 1_800_000_000);
    expect((await post(h, body, await signed(body))).json()).toEqual({ result: 'ignored' });
  });
});
