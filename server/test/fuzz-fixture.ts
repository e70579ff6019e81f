import type { App } from '../src/app.js';
import { sql } from 'drizzle-orm';
import { Person, query } from './harness.js';
import { confirmPrivacy, groupWithMember, invite, scheduleSession, signCurrent } from './fixtures.js';
import type { Known } from './fuzz-values.js';

export const ROLES = ['anonymous', 'member', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A group with a member, an open session and a live invite for the fuzz to aim at. The fuzz signs
 * people out, removes the member, ends sessions, revokes invites and publishes new agreements;
 * `restore` puts back what it took, so later requests still reach deep code instead of bouncing off
 * a 401 or a 410, and nothing has to be left out of the fuzz.
 */
export async function fuzzFixture(app: App) {
  const { facilitator, member, groupId } = await groupWithMember(app);
  await signCurrent(member, groupId);
  // Sign-in is fuzzed against her account, so a lock-out after wrong passwords never locks the fixture's people.
  const target = await Person.signUp(app, 'Sam Signin');
  const agreement = (await member.request('GET', `/api/groups/${groupId}/agreement`)).json() as { sha256: string; version: number };
  const people = { member, facilitator };
  const cookies: Record<Role, string> = { anonymous: '', member: member.cookie, facilitator: facilitator.cookie };
  const known: Known = {
    groupId: [groupId],
    userId: [member.id, facilitator.id],
    version: [String(agreement.version)],
    sha256: [agreement.sha256],
    typedName: [member.displayName, facilitator.displayName],
    email: [target.email],
    password: [target.password],
    timezone: ['Europe/Berlin', 'UTC'],
  };

  async function freshSession() {
    const { id } = await scheduleSession(facilitator, groupId);
    const opened = await facilitator.request('POST', `/api/sessions/${id}/open`);
    if (opened.statusCode !== 200) throw new Error(`open failed: ${opened.body}`);
    await confirmPrivacy(member, id);
    await confirmPrivacy(facilitator, id);
    known.sessionId = [id];
    return id;
  }

  async function freshInvite() {
    const link = await invite(facilitator, groupId);
    known.inviteId = [link.id];
    known.token = [link.token];
  }

  const firstSessionId = await freshSession();
  await freshInvite();

  /** After a request that succeeded, undo what it did to the fixture. */
  async function restore(role: Role, method: string, url: string, status: number, body: string) {
    if (role === 'anonymous' || status >= 300) return;
    const sessionId = known.sessionId?.[0] ?? '';
    if (url === '/api/auth/signout') {
      const person = people[role];
      const res = await person.request('POST', '/api/auth/signin', { email: person.email, password: person.password });
      if (res.statusCode !== 200) throw new Error(`signing back in failed: ${res.body}`);
      cookies[role] = person.cookie;
    } else if (method === 'DELETE' && url === `/api/groups/${groupId}/invites/${known.inviteId?.[0] ?? ''}`) {
      await freshInvite();
    } else if (method === 'POST' && url === `/api/groups/${groupId}/agreements`) {
      const published = JSON.parse(body) as { sha256: string; version: number };
      known.sha256 = [published.sha256];
      known.version = [String(published.version)];
    } else if (url === `/api/sessions/${sessionId}/end`) {
      await freshSession();
    }
    await keepHerInTheGroup();
  }

  /**
   * Whatever request moved her membership (removed by the facilitator, leaving, or left once her last
   * session ended, by whichever route ended it), she is put back as an active member, so later requests
   * still reach deep code and the reads at the end are hers to make.
   */
  async function keepHerInTheGroup() {
    const [row] = await query<{ status: string }>(app, sql`select status from group_members where group_id = ${groupId} and user_id = ${member.id}`);
    if (row?.status === 'active') return;
    // Leaving: she takes it back, unless her last session has ended already; then she is let in again.
    if (row?.status === 'leaving' && (await member.request('DELETE', `/api/groups/${groupId}/membership/leaving`)).statusCode < 300) return;
    const link = await invite(facilitator, groupId);
    const res = await member.request('POST', `/api/invites/${link.token}/accept`);
    if (res.statusCode !== 200) throw new Error(`re-joining failed: ${res.body}`);
  }

  return { facilitator, member, groupId, firstSessionId, known, cookies, restore };
}
