import { afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER, defaultPlan, phaseStartPayload, type LiveState } from '@hearth/shared';
import { describeEachDatabase, query, requireLivekit } from '../../../test/harness.js';
import { nextState, type LiveClient } from '../../../test/live-client.js';
import { openLiveSession } from '../../../test/live-session.js';

const open: LiveClient[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.disconnect();
});

describeEachDatabase('a session plan in the live channel', (h) => {
  requireLivekit();

  it('starts the saved plan’s phases from the panel: everyone sees the step, and a round phase runs its round', async () => {
    const { fran, mina, facilitator, member, groupId, sessionId } = await openLiveSession(h, open);
    const phases = defaultPlan(90).map((p) => (p.kind === 'round' ? { ...p, round: { ...p.round, seconds: 45 } } : p));
    await h.app.inject({
      method: 'PUT',
      url: `/api/groups/${groupId}/plan`,
      headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${facilitator.cookie}` },
      payload: { phases },
    });
    const plan = (await member.request('GET', `/api/sessions/${sessionId}/plan`)).json();
    const [checkIn, openProcess] = plan.phases;

    const [ack, seenByMember] = await Promise.all([
      fran.emitWithAck('phase:start', phaseStartPayload(checkIn, 0)),
      nextState(mina, (s) => s.planStep !== undefined),
    ]);
    expect(ack).toMatchObject({ ok: true });
    expect(seenByMember.planStep).toMatchObject({ index: 0, name: 'Check-in round', minutes: 15 });
    expect(seenByMember.round).toMatchObject({ kind: 'check-in', seconds: 45, order: [member.id] });
    expect(seenByMember.floor).toMatchObject({ userId: member.id, reason: 'round' });

    const [, next] = await Promise.all([fran.emitWithAck('phase:start', phaseStartPayload(openProcess, 1)), nextState(mina, (s) => s.planStep?.index === 1)]);
    expect(next.round).toBeNull();
    const [stored] = await query<{ step: LiveState['planStep'] }>(h.app, sql`select state->'planStep' as step from session_state where session_id = ${sessionId}`);
    expect(stored?.step).toMatchObject({ index: 1, name: 'Open process', minutes: 65 });
  });

  it('answers a phase with a bad name or minutes with VALIDATION_FAILED, and a member’s Start with FORBIDDEN', async () => {
    const { fran, mina } = await openLiveSession(h, open);
    for (const payload of [
      { index: 0, name: 'Check\u0000in', minutes: 15 },
      { index: 0, name: 'Check-in', minutes: 0 },
      { index: 0, name: 'Check-in', minutes: 15, round: { kind: 'popcorn' } },
    ]) {
      expect(await (fran.emitWithAck as (t: string, p: unknown) => Promise<unknown>)('phase:start', payload)).toMatchObject({
        ok: false,
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await mina.emitWithAck('phase:start', { index: 0, name: 'Open process', minutes: 60 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
