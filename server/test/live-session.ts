import type { Harness } from './harness.js';
import { confirmPrivacy, groupWithMember, scheduleSession, signCurrent } from './fixtures.js';
import { connected, liveClient, listen, nextState, type LiveClient } from './live-client.js';

/** A session that is open, with a facilitator and one member past the gate, both connected. */
export async function openLiveSession(h: Harness, open: LiveClient[]) {
  const base = h.app.server.listening ? `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}` : await listen(h.app);
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

