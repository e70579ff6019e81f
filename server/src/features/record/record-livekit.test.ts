import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSRF_HEADER, type SessionReport } from '@hearth/shared';
import { startLivekit, type RunningLivekit } from '../../../../scripts/livekit.js';
import { describeEachDatabase, requireLivekit } from '../../../test/harness.js';
import { confirmPrivacy } from '../../../test/fixtures.js';
import { groupOf, pastSession } from '../../../test/record-session.js';
import { disposeRtc, listen, until } from '../../../test/rtc-client.js';
import { TEST_LIVEKIT } from '../../../test/services.js';

// A LiveKit of this suite's own that sends its signed webhooks to the suite's app, on ports known before either starts.
const LIVEKIT_PORT = 18_930;
const APP_PORT = LIVEKIT_PORT + 5;
let livekit: RunningLivekit | undefined;

beforeAll(async () => {
  if (!requireLivekit()) return;
  livekit = await startLivekit({
    ...TEST_LIVEKIT,
    port: LIVEKIT_PORT,
    nodeIp: '127.0.0.1',
    bindAddress: '127.0.0.1',
    webhookUrl: `http://127.0.0.1:${APP_PORT}/api/livekit/webhook`,
    logLevel: 'error',
  });
});
afterAll(async () => {
  await livekit?.stop();
  await disposeRtc();
});

describeEachDatabase(
  'the report from the webhooks a real LiveKit sends',
  (h) => {
    it('shows the member who was in the room as there and the one who sent a notice as excused', async () => {
      await h.app.listen({ host: '127.0.0.1', port: APP_PORT });
      const { facilitator, groupId, members } = await groupOf(h.app, ['Ann Archer', 'Bea Baker']);
      const [ann, bea] = [members[0]!, members[1]!];
      const { sessionId } = await pastSession(h.app, facilitator, groupId, 0);
      const notice = await h.app.inject({
        method: 'PUT',
        url: `/api/sessions/${sessionId}/absence`,
        headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${bea.cookie}` },
        payload: { note: '' },
      });
      expect(notice.statusCode).toBe(200);
      for (const p of [facilitator, ann]) await confirmPrivacy(p, sessionId);
      expect((await facilitator.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);

      const { token } = (await ann.request('POST', `/api/sessions/${sessionId}/token`)).json() as { token: string };
      const inRoom = await listen(livekit!.url, token);
      const stays = async () => (await facilitator.request('GET', `/api/sessions/${sessionId}/attendance`)).json() as { leftAt: string | null }[];
      await until('LiveKit to say she joined', async () => (await stays()).length === 1);
      await inRoom.leave();
      await until('LiveKit to say she left', async () => (await stays())[0]?.leftAt !== null);
      expect((await facilitator.request('POST', `/api/sessions/${sessionId}/end`)).statusCode).toBe(200);

      const report = (await facilitator.request('GET', `/api/sessions/${sessionId}/report`)).json() as SessionReport;
      const byName = Object.fromEntries(report.members.map((m) => [m.displayName, m]));
      expect(byName['Ann Archer']).toMatchObject({ category: 'on_time', stays: 1 });
      expect(byName['Bea Baker']).toMatchObject({ category: 'excused', stays: 0 });
    });
  },
  { LIVEKIT_URL: `ws://127.0.0.1:${LIVEKIT_PORT}`, LIVEKIT_RECONCILE_MS: '0' },
);
