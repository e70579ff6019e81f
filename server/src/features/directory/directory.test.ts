import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER, type GroupInputBody } from '@hearth/shared';
import { describeEachDatabase, Person, type Harness } from '../../../test/harness.js';
import { createGroup, join } from '../../../test/fixtures.js';
import { LISTING_FIELDS } from '../../../test/listing-fields.js';

const visitor = (h: Harness, url: string) => h.app.inject({ method: 'GET', url });

/** A facilitator with a profile; groups tagged with a word of their own, so each test sees only its groups. */
async function facilitatorWithProfile(h: Harness) {
  const fran = await Person.signUp(h.app, 'Fran Facilitator');
  const res = await h.app.inject({
    method: 'PUT',
    url: '/api/profile',
    headers: { [CSRF_HEADER]: '1', cookie: `hearth_session=${fran.cookie}` },
    payload: { credential: 'Licensed clinical social worker', bio: 'Twenty years of group work.' },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  const tag = `t${randomUUID().slice(0, 8)}`;
  const listed = (overrides: Partial<GroupInputBody> = {}) => createGroup(fran, { focus: `Working mothers ${tag}`, listedInDirectory: true, ...overrides });
  const search = async (params: string) => {
    const res = await visitor(h, `/api/directory?q=${tag}&${params}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { groups: { id: string; name: string; [k: string]: unknown }[]; nextCursor: string | null };
  };
  return { fran, tag, listed, search };
}

describeEachDatabase('the public directory', (h) => {
  it('shows a visitor listed groups only, each with exactly the allowed fields and nothing about its members', async () => {
    const { fran, tag, listed, search } = await facilitatorWithProfile(h);
    const group = await listed({ name: 'Mothers who lead', capacity: 6, slidingScaleNote: 'Ask about a lower fee', minimumCommitmentSessions: 12 });
    await createGroup(fran, { name: 'Unlisted circle', focus: `Working mothers ${tag}` });
    const mina = await join(h.app, fran, group.id, 'Mina Member');
    const leah = await join(h.app, fran, group.id, 'Leah Leaving');
    await h.app.db.execute(sql`update group_members set status = 'leaving' where user_id = ${leah.id}`);
    const gone = await join(h.app, fran, group.id, 'Rita Removed');
    expect((await fran.request('DELETE', `/api/groups/${group.id}/members/${gone.id}`, { reason: 'Left the area' })).statusCode).toBe(204);
    const asking = await Person.signUp(h.app, 'Ada Asking');
    const ask = await asking.request('POST', `/api/groups/${group.id}/join-requests`, {
      answers: ['I hope to feel less alone', 'Tuesday evenings'],
      emergencyContact: { name: 'Bo Partner', reach: '+49 30 1234567' },
      consentToContact: true,
    });
    expect(ask.statusCode, ask.body).toBe(201);

    const page = await search('');
    expect(page.groups.map((g) => g.name)).toEqual(['Mothers who lead']);
    const [listing] = page.groups;
    expect(Object.keys(listing ?? {}).sort()).toEqual(LISTING_FIELDS);
    expect(listing).toMatchObject({
      id: group.id,
      format: 'closed',
      minimumCommitmentSessions: 12,
      slidingScaleNote: 'Ask about a lower fee',
      costPerSessionCents: 4500,
      currency: 'EUR',
      // Six seats, Mina active and Leah leaving hold two; Rita was removed, Ada only asked.
      seatsLeft: 4,
      facilitator: { displayName: 'Fran Facilitator', credential: 'Licensed clinical social worker', bio: 'Twenty years of group work.' },
      schedule: { weekday: 'tuesday', time: '19:30', timezone: 'Europe/Berlin', durationMinutes: 90 },
    });
    expect(Object.keys(listing?.facilitator as object).sort()).toEqual(['bio', 'credential', 'displayName']);
    expect(Object.keys(listing?.schedule as object).sort()).toEqual(['durationMinutes', 'time', 'timezone', 'weekday']);

    const detail = await visitor(h, `/api/directory/${group.id}`);
    expect(detail.statusCode).toBe(200);
    expect(Object.keys(detail.json()).sort()).toEqual([...LISTING_FIELDS, 'intakeQuestions'].sort());
    expect(detail.json().intakeQuestions).toEqual(['What do you hope for from this group?', 'Which days and times can you usually make?']);

    for (const body of [JSON.stringify(page), detail.body]) {
      for (const secret of [
        fran.id,
        fran.email,
        mina.id,
        mina.email,
        'Mina',
        leah.id,
        'Leah',
        gone.id,
        'Rita',
        asking.id,
        'Ada',
        'less alone',
        'Bo Partner',
        '1234567',
        'Unlisted',
      ]) {
        expect(body).not.toContain(secret);
      }
    }
    const unlisted = (await fran.request('GET', '/api/groups')).json().find((g: { name: string }) => g.name === 'Unlisted circle');
    const hidden = await visitor(h, `/api/directory/${unlisted.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('NOT_FOUND');

    // Taking the listing down takes it out at once.
    expect((await fran.request('PATCH', `/api/groups/${group.id}`, { listedInDirectory: false })).statusCode).toBe(200);
    expect((await search('')).groups).toEqual([]);
    expect((await visitor(h, `/api/directory/${group.id}`)).statusCode).toBe(404);
  });

  it('gives the next start as an instant, right on either side of a daylight-saving change, for the client to show in her own zone', async () => {
    const { listed, search } = await facilitatorWithProfile(h);
    await listed({ name: 'Winter start', startsOn: '2027-03-01' });
    await listed({ name: 'Summer start', startsOn: '2027-03-29' });
    await listed({ name: 'Tokyo morning', startsOn: '2027-03-01', schedule: { weekday: 'wednesday', time: '07:00', timezone: 'Asia/Tokyo', durationMinutes: 75 } });
    const byName = Object.fromEntries((await search('')).groups.map((g) => [g.name, g]));
    // Tuesday 19:30 in Berlin is 18:30 UTC in winter (CET) and 17:30 UTC in summer (CEST).
    expect(byName['Winter start']).toMatchObject({ startsOn: '2027-03-01', nextStartAt: '2027-03-02T18:30:00.000Z' });
    expect(byName['Summer start']).toMatchObject({ startsOn: '2027-03-29', nextStartAt: '2027-03-30T17:30:00.000Z' });
    // Wednesday 07:00 in Tokyo is still Tuesday 22:00 UTC: the same instant a visitor in New York sees as Tuesday 17:00.
    expect(byName['Tokyo morning']).toMatchObject({
      nextStartAt: '2027-03-02T22:00:00.000Z',
      schedule: { timezone: 'Asia/Tokyo', time: '07:00', weekday: 'wednesday' },
    });

    // Without a start date: the next Tuesday 19:30 Berlin from now, within a week.
    await listed({ name: 'Running now' });
    const running = (await search('')).groups.find((g) => g.name === 'Running now');
    const next = Date.parse(String(running?.nextStartAt));
    expect(next).toBeGreaterThan(Date.now());
    expect(next - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(next);
    expect(berlin).toBe('Tuesday 19:30');
  });

  it('filters by text (any case, in name, focus or description), weekday, time of day, highest cost and free seats', async () => {
    const { fran, listed, search } = await facilitatorWithProfile(h);
    await listed({
      name: 'Morning Monday',
      schedule: { weekday: 'monday', time: '08:00', timezone: 'Europe/London', durationMinutes: 90 },
      costPerSessionCents: 2000,
    });
    await listed({
      name: 'Afternoon Monday',
      schedule: { weekday: 'monday', time: '12:00', timezone: 'Europe/London', durationMinutes: 90 },
      costPerSessionCents: 3000,
    });
    await listed({
      name: 'Evening Thursday',
      schedule: { weekday: 'thursday', time: '17:00', timezone: 'America/New_York', durationMinutes: 90 },
      costPerSessionCents: 6000,
    });
    const small = await listed({
      name: 'Full 100% evening',
      description: 'For NIGHT owls',
      capacity: 2,
      schedule: { weekday: 'thursday', time: '21:45', timezone: 'Asia/Tokyo', durationMinutes: 60 },
    });
    await join(h.app, fran, small.id, 'Ona One');
    await join(h.app, fran, small.id, 'Tia Two');
    const names = async (params: string) => (await search(params)).groups.map((g) => g.name).sort();

    expect(await names('weekday=monday')).toEqual(['Afternoon Monday', 'Morning Monday']);
    expect(await names('timeOfDay=morning')).toEqual(['Morning Monday']);
    expect(await names('timeOfDay=afternoon')).toEqual(['Afternoon Monday']);
    expect(await names('timeOfDay=evening')).toEqual(['Evening Thursday', 'Full 100% evening']);
    expect(await names('maxCostCents=3000')).toEqual(['Afternoon Monday', 'Morning Monday']);
    expect(await names('maxCostCents=0')).toEqual([]);
    expect(await names('seatsAvailable=true')).toEqual(['Afternoon Monday', 'Evening Thursday', 'Morning Monday']);
    expect(await names('seatsAvailable=false')).toHaveLength(4);
    expect(await names('weekday=thursday&timeOfDay=evening&seatsAvailable=true')).toEqual(['Evening Thursday']);
    expect((await search('weekday=thursday')).groups.find((g) => g.name.startsWith('Full'))?.seatsLeft).toBe(0);

    const text = async (q: string) => (await visitor(h, `/api/directory?q=${encodeURIComponent(q)}`)).json().groups.map((g: { name: string }) => g.name);
    expect(await text('night OWLS')).toContain('Full 100% evening');
    expect(await text('100%')).toEqual(['Full 100% evening']);
    // % and _ are taken literally, not as wildcards.
    expect(await text('%')).not.toContain('Morning Monday');
    expect(await text('mor_ing')).not.toContain('Morning Monday');
  });

  it('pages on the server, newest first, with a cursor that never repeats or skips a group', async () => {
    const { listed, search } = await facilitatorWithProfile(h);
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) await listed({ name });
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const page = await search(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      sizes.push(page.groups.length);
      seen.push(...page.groups.map((g) => g.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(['Five', 'Four', 'Three', 'Two', 'One']);
    expect((await search('limit=5')).nextCursor).toBeNull();
    expect((await search('')).groups).toHaveLength(5);
  });

  it('reads a page of listed groups through the directory index, not by scanning every group', async () => {
    const plan = await h.app.db.transaction(async (tx) => {
      // With a handful of rows a scan is cheaper; forbidding it shows whether the index can serve the query.
      await tx.execute(sql`set local enable_seqscan = off`);
      const cursor = sql`(timestamptz 'epoch' + 1796149137849000::bigint * interval '1 microsecond', ${randomUUID()}::uuid)`;
      return (await tx.execute(
        sql`explain select id from groups where listed_in_directory and (created_at, id) < ${cursor} order by created_at desc, id desc limit 13`,
      )) as unknown as { rows: Record<string, string>[] };
    });
    const text = plan.rows.map((row) => Object.values(row).join(' ')).join('\n');
    expect(text).toContain('groups_directory_idx');
    expect(text).not.toMatch(/Sort/);
  });

  it.each([
    ['a NUL in the search', 'q=a%00b', 'querystring.q'],
    ['a search of 101 characters', `q=${'x'.repeat(101)}`, 'querystring.q'],
    ['an unknown weekday', 'weekday=funday', 'querystring.weekday'],
    ['an unknown time of day', 'timeOfDay=night', 'querystring.timeOfDay'],
    ['an absurd cost', 'maxCostCents=99999999999999999999', 'querystring.maxCostCents'],
    ['a negative cost', 'maxCostCents=-5', 'querystring.maxCostCents'],
    ['a cost that is not a number', 'maxCostCents=cheap', 'querystring.maxCostCents'],
    ['a page of 51', 'limit=51', 'querystring.limit'],
    ['a page of 0', 'limit=0', 'querystring.limit'],
    ['a page of 2.5', 'limit=2.5', 'querystring.limit'],
    ['a made-up cursor', 'cursor=1%27%20or%201=1', 'querystring.cursor'],
    ['seats as maybe', 'seatsAvailable=maybe', 'querystring.seatsAvailable'],
  ])('refuses %s with a 400 naming the parameter', async (_, params, field) => {
    const res = await visitor(h, `/api/directory?${params}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('answers a malformed or unknown group id in the directory with 400 or 404', async () => {
    expect((await visitor(h, '/api/directory/not-a-uuid')).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((await visitor(h, `/api/directory/${randomUUID()}`)).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
