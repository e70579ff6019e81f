import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person } from '../../../test/harness.js';
import { createGroup, invite, publish } from '../../../test/fixtures.js';

describeEachDatabase('invites', (h) => {
  async function setup() {
    const fran = await Person.signUp(h.app, 'Fran Invites');
    const group = await createGroup(fran);
    await publish(fran, group.id);
    return { fran, groupId: group.id };
  }

  it('creates a link whose token is stored only as a hash and previews the group before sign-up', async () => {
    const { fran, groupId } = await setup();
    const created = await invite(fran, groupId);
    expect(created.url).toBe(`http://hearth.test/invite/${created.token}`);
    const stored = await h.app.db.execute(sql`select token_hash from invites where id = ${created.id}`);
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const preview = await h.app.inject({ method: 'GET', url: `/api/invites/${created.token}` });
    expect(preview.json().group).toMatchObject({ id: groupId, name: 'Mothers who lead', facilitator: { displayName: 'Fran Invites' } });
  });

  it('lets one person join with an invite, once', async () => {
    const { fran, groupId } = await setup();
    const { token } = await invite(fran, groupId);
    const mina = await Person.signUp(h.app, 'Mina First');
    const accepted = await mina.request('POST', `/api/invites/${token}/accept`);
    expect(accepted.json()).toEqual({ groupId });
    expect((await mina.request('GET', `/api/groups/${groupId}`)).json().myRole).toBe('member');

    const sara = await Person.signUp(h.app, 'Sara Second');
    const reused = await sara.request('POST', `/api/invites/${token}/accept`);
    expect(reused.statusCode).toBe(410);
    expect(reused.json().code).toBe('INVITE_USED_UP');
    expect((await sara.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(403);
  });

  it('refuses an expired invite', async () => {
    const { fran, groupId } = await setup();
    const created = await invite(fran, groupId);
    await h.app.db.execute(sql`update invites set expires_at = now() - interval '1 second' where id = ${created.id}`);
    const mina = await Person.signUp(h.app, 'Mina Late');
    expect((await mina.request('POST', `/api/invites/${created.token}/accept`)).json().code).toBe('INVITE_EXPIRED');
    expect((await h.app.inject({ method: 'GET', url: `/api/invites/${created.token}` })).statusCode).toBe(410);
  });

  it('refuses a revoked invite and lists it as revoked', async () => {
    const { fran, groupId } = await setup();
    const created = await invite(fran, groupId);
    expect((await fran.request('DELETE', `/api/groups/${groupId}/invites/${created.id}`)).statusCode).toBe(204);
    const mina = await Person.signUp(h.app, 'Mina Revoked');
    expect((await mina.request('POST', `/api/invites/${created.token}/accept`)).json().code).toBe('INVITE_REVOKED');
    const listed = (await fran.request('GET', `/api/groups/${groupId}/invites`)).json();
    expect(listed[0]).toMatchObject({ id: created.id, usedAt: null });
    expect(listed[0].revokedAt).not.toBeNull();
    expect(listed[0]).not.toHaveProperty('token');
  });

  it('refuses to seat a member beyond capacity', async () => {
    const fran = await Person.signUp(h.app, 'Fran Full');
    const group = await createGroup(fran, { capacity: 2 });
    for (const name of ['Mina A', 'Mina B']) {
      const m = await Person.signUp(h.app, name);
      await m.request('POST', `/api/invites/${(await invite(fran, group.id)).token}/accept`);
    }
    const late = await Person.signUp(h.app, 'Mina C');
    const res = await late.request('POST', `/api/invites/${(await invite(fran, group.id)).token}/accept`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('GROUP_FULL');
  });

  it('needs a signed-in person to accept, and keeps the invite usable meanwhile', async () => {
    const { fran, groupId } = await setup();
    const { token } = await invite(fran, groupId);
    const anonymous = await h.app.inject({ method: 'POST', url: `/api/invites/${token}/accept`, headers: { 'x-hearth-request': '1' } });
    expect(anonymous.statusCode).toBe(401);
    const mina = await Person.signUp(h.app, 'Mina After');
    expect((await mina.request('POST', `/api/invites/${token}/accept`)).statusCode).toBe(200);
  });

  it.each([
    ['a malformed token', 'GET', '/api/invites/%%%', undefined],
    ['an expiry of 90 days', 'POST', '/api/groups/:groupId/invites', { expiresInDays: 90 }],
    ['a label that is a number', 'POST', '/api/groups/:groupId/invites', { label: 7 }],
  ] as const)('answers %s with a 400', async (_, method, url, body) => {
    const { fran, groupId } = await setup();
    const res = await fran.request(method, url.replace(':groupId', groupId), body);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect((await fran.request('GET', `/api/groups/${groupId}/invites`)).json()).toEqual([]);
  });
});
