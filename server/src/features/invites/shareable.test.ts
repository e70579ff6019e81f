import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER } from '@hearth/shared';
import { describeEachDatabase, Person, query } from '../../../test/harness.js';
import { createGroup, publish } from '../../../test/fixtures.js';
import { LISTING_FIELDS } from '../../../test/listing-fields.js';

describeEachDatabase('shareable invite links', (h) => {
  async function setup(maxUses: number, capacity = 8) {
    const fran = await Person.signUp(h.app, 'Fran Shares');
    const group = await createGroup(fran, { capacity, slidingScaleNote: 'Pay what you can from 20 EUR' });
    await publish(fran, group.id);
    const res = await fran.request('POST', `/api/groups/${group.id}/invites`, { label: 'Newsletter', maxUses, expiresInDays: 14 });
    expect(res.statusCode).toBe(201);
    return { fran, groupId: group.id, link: res.json() as { id: string; token: string; maxUses: number; uses: number } };
  }
  const accept = (person: Person, token: string) => person.request('POST', `/api/invites/${token}/accept`);

  it('lets in as many people as the link allows, counts each use, then refuses with INVITE_USED_UP', async () => {
    const { fran, groupId, link } = await setup(2);
    expect(link).toMatchObject({ maxUses: 2, uses: 0 });
    const [ada, bea, cai] = await Promise.all(['Ada One', 'Bea Two', 'Cai Three'].map((n) => Person.signUp(h.app, n)));
    expect((await accept(ada!, link.token)).statusCode).toBe(200);
    let listed = (await fran.request('GET', `/api/groups/${groupId}/invites`)).json();
    expect(listed[0]).toMatchObject({ id: link.id, maxUses: 2, uses: 1, usedAt: null });

    // Someone already in the group following the link again takes no use.
    expect((await accept(ada!, link.token)).statusCode).toBe(200);
    expect((await accept(bea!, link.token)).statusCode).toBe(200);
    listed = (await fran.request('GET', `/api/groups/${groupId}/invites`)).json();
    expect(listed[0]).toMatchObject({ uses: 2 });
    expect(listed[0].usedAt).not.toBeNull();

    const refused = await accept(cai!, link.token);
    expect([refused.statusCode, refused.json().code]).toEqual([410, 'INVITE_USED_UP']);
    expect((await cai!.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(403);
    const preview = await h.app.inject({ method: 'GET', url: `/api/invites/${link.token}` });
    expect([preview.statusCode, preview.json().code]).toEqual([410, 'INVITE_USED_UP']);
  });

  it('does not bring back someone the facilitator removed, though the link has uses left, nor by a co-facilitator’s link; a link of her own from the facilitator does', async () => {
    const { fran, groupId, link } = await setup(5);
    const kim = await Person.signUp(h.app, 'Kim Removed');
    expect((await accept(kim, link.token)).statusCode).toBe(200);
    expect((await fran.request('DELETE', `/api/groups/${groupId}/members/${kim.id}`, { reason: 'Broke the agreement' })).statusCode).toBe(204);
    const again = await accept(kim, link.token);
    expect([again.statusCode, again.json().code]).toEqual([409, 'MEMBERSHIP_ENDED']);
    expect((await kim.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(403);
    const [row] = await query(h.app, sql`select uses from invites where id = ${link.id}`);
    expect(row).toEqual({ uses: 1 });

    // Nor does a link of her own from a co-facilitator: taking her back is the facilitator's decision.
    const cora = await Person.signUp(h.app, 'Cora Cofac');
    const corasLink = (await fran.request('POST', `/api/groups/${groupId}/invites`, { label: 'Cora' })).json() as { token: string };
    expect((await accept(cora, corasLink.token)).statusCode).toBe(200);
    expect((await fran.request('PATCH', `/api/groups/${groupId}/members/${cora.id}`, { role: 'co_facilitator' })).statusCode).toBe(204);
    const fromCora = (await cora.request('POST', `/api/groups/${groupId}/invites`, { label: 'Kim, from Cora', expiresInDays: 7 })).json() as { token: string };
    const refused = await accept(kim, fromCora.token);
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'MEMBERSHIP_ENDED']);
    expect((await kim.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(403);

    const own = (await fran.request('POST', `/api/groups/${groupId}/invites`, { label: 'Kim, again', expiresInDays: 7 })).json() as { token: string };
    expect((await accept(kim, own.token)).statusCode).toBe(200);
    expect((await kim.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(200);
  });

  it('gives the last uses to exactly as many of the people racing for them', async () => {
    const { groupId, link } = await setup(3);
    const first = await Person.signUp(h.app, 'Dee First');
    expect((await accept(first, link.token)).statusCode).toBe(200);
    const racers = await Promise.all(['Eva', 'Fay', 'Gwen', 'Hope', 'Iris', 'June'].map((n) => Person.signUp(h.app, `${n} Racer`)));
    const results = await Promise.all(racers.map((r) => accept(r, link.token)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 410, 410, 410, 410]);
    expect(new Set(results.filter((r) => r.statusCode === 410).map((r) => r.json().code))).toEqual(new Set(['INVITE_USED_UP']));
    const [row] = await query(h.app, sql`select uses, max_uses from invites where id = ${link.id}`);
    expect(row).toEqual({ uses: 3, max_uses: 3 });
    const [members] = await query(h.app, sql`select count(*)::int as n from group_members where group_id = ${groupId} and role = 'member'`);
    expect(members).toEqual({ n: 3 });
  });

  it('refuses a revoked link that still had uses left, and an expired one, each with its own code', async () => {
    const { fran, groupId, link } = await setup(5);
    const gia = await Person.signUp(h.app, 'Gia Early');
    expect((await accept(gia, link.token)).statusCode).toBe(200);
    expect((await fran.request('DELETE', `/api/groups/${groupId}/invites/${link.id}`)).statusCode).toBe(204);
    const hal = await Person.signUp(h.app, 'Hal Late');
    expect((await accept(hal, link.token)).json().code).toBe('INVITE_REVOKED');
    expect((await fran.request('GET', `/api/groups/${groupId}/invites`)).json()[0]).toMatchObject({ uses: 1, maxUses: 5 });

    const other = (await fran.request('POST', `/api/groups/${groupId}/invites`, { maxUses: 5 })).json();
    await h.app.db.execute(sql`update invites set expires_at = now() - interval '1 second' where id = ${other.id}`);
    expect((await accept(hal, other.token)).json().code).toBe('INVITE_EXPIRED');
    expect(await query(h.app, sql`select uses from invites where id = ${other.id}`)).toEqual([{ uses: 0 }]);
  });

  it('shows the group before sign-up exactly as the directory would, listed or not, and nothing of its members', async () => {
    const { fran, groupId, link } = await setup(3);
    const profile = await h.app.inject({
      method: 'PUT',
      url: '/api/profile',
      headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${fran.cookie}` },
      payload: { credential: 'Licensed group therapist', bio: 'Twenty years of groups.' },
    });
    expect(profile.statusCode).toBe(200);
    await accept(await Person.signUp(h.app, 'Ida Member'), link.token);
    const res = await h.app.inject({ method: 'GET', url: `/api/invites/${link.token}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'group', 'role']);
    expect(body.role).toBe('member');
    expect(Object.keys(body.group).sort()).toEqual([...LISTING_FIELDS].sort());
    expect(body.group).toMatchObject({
      id: groupId,
      description: 'A closed weekly process group.',
      costPerSessionCents: 4500,
      currency: 'EUR',
      slidingScaleNote: 'Pay what you can from 20 EUR',
      schedule: { weekday: 'tuesday', time: '19:30', timezone: 'Europe/Berlin', durationMinutes: 90 },
      facilitator: { displayName: 'Fran Shares', credential: 'Licensed group therapist', bio: 'Twenty years of groups.' },
      seatsLeft: 7,
    });
    expect(Object.keys(body.group.facilitator).sort()).toEqual(['bio', 'credential', 'displayName']);
    expect(res.body).not.toContain('Ida');
    expect(res.body).not.toContain('@');
  });

  it('tells nothing about any group for a token it does not know', async () => {
    await setup(3);
    const res = await h.app.inject({ method: 'GET', url: `/api/invites/${'x'.repeat(43)}` });
    expect([res.statusCode, res.json().code]).toEqual([410, 'INVITE_INVALID']);
    expect(res.body).not.toMatch(/Mothers|Fran|EUR/);
  });

  it.each([
    ['no uses at all', { maxUses: 0 }],
    ['more uses than a link may have', { maxUses: 51 }],
    ['a fractional number of uses', { maxUses: 1.5 }],
    ['uses given as text', { maxUses: '3' }],
  ])('answers %s with a 400 and makes no link', async (_, body) => {
    const { fran, groupId } = await setup(1);
    const res = await fran.request('POST', `/api/groups/${groupId}/invites`, body);
    expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await fran.request('GET', `/api/groups/${groupId}/invites`)).json()).toHaveLength(1);
  });

  it('lets only facilitators make a shareable link', async () => {
    const { groupId, link } = await setup(3);
    const jo = await Person.signUp(h.app, 'Jo Member');
    await accept(jo, link.token);
    const res = await jo.request('POST', `/api/groups/${groupId}/invites`, { maxUses: 10 });
    expect(res.statusCode).toBe(403);
  });
});
