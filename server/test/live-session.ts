import type { App } from '../src/app.js';
import type { Harness, Person } from './harness.js';
import { confirmPrivacy, groupWithMember, scheduleSession, signCurrent } from './fixtures.js';
import { connected, liveClient, listen, nextState, type LiveClient } from './live-client.js';

/** The app's URL, listening first if it is not yet. */
const baseUrl = async (app: App) => (app.server.listening ? `http://127.0.0.1:${(app.server.address() as { port: number }).port}` : listen(app));

/** A session that is open, with a facilitator and one member past the gate, both connected. */
export async function openLiveSession(h: Harness, open: LiveClient[]) {
  const base = await baseUrl(h.app);
  const { facilitator, member, groupId } = await groupWithMember(h.app);
  const { id: sessionId } = await scheduleSession(facilitator, groupId);
  await signCurrent(member, groupId);
  for (const p of [facilitator, member]) await confirmPrivacy(p, sessionId);
  await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
  const fran = liveClient(base, facilitator, sessionId);
  open.push(fran);
  await connected(fran);
  const bothPresent = nextState(fran, (s) => s.present.length === 2);
  const mina = liveClient(base, member, sessionId);
  open.push(mina);
  await connected(mina);
  await bothPresent;
  return { base, facilitator, member, groupId, sessionId, fran, mina };
}

/**
 * The facilitator's one way to act on a member in a session, as her panel and the tiles do: a live
 * command over `/live`. Answers the command's ack.
 */
export async function moderate(app: App, facilitator: Person, sessionId: string, type: 'member:remove' | 'member:mute', userId: string) {
  const base = await baseUrl(app);
  const panel = liveClient(base, facilitator, sessionId);
  try {
    await connected(panel);
    return await panel.emitWithAck(type, { userId });
  } finally {
    panel.close();
  }
}
