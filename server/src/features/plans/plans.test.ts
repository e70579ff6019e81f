import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER, defaultPlan, type PlanPhase } from '@hearth/shared';
import { describeEachDatabase, Person, query, type Harness } from '../../../test/harness.js';
import { groupWithMember, scheduleSession } from '../../../test/fixtures.js';

const PLAN: PlanPhase[] = [
  { kind: 'round', name: 'Check-in round', minutes: 15, round: { kind: 'check-in', seconds: 90, shuffle: true } },
  { kind: 'open', name: 'Open process', minutes: 60 },
  { kind: 'round', name: 'Check-out round', minutes: 10, round: { kind: 'check-out' } },
];

/** Person.request knows no PUT, so this sends one the same way: her cookie and the cross-site header. */
const put = (h: Harness, person: Person, url: string, payload: unknown) =>
  h.app.inject({ method: 'PUT', url, headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${person.cookie}` }, payload: payload as object });

const planRows = (h: Harness, groupId: string) => query<{ phases: unknown }>(h.app, sql`select phases from session_plans where group_id = ${groupId}`);
const planAudits = (h: Harness, groupId: string) =>
  query<{ actor_id: string; detail: unknown }>(h.app, sql`select actor_id, detail from audit_log where group_id = ${groupId} and action = 'plan.update'`);

describeEachDatabase('session plans', (h) => {
  it('lets a facilitator save her group’s plan and read it back, replacing it whole on the next save, audited by counts', async () => {
    const { facilitator, groupId } = await groupWithMember(h.app);
    const empty = await facilitator.request('GET', `/api/groups/${groupId}/plan`);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ groupId, phases: [], updatedAt: null });

    const saved = await put(h, facilitator, `/api/groups/${groupId}/plan`, { phases: PLAN });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ groupId, phases: PLAN, updatedAt: expect.any(String) });
    expect((await facilitator.request('GET', `/api/groups/${groupId}/plan`)).json()).toEqual(saved.json());

    const shorter = defaultPlan(90).slice(0, 2);
    expect((await put(h, facilitator, `/api/groups/${groupId}/plan`, { phases: shorter })).json().phases).toEqual(shorter);
    expect(await planRows(h, groupId)).toEqual([{ phases: shorter }]);
    expect(await planAudits(h, groupId)).toEqual([
      { actor_id: facilitator.id, detail: { phases: 3, minutes: 85 } },
      { actor_id: facilitator.id, detail: { phases: 2, minutes: 80 } },
    ]);
  });

  it('shows members the plan, over the group and over a session of it, but lets only facilitators change it', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    await put(h, facilitator, `/api/groups/${groupId}/plan`, { phases: PLAN });
    const seen = await member.request('GET', `/api/groups/${groupId}/plan`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().phases).toEqual(PLAN);
    const session = await scheduleSession(facilitator, groupId);
    expect((await member.request('GET', `/api/sessions/${session.id}/plan`)).json()).toEqual(seen.json());

    const refused = await put(h, member, `/api/groups/${groupId}/plan`, { phases: [{ kind: 'open', name: 'Mine now', minutes: 90 }] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');
    expect(await planRows(h, groupId)).toEqual([{ phases: PLAN }]);
    expect(await planAudits(h, groupId)).toHaveLength(1);
  });

  it('keeps the plan from people outside the group, and says so about a session that does not exist', async () => {
    const { facilitator, groupId } = await groupWithMember(h.app);
    await put(h, facilitator, `/api/groups/${groupId}/plan`, { phases: PLAN });
    const session = await scheduleSession(facilitator, groupId);
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    for (const url of [`/api/groups/${groupId}/plan`, `/api/sessions/${session.id}/plan`]) {
      const res = await stranger.request('GET', url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('NOT_A_MEMBER');
    }
    const taken = await put(h, stranger, `/api/groups/${groupId}/plan`, { phases: PLAN.slice(0, 1) });
    expect(taken.statusCode).toBe(403);
    expect(taken.json().code).toBe('NOT_A_MEMBER');
    expect(await planRows(h, groupId)).toEqual([{ phases: PLAN }]);
    const missing = await facilitator.request('GET', '/api/sessions/00000000-0000-4000-8000-000000000000/plan');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
  });

  const open = (overrides: Record<string, unknown>) => ({ kind: 'open', name: 'Open process', minutes: 30, ...overrides });
  it.each([
    ['a NUL character in a name', [open({ name: 'Open\u0000process' })], 'body.phases.0.name'],
    ['a line break in a name', [open({ name: 'Open\nprocess' })], 'body.phases.0.name'],
    ['an empty name', [open({ name: '   ' })], 'body.phases.0.name'],
    ['a name of 61 characters', [open({ name: 'x'.repeat(61) })], 'body.phases.0.name'],
    ['0 minutes', [open({ minutes: 0 })], 'body.phases.0.minutes'],
    ['10,000 minutes', [open({ minutes: 10_000 })], 'body.phases.0.minutes'],
    ['half a minute', [open({ minutes: 0.5 })], 'body.phases.0.minutes'],
    ['nine phases', Array.from({ length: 9 }, () => open({ minutes: 5 })), 'body.phases'],
    ['no phases', [], 'body.phases'],
    ['more minutes in all than any session has', [open({ minutes: 120 }), open({ minutes: 61 })], 'body.phases'],
    ['an unknown phase kind', [open({ kind: 'meditation' })], 'body.phases.0.kind'],
    ['an unknown round kind', [{ ...PLAN[0], round: { kind: 'popcorn' } }], 'body.phases.0.round.kind'],
    ['a round phase without its round', [{ kind: 'round', name: 'Check-in', minutes: 10 }], 'body.phases.0.round'],
    ['5 seconds per person', [{ ...PLAN[0], round: { kind: 'check-in', seconds: 5 } }], 'body.phases.0.round.seconds'],
  ])('refuses a plan with %s, naming the field, and writes nothing', async (_, phases, field) => {
    const { facilitator, groupId } = await groupWithMember(h.app);
    await put(h, facilitator, `/api/groups/${groupId}/plan`, { phases: PLAN });
    const res = await put(h, facilitator, `/api/groups/${groupId}/plan`, { phases });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await planRows(h, groupId)).toEqual([{ phases: PLAN }]);
    expect(await planAudits(h, groupId)).toHaveLength(1);
  });
});
