import { expect, it } from 'vitest';
import { generate } from 'otplib';
import { describeEachDatabase, requireLivekit } from '../../../test/harness.js';
import { groupWithMember, scheduleSession } from '../../../test/fixtures.js';

describeEachDatabase(
  'facilitators and two-step sign-in (REQUIRE_FACILITATOR_TWO_STEP on)',
  (h) => {
    requireLivekit();

    it('refuses to open a session until the facilitator has two-step sign-in, then opens it', async () => {
      const { facilitator, member, groupId } = await groupWithMember(h.app);
      const { id: sessionId } = await scheduleSession(facilitator, groupId);

      const refused = await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('TWO_STEP_REQUIRED');
      expect((await member.request('POST', `/api/sessions/${sessionId}/open`)).json().code).toBe('FORBIDDEN');

      const { secret } = (await facilitator.request('POST', '/api/auth/two-step/begin')).json() as { secret: string };
      expect((await facilitator.request('POST', '/api/auth/two-step/confirm', { code: await generate({ secret }) })).statusCode).toBe(200);

      const opened = await facilitator.request('POST', `/api/sessions/${sessionId}/open`);
      expect(opened.statusCode).toBe(200);
      expect(opened.json().status).toBe('open');
    });
  },
  { REQUIRE_FACILITATOR_TWO_STEP: 'true' },
);
