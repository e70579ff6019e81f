import { afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LiveState, SessionReport } from '@hearth/shared';
import { describeEachDatabase, query, requireLivekit } from '../../../test/harness.js';
import { nextState, type LiveClient } from '../../../test/live-client.js';
import { groupOf, MINUTE, openAndConnect, openedBeforeStart, pastSession, pause, send, webhook } from '../../../test/record-session.js';

const open: LiveClient[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.disconnect();
});

describeEachDatabase('the report on an ended session', (h) => {
  requireLivekit();

  it('tells each figure of a scripted session: attendance, airtime against the fair share, turns, rounds, moments, removals', async () => {
    const names = ['Ann Archer', 'Bea Baker', 'Cleo Carter', 'Dee Dalton', 'Gus Grant', 'Eve Evans', 'Fay Fisher'];
    const { facilitator, groupId, members } = await groupOf(h.app, names);
    const [ann, bea, cleo, dee, gus, eve, fay] = members as [(typeof members)[number], ...(typeof members)[number][]];
    const { sessionId, roomName, start } = await pastSession(h.app, facilitator, groupId, 60);

    // LiveKit's word on who was in the room: Ann a minute early, Bea 8 minutes late, Cleo gone after 30,
    // Dee dropped out for 5 minutes and came back, Gus there from the start until he was removed.
    await webhook(h.app, 'participant_joined', roomName, ann!.id, start - 1 * MINUTE);
    await webhook(h.app, 'participant_joined', roomName, bea!.id, start + 8 * MINUTE);
    await webhook(h.app, 'participant_joined', roomName, cleo!.id, start);
    await webhook(h.app, 'participant_left', roomName, cleo!.id, start + 30 * MINUTE);
    await webhook(h.app, 'participant_joined', roomName, dee!.id, start + 1 * MINUTE);
    await webhook(h.app, 'participant_left', roomName, dee!.id, start + 20 * MINUTE);
    await webhook(h.app, 'participant_joined', roomName, dee!.id, start + 25 * MINUTE);
    await webhook(h.app, 'participant_joined', roomName, gus!.id, start + 2 * MINUTE);
    // Eve said beforehand she could not come (the absences feature writes this row); Fay did not.
    await h.app.db.execute(sql`insert into absences (session_id, user_id) values (${sessionId}, ${eve!.id})`);

    const { fran, clients } = await openAndConnect(h, open, facilitator, sessionId, [ann!, bea!, cleo!, dee!, gus!]);
    const [, beaLive, , deeLive] = clients as LiveClient[];
    await openedBeforeStart(h.app, sessionId, start);

    // Check-in: Ann speaks, Bea passes, Cleo speaks and the round ends after her.
    await send(fran, 'round:start', { kind: 'check-in', order: [ann!.id, bea!.id, cleo!.id] });
    await pause(30);
    await send(fran, 'round:next');
    await send(beaLive!, 'round:pass');
    await pause(30);
    await send(fran, 'round:next');
    // Open floor: Ann, then Dee.
    await send(fran, 'floor:give', { userId: ann!.id });
    await pause(150);
    await send(fran, 'floor:give', { userId: dee!.id });
    await pause(100);
    await send(fran, 'floor:end');
    // Bea needs a moment and the facilitator sees to it; Dee's moment is never cleared.
    await send(beaLive!, 'signal:moment');
    await send(fran, 'signal:clear', { userId: bea!.id });
    await send(deeLive!, 'signal:moment');
    await send(fran, 'member:remove', { userId: gus!.id });
    // Check-out over everyone still there: Ann passes, Bea is speaking when the facilitator ends it.
    await send(fran, 'round:start', { kind: 'check-out' });
    const ended = nextState(fran, (s) => (s as LiveState).lastRound?.kind === 'check-out');
    await send(clients[0]!, 'round:pass');
    await pause(30);
    await send(fran, 'round:end');
    const lastRound = ((await ended) as LiveState).lastRound!;
    expect((await facilitator.request('POST', `/api/sessions/${sessionId}/end`)).statusCode).toBe(200);
    const after = Date.now() + MINUTE;
    for (const p of [ann!, bea!, dee!]) await webhook(h.app, 'participant_left', roomName, p.id, after);

    const res = await facilitator.request('GET', `/api/sessions/${sessionId}/report`);
    expect(res.statusCode).toBe(200);
    const report = res.json() as SessionReport;
    const row = (id: string) => report.members.find((m) => m.userId === id)!;

    expect(report.graceMinutes).toBe(5);
    expect(report.session.measuredFrom).toBe(new Date(start).toISOString());
    expect(report.members.map((m) => m.displayName)).toEqual([...names].sort());
    expect(Object.fromEntries(report.members.map((m) => [m.displayName, m.category]))).toEqual({
      'Ann Archer': 'on_time',
      'Bea Baker': 'late',
      'Cleo Carter': 'left_early',
      'Dee Dalton': 'on_time',
      'Gus Grant': 'on_time',
      'Eve Evans': 'excused',
      'Fay Fisher': 'absent',
    });
    expect(row(dee!.id)).toMatchObject({
      stays: 2,
      firstJoinedAt: new Date(start + MINUTE).toISOString(),
      lastLeftAt: new Date(Math.floor(after / 1000) * 1000).toISOString(),
    });
    expect(row(cleo!.id)).toMatchObject({ stays: 1, minutesInRoom: 30 });
    expect(row(fay!.id)).toMatchObject({ stays: 0, firstJoinedAt: null, airtimeMs: 0, turns: 0 });

    // Airtime and turns, each exactly the turns table's own rows.
    const turnRows = await query<{ user_id: string; ms: string; n: number }>(
      h.app,
      sql`select user_id, sum(extract(epoch from (ended_at - started_at)) * 1000)::bigint as ms, count(*)::int as n from turns where session_id = ${sessionId} group by user_id`,
    );
    const fromTable = new Map(turnRows.map((r) => [r.user_id, { airtimeMs: Number(r.ms), turns: r.n }]));
    expect(Object.fromEntries(report.members.map((m) => [m.displayName, m.turns]))).toMatchObject({
      'Ann Archer': 3,
      'Bea Baker': 2,
      'Cleo Carter': 1,
      'Dee Dalton': 1,
      'Gus Grant': 0,
    });
    for (const m of report.members) expect({ airtimeMs: m.airtimeMs, turns: m.turns }).toEqual(fromTable.get(m.userId) ?? { airtimeMs: 0, turns: 0 });
    expect(row(ann!.id).airtimeMs).toBeGreaterThanOrEqual(150 + 30);
    expect(row(dee!.id).airtimeMs).toBeGreaterThanOrEqual(100);
    const total = report.members.reduce((sum, m) => sum + m.airtimeMs, 0);
    expect(report.totalAirtimeMs).toBe(total);
    // Five were in the room (Ann, Bea, Cleo, Dee, Gus).
    expect(report.fairShareMs).toBe(Math.round(total / 5));
    expect(report.facilitatorAirtimeMs).toBe(0);

    // Rounds: who spoke and who passed, the second as the live reducer itself recorded it.
    const namesOf = (people: { displayName: string }[]) => people.map((p) => p.displayName);
    expect(report.rounds.map((r) => ({ kind: r.kind, spoke: namesOf(r.spoke), passed: namesOf(r.passed) }))).toEqual([
      { kind: 'check-in', spoke: ['Ann Archer', 'Cleo Carter'], passed: ['Bea Baker'] },
      { kind: 'check-out', spoke: ['Bea Baker'], passed: ['Ann Archer'] },
    ]);
    expect(report.rounds[1]!.spoke.map((p) => p.userId)).toEqual(lastRound.spoke);
    expect(report.rounds[1]!.passed.map((p) => p.userId)).toEqual(lastRound.passed);

    expect(report.moments.map((m) => ({ name: m.displayName, acknowledged: m.acknowledgedAt !== null }))).toEqual([
      { name: 'Bea Baker', acknowledged: true },
      { name: 'Dee Dalton', acknowledged: false },
    ]);
    expect(report.removals).toEqual([expect.objectContaining({ userId: gus!.id, displayName: 'Gus Grant', removedBy: 'Fran Facilitator' })]);
    expect(row(gus!.id).removed).toBe(true);
    expect(row(ann!.id).removed).toBe(false);
  });

  it('waits for the session to end before it reports', async () => {
    const { facilitator, groupId } = await groupOf(h.app, ['Ann Archer']);
    const { sessionId } = await pastSession(h.app, facilitator, groupId, 10);
    const res = await facilitator.request('GET', `/api/sessions/${sessionId}/report`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('SESSION_NOT_ENDED');
  });
});
