import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, query, requireLivekit } from './harness.js';
import { AGREEMENT_V2, groupInput, groupWithMember, invite, scheduleSession } from './fixtures.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface Ids {
  groupId: string;
  sessionId: string;
  inviteId: string;
  memberId: string;
  facilitatorId: string;
}

/** Every route only facilitators may use, with a body that would succeed for one. */
const FACILITATOR_ROUTES: [Method, (ids: Ids) => string, unknown?][] = [
  ['PATCH', (i) => `/api/groups/${i.groupId}`, { name: 'Taken over' }],
  ['GET', (i) => `/api/groups/${i.groupId}/members`],
  ['DELETE', (i) => `/api/groups/${i.groupId}/members/${i.memberId}`, { reason: 'Taken over' }],
  ['PATCH', (i) => `/api/groups/${i.groupId}/leaving-notice`, { sessions: 1 }],
  ['GET', (i) => `/api/groups/${i.groupId}/audit`],
  ['POST', (i) => `/api/groups/${i.groupId}/invites`, {}],
  ['GET', (i) => `/api/groups/${i.groupId}/invites`],
  ['DELETE', (i) => `/api/groups/${i.groupId}/invites/${i.inviteId}`],
  ['GET', (i) => `/api/groups/${i.groupId}/agreements`],
  ['POST', (i) => `/api/groups/${i.groupId}/agreements`, { body: AGREEMENT_V2, typedName: 'Fran Facilitator' }],
  ['POST', (i) => `/api/groups/${i.groupId}/sessions`, { scheduledStart: new Date().toISOString() }],
  ['POST', (i) => `/api/sessions/${i.sessionId}/open`],
  ['POST', (i) => `/api/sessions/${i.sessionId}/end`],
];

const TABLES = ['groups', 'group_members', 'invites', 'agreements', 'agreement_acceptances', 'sessions', 'session_removals'];

describeEachDatabase('facilitator-only routes', (h) => {
  requireLivekit();

  async function snapshot() {
    const counts: Record<string, unknown> = {};
    for (const table of TABLES) counts[table] = await query(h.app, sql.raw(`select * from ${table} order by 1`));
    return counts;
  }

  it.each(FACILITATOR_ROUTES)('refuses a member %s %s with FORBIDDEN and changes nothing', async (method, url, body) => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const session = await scheduleSession(facilitator, groupId);
    const { id: inviteId } = await invite(facilitator, groupId);
    const ids = { groupId, sessionId: session.id, inviteId, memberId: member.id, facilitatorId: facilitator.id };
    const before = await snapshot();
    const res = await member.request(method, url(ids), body);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('lets a member create a group of her own, where she is the facilitator', async () => {
    const { member } = await groupWithMember(h.app);
    const res = await member.request('POST', '/api/groups', groupInput({ name: 'Her own group' }));
    expect(res.json().myRole).toBe('facilitator');
  });
});
