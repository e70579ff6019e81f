import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER } from '@hearth/shared';
import { describeEachDatabase, Person, query, type Harness } from '../../../test/harness.js';
import { groupWithMember, join, scheduleSession } from '../../../test/fixtures.js';

const NOTE = 'My daughter has a fever; I will be back next week.';

async function setting(h: Harness) {
  const { facilitator, member, groupId } = await groupWithMember(h.app);
  const other = await join(h.app, facilitator, groupId, 'Olga Other');
  const session = await scheduleSession(facilitator, groupId);
  return { facilitator, member, other, groupId, sessionId: session.id };
}

/** Person.request knows no PUT, so this sends one the same way: her cookie and the cross-site header. */
const put = (h: Harness, who: Person, sessionId: string, payload: unknown) =>
  h.app.inject({
    method: 'PUT',
    url: `/api/sessions/${sessionId}/absence`,
    headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${who.cookie}` },
    payload: payload as object,
  });

describeEachDatabase('absence notices', (h) => {
  it('lets a member say she cannot come: facilitators see her name and note, she sees only her own, the note sealed at rest', async () => {
    const { facilitator, member, other, sessionId } = await setting(h);
    const sent = await put(h, member, sessionId, { note: NOTE });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ sessionId, userId: member.id, displayName: 'Mina Member', note: NOTE });
    expect((await put(h, other, sessionId, {})).json().note).toBe('');

    const seenByFacilitator = (await facilitator.request('GET', `/api/sessions/${sessionId}/absences`)).json();
    expect(seenByFacilitator.map((a: { displayName: string; note: string }) => [a.displayName, a.note])).toEqual([
      ['Mina Member', NOTE],
      ['Olga Other', ''],
    ]);
    const seenByOther = (await other.request('GET', `/api/sessions/${sessionId}/absences`)).json();
    expect(seenByOther).toEqual([expect.objectContaining({ userId: other.id, note: '' })]);
    expect(JSON.stringify(seenByOther)).not.toContain('fever');

    const rows = await query<{ sealed_note: string | null }>(h.app, sql`select sealed_note from absences where session_id = ${sessionId} order by created_at`);
    expect(rows[0]?.sealed_note).toMatch(/^v\d\./);
    expect(rows[0]?.sealed_note).not.toContain('fever');
    expect(rows[1]?.sealed_note).toBeNull();
    // Nothing of the note in the audit log either.
    const audit = await query<{ detail: unknown }>(h.app, sql`select detail from audit_log where subject_id = ${sessionId} and action = 'session.absence'`);
    expect(JSON.stringify(audit)).not.toContain('fever');
  });

  it('takes a new note on a second notice and withdraws it when she can come after all', async () => {
    const { facilitator, member, sessionId } = await setting(h);
    await put(h, member, sessionId, { note: NOTE });
    expect((await put(h, member, sessionId, { note: 'Another reason' })).json().note).toBe('Another reason');
    expect(await query(h.app, sql`select 1 from absences where session_id = ${sessionId}`)).toHaveLength(1);
    expect((await member.request('DELETE', `/api/sessions/${sessionId}/absence`)).statusCode).toBe(204);
    expect((await facilitator.request('GET', `/api/sessions/${sessionId}/absences`)).json()).toEqual([]);
    // Withdrawing twice is no error.
    expect((await member.request('DELETE', `/api/sessions/${sessionId}/absence`)).statusCode).toBe(204);
  });

  it('refuses people outside the group, sessions that are over, and bad notes, writing nothing', async () => {
    const { facilitator, member, sessionId } = await setting(h);
    const elsewhere = await groupWithMember(h.app);
    for (const who of [elsewhere.member, elsewhere.facilitator]) {
      for (const res of [
        await put(h, who, sessionId, { note: 'hi' }),
        await who.request('GET', `/api/sessions/${sessionId}/absences`),
        await who.request('DELETE', `/api/sessions/${sessionId}/absence`),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('NOT_A_MEMBER');
      }
    }
    for (const body of [{ note: 'a\u0000b' }, { note: 'x'.repeat(1001) }, { note: 42 }]) {
      const res = await put(h, member, sessionId, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    expect((await put(h, member, '00000000-0000-4000-8000-000000000000', {})).statusCode).toBe(404);
    expect((await put(h, member, 'nope', {})).statusCode).toBe(400);

    await facilitator.request('POST', `/api/sessions/${sessionId}/cancel`);
    const late = await put(h, member, sessionId, { note: NOTE });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'SESSION_NOT_SCHEDULED', details: { status: 'cancelled' } });
    expect(await query(h.app, sql`select 1 from absences where session_id = ${sessionId}`)).toEqual([]);
  });
});
