import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person, query, type Harness } from '../../../test/harness.js';
import { createGroup, join } from '../../../test/fixtures.js';

/** Who is in the group in each role (active or leaving), from the table itself. */
async function roles(h: Harness, groupId: string) {
  const rows = await query<{ role: string; n: number }>(
    h.app,
    sql`select role, count(*)::int as n from group_members where group_id = ${groupId} and status in ('active', 'leaving') group by role`,
  );
  return Object.fromEntries(rows.map((r) => [r.role, r.n]));
}

const accept = (person: Person, token: string) => person.request('POST', `/api/invites/${token}/accept`);
const link = async (by: Person, groupId: string, body: Record<string, unknown>) => by.request('POST', `/api/groups/${groupId}/invites`, body);

describeEachDatabase('seats and co-facilitator places, when people come at once', (h) => {
  it('lets in only as many through a shared link as there are seats, however many follow it at the same moment', async () => {
    const fran = await Person.signUp(h.app, 'Fran Seats');
    const { id: groupId } = await createGroup(fran, { capacity: 3 });
    await join(h.app, fran, groupId, 'Ada Seated');
    const shared = (await link(fran, groupId, { label: 'Newsletter', maxUses: 20 })).json() as { id: string; token: string };
    const racers = await Promise.all(['Bea', 'Cai', 'Dee', 'Eva', 'Fay', 'Gwen'].map((n) => Person.signUp(h.app, `${n} Racer`)));

    const results = await Promise.all(racers.map((r) => accept(r, shared.token)));

    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 409, 409, 409, 409]);
    expect(new Set(results.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(new Set(['GROUP_FULL']));
    expect(await roles(h, groupId)).toEqual({ facilitator: 1, member: 3 });
    // A refused follower took no use of the link.
    expect(await query(h.app, sql`select uses from invites where id = ${shared.id}`)).toEqual([{ uses: 2 }]);
  });

  it('makes at most two co-facilitators when the facilitator promotes three members at once', async () => {
    const fran = await Person.signUp(h.app, 'Fran Promotes');
    const { id: groupId } = await createGroup(fran, { capacity: 6 });
    const members = await Promise.all(['Ida', 'Jo', 'Kim'].map((n) => join(h.app, fran, groupId, `${n} Member`)));

    const results = await Promise.all(members.map((m) => fran.request('PATCH', `/api/groups/${groupId}/members/${m.id}`, { role: 'co_facilitator' })));

    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 204, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().code).toBe('CO_FACILITATORS_FULL');
    expect(await roles(h, groupId)).toEqual({ facilitator: 1, co_facilitator: 2, member: 1 });
  });

  it('invites a co-facilitator straight in: a personal link, no member’s seat taken, only the facilitator may make one', async () => {
    const fran = await Person.signUp(h.app, 'Fran Invites');
    const { id: groupId } = await createGroup(fran, { capacity: 2 });
    await join(h.app, fran, groupId, 'Lea Member');
    await join(h.app, fran, groupId, 'Liv Member');

    const shared = await link(fran, groupId, { role: 'co_facilitator', maxUses: 2 });
    expect([shared.statusCode, shared.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    for (const role of ['facilitator', 'owner', '', null, 'member\u0000']) {
      expect((await link(fran, groupId, { role })).statusCode, String(role)).toBe(400);
    }
    expect((await fran.request('GET', `/api/groups/${groupId}/invites`)).json()).toHaveLength(2);

    const made = await link(fran, groupId, { label: 'Mira, co-facilitating', role: 'co_facilitator' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ role: 'co_facilitator', maxUses: 1 });
    const { token } = made.json() as { token: string };
    expect((await h.app.inject({ method: 'GET', url: `/api/invites/${token}` })).json().role).toBe('co_facilitator');

    // The group is full of members, yet she comes in: a co-facilitator takes no member's seat.
    const mira = await Person.signUp(h.app, 'Mira Cofacilitator');
    expect((await accept(mira, token)).statusCode).toBe(200);
    expect(await roles(h, groupId)).toEqual({ facilitator: 1, co_facilitator: 1, member: 2 });
    expect((await mira.request('GET', `/api/groups/${groupId}`)).json().myRole).toBe('co_facilitator');

    // A co-facilitator invites members, not more co-facilitators.
    const byMira = await link(mira, groupId, { role: 'co_facilitator' });
    expect([byMira.statusCode, byMira.json().code]).toEqual([403, 'FORBIDDEN']);
    expect((await link(mira, groupId, { label: 'for a member' })).statusCode).toBe(201);
  });

  it('tells a member who follows a co-facilitator’s link that she is in already, and takes no use of it', async () => {
    const fran = await Person.signUp(h.app, 'Fran Links');
    const { id: groupId } = await createGroup(fran, { capacity: 4 });
    const lea = await join(h.app, fran, groupId, 'Lea Member');
    const made = (await link(fran, groupId, { role: 'co_facilitator' })).json() as { id: string; token: string };

    const res = await accept(lea, made.token);
    expect([res.statusCode, res.json().code]).toEqual([409, 'ALREADY_IN_GROUP']);
    expect(await roles(h, groupId)).toEqual({ facilitator: 1, member: 1 });
    expect(await query(h.app, sql`select uses from invites where id = ${made.id}`)).toEqual([{ uses: 0 }]);
  });

  it('takes one use of a shared link when she sends her acceptance twice at once', async () => {
    const fran = await Person.signUp(h.app, 'Fran Twice');
    const { id: groupId } = await createGroup(fran, { capacity: 4 });
    const shared = (await link(fran, groupId, { maxUses: 5 })).json() as { id: string; token: string };
    const mae = await Person.signUp(h.app, 'Mae Twice');

    const results = await Promise.all([accept(mae, shared.token), accept(mae, shared.token)]);

    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await query(h.app, sql`select uses from invites where id = ${shared.id}`)).toEqual([{ uses: 1 }]);
  });

  it('refuses a co-facilitator’s link once the group has both, and takes no use of it', async () => {
    const fran = await Person.signUp(h.app, 'Fran Full');
    const { id: groupId } = await createGroup(fran, { capacity: 6 });
    const links = await Promise.all([1, 2, 3].map(async () => (await link(fran, groupId, { role: 'co_facilitator' })).json() as { id: string; token: string }));
    const people = await Promise.all(['Nia', 'Ora', 'Pam'].map((n) => Person.signUp(h.app, `${n} Cofac`)));

    const results = await Promise.all(people.map((p, i) => accept(p, links[i]!.token)));

    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().code).toBe('CO_FACILITATORS_FULL');
    expect(await roles(h, groupId)).toEqual({ facilitator: 1, co_facilitator: 2 });
    const uses = await query<{ uses: number }>(h.app, sql`select uses from invites where group_id = ${groupId} order by uses`);
    expect(uses.map((u) => u.uses)).toEqual([0, 1, 1]);
  });
});
