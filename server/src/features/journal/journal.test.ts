import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person, query, requireLivekit, type Harness } from '../../../test/harness.js';
import { groupWithMember, join, scheduleSession } from '../../../test/fixtures.js';

const ENTRY = {
  resonated: 'When Ruth said she is tired of being the strong one',
  workAndHome: 'I do the same with my team and at dinner',
  skill: 'Ask for help before I am exhausted',
};

/** A group with two members and a session that has ended. */
async function endedSession(h: Harness) {
  const { facilitator, member, groupId } = await groupWithMember(h.app);
  const other = await join(h.app, facilitator, groupId, 'Ruth Member');
  const { id: sessionId } = await scheduleSession(facilitator, groupId);
  expect((await facilitator.request('POST', `/api/sessions/${sessionId}/end`)).statusCode).toBe(200);
  return { facilitator, member, other, groupId, sessionId };
}

const journalRows = (h: Harness, userId: string) =>
  query<{ id: string; sealed: string; shared_at: Date | null }>(h.app, sql`select id, sealed, shared_at from journal_entries where user_id = ${userId}`);

const write = async (person: Person, sessionId: string, answers: Partial<typeof ENTRY> = ENTRY) => {
  const res = await person.request('POST', '/api/journal', { sessionId, ...answers });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};

describeEachDatabase('the reflection journal', (h) => {
  requireLivekit();

  it('keeps her reflection on an ended session, sealed in its row, and lists it with its session', async () => {
    const { member, sessionId } = await endedSession(h);
    const entry = await write(member, sessionId);
    expect(entry).toMatchObject({ ...ENTRY, sessionId, groupName: 'Mothers who lead', sharedAt: null });

    expect((await member.request('GET', '/api/journal')).json()).toEqual([entry]);
    expect((await member.request('GET', `/api/sessions/${sessionId}/journal`)).json()).toEqual([entry]);
    const [row] = await journalRows(h, member.id);
    expect(row?.sealed.startsWith('v2.')).toBe(true);
    for (const words of [...Object.values(ENTRY), 'Ruth', 'tired']) expect(row?.sealed).not.toContain(words);
  });

  it('is unreadable to anyone else, facilitators of her group included, until she shares that one entry; and she can take it back', async () => {
    const { facilitator, member, other, sessionId } = await endedSession(h);
    const shared = await write(member, sessionId);
    const kept = await write(member, sessionId, { resonated: 'Something only for me' });

    for (const person of [facilitator, other]) {
      expect((await person.request('GET', '/api/journal')).json()).toEqual([]);
      expect((await person.request('GET', `/api/sessions/${sessionId}/journal`)).json()).toEqual([]);
      for (const [method, url] of [
        ['PATCH', `/api/journal/${shared.id}`],
        ['DELETE', `/api/journal/${shared.id}`],
        ['DELETE', `/api/journal/${shared.id}/share`],
      ] as const) {
        const res = await person.request(method, url, method === 'PATCH' ? { ...ENTRY, skill: 'taken over' } : undefined);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      }
      const exported = await person.request('GET', '/api/journal/export?format=json');
      expect(exported.json().entries).toEqual([]);
    }
    const notes = async () => (await facilitator.request('GET', `/api/sessions/${sessionId}/notes`)).json();
    expect((await notes()).sharedEntries).toEqual([]);
    expect((await facilitator.request('GET', `/api/sessions/${sessionId}/notes`)).body).not.toContain('Ruth said');

    const sharing = await h.app.inject({
      method: 'PUT',
      url: `/api/journal/${shared.id}/share`,
      headers: { 'x-hearth-request': '1', cookie: `hearth_session=${member.cookie}` },
    });
    expect(sharing.statusCode).toBe(200);
    expect(sharing.json().sharedAt).toEqual(expect.any(String));
    expect((await notes()).sharedEntries).toEqual([{ id: shared.id, userId: member.id, displayName: 'Mina Member', ...ENTRY, sharedAt: sharing.json().sharedAt }]);
    expect(JSON.stringify(await notes())).not.toContain('Something only for me');
    // Another member never sees it, shared or not.
    expect((await other.request('GET', `/api/sessions/${sessionId}/notes`)).statusCode).toBe(403);
    const taking = await h.app.inject({
      method: 'PUT',
      url: `/api/journal/${kept.id}/share`,
      headers: { 'x-hearth-request': '1', cookie: `hearth_session=${other.cookie}` },
    });
    expect(taking.statusCode).toBe(404);

    expect((await member.request('DELETE', `/api/journal/${shared.id}/share`)).json().sharedAt).toBeNull();
    expect((await notes()).sharedEntries).toEqual([]);
    expect((await journalRows(h, member.id)).every((r) => r.shared_at === null)).toBe(true);
  });

  it('changes an entry, and deletes it from the table for good', async () => {
    const { member, sessionId } = await endedSession(h);
    const entry = await write(member, sessionId);
    const changed = await member.request('PATCH', `/api/journal/${entry.id}`, { ...ENTRY, skill: 'Say no once this week' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: entry.id, skill: 'Say no once this week' });
    expect((await member.request('GET', '/api/journal')).json()[0].skill).toBe('Say no once this week');

    expect((await member.request('DELETE', `/api/journal/${entry.id}`)).statusCode).toBe(204);
    expect(await query(h.app, sql`select id from journal_entries where id = ${entry.id}`)).toEqual([]);
    expect((await member.request('GET', '/api/journal')).json()).toEqual([]);
    expect((await member.request('DELETE', `/api/journal/${entry.id}`)).statusCode).toBe(404);
  });

  it('exports her entries, and only hers, as Markdown and as JSON', async () => {
    const { member, other, sessionId } = await endedSession(h);
    await write(member, sessionId);
    await write(member, sessionId, { skill: 'Listen to the end' });
    await write(other, sessionId, { resonated: 'Ruth’s own entry, not Mina’s' });

    const md = await member.request('GET', '/api/journal/export');
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.headers['content-disposition']).toMatch(/^attachment; filename="hearth-journal-\d{4}-\d{2}-\d{2}\.md"$/);
    expect(md.body).toContain('# My Hearth journal');
    expect(md.body).toContain(ENTRY.resonated);
    expect(md.body).toContain('Listen to the end');
    expect(md.body).not.toContain('Ruth’s own entry');

    const json = await member.request('GET', '/api/journal/export?format=json');
    expect(json.headers['content-type']).toContain('application/json');
    expect(json.headers['content-disposition']).toContain('.json"');
    const data = json.json();
    expect(data.entries).toHaveLength(2);
    expect(data.entries.map((e: { skill: string }) => e.skill).sort()).toEqual([ENTRY.skill, 'Listen to the end'].sort());
    expect(json.body).not.toContain('Ruth’s own entry');
    expect((await member.request('GET', '/api/journal/export?format=pdf')).statusCode).toBe(400);
  });

  it('takes reflections only on an ended session of her own group', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const { id } = await scheduleSession(facilitator, groupId);
    const early = await member.request('POST', '/api/journal', { sessionId: id, ...ENTRY });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'SESSION_NOT_ENDED', details: { status: 'scheduled' } });
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    await facilitator.request('POST', `/api/sessions/${id}/end`);
    const foreign = await stranger.request('POST', '/api/journal', { sessionId: id, ...ENTRY });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('NOT_A_MEMBER');
    const missing = await member.request('POST', '/api/journal', { sessionId: '00000000-0000-4000-8000-000000000000', ...ENTRY });
    expect(missing.statusCode).toBe(404);
    expect(await journalRows(h, member.id)).toEqual([]);
    expect(await journalRows(h, stranger.id)).toEqual([]);
  });

  it.each([
    ['a NUL character', { resonated: 'a\u0000b' }, 'body.resonated'],
    ['4001 characters', { skill: 'x'.repeat(4001) }, 'body.skill'],
    ['nothing written', { resonated: ' ', workAndHome: '', skill: '' }, 'body.resonated'],
    ['a number', { workAndHome: 7 }, 'body.workAndHome'],
    ['an unknown field', { mood: 'low' }, 'body'],
    ['no session', { sessionId: undefined }, 'body.sessionId'],
    ['a session id that is not a uuid', { sessionId: 'last-week' }, 'body.sessionId'],
  ])('refuses %s with VALIDATION_FAILED naming the field, writing nothing', async (_, change, field) => {
    const { member, sessionId } = await endedSession(h);
    const res = await member.request('POST', '/api/journal', { sessionId, ...ENTRY, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await journalRows(h, member.id)).toEqual([]);
  });

  it('refuses a bad change to an entry, keeping the entry as it was', async () => {
    const { member, sessionId } = await endedSession(h);
    const entry = await write(member, sessionId);
    for (const payload of [
      { ...ENTRY, resonated: '\u0000' },
      { resonated: '', workAndHome: '', skill: '' },
      { ...ENTRY, sessionId },
    ]) {
      expect((await member.request('PATCH', `/api/journal/${entry.id}`, payload)).statusCode).toBe(400);
    }
    expect((await member.request('PATCH', '/api/journal/not-an-id', ENTRY)).json().field).toBe('params.entryId');
    expect((await member.request('GET', '/api/journal')).json()[0]).toMatchObject(ENTRY);
  });
});
