import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { RoomServiceClient } from 'livekit-server-sdk';
import { startLivekit, type RunningLivekit } from '../../scripts/livekit.js';
import { describeEachDatabase, query, requireLivekit } from './harness.js';
import { nextState, type LiveClient } from './live-client.js';
import { openLiveSession } from './live-session.js';
import { disposeRtc, listen, until, type Listener } from './rtc-client.js';
import { TEST_LIVEKIT } from './services.js';

// A LiveKit of this suite's own, so restarting it disturbs no other suite.
const PORT = 17_950;
const OPTIONS = { ...TEST_LIVEKIT, port: PORT, nodeIp: '127.0.0.1', bindAddress: '127.0.0.1' };
const API_URL = `http://127.0.0.1:${PORT}`;
let livekit: RunningLivekit | undefined;

beforeAll(async () => {
  if (requireLivekit()) livekit = await startLivekit(OPTIONS);
});
afterAll(async () => {
  await livekit?.stop();
  await disposeRtc();
});

/** Kills LiveKit outright, as a crash or an OOM kill would, and starts it again on the same ports with nothing in memory. */
async function crashAndRestart() {
  const dead = new Promise((resolve) => livekit!.process.once('exit', resolve));
  livekit!.process.kill('SIGKILL');
  await dead;
  livekit = await startLivekit(OPTIONS);
}

describeEachDatabase(
  'a LiveKit restart mid-session',
  (h) => {
    const open: LiveClient[] = [];
    const listeners: Listener[] = [];
    afterEach(async () => {
      open.splice(0).forEach((c) => c.close());
      await Promise.all(listeners.splice(0).map((l) => l.leave()));
    });

    it('Hearth makes the room again, the member gets back in with the token she holds, and her place in the talking order is kept', async () => {
      const rooms = new RoomServiceClient(API_URL, TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret);
      const { sessionId, member, fran, mina } = await openLiveSession(h, open);
      const raised = nextState(fran, (s) => s.hands.length === 1);
      expect(await mina.emitWithAck('hand:raise', {})).toMatchObject({ ok: true });
      await raised;
      const { token, roomName } = (await member.request('POST', `/api/sessions/${sessionId}/token`)).json() as { token: string; roomName: string };
      const before = await listen(livekit!.url, token);
      listeners.push(before);
      await until('her first join', async () => (await rooms.listParticipants(roomName)).length === 1);

      await crashAndRestart();
      // Without Hearth nobody could get back in: LiveKit never makes a room on a join (auto_create off).
      await until('Hearth to make the room again', async () => (await rooms.listRooms()).some((r) => r.name === roomName));

      const again = await listen(livekit!.url, token);
      listeners.push(again);
      await until('her to be back in the room', async () => (await rooms.listParticipants(roomName)).some((p) => p.identity === member.id));
      // The talking order lives in the database, not in LiveKit: her raised hand is where it was.
      const [doc] = await query<{ hands: string[] }>(h.app, sql`select state->'hands' as hands from session_state where session_id = ${sessionId}`);
      expect(doc?.hands).toEqual([member.id]);
    });
  },
  {
    LIVEKIT_URL: `ws://127.0.0.1:${PORT}`,
    LIVEKIT_API_URL: API_URL,
    LIVEKIT_RECONCILE_MS: '200',
  },
);
