import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER } from '@hearth/shared';
import { describeEachDatabase, Person, query, requireLivekit, type Harness } from '../../../test/harness.js';
import { createGroup, groupWithMember, join, publish, scheduleSession } from '../../../test/fixtures.js';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _enc, done) {
    logLines.push(String(chunk));
    done();
  },
});

/** Person.request knows no PUT, so this sends one the same way: her cookie and the cross-site header. */
export const put = (h: Harness, person: Person, url: string, payload: unknown) =>
  h.app.inject({ method: 'PUT', url, headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${person.cookie}` }, payload: payload as object });

const NOTE = { themes: 'Saying no to the board', dynamics: 'Mina and Ruth leaned on each other', risk: 'None this week', plan: 'Check in with Ruth first' };

/** A group whose session took place: opened, one stay in the room recorded, ended. */
async function heldSession(h: Harness) {
  const { facilitator, member, groupId } = await groupWithMember(h.app);
  const session = await scheduleSession(facilitator, groupId);
  expect((await facilitator.request('POST', `/api/sessions/${session.id}/open`)).statusCode).toBe(200);
  await query(
    h.app,
    sql`insert into attendance (session_id, user_id, joined_at, left_at) values (${session.id}, ${member.id}, now() - interval '50 minutes', now() - interval '5 minutes')`,
  );
  expect((await facilitator.request('POST', `/api/sessions/${session.id}/end`)).statusCode).toBe(200);
  return { facilitator, member, groupId, sessionId: session.id };
}

const rows = async (h: Harness, sessionId: string) => ({
  group: await query<{ sealed: string }>(h.app, sql`select sealed from session_notes where session_id = ${sessionId}`),
  member: await query<{ sealed: string }>(h.app, sql`select sealed from member_notes where session_id = ${sessionId}`),
  recap: await query<{ sealed: string }>(h.app, sql`select sealed from session_recaps where session_id = ${sessionId}`),
});

describeEachDatabase(
  'facilitator notes and the recap',
  (h) => {
    requireLivekit();

    it('keeps a group note and a note per member for the facilitators, sealed in the database, beside the attendance recorded', async () => {
      const { facilitator, member, sessionId } = await heldSession(h);
      expect((await put(h, facilitator, `/api/sessions/${sessionId}/notes/group`, NOTE)).statusCode).toBe(204);
      const memberNote = 'Spoke for the first time about her father; came back to it at check-out.';
      expect((await put(h, facilitator, `/api/sessions/${sessionId}/notes/members/${member.id}`, { body: memberNote })).statusCode).toBe(204);

      const page = await facilitator.request('GET', `/api/sessions/${sessionId}/notes`);
      expect(page.statusCode).toBe(200);
      const notes = page.json();
      expect(notes.writable).toBe(true);
      expect(notes.groupNote).toMatchObject({ ...NOTE, updatedBy: 'Fran' });
      expect(notes.members).toEqual([
        {
          userId: member.id,
          displayName: 'Mina Member',
          attendance: { firstJoinedAt: expect.any(String), lastLeftAt: expect.any(String), minutes: 45 },
          note: { body: memberNote, updatedAt: expect.any(String), updatedBy: 'Fran' },
        },
      ]);

      const raw = await rows(h, sessionId);
      for (const row of [...raw.group, ...raw.member]) {
        expect(row.sealed).toMatch(/^v2\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
        for (const words of [...Object.values(NOTE), memberNote, 'father', 'Ruth']) expect(row.sealed).not.toContain(words);
      }
      const audits = await query<{ action: string; detail: unknown }>(
        h.app,
        sql`select action, detail from audit_log where subject_id in (${sessionId}, ${member.id}) and action like '%note%'`,
      );
      expect(audits).toEqual([
        { action: 'session_note.save', detail: {} },
        { action: 'member_note.save', detail: {} },
      ]);
    });

    it('refuses members with 403 on every note and recap route, and changes nothing', async () => {
      const { facilitator, member, sessionId } = await heldSession(h);
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/group`, NOTE);
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/members/${member.id}`, { body: 'Fran’s own words' });
      await put(h, facilitator, `/api/sessions/${sessionId}/recap`, { body: 'We talked about saying no.' });
      const before = await rows(h, sessionId);

      const read = await member.request('GET', `/api/sessions/${sessionId}/notes`);
      expect(read.statusCode).toBe(403);
      expect(read.json().code).toBe('FORBIDDEN');
      for (const [url, payload] of [
        [`/api/sessions/${sessionId}/notes/group`, { ...NOTE, themes: 'mine now' }],
        [`/api/sessions/${sessionId}/notes/members/${member.id}`, { body: 'what I think of myself' }],
        [`/api/sessions/${sessionId}/recap`, { body: 'a recap by a member' }],
      ] as const) {
        const res = await put(h, member, url, payload);
        expect(res.statusCode, url).toBe(403);
        expect(res.json().code, url).toBe('FORBIDDEN');
      }
      expect(await rows(h, sessionId)).toEqual(before);

      const stranger = await Person.signUp(h.app, 'Sara Stranger');
      for (const url of [`/api/sessions/${sessionId}/notes`, `/api/sessions/${sessionId}/recap`]) {
        const res = await stranger.request('GET', url);
        expect(res.statusCode, url).toBe(403);
        expect(res.json().code, url).toBe('NOT_A_MEMBER');
      }
      expect((await put(h, stranger, `/api/sessions/${sessionId}/recap`, { body: 'x' })).statusCode).toBe(403);
      expect(await rows(h, sessionId)).toEqual(before);
    });

    it('never puts a note into what a member reads; she reads the recap, which is sealed too', async () => {
      const { facilitator, member, groupId, sessionId } = await heldSession(h);
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/group`, NOTE);
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/members/${member.id}`, { body: 'Withdrawn after the break' });
      const recap = 'Mina shared how a meeting went; Ruth and Dana talked about evenings at home.';
      expect((await put(h, facilitator, `/api/sessions/${sessionId}/recap`, { body: recap })).statusCode).toBe(204);

      const seen = await member.request('GET', `/api/sessions/${sessionId}/recap`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toEqual({ recap: { body: recap, updatedAt: expect.any(String) } });
      for (const url of [
        `/api/sessions/${sessionId}`,
        `/api/sessions/${sessionId}/recap`,
        `/api/groups/${groupId}/sessions`,
        `/api/groups/${groupId}`,
        '/api/journal',
      ]) {
        const body = (await member.request('GET', url)).body;
        for (const words of [...Object.values(NOTE), 'Withdrawn']) expect(body, url).not.toContain(words);
      }
      const [row] = (await rows(h, sessionId)).recap;
      expect(row?.sealed).not.toContain('Ruth');
      expect(row?.sealed.startsWith('v2.')).toBe(true);

      expect((await put(h, facilitator, `/api/sessions/${sessionId}/recap`, { body: '  ' })).statusCode).toBe(204);
      expect((await member.request('GET', `/api/sessions/${sessionId}/recap`)).json()).toEqual({ recap: null });
      expect((await rows(h, sessionId)).recap).toEqual([]);
    });

    it('deletes a note saved empty', async () => {
      const { facilitator, member, sessionId } = await heldSession(h);
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/group`, NOTE);
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/members/${member.id}`, { body: 'a note' });
      expect((await put(h, facilitator, `/api/sessions/${sessionId}/notes/group`, { themes: '', dynamics: ' ', risk: '', plan: '' })).statusCode).toBe(204);
      expect((await put(h, facilitator, `/api/sessions/${sessionId}/notes/members/${member.id}`, { body: '' })).statusCode).toBe(204);
      expect(await rows(h, sessionId)).toEqual({ group: [], member: [], recap: [] });
      const notes = (await facilitator.request('GET', `/api/sessions/${sessionId}/notes`)).json();
      expect(notes.groupNote).toBeNull();
      expect(notes.members[0].note).toBeNull();
    });

    it('gives the recap to those who were in the group that week, not to someone who joined after', async () => {
      const { facilitator, member, groupId, sessionId } = await heldSession(h);
      expect((await put(h, facilitator, `/api/sessions/${sessionId}/recap`, { body: 'Mina told us about the board meeting.' })).statusCode).toBe(204);
      const newcomer = await join(h.app, facilitator, groupId, 'Nora Newcomer');
      expect((await newcomer.request('GET', `/api/sessions/${sessionId}/recap`)).json()).toEqual({ recap: null });
      expect((await member.request('GET', `/api/sessions/${sessionId}/recap`)).json()).toMatchObject({ recap: { body: 'Mina told us about the board meeting.' } });
    });

    it('keeps notes for a session that has begun and a recap for one that has ended', async () => {
      const { facilitator, member, groupId } = await groupWithMember(h.app);
      const { id } = await scheduleSession(facilitator, groupId);
      const early = await put(h, facilitator, `/api/sessions/${id}/notes/group`, NOTE);
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({ code: 'SESSION_NOT_ENDED', details: { status: 'scheduled' } });
      expect((await facilitator.request('GET', `/api/sessions/${id}/notes`)).json().writable).toBe(false);
      await facilitator.request('POST', `/api/sessions/${id}/open`);
      expect((await put(h, facilitator, `/api/sessions/${id}/notes/members/${member.id}`, { body: 'Arrived late' })).statusCode).toBe(204);
      const recap = await put(h, facilitator, `/api/sessions/${id}/recap`, { body: 'Too soon' });
      expect(recap.statusCode).toBe(409);
      expect(recap.json().code).toBe('SESSION_NOT_ENDED');
      expect((await rows(h, id)).recap).toEqual([]);
    });

    it.each([
      ['a NUL character', `/notes/group`, { ...NOTE, risk: 'none\u0000' }, 'body.risk'],
      ['4001 characters', `/notes/group`, { ...NOTE, plan: 'x'.repeat(4001) }, 'body.plan'],
      ['a number for a prompt', `/notes/group`, { ...NOTE, themes: 42 }, 'body.themes'],
      ['an unknown field', `/notes/group`, { ...NOTE, diagnosis: 'F32' }, 'body'],
      ['a NUL in a member note', `/notes/members/MEMBER`, { body: 'a\u0000b' }, 'body.body'],
      ['no body in a member note', `/notes/members/MEMBER`, {}, 'body.body'],
      ['a member id that is not a uuid', `/notes/members/not-a-uuid`, { body: 'x' }, 'params.memberId'],
      ['a recap of 2001 characters', `/recap`, { body: 'x'.repeat(2001) }, 'body.body'],
    ])('refuses %s with VALIDATION_FAILED naming the field, writing nothing', async (_, path, payload, field) => {
      const { facilitator, member, sessionId } = await heldSession(h);
      const res = await put(h, facilitator, `/api/sessions/${sessionId}${path.replace('MEMBER', member.id)}`, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect(await rows(h, sessionId)).toEqual({ group: [], member: [], recap: [] });
    });

    it('answers unknown sessions, unknown people and another group’s member with 404, writing nothing', async () => {
      const { facilitator, sessionId } = await heldSession(h);
      const otherFacilitator = await Person.signUp(h.app, 'Olga Other');
      const other = await createGroup(otherFacilitator);
      await publish(otherFacilitator, other.id);
      const outsider = await join(h.app, otherFacilitator, other.id, 'Oona Outsider');
      const nobody = '00000000-0000-4000-8000-000000000000';
      for (const memberId of [outsider.id, nobody, facilitator.id]) {
        const res = await put(h, facilitator, `/api/sessions/${sessionId}/notes/members/${memberId}`, { body: 'about someone else' });
        expect(res.statusCode, memberId).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      }
      for (const res of [
        await facilitator.request('GET', `/api/sessions/${nobody}/notes`),
        await put(h, facilitator, `/api/sessions/${nobody}/notes/group`, NOTE),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      }
      // Her own group's session, but another group's facilitator: not hers to read.
      const foreign = await otherFacilitator.request('GET', `/api/sessions/${sessionId}/notes`);
      expect(foreign.statusCode).toBe(403);
      expect(await rows(h, sessionId)).toEqual({ group: [], member: [], recap: [] });
    });

    it('writes no note or recap words to the logs, even for refused input', async () => {
      const { facilitator, member, sessionId } = await heldSession(h);
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/group`, { ...NOTE, themes: 'Zanzibar-themes-secret' });
      await put(h, facilitator, `/api/sessions/${sessionId}/notes/members/${member.id}`, { body: 'Quixotic-member-secret' });
      await put(h, facilitator, `/api/sessions/${sessionId}/recap`, { body: 'Xylophone-recap-secret\u0000' });
      await put(h, member, `/api/sessions/${sessionId}/recap`, { body: 'Marmalade-member-secret' });
      await facilitator.request('GET', `/api/sessions/${sessionId}/notes`);
      const log = logLines.join('');
      expect(logLines.length).toBeGreaterThan(3);
      for (const secret of ['Zanzibar', 'Quixotic', 'Xylophone', 'Marmalade', 'Saying no to the board']) expect(log).not.toContain(secret);
    });
  },
  { LOG_LEVEL: 'debug' },
  { logStream },
);
