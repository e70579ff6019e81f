import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AccessToken } from 'livekit-server-sdk';
import type { App } from '../src/app.js';
import { Person, query, type Harness } from './harness.js';
import { TEST_LIVEKIT } from './services.js';
import { confirmPrivacy, createGroup, join, publish, signCurrent } from './fixtures.js';
import { connected, listen, liveClient, nextState, type LiveClient } from './live-client.js';

/** Test helpers for the record: a group of several members, a session in the past, and signed LiveKit webhooks. */

export const MINUTE = 60_000;

/** A facilitator and her group with these members, each having signed the agreement. */
export async function groupOf(app: App, names: string[]) {
  const facilitator = await Person.signUp(app, 'Fran Facilitator');
  const { id: groupId } = await createGroup(facilitator);
  await publish(facilitator, groupId);
  const members: Person[] = [];
  for (const name of names) {
    const member = await join(app, facilitator, groupId, name);
    await signCurrent(member, groupId);
    members.push(member);
  }
  return { facilitator, groupId, members };
}

/** A session that started `minutesAgo` minutes ago and lasts 90, with its room name. */
export async function pastSession(app: App, facilitator: Person, groupId: string, minutesAgo: number) {
  // Whole seconds, as LiveKit stamps its webhooks.
  const start = new Date(Math.floor((Date.now() - minutesAgo * MINUTE) / 1000) * 1000);
  const res = await facilitator.request('POST', `/api/groups/${groupId}/sessions`, { scheduledStart: start.toISOString(), durationMinutes: 90 });
  if (res.statusCode !== 201) throw new Error(`schedule failed: ${res.body}`);
  const { id } = res.json() as { id: string };
  const [row] = await query<{ room_name: string; scheduled_start: Date }>(app, sql`select room_name, scheduled_start from sessions where id = ${id}`);
  return { sessionId: id, roomName: row!.room_name, start: new Date(row!.scheduled_start).getTime() };
}

/**
 * The room opened ten minutes before the start, as a facilitator opens it: a session scheduled in the
 * past can only be opened now, so the row says when (lateness counts from the opening when that is later).
 */
export async function openedBeforeStart(app: App, sessionId: string, start: number) {
  await app.db.execute(sql`update sessions set opened_at = ${new Date(start - 10 * MINUTE).toISOString()} where id = ${sessionId}`);
}

/** Posts a LiveKit webhook signed as LiveKit signs it: a JWT whose sha256 claim is the body's hash. */
export async function webhook(app: App, kind: 'participant_joined' | 'participant_left', roomName: string, identity: string, atMs: number) {
  const body = JSON.stringify({ event: kind, id: `EV_${randomUUID()}`, createdAt: Math.floor(atMs / 1000), room: { name: roomName }, participant: { identity } });
  const token = new AccessToken(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret);
  token.sha256 = createHash('sha256').update(body).digest('base64');
  const res = await app.inject({
    method: 'POST',
    url: '/api/livekit/webhook',
    headers: { 'content-type': 'application/webhook+json', authorization: await token.toJwt() },
    payload: body,
  });
  if (res.json().result !== 'applied') throw new Error(`webhook not applied: ${res.body}`);
}

/** Opens the session and connects each person to /live in order, waiting until all are present. */
export async function openAndConnect(h: Harness, open: LiveClient[], facilitator: Person, sessionId: string, people: Person[]) {
  const base = h.app.server.listening ? `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}` : await listen(h.app);
  for (const p of [facilitator, ...people]) await confirmPrivacy(p, sessionId);
  const opened = await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
  if (opened.statusCode !== 200) throw new Error(`open failed: ${opened.body}`);
  const clients: LiveClient[] = [];
  const fran = liveClient(base, facilitator, sessionId);
  open.push(fran);
  await connected(fran);
  for (const [i, p] of people.entries()) {
    const arrived = nextState(fran, (s) => s.present.length === i + 2);
    const client = liveClient(base, p, sessionId);
    open.push(client);
    await connected(client);
    await arrived;
    clients.push(client);
  }
  return { fran, clients };
}

/** Sends a command and fails loudly unless the server took it. */
export async function send(client: LiveClient, type: string, payload: object = {}) {
  const ack = await (client.emitWithAck as (t: string, p: unknown) => Promise<{ ok: boolean; message?: string }>)(type, payload);
  if (!ack.ok) throw new Error(`${type} refused: ${ack.message}`);
  return ack;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
