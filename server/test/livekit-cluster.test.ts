import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { AttendanceEntry } from '@hearth/shared';
import { RoomServiceClient } from 'livekit-server-sdk';
import { startLivekit, type RunningLivekit } from '../../scripts/livekit.js';
import { describeEachDatabase, requireLivekit } from './harness.js';
import type { LiveClient } from './live-client.js';
import { moderate, openLiveSession } from './live-session.js';
import { startRedis } from './redis.js';
import { disposeRtc, listen, speak, until, type Listener, type Speaker } from './rtc-client.js';
import { TEST_LIVEKIT } from './services.js';

// LiveKit's own scale-out: two nodes sharing one Redis. A room lives on one node; a participant whose
// signalling reaches the other node is relayed to it. Both nodes send their signed webhooks to the
// suite's app, which listens on a port known before they start.
const REDIS_PORT = 18_979;
const NODE_PORTS = [18_960, 18_970] as const;
const APP_PORT = 18_965;
let redis: Awaited<ReturnType<typeof startRedis>>;
let nodes: RunningLivekit[] = [];

beforeAll(async () => {
  if (!requireLivekit()) return;
  redis = await startRedis(REDIS_PORT);
  if (!redis) return;
  const address = redis.address;
  nodes = await Promise.all(
    NODE_PORTS.map((port) =>
      startLivekit({
        ...TEST_LIVEKIT,
        port,
        nodeIp: '127.0.0.1',
        bindAddress: '127.0.0.1',
        redisAddress: address,
        webhookUrl: `http://127.0.0.1:${APP_PORT}/api/livekit/webhook`,
        logLevel: 'error',
      }),
    ),
  );
});
afterAll(async () => {
  await Promise.all(nodes.map((n) => n.stop()));
  await redis?.stop();
  await disposeRtc();
});

describeEachDatabase(
  'two LiveKit nodes sharing Redis',
  (h) => {
    const open: LiveClient[] = [];
    const rtc: (Listener | Speaker)[] = [];
    afterEach(async () => {
      open.splice(0).forEach((c) => c.close());
      await Promise.all(rtc.splice(0).map((r) => ('leave' in r ? r.leave() : r.stop())));
    });

    it('puts people signalling to different nodes in one room, hears its webhooks from both, and a removal holds on either node', async (ctx) => {
      if (!redis) return ctx.skip(); // said loudly by missingService, and a failure under CI
      await h.app.listen({ host: '127.0.0.1', port: APP_PORT });
      const [nodeA, nodeB] = [nodes[0]!, nodes[1]!];
      const { sessionId, facilitator, member } = await openLiveSession(h, open);
      const tokenOf = async (p: typeof member) => (await p.request('POST', `/api/sessions/${sessionId}/token`)).json() as { token: string; roomName: string };
      const [theirs, hers] = [await tokenOf(facilitator), await tokenOf(member)];

      // The facilitator's signalling goes to node A (the one Hearth's API calls reach), the member's to node B.
      const facilitatorSpeaks = await speak(nodeA.url, theirs.token);
      rtc.push(facilitatorSpeaks);
      const memberHears = await listen(nodeB.url, hers.token);
      rtc.push(memberHears);
      await until('her to hear the facilitator across the two nodes', () => memberHears.frames() > 20, 20_000);
      expect([...memberHears.room.remoteParticipants.values()].map((p) => p.identity)).toEqual([facilitator.id]);
      // Either node answers for the whole cluster.
      const fromNodeB = new RoomServiceClient(nodeB.apiUrl, TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret);
      const identities = async () => (await fromNodeB.listParticipants(hers.roomName)).map((p) => p.identity).sort();
      expect(await identities()).toEqual([facilitator.id, member.id].sort());

      // Attendance comes from the webhooks of whichever node holds the room.
      const stays = async () => (await facilitator.request('GET', `/api/sessions/${sessionId}/attendance`)).json() as AttendanceEntry[];
      await until('LiveKit to tell Hearth she joined', async () => (await stays()).some((s) => s.userId === member.id));

      // Removed through node A's API, she is put out of her connection to node B ...
      expect(await moderate(h.app, facilitator, sessionId, 'member:remove', member.id)).toMatchObject({ ok: true });
      await memberHears.gone;
      // ... and the token she still holds gets her nowhere on either node.
      for (const node of [nodeB, nodeA]) {
        const again = await listen(node.url, hers.token);
        rtc.push(again);
        await again.gone;
      }
      await until('the room to hold only the facilitator', async () => (await identities()).join() === facilitator.id);
      await until('LiveKit to tell Hearth she left', async () => (await stays()).filter((s) => s.userId === member.id).every((s) => s.leftAt !== null));
    });
  },
  { LIVEKIT_URL: `ws://127.0.0.1:${NODE_PORTS[0]}`, LIVEKIT_API_URL: `http://127.0.0.1:${NODE_PORTS[0]}`, LIVEKIT_RECONCILE_MS: '0' },
);
