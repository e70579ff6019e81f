import { afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { AuditEntry } from '@hearth/shared';
import { describeEachDatabase, query, requireLivekit, type Harness, type Person } from '../../../test/harness.js';
import { AGREEMENT_V1, AGREEMENT_V2, confirmPrivacy, groupWithMember, join, publish, signCurrent } from '../../../test/fixtures.js';
import { connected, liveClient, nextState, type LiveClient } from '../../../test/live-client.js';
import { openLiveSession } from '../../../test/live-session.js';

const open: LiveClient[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.disconnect();
});

const REASON = 'Repeatedly shared what others said outside the group';

async function history(person: Person, groupId: string, limit = 100) {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const res = await person.request('GET', `/api/groups/${groupId}/audit?limit=${limit}${cursor ? `&before=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { entries: AuditEntry[]; nextCursor: string | null };
    expect(page.entries.length).toBeLessThanOrEqual(limit);
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

const auditRows = (h: Harness, groupId: string) =>
  query<{ action: string; detail: Record<string, unknown> }>(h.app, sql`select action, detail from audit_log where group_id = ${groupId}`);

describeEachDatabase('the group’s history and ending a membership', (h) => {
  requireLivekit();

  it('ends a membership with a reason kept in the audit log, and refuses her afterwards', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const url = `/api/groups/${groupId}/members/${member.id}`;
    for (const body of [undefined, {}, { reason: '' }, { reason: 'no\u0000' }, { reason: 'x'.repeat(501) }, { reason: 42 }]) {
      const res = await facilitator.request('DELETE', url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    expect((await member.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(200);
    const own = await facilitator.request('DELETE', `/api/groups/${groupId}/members/${facilitator.id}`, { reason: REASON });
    expect(own.statusCode).toBe(403);
    expect((await facilitator.request('DELETE', `/api/groups/${groupId}/members/00000000-0000-4000-8000-000000000000`, { reason: REASON })).statusCode).toBe(404);

    expect((await facilitator.request('DELETE', url, { reason: REASON })).statusCode).toBe(204);
    const rows = (await auditRows(h, groupId)).filter((r) => r.action === 'member.remove');
    expect(rows).toEqual([{ action: 'member.remove', detail: { reason: REASON } }]);
    expect((await member.request('GET', `/api/groups/${groupId}`)).json().code).toBe('NOT_A_MEMBER');
    expect((await member.request('POST', `/api/groups/${groupId}/membership/leaving`)).json().code).toBe('NOT_A_MEMBER');
    const again = await facilitator.request('DELETE', url, { reason: REASON });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MEMBERSHIP_ENDED');
  });

  it('shows facilitators who signed which version, admissions, removals, endings and leaving, newest first with names', async () => {
    const { base, facilitator, member, groupId, sessionId, fran } = await openLiveSession(h, open);
    await fran.emitWithAck('settings:update', { lobbyOn: true });
    const late = await join(h.app, facilitator, groupId, 'Lena Late');
    await signCurrent(late, groupId);
    await confirmPrivacy(late, sessionId);
    const lena = liveClient(base, late, sessionId);
    open.push(lena);
    await connected(lena);
    await Promise.all([nextState(lena, (s) => s.view === 'member' && !s.youAreWaiting), fran.emitWithAck('lobby:admit', { userId: late.id })]);
    expect(await fran.emitWithAck('member:remove', { userId: late.id })).toMatchObject({ ok: true });
    expect((await member.request('POST', `/api/groups/${groupId}/membership/leaving`)).statusCode).toBe(204);
    expect((await member.request('DELETE', `/api/groups/${groupId}/membership/leaving`)).statusCode).toBe(204);
    await publish(facilitator, groupId, AGREEMENT_V2);
    expect((await facilitator.request('DELETE', `/api/groups/${groupId}/members/${late.id}`, { reason: REASON })).statusCode).toBe(204);

    const entries = await history(facilitator, groupId, 2);
    const times = entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const summary = entries.map((e) => [e.action, e.actor?.name ?? null, e.subject?.name ?? null, e.session?.id ?? null, e.detail]);
    expect(summary).toEqual([
      ['member.remove', 'Fran Facilitator', 'Lena Late', null, { reason: REASON }],
      ['agreement.publish', 'Fran Facilitator', null, null, { version: 2 }],
      ['member.leaving_withdrawn', 'Mina Member', 'Mina Member', null, {}],
      ['member.leaving', 'Mina Member', 'Mina Member', null, {}],
      ['session.remove_participant', 'Fran Facilitator', 'Lena Late', sessionId, {}],
      ['session.admit', 'Fran Facilitator', 'Lena Late', sessionId, {}],
      ['agreement.accept', 'Lena Late', null, null, { version: 1 }],
      ['invite.accept', 'Lena Late', null, null, {}],
      ['agreement.accept', 'Mina Member', null, null, { version: 1 }],
      ['invite.accept', 'Mina Member', null, null, {}],
      ['agreement.publish', 'Fran Facilitator', null, null, { version: 1 }],
    ]);
    // Nothing anyone wrote or read reaches the history: no agreement text, no typed signature.
    const body = JSON.stringify(entries);
    expect(body).not.toContain(AGREEMENT_V1.slice(0, 30));
    expect(body).not.toContain('typedName');
    expect(body).not.toContain('@example.test');
    expect(await history(facilitator, groupId)).toEqual(entries);
  });

  it('keeps the history from members and from another group’s facilitator, and refuses bad pages', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const mine = await member.request('GET', `/api/groups/${groupId}/audit`);
    expect(mine.statusCode).toBe(403);
    expect(mine.json().code).toBe('FORBIDDEN');
    const { facilitator: other } = await groupWithMember(h.app);
    const theirs = await other.request('GET', `/api/groups/${groupId}/audit`);
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().code).toBe('NOT_A_MEMBER');
    for (const q of ['limit=0', 'limit=101', 'limit=two', 'before=yesterday', 'before=1_not-an-id', `before=99999999999999999999_${groupId}`]) {
      const res = await facilitator.request('GET', `/api/groups/${groupId}/audit?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});
