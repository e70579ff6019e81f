import { expect, it } from 'vitest';
import { CSRF_HEADER } from '@hearth/shared';
import { describeEachDatabase, Person, type Harness } from '../../../test/harness.js';
import { createGroup, groupInput } from '../../../test/fixtures.js';

const put = (h: Harness, person: Person | null, payload: unknown) =>
  h.app.inject({
    method: 'PUT',
    url: '/api/profile',
    headers: { [CSRF_HEADER]: '1', ...(person ? { cookie: `hearth_session=${person.cookie}` } : {}) },
    payload: payload as object,
  });

describeEachDatabase('a group’s listing fields and the facilitator profile', (h) => {
  it('creates a group with the default intake questions, keeps every listing field through an edit that leaves them out', async () => {
    const fran = await Person.signUp(h.app, 'Fran Facilitator');
    const { id } = await createGroup(fran);
    const created = (await fran.request('GET', `/api/groups/${id}`)).json();
    expect(created).toMatchObject({
      listedInDirectory: false,
      format: 'closed',
      minimumCommitmentSessions: 1,
      slidingScaleNote: '',
      startsOn: null,
      intakeQuestions: ['What do you hope for from this group?', 'Which days and times can you usually make?'],
    });
    const listing = {
      listedInDirectory: true,
      format: 'open',
      minimumCommitmentSessions: 10,
      slidingScaleNote: 'Ask me',
      startsOn: '2027-01-05',
      intakeQuestions: ['Why now?'],
    };
    expect((await fran.request('PATCH', `/api/groups/${id}`, listing)).json()).toMatchObject(listing);
    const renamed = await fran.request('PATCH', `/api/groups/${id}`, { name: 'A new name' });
    expect(renamed.json()).toMatchObject({ ...listing, name: 'A new name' });
    expect((await fran.request('PATCH', `/api/groups/${id}`, { intakeQuestions: [], startsOn: null })).json()).toMatchObject({
      intakeQuestions: [],
      startsOn: null,
    });
  });

  it.each([
    ['six intake questions', { intakeQuestions: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'body.intakeQuestions'],
    ['a question of 301 characters', { intakeQuestions: ['x'.repeat(301)] }, 'body.intakeQuestions.0'],
    ['an empty question', { intakeQuestions: ['  '] }, 'body.intakeQuestions.0'],
    ['a NUL in the sliding-scale note', { slidingScaleNote: 'a\u0000b' }, 'body.slidingScaleNote'],
    ['30 February', { startsOn: '2027-02-30' }, 'body.startsOn'],
    ['the year 20270', { startsOn: '20270-01-01' }, 'body.startsOn'],
    ['a commitment of 0 sessions', { minimumCommitmentSessions: 0 }, 'body.minimumCommitmentSessions'],
    ['a commitment of 1000 sessions', { minimumCommitmentSessions: 1000 }, 'body.minimumCommitmentSessions'],
    ['an unknown format', { format: 'semi-open' }, 'body.format'],
    ['a listing flag as text', { listedInDirectory: 'yes' }, 'body.listedInDirectory'],
  ])('refuses %s, on create and on edit, and changes nothing', async (_, fields, field) => {
    const fran = await Person.signUp(h.app, 'Fran Facilitator');
    const created = await fran.request('POST', '/api/groups', { ...groupInput(), ...fields });
    expect(created.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', field });
    const { id } = await createGroup(fran);
    const before = (await fran.request('GET', `/api/groups/${id}`)).json();
    expect((await fran.request('PATCH', `/api/groups/${id}`, fields)).json()).toMatchObject({ statusCode: 400, field });
    expect((await fran.request('GET', `/api/groups/${id}`)).json()).toEqual(before);
  });

  it('keeps her profile, empty until she writes it, refuses bad text, and asks her to sign in', async () => {
    const fran = await Person.signUp(h.app, 'Fran Facilitator');
    expect((await fran.request('GET', '/api/profile')).json()).toEqual({ credential: '', bio: '', updatedAt: null });
    const saved = await put(h, fran, { credential: 'MSW, certified group psychotherapist', bio: 'I run groups for parents.\nEvenings only.' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ credential: 'MSW, certified group psychotherapist', bio: 'I run groups for parents.\nEvenings only.' });
    for (const [payload, field] of [
      [{ credential: 'a\u0000b', bio: '' }, 'body.credential'],
      [{ credential: 'line\nbreak', bio: '' }, 'body.credential'],
      [{ credential: '', bio: 'x'.repeat(1001) }, 'body.bio'],
      [{ credential: 'x'.repeat(121), bio: '' }, 'body.credential'],
    ] as const) {
      expect((await put(h, fran, payload)).json()).toMatchObject({ statusCode: 400, field });
    }
    expect((await fran.request('GET', '/api/profile')).json().credential).toBe('MSW, certified group psychotherapist');
    expect((await put(h, null, { credential: 'x', bio: '' })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: '/api/profile' })).statusCode).toBe(401);
  });
});
