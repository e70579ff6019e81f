import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, query } from '../../../test/harness.js';
import { AGREEMENT_V1, AGREEMENT_V2, createGroup, groupWithMember, join, publish, signCurrent } from '../../../test/fixtures.js';
import { Person } from '../../../test/harness.js';

describeEachDatabase('the confidentiality agreement', (h) => {
  it('shows a member the full current text with its hash, unsigned until she signs', async () => {
    const { member, groupId } = await groupWithMember(h.app);
    const current = (await member.request('GET', `/api/groups/${groupId}/agreement`)).json();
    expect(current).toMatchObject({ version: 1, body: AGREEMENT_V1, acceptedByMe: false, publishedBy: 'Fran Facilitator' });
    expect(current.sha256).toBe(createHash('sha256').update(AGREEMENT_V1).digest('hex'));
    await signCurrent(member, groupId);
    expect((await member.request('GET', `/api/groups/${groupId}/agreement`)).json().acceptedByMe).toBe(true);
  });

  it('records version, exact-text hash, typed name, time and user agent of a signature', async () => {
    const { member, groupId } = await groupWithMember(h.app);
    const current = (await member.request('GET', `/api/groups/${groupId}/agreement`)).json();
    await member.request(
      'POST',
      `/api/groups/${groupId}/agreements/1/accept`,
      { typedName: 'mina  MEMBER', sha256: current.sha256 },
      { 'user-agent': 'HearthTest/1.0' },
    );
    const rows = await query(h.app, sql`select typed_name, sha256, user_agent, accepted_at from agreement_acceptances where user_id = ${member.id}`);
    expect(rows).toEqual([expect.objectContaining({ typed_name: 'mina  MEMBER', sha256: current.sha256, user_agent: 'HearthTest/1.0' })]);
  });

  it('publishing a change makes a new version and keeps the old one readable with its signers', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    await signCurrent(member, groupId);
    const v2 = await publish(facilitator, groupId, AGREEMENT_V2);
    expect(v2.version).toBe(2);
    const history = (await facilitator.request('GET', `/api/groups/${groupId}/agreements`)).json();
    expect(history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history[1].body).toBe(AGREEMENT_V1);
    expect(history[1].signers.map((s: { userId: string }) => s.userId).sort()).toEqual([facilitator.id, member.id].sort());
    expect(history[0].signers.map((s: { userId: string }) => s.userId)).toEqual([facilitator.id]);
  });

  it('refuses a signature on text that changed while she was reading', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    const read = (await member.request('GET', `/api/groups/${groupId}/agreement`)).json();
    await publish(facilitator, groupId, AGREEMENT_V2);
    const res = await member.request('POST', `/api/groups/${groupId}/agreements/1/accept`, { typedName: 'Mina Member', sha256: read.sha256 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'AGREEMENT_OUTDATED', details: { version: 2 } });
    const count = await query(h.app, sql`select count(*)::int as n from agreement_acceptances where user_id = ${member.id}`);
    expect(count[0]).toEqual({ n: 0 });
  });

  it('lets only facilitators publish or read the history', async () => {
    const { member, groupId } = await groupWithMember(h.app);
    const pub = await member.request('POST', `/api/groups/${groupId}/agreements`, { body: AGREEMENT_V2, typedName: 'Mina Member' });
    expect(pub.statusCode).toBe(403);
    expect(pub.json().code).toBe('FORBIDDEN');
    expect((await member.request('GET', `/api/groups/${groupId}/agreements`)).statusCode).toBe(403);
    expect((await member.request('GET', `/api/groups/${groupId}/agreement`)).json().version).toBe(1);
  });

  it.each([
    ['an empty typed name', { typedName: '   ', sha256: 'a'.repeat(64) }, 'body.typedName'],
    ['digits for a name', { typedName: '12345', sha256: 'a'.repeat(64) }, 'body.typedName'],
    ['a malformed hash', { typedName: 'Mina Member', sha256: 'abc' }, 'body.sha256'],
  ])('refuses a signature with %s', async (_, body, field) => {
    const { member, groupId } = await groupWithMember(h.app);
    const res = await member.request('POST', `/api/groups/${groupId}/agreements/1/accept`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('refuses to publish an agreement too short to mean anything', async () => {
    const { facilitator, groupId } = await groupWithMember(h.app);
    const res = await facilitator.request('POST', `/api/groups/${groupId}/agreements`, { body: 'Be nice.', typedName: 'Fran Facilitator' });
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.body' });
    expect((await facilitator.request('GET', `/api/groups/${groupId}/agreements`)).json()).toHaveLength(1);
  });

  /** What a refused signature must leave as it was: no signature, no audit entry, no new version. */
  async function written(groupId: string) {
    const [row] = await query(
      h.app,
      sql`select (select count(*)::int from agreement_acceptances a join agreements g on g.id = a.agreement_id where g.group_id = ${groupId}) as signatures,
                 (select count(*)::int from agreements where group_id = ${groupId}) as versions,
                 (select count(*)::int from audit_log where group_id = ${groupId} and action like 'agreement.%') as audited`,
    );
    return row;
  }

  it.each([
    ['her first name only', 'Mina'],
    ['someone else’s name', 'Fran Facilitator'],
    ['her name with a word more', 'Mina Q. Member'],
  ])('refuses a signature of %s as SIGNATURE_MISMATCH, naming her full name, and writes nothing', async (_, typedName) => {
    const { member, groupId } = await groupWithMember(h.app);
    const current = (await member.request('GET', `/api/groups/${groupId}/agreement`)).json();
    const before = await written(groupId);
    const res = await member.request('POST', `/api/groups/${groupId}/agreements/1/accept`, { typedName, sha256: current.sha256 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SIGNATURE_MISMATCH', message: expect.stringContaining('Mina Member') });
    expect(await written(groupId)).toEqual(before);
    expect((await member.request('GET', `/api/groups/${groupId}/agreement`)).json().acceptedByMe).toBe(false);
  });

  it.each([
    ['a NUL character in her name', 'Mina\u0000Member'],
    ['a 10 KB name', `Mina Member ${'x'.repeat(10_240)}`],
  ])('refuses a signature with %s before looking at it, and writes nothing', async (_, typedName) => {
    const { member, groupId } = await groupWithMember(h.app);
    const current = (await member.request('GET', `/api/groups/${groupId}/agreement`)).json();
    const before = await written(groupId);
    const res = await member.request('POST', `/api/groups/${groupId}/agreements/1/accept`, { typedName, sha256: current.sha256 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.typedName' });
    expect(await written(groupId)).toEqual(before);
  });

  it.each([
    ['precomposed (NFC) while her account holds it decomposed (NFD)', 'Zoë Brontë'.normalize('NFD'), 'ZOË  brontë'.normalize('NFC')],
    ['decomposed (NFD) while her account holds it precomposed (NFC)', 'Zoë Brontë'.normalize('NFC'), ' zoë BRONTË '.normalize('NFD')],
  ])('takes her full name typed %s, in any case and spacing', async (_, displayName, typedName) => {
    const fran = await Person.signUp(h.app, 'Fran Facilitator');
    const group = await createGroup(fran);
    await publish(fran, group.id);
    const zoe = await join(h.app, fran, group.id, displayName);
    const current = (await zoe.request('GET', `/api/groups/${group.id}/agreement`)).json();
    const res = await zoe.request('POST', `/api/groups/${group.id}/agreements/1/accept`, { typedName, sha256: current.sha256 });
    expect(res.statusCode).toBe(200);
    expect((await zoe.request('GET', `/api/groups/${group.id}/agreement`)).json().acceptedByMe).toBe(true);
  });

  it('refuses to publish over a signature that is not the facilitator’s full name, and publishes nothing', async () => {
    const { facilitator, groupId } = await groupWithMember(h.app);
    const before = await written(groupId);
    const res = await facilitator.request('POST', `/api/groups/${groupId}/agreements`, { body: AGREEMENT_V2, typedName: 'Fran' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SIGNATURE_MISMATCH', message: expect.stringContaining('Fran Facilitator') });
    expect(await written(groupId)).toEqual(before);
    const signed = await facilitator.request('POST', `/api/groups/${groupId}/agreements`, { body: AGREEMENT_V2, typedName: ' fran   facilitator' });
    expect(signed.statusCode).toBe(201);
    expect(signed.json().version).toBe(2);
  });
});
