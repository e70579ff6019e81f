import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { GroupRecord } from '@hearth/shared';
import { describeEachDatabase, Person, query, requireLivekit } from '../../../test/harness.js';
import { join } from '../../../test/fixtures.js';
import { groupOf, pastSession, webhook } from '../../../test/record-session.js';

describeEachDatabase('the check-out rating', (h) => {
  requireLivekit();

  /** Begun ten minutes ago and ended early; every member but those named in `absent` was in the room (as LiveKit reports it). */
  async function endedSession(names: string[], absent: string[] = []) {
    const group = await groupOf(h.app, names);
    const { sessionId, roomName } = await pastSession(h.app, group.facilitator, group.groupId, 10);
    expect((await group.facilitator.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
    for (const m of group.members) if (!absent.includes(m.displayName)) await webhook(h.app, 'participant_joined', roomName, m.id, Date.now());
    expect((await group.facilitator.request('POST', `/api/sessions/${sessionId}/end`)).statusCode).toBe(200);
    return { ...group, sessionId };
  }
  /** As if the session had ended this many hours ago. */
  const endedHoursAgo = (sessionId: string, hours: number) =>
    h.app.db.execute(sql`update sessions set ended_at = now() - make_interval(hours => ${hours}) where id = ${sessionId}`);

  const rate = (p: Person, sessionId: string, body: unknown) => p.request('POST', `/api/sessions/${sessionId}/checkout`, body);
  const summary = async (facilitator: Person, groupId: string) =>
    ((await facilitator.request('GET', `/api/groups/${groupId}/record`)).json() as GroupRecord).sessions[0]?.ratings;
  const stored = async (sessionId: string) =>
    (await query<{ n: number }>(h.app, sql`select count(*)::int as n from checkout_ratings where session_id = ${sessionId}`))[0]?.n;

  it('shows the facilitator nothing while the check-out is open, nothing for two answers, and the group’s averages from three once it closed', async () => {
    const { facilitator, members, groupId, sessionId } = await endedSession(['Ann Archer', 'Bea Baker', 'Cleo Carter']);
    const [ann, bea, cleo] = members as [Person, Person, Person];
    expect((await ann.request('GET', `/api/sessions/${sessionId}/checkout`)).json()).toEqual({ eligible: true, answered: false });
    expect((await rate(ann, sessionId, { feltHeard: 5, workedOnWhatMattered: 4, overall: 5 })).statusCode).toBe(201);
    expect((await rate(bea, sessionId, { feltHeard: 2, workedOnWhatMattered: 3, overall: 3 })).statusCode).toBe(201);
    expect(await summary(facilitator, groupId)).toBeNull();
    // Not the count either: the record says nothing that would tell who answered.
    const body = (await facilitator.request('GET', `/api/groups/${groupId}/record`)).body;
    expect(body).not.toMatch(/"answers"/);

    expect((await rate(cleo, sessionId, { feltHeard: 4, workedOnWhatMattered: 4, overall: 4 })).statusCode).toBe(201);
    expect((await ann.request('GET', `/api/sessions/${sessionId}/checkout`)).json()).toEqual({ eligible: true, answered: true });
    // Three answers, but the window is open: nothing yet, so no answer can be read off the way the averages move.
    expect(await summary(facilitator, groupId)).toBeNull();
    const ratingsFrom = async () =>
      Date.parse(((await facilitator.request('GET', `/api/groups/${groupId}/record`)).json() as GroupRecord).sessions[0]?.ratingsFrom ?? '');
    expect(await ratingsFrom()).toBeGreaterThan(Date.now() + 47 * 3_600_000);
    await endedHoursAgo(sessionId, 47);
    expect(await summary(facilitator, groupId)).toBeNull();
    await endedHoursAgo(sessionId, 49);
    expect(await summary(facilitator, groupId)).toEqual({ answers: 3, feltHeard: 3.67, workedOnWhatMattered: 3.67, overall: 4 });
  });

  it('keeps back two answers even once the check-out closed', async () => {
    const { facilitator, members, groupId, sessionId } = await endedSession(['Ann Archer', 'Bea Baker']);
    for (const m of members) expect((await rate(m, sessionId, { feltHeard: 5, workedOnWhatMattered: 5, overall: 5 })).statusCode).toBe(201);
    await endedHoursAgo(sessionId, 49);
    expect(await summary(facilitator, groupId)).toBeNull();
  });

  it('takes answers only from those who were in the room, and only until the window closes', async () => {
    const { members, sessionId } = await endedSession(['Ann Archer', 'Bea Baker'], ['Bea Baker']);
    const [ann, bea] = members as [Person, Person];
    const good = { feltHeard: 3, workedOnWhatMattered: 3, overall: 3 };
    const stayedAway = await rate(bea, sessionId, good);
    expect([stayedAway.statusCode, stayedAway.json().code]).toEqual([403, 'NOT_IN_SESSION']);
    expect((await bea.request('GET', `/api/sessions/${sessionId}/checkout`)).json()).toEqual({ eligible: false, answered: false });
    await endedHoursAgo(sessionId, 49);
    const late = await rate(ann, sessionId, good);
    expect([late.statusCode, late.json().code]).toEqual([409, 'CHECKOUT_CLOSED']);
    expect((await ann.request('GET', `/api/sessions/${sessionId}/checkout`)).json()).toEqual({ eligible: false, answered: false });
    expect(await stored(sessionId)).toBe(0);
  });

  it('takes one answer per member: a second is refused with ALREADY_RATED and changes nothing', async () => {
    const { members, sessionId } = await endedSession(['Ann Archer']);
    expect((await rate(members[0]!, sessionId, { feltHeard: 5, workedOnWhatMattered: 5, overall: 5 })).statusCode).toBe(201);
    const again = await rate(members[0]!, sessionId, { feltHeard: 1, workedOnWhatMattered: 1, overall: 1 });
    expect([again.statusCode, again.json().code]).toEqual([409, 'ALREADY_RATED']);
    const [row] = await query<{ overall: number }>(h.app, sql`select overall from checkout_ratings where session_id = ${sessionId}`);
    expect(row?.overall).toBe(5);
    expect(await stored(sessionId)).toBe(1);
  });

  it('refuses facilitators, outsiders, members who joined after the session, a session not ended and an unknown one', async () => {
    const { facilitator, members, groupId, sessionId } = await endedSession(['Ann Archer']);
    const good = { feltHeard: 3, workedOnWhatMattered: 3, overall: 3 };
    const outsider = await Person.signUp(h.app, 'Olga Outsider');
    const newcomer = await join(h.app, facilitator, groupId, 'Nina Newcomer');
    const { sessionId: upcoming } = await pastSession(h.app, facilitator, groupId, 10);
    // A session that ended before anyone here joined the group.
    const { sessionId: before } = await pastSession(h.app, facilitator, groupId, 24 * 60);
    expect((await facilitator.request('POST', `/api/sessions/${before}/open`)).statusCode).toBe(200);
    expect((await facilitator.request('POST', `/api/sessions/${before}/end`)).statusCode).toBe(200);
    const cases: [Person, string, number, string][] = [
      [facilitator, sessionId, 403, 'FORBIDDEN'],
      [outsider, sessionId, 403, 'NOT_A_MEMBER'],
      [newcomer, before, 403, 'NOT_A_MEMBER'],
      [members[0]!, upcoming, 409, 'SESSION_NOT_ENDED'],
      [members[0]!, randomUUID(), 404, 'NOT_FOUND'],
    ];
    for (const [who, id, status, code] of cases) {
      const res = await rate(who, id, good);
      expect([res.statusCode, res.json().code], who.displayName).toEqual([status, code]);
    }
    expect((await facilitator.request('GET', `/api/sessions/${sessionId}/checkout`)).json()).toEqual({ eligible: false, answered: false });
    expect((await newcomer.request('GET', `/api/sessions/${before}/checkout`)).json()).toEqual({ eligible: false, answered: false });
    // A member then, but she was not in the room.
    expect((await newcomer.request('GET', `/api/sessions/${sessionId}/checkout`)).json()).toEqual({ eligible: false, answered: false });
    expect((await outsider.request('GET', `/api/sessions/${sessionId}/checkout`)).statusCode).toBe(403);
    expect(await stored(sessionId)).toBe(0);
    expect(await stored(upcoming)).toBe(0);
    expect(await stored(before)).toBe(0);
  });

  it('refuses values off the scale with VALIDATION_FAILED and writes nothing', async () => {
    const { members, sessionId } = await endedSession(['Ann Archer']);
    const base = { feltHeard: 3, workedOnWhatMattered: 3, overall: 3 };
    for (const bad of [
      { ...base, overall: 0 },
      { ...base, overall: 6 },
      { ...base, feltHeard: 2.5 },
      { ...base, workedOnWhatMattered: '4' },
      { ...base, overall: '\u0000' },
      { ...base, overall: null },
      { feltHeard: 3, overall: 3 },
      { ...base, note: 'extra' },
      [3, 3, 3],
    ]) {
      const res = await rate(members[0]!, sessionId, bad);
      expect([res.statusCode, res.json().code], JSON.stringify(bad)).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await stored(sessionId)).toBe(0);
  });
});
