import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person, query, type Harness } from '../../../test/harness.js';
import { confirmPrivacy, createGroup, join, publish, scheduleSession, signCurrent } from '../../../test/fixtures.js';
import { JOIN_REQUESTS_PER_HOUR } from './routes.js';

const ANSWERS = ['To feel less alone at work', 'Tuesday evenings'];
const CONTACT = { name: 'Bo Partner', reach: '+49 30 1234567' };
const body = (overrides: Record<string, unknown> = {}) => ({ answers: ANSWERS, emergencyContact: CONTACT, consentToContact: true, ...overrides });

/** A facilitator, her listed group with a published agreement and a session, and what she needs to review requests. */
async function listedGroup(h: Harness, capacity = 8) {
  const fran = await Person.signUp(h.app, 'Fran Facilitator');
  const { id: groupId } = await createGroup(fran, { listedInDirectory: true, capacity });
  await publish(fran, groupId);
  const session = await scheduleSession(fran, groupId);
  const ask = async (name: string, overrides: Record<string, unknown> = {}) => {
    const person = await Person.signUp(h.app, name);
    const res = await person.request('POST', `/api/groups/${groupId}/join-requests`, body(overrides));
    return { person, res, id: res.json().id as string };
  };
  const decide = (requestId: string, decision: Record<string, unknown>, by: Person = fran) =>
    by.request('POST', `/api/groups/${groupId}/join-requests/${requestId}/decision`, decision);
  const review = async () => (await fran.request('GET', `/api/groups/${groupId}/join-requests`)).json();
  const mine = async (person: Person) => (await person.request('GET', `/api/groups/${groupId}/join-requests/mine`)).json().request;
  return { fran, groupId, sessionId: session.id, ask, decide, review, mine };
}

/** Everything behind membership: the agreement, the session page, a room token. */
async function refusedEverywhere(person: Person, groupId: string, sessionId: string) {
  for (const [method, url] of [
    ['GET', `/api/groups/${groupId}/agreement`],
    ['GET', `/api/sessions/${sessionId}`],
    ['POST', `/api/sessions/${sessionId}/token`],
  ] as const) {
    const res = await person.request(method, url);
    expect(res.statusCode, url).toBe(403);
    expect(res.json().code, url).toBe('NOT_A_MEMBER');
  }
}

describeEachDatabase('requests to join', (h) => {
  it('takes a request, shows it to the facilitators with answers and contact, and an acceptance leads her through the agreement gate to a token', async () => {
    const { fran, groupId, sessionId, ask, decide, review, mine } = await listedGroup(h);
    const { person: ada, res, id } = await ask('Ada Asking');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ groupId, status: 'pending', waitlistPlace: null, declineMessage: null });
    expect(await mine(ada)).toMatchObject({ id, status: 'pending' });
    await refusedEverywhere(ada, groupId, sessionId);

    const [row] = await query<{ sealed_answers: string; sealed_emergency_contact: string }>(h.app, sql`select * from join_requests where id = ${id}`);
    expect(`${row?.sealed_answers}${row?.sealed_emergency_contact}`).not.toMatch(/alone|Bo Partner|1234567/);

    const list = await review();
    expect(list).toMatchObject({ seatsLeft: 8, waiting: 0 });
    expect(list.requests).toEqual([
      expect.objectContaining({
        id,
        displayName: 'Ada Asking',
        email: ada.email,
        status: 'pending',
        answers: [
          { question: 'What do you hope for from this group?', answer: ANSWERS[0] },
          { question: 'Which days and times can you usually make?', answer: ANSWERS[1] },
        ],
        emergencyContact: CONTACT,
        consentToContact: true,
      }),
    ]);

    const accepted = await decide(id, { decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect(await mine(ada)).toMatchObject({ status: 'accepted' });
    expect((await review()).seatsLeft).toBe(7);
    expect((await decide(id, { decision: 'decline', message: 'Sorry' })).json().code).toBe('JOIN_REQUEST_CLOSED');

    const token = () => ada.request('POST', `/api/sessions/${sessionId}/token`);
    expect((await token()).json().code).toBe('AGREEMENT_REQUIRED');
    await signCurrent(ada, groupId);
    await confirmPrivacy(ada, sessionId);
    expect((await fran.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
    const res2 = await token();
    expect(res2.statusCode, res2.body).toBe(200);
    expect(res2.json().token).toEqual(expect.any(String));
  });

  it('declines with a kind message she reads, and a declined, waitlisted or pending person reaches neither agreement, session nor token', async () => {
    const { groupId, sessionId, ask, decide, mine } = await listedGroup(h);
    const declined = await ask('Dee Declined');
    const waitlisted = await ask('Wren Waiting');
    const pending = await ask('Pia Pending');
    expect((await decide(declined.id, { decision: 'decline', message: 'This group is not the right fit; I can suggest others.' })).statusCode).toBe(200);
    expect((await decide(waitlisted.id, { decision: 'waitlist' })).json()).toMatchObject({ status: 'waitlisted', waitlistPlace: 1 });

    expect(await mine(declined.person)).toMatchObject({ status: 'declined', declineMessage: 'This group is not the right fit; I can suggest others.' });
    expect(await mine(waitlisted.person)).toMatchObject({ status: 'waitlisted', waitlistPlace: 1, declineMessage: null });
    for (const { person } of [declined, waitlisted, pending]) await refusedEverywhere(person, groupId, sessionId);
    // Declined is an answer: asking again is refused, and so is a decline without words.
    expect((await declined.person.request('POST', `/api/groups/${groupId}/join-requests`, body())).json().code).toBe('JOIN_REQUEST_EXISTS');
    expect((await decide(pending.id, { decision: 'decline', message: '  ' })).json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.message' });
  });

  it('offers a full group’s waitlist, tells each her place, moves them up as others withdraw, and tells the facilitator when a seat frees', async () => {
    const { fran, groupId, ask, decide, review, mine } = await listedGroup(h, 2);
    const one = await join(h.app, fran, groupId, 'Ona One');
    const two = await join(h.app, fran, groupId, 'Tia Two');

    const refused = await ask('Nell Notyet');
    expect(refused.res.statusCode).toBe(409);
    expect(refused.res.json()).toMatchObject({ code: 'GROUP_FULL', details: { waitlist: true } });
    expect(await mine(refused.person)).toBeNull();

    const first = await ask('Faye First', { joinWaitlist: true });
    const second = await ask('Sam Second', { joinWaitlist: true });
    const third = await ask('Tess Third', { joinWaitlist: true });
    expect(first.res.json()).toMatchObject({ status: 'waitlisted', waitlistPlace: 1 });
    expect(second.res.json()).toMatchObject({ status: 'waitlisted', waitlistPlace: 2 });
    expect((await second.person.request('GET', '/api/join-requests/mine')).json()).toEqual([expect.objectContaining({ groupId, waitlistPlace: 2 })]);
    expect(await review()).toMatchObject({ seatsLeft: 0, waiting: 3 });
    expect((await decide(first.id, { decision: 'accept' })).json().code).toBe('GROUP_FULL');

    expect((await first.person.request('POST', `/api/join-requests/${first.id}/withdraw`)).statusCode).toBe(204);
    expect(await mine(first.person)).toBeNull();
    expect(await mine(second.person)).toMatchObject({ waitlistPlace: 1 });
    expect(await mine(third.person)).toMatchObject({ waitlistPlace: 2 });
    expect((await first.person.request('POST', `/api/join-requests/${first.id}/withdraw`)).json().code).toBe('JOIN_REQUEST_CLOSED');

    // Where she lands, her groups say what waits for her; a member's say nothing of requests.
    const listed = async (person: Person) =>
      ((await person.request('GET', '/api/groups')).json() as Array<{ id: string; requests: unknown }>).find((g) => g.id === groupId)?.requests;
    expect(await listed(fran)).toEqual({ pending: 0, waitingWithSeatFree: 0 });
    expect((await fran.request('DELETE', `/api/groups/${groupId}/members/${one.id}`, { reason: 'Moved away' })).statusCode).toBe(204);
    expect(await review()).toMatchObject({ seatsLeft: 1, waiting: 2 });
    expect(await listed(fran)).toEqual({ pending: 0, waitingWithSeatFree: 2 });
    expect((await fran.request('GET', `/api/groups/${groupId}`)).json().requests).toEqual({ pending: 0, waitingWithSeatFree: 2 });
    expect(await listed(two)).toBeNull();
    expect((await decide(second.id, { decision: 'accept' })).json().status).toBe('accepted');
    expect(await review()).toMatchObject({ seatsLeft: 0, waiting: 1 });
    expect(await mine(third.person)).toMatchObject({ waitlistPlace: 1 });
    expect((await decide(third.id, { decision: 'accept' })).json().code).toBe('GROUP_FULL');
  });

  it('settles the request of someone who came in by a link meanwhile, and leaves her role as it is', async () => {
    const { fran, groupId, ask, decide } = await listedGroup(h);
    const asked = await ask('Una Both');
    expect(asked.res.statusCode).toBe(201);
    const { token } = (await fran.request('POST', `/api/groups/${groupId}/invites`, { label: 'Una' })).json() as { token: string };
    expect((await asked.person.request('POST', `/api/invites/${token}/accept`)).statusCode).toBe(200);
    expect((await fran.request('PATCH', `/api/groups/${groupId}/members/${asked.person.id}`, { role: 'co_facilitator' })).statusCode).toBe(204);

    expect((await decide(asked.id, { decision: 'accept' })).json().status).toBe('accepted');
    const [row] = await query(h.app, sql`select role, status from group_members where group_id = ${groupId} and user_id = ${asked.person.id}`);
    expect(row).toEqual({ role: 'co_facilitator', status: 'active' });
  });

  it('lets only the group’s own facilitator take back someone she removed, not a co-facilitator', async () => {
    const { fran, groupId, ask, decide } = await listedGroup(h);
    const cora = await join(h.app, fran, groupId, 'Cora Cofac');
    expect((await fran.request('PATCH', `/api/groups/${groupId}/members/${cora.id}`, { role: 'co_facilitator' })).statusCode).toBe(204);
    const { person: rae, id: first } = await ask('Rae Removed');
    expect((await decide(first, { decision: 'accept' })).statusCode).toBe(200);
    expect((await fran.request('DELETE', `/api/groups/${groupId}/members/${rae.id}`, { reason: 'Broke the agreement' })).statusCode).toBe(204);

    const again = await rae.request('POST', `/api/groups/${groupId}/join-requests`, body());
    expect(again.statusCode).toBe(201);
    const byCora = await decide(again.json().id, { decision: 'accept' }, cora);
    expect([byCora.statusCode, byCora.json().code]).toEqual([403, 'FORBIDDEN']);
    expect((await rae.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(403);
    expect((await decide(again.json().id, { decision: 'accept' })).json().status).toBe('accepted');
    expect((await rae.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(200);
  });

  it('keeps requests to the requester and the group’s facilitators', async () => {
    const { fran, groupId, ask, decide } = await listedGroup(h);
    const member = await join(h.app, fran, groupId, 'Mina Member');
    const { person: ada, id } = await ask('Ada Asking');
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    const other = await listedGroup(h);

    const asMember = await member.request('GET', `/api/groups/${groupId}/join-requests`);
    expect(asMember.statusCode).toBe(403);
    expect(asMember.json().code).toBe('FORBIDDEN');
    expect(asMember.body).not.toContain('Bo Partner');
    expect((await decide(id, { decision: 'accept' }, member)).statusCode).toBe(403);
    expect((await stranger.request('GET', `/api/groups/${groupId}/join-requests`)).json().code).toBe('NOT_A_MEMBER');
    expect((await decide(id, { decision: 'waitlist' }, stranger)).statusCode).toBe(403);
    expect((await ada.request('GET', `/api/groups/${groupId}/join-requests`)).statusCode).toBe(403);
    // Another group's facilitator, with this group's request id under her own group: not found.
    expect((await other.decide(id, { decision: 'accept' })).statusCode).toBe(404);
    expect((await stranger.request('POST', `/api/join-requests/${id}/withdraw`)).statusCode).toBe(404);
    expect((await stranger.request('GET', `/api/groups/${groupId}/join-requests/mine`)).json()).toEqual({ request: null });
    expect((await stranger.request('GET', '/api/join-requests/mine')).json()).toEqual([]);
    expect((await h.app.inject({ method: 'GET', url: `/api/groups/${groupId}/join-requests/mine` })).statusCode).toBe(401);
    const [row] = await query<{ status: string }>(h.app, sql`select status from join_requests where id = ${id}`);
    expect(row?.status).toBe('pending');
  });

  it.each([
    ['a NUL in an answer', body({ answers: ['a\u0000b', 'x'] }), 'body.answers.0'],
    ['an answer of 2001 characters', body({ answers: ['x'.repeat(2001), 'x'] }), 'body.answers.0'],
    ['an empty answer', body({ answers: ['  ', 'x'] }), 'body.answers.0'],
    ['too few answers', body({ answers: ['x'] }), 'body.answers'],
    ['no consent', body({ consentToContact: false }), 'body.consentToContact'],
    ['no emergency contact name', body({ emergencyContact: { name: '', reach: '+1 555 0100' } }), 'body.emergencyContact.name'],
    ['a line break in the contact', body({ emergencyContact: { name: 'Bo\nPartner', reach: '+1 555 0100' } }), 'body.emergencyContact.name'],
    ['a contact of 201 characters', body({ emergencyContact: { name: 'Bo', reach: 'x'.repeat(201) } }), 'body.emergencyContact.reach'],
  ])('refuses a request with %s and writes nothing', async (_, payload, field) => {
    const { groupId } = await listedGroup(h);
    const ada = await Person.signUp(h.app, 'Ada Asking');
    const res = await ada.request('POST', `/api/groups/${groupId}/join-requests`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().field ?? res.json().details?.field).toBe(field);
    expect(await query(h.app, sql`select id from join_requests where group_id = ${groupId}`)).toEqual([]);
  });

  it('takes no requests for an unlisted or unknown group, from a member, or from someone signed out', async () => {
    const fran = await Person.signUp(h.app, 'Fran Facilitator');
    const { id: unlisted } = await createGroup(fran);
    const ada = await Person.signUp(h.app, 'Ada Asking');
    expect((await ada.request('POST', `/api/groups/${unlisted}/join-requests`, body())).statusCode).toBe(404);
    expect((await ada.request('POST', '/api/groups/00000000-0000-4000-8000-000000000000/join-requests', body())).statusCode).toBe(404);
    const { groupId, fran: owner } = await listedGroup(h);
    const member = await join(h.app, owner, groupId, 'Mina Member');
    expect((await member.request('POST', `/api/groups/${groupId}/join-requests`, body())).json().code).toBe('JOIN_REQUEST_EXISTS');
    const anonymous = await h.app.inject({ method: 'POST', url: `/api/groups/${groupId}/join-requests`, headers: { 'x-hearth-request': '1' }, payload: body() });
    expect(anonymous.statusCode).toBe(401);
  });

  it(`limits one person to ${JOIN_REQUESTS_PER_HOUR} request attempts an hour, without limiting anyone else`, async () => {
    const { groupId, ask } = await listedGroup(h);
    const { person: eager } = await ask('Eve Eager');
    const codes: number[] = [];
    for (let i = 1; i < JOIN_REQUESTS_PER_HOUR + 1; i++) codes.push((await eager.request('POST', `/api/groups/${groupId}/join-requests`, body())).statusCode);
    expect(codes.slice(0, -1).every((c) => c === 409)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect((await ask('Cal Calm')).res.statusCode).toBe(201);
  });
});
