import { expect, it } from 'vitest';
import { describeEachDatabase, Person } from '../../../test/harness.js';
import { createGroup, groupInput, groupWithMember, join, publish, signCurrent } from '../../../test/fixtures.js';

describeEachDatabase('groups', (h) => {
  it('lets a facilitator create a group and lists it as hers', async () => {
    const fran = await Person.signUp(h.app, 'Fran Create');
    const res = await fran.request('POST', '/api/groups', groupInput());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Mothers who lead', myRole: 'facilitator', currentAgreementVersion: null });
    const mine = (await fran.request('GET', '/api/groups')).json();
    expect(mine.map((g: { id: string }) => g.id)).toEqual([res.json().id]);
  });

  it('lets the facilitator edit details and schedule, keeping what she did not change', async () => {
    const fran = await Person.signUp(h.app, 'Fran Edit');
    const group = await createGroup(fran);
    const res = await fran.request('PATCH', `/api/groups/${group.id}`, {
      name: 'Leading and mothering',
      schedule: { weekday: 'thursday', time: '20:00', timezone: 'America/New_York', durationMinutes: 75 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Leading and mothering',
      focus: groupInput().focus,
      description: groupInput().description,
      schedule: { weekday: 'thursday', time: '20:00', timezone: 'America/New_York', durationMinutes: 75 },
    });
  });

  it.each([
    ['an unknown time zone', { schedule: { weekday: 'monday', time: '19:00', timezone: 'Mars/Olympus', durationMinutes: 90 } }, 'body.schedule.timezone'],
    ['a capacity of 40', { capacity: 40 }, 'body.capacity'],
    ['a negative cost', { costPerSessionCents: -1 }, 'body.costPerSessionCents'],
    ['a time of 25:00', { schedule: { weekday: 'monday', time: '25:00', timezone: 'UTC', durationMinutes: 90 } }, 'body.schedule.time'],
  ])('refuses a group with %s, naming the field, and changes nothing', async (_, overrides, field) => {
    const fran = await Person.signUp(h.app, 'Fran Bad');
    const res = await fran.request('POST', '/api/groups', { ...groupInput(), ...overrides });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect((await fran.request('GET', '/api/groups')).json()).toEqual([]);
  });

  it('shows the facilitator each member’s status and the agreement version she signed', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    let members = (await facilitator.request('GET', `/api/groups/${groupId}/members`)).json();
    expect(members.find((m: { userId: string }) => m.userId === member.id)).toMatchObject({
      role: 'member',
      status: 'active',
      signedVersion: null,
      signedCurrent: false,
    });
    await signCurrent(member, groupId);
    await publish(facilitator, groupId, 'A second version of our agreement, with one more promise in it.');
    members = (await facilitator.request('GET', `/api/groups/${groupId}/members`)).json();
    expect(members.find((m: { userId: string }) => m.userId === member.id)).toMatchObject({ signedVersion: 1, signedCurrent: false });
    expect(members.find((m: { userId: string }) => m.userId === facilitator.id)).toMatchObject({ signedVersion: 2, signedCurrent: true });
  });

  it('removes a member, who can then no longer read the group', async () => {
    const { facilitator, member, groupId } = await groupWithMember(h.app);
    expect((await member.request('GET', `/api/groups/${groupId}`)).statusCode).toBe(200);
    expect((await facilitator.request('DELETE', `/api/groups/${groupId}/members/${member.id}`, { reason: 'Broke the agreement' })).statusCode).toBe(204);
    const after = await member.request('GET', `/api/groups/${groupId}`);
    expect(after.statusCode).toBe(403);
    expect(after.json().code).toBe('NOT_A_MEMBER');
    const members = (await facilitator.request('GET', `/api/groups/${groupId}/members`)).json();
    expect(members.find((m: { userId: string }) => m.userId === member.id).status).toBe('removed');
  });

  it('keeps a group private from people outside it', async () => {
    const { groupId } = await groupWithMember(h.app);
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    for (const url of [`/api/groups/${groupId}`, `/api/groups/${groupId}/agreement`, `/api/groups/${groupId}/sessions`]) {
      const res = await stranger.request('GET', url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code).toBe('NOT_A_MEMBER');
    }
  });

  it('refuses to lower capacity below the members already seated', async () => {
    const fran = await Person.signUp(h.app, 'Fran Seats');
    const group = await createGroup(fran, { capacity: 3 });
    for (const name of ['Mina One', 'Mina Two', 'Mina Three']) await join(h.app, fran, group.id, name);
    const res = await fran.request('PATCH', `/api/groups/${group.id}`, { capacity: 2 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CAPACITY_TOO_LOW');
    expect((await fran.request('GET', `/api/groups/${group.id}`)).json().capacity).toBe(3);
  });

  it('answers a malformed group id with a 400, not a 500', async () => {
    const fran = await Person.signUp(h.app, 'Fran Param');
    const res = await fran.request('GET', '/api/groups/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'params.groupId' });
  });
});
