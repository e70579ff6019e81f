import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { GroupRecord, SessionReport } from '@hearth/shared';
import { describeEachDatabase, Person, requireLivekit } from '../../../test/harness.js';
import { groupOf, MINUTE, openedBeforeStart, pastSession, webhook } from '../../../test/record-session.js';

describeEachDatabase('who may read the record, and its CSV', (h) => {
  requireLivekit();

  async function endedSessionWith(names: string[]) {
    const group = await groupOf(h.app, names);
    const session = await pastSession(h.app, group.facilitator, group.groupId, 120);
    return { ...group, ...session };
  }

  async function end(facilitator: Person, sessionId: string, start: number) {
    expect((await facilitator.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
    await openedBeforeStart(h.app, sessionId, start);
    expect((await facilitator.request('POST', `/api/sessions/${sessionId}/end`)).statusCode).toBe(200);
  }

  it('answers a member 403 FORBIDDEN, an outsider 403 NOT_A_MEMBER, an unknown id 404 and a bad id 400 on every record route', async () => {
    const { facilitator, members, groupId, sessionId, start } = await endedSessionWith(['Ann Archer']);
    await end(facilitator, sessionId, start);
    const outsider = await Person.signUp(h.app, 'Olga Outsider');
    const routes = [
      `/api/sessions/${sessionId}/report`,
      `/api/sessions/${sessionId}/report.csv`,
      `/api/groups/${groupId}/record`,
      `/api/groups/${groupId}/record.csv`,
    ];
    for (const url of routes) {
      expect((await facilitator.request('GET', url)).statusCode, url).toBe(200);
      const asMember = await members[0]!.request('GET', url);
      expect([asMember.statusCode, asMember.json().code], url).toEqual([403, 'FORBIDDEN']);
      // Nothing of the record in the refusal: no airtime, no names.
      expect(asMember.body).not.toContain('Ann Archer');
      const asOutsider = await outsider.request('GET', url);
      expect([asOutsider.statusCode, asOutsider.json().code], url).toEqual([403, 'NOT_A_MEMBER']);
      expect((await h.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    const unknown = randomUUID();
    for (const url of [
      `/api/sessions/${unknown}/report`,
      `/api/sessions/${unknown}/report.csv`,
      `/api/groups/${unknown}/record`,
      `/api/groups/${unknown}/record.csv`,
    ]) {
      const res = await facilitator.request('GET', url);
      expect([res.statusCode, res.json().code], url).toEqual([404, 'NOT_FOUND']);
    }
    for (const url of ['/api/sessions/not-a-uuid/report', '/api/groups/%00/record.csv']) {
      expect((await facilitator.request('GET', url)).statusCode, url).toBe(400);
    }
  });

  it('exports CSV that parses back to the report, quotes commas and quotes, and keeps a formula-like name as text', async () => {
    const tricky = ['=HYPERLINK("http://evil.test","x")', '+Plus Person', '-Minus Person', '@At Person', 'Comma, "Quoted" Person'];
    const { facilitator, members, groupId, sessionId, roomName, start } = await endedSessionWith(tricky);
    for (const m of members) await webhook(h.app, 'participant_joined', roomName, m.id, start + 10 * MINUTE);
    await end(facilitator, sessionId, start);

    const res = await facilitator.request('GET', `/api/sessions/${sessionId}/report.csv`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="hearth-session-${new Date(start).toISOString().slice(0, 10)}.csv"`);
    const rows = parse(res.body, { bom: true }) as string[][];
    const report = (await facilitator.request('GET', `/api/sessions/${sessionId}/report`)).json() as SessionReport;
    expect(rows[0]).toEqual([
      'Member',
      'Attendance',
      'First joined',
      'Last left',
      'Stays',
      'Minutes in room',
      'Turns',
      'Airtime (s)',
      'Fair share (s)',
      'Share of fair share (%)',
      'Removed',
    ]);
    expect(rows).toHaveLength(report.members.length + 1);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    // Every cell that starts like a formula gets a leading apostrophe; the rest is the name exactly.
    expect([...byName.keys()].sort()).toEqual(
      ["'+Plus Person", "'-Minus Person", '\'=HYPERLINK("http://evil.test","x")', "'@At Person", 'Comma, "Quoted" Person'].sort(),
    );
    expect(byName.get('Comma, "Quoted" Person')?.slice(1, 3)).toEqual(['Late', new Date(start + 10 * MINUTE).toISOString()]);
    for (const row of rows.slice(1)) expect(row).toHaveLength(11);

    const record = await facilitator.request('GET', `/api/groups/${groupId}/record.csv`);
    expect(record.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(record.headers['content-disposition']).toMatch(/^attachment; filename="hearth-group-record-\d{4}-\d{2}-\d{2}\.csv"$/);
    const recordRows = parse(record.body, { bom: true }) as string[][];
    expect(recordRows[0]).toEqual(['Session start', 'Member', 'Attendance', 'Airtime share (%)']);
    expect(recordRows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual(tricky.map(() => [new Date(start).toISOString(), 'Late', '']));
    expect(recordRows.slice(1).every((r) => !/^[=+\-@]/.test(r[1]!))).toBe(true);
  });

  it('puts the group’s last eight ended sessions in the record, oldest first, and leaves out those not ended', async () => {
    const { facilitator, members, groupId } = await groupOf(h.app, ['Ann Archer']);
    // She has been in the group a month, so she counts in sessions she missed too.
    await h.app.db.execute(sql`update group_members set joined_at = now() - interval '30 days' where user_id = ${members[0]!.id}`);
    const ids: string[] = [];
    for (let i = 10; i >= 1; i--) {
      const { sessionId, roomName, start } = await pastSession(h.app, facilitator, groupId, i * 24 * 60);
      if (i % 2 === 0) await webhook(h.app, 'participant_joined', roomName, members[0]!.id, start);
      await end(facilitator, sessionId, start);
      ids.push(sessionId);
    }
    await pastSession(h.app, facilitator, groupId, 30);
    const record = (await facilitator.request('GET', `/api/groups/${groupId}/record`)).json() as GroupRecord;
    expect(record.sessions.map((s) => s.id)).toEqual(ids.slice(2));
    expect(record.members).toHaveLength(1);
    expect(record.members[0]!.cells.map((c) => c.category)).toEqual(['on_time', 'absent', 'on_time', 'absent', 'on_time', 'absent', 'on_time', 'absent']);
    expect(record.sessions.map((s) => s.present)).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
  });
});
