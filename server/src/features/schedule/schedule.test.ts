import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person, query, requireLivekit, type Harness } from '../../../test/harness.js';
import { confirmPrivacy, createGroup, join, publish, signCurrent } from '../../../test/fixtures.js';

const WEDNESDAY_2030_BERLIN = { weekday: 'wednesday', time: '20:30', timezone: 'Europe/Berlin', durationMinutes: 90 } as const;
const berlinWallClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'long', hour: '2-digit', minute: '2-digit' });

/** The next `month`-`day` that is today or later in Berlin (always within a year), as YYYY-MM-DD. */
function nextDay(month: number, day: number) {
  const today = new Date(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()));
  const candidate = new Date(Date.UTC(today.getUTCFullYear(), month - 1, day));
  if (candidate < today) candidate.setUTCFullYear(candidate.getUTCFullYear() + 1);
  return candidate.toISOString().slice(0, 10);
}

async function berlinGroup(h: Harness) {
  const facilitator = await Person.signUp(h.app, 'Fran Facilitator');
  const { id: groupId } = await createGroup(facilitator, { schedule: WEDNESDAY_2030_BERLIN });
  await publish(facilitator, groupId);
  const member = await join(h.app, facilitator, groupId);
  const series = (body: unknown, who = facilitator) => who.request('POST', `/api/groups/${groupId}/sessions/series`, body);
  return { facilitator, member, groupId, series };
}

const sessionCount = async (h: Harness, groupId: string) =>
  Number((await query<{ n: number }>(h.app, sql`select count(*)::int as n from sessions where group_id = ${groupId}`))[0]?.n);

describeEachDatabase('the weekly series', (h) => {
  requireLivekit();

  it.each([
    ['spring', nextDay(3, 15), ['19:30', '18:30']],
    ['autumn', nextDay(10, 15), ['18:30', '19:30']],
  ])('keeps Wednesday 20:30 in Berlin across the %s daylight-saving change', async (_season, from, [firstUtc, lastUtc]) => {
    const { groupId, series, member } = await berlinGroup(h);
    const res = await series({ weeks: 4, from });
    expect(res.statusCode).toBe(200);
    const { created, skipped } = res.json() as { created: { scheduledStart: string; scheduledEnd: string; movedFrom: null }[]; skipped: number };
    expect(skipped).toBe(0);
    expect(created).toHaveLength(4);
    for (const s of created) {
      expect(berlinWallClock.format(new Date(s.scheduledStart))).toBe('Wednesday 20:30');
      expect(Date.parse(s.scheduledEnd) - Date.parse(s.scheduledStart)).toBe(90 * 60_000);
    }
    expect(created[0]?.scheduledStart.slice(11, 16)).toBe(firstUtc);
    expect(created[3]?.scheduledStart.slice(11, 16)).toBe(lastUtc);
    expect(created.map((s) => Date.parse(s.scheduledStart) - Date.parse(created[0]?.scheduledStart ?? ''))).not.toEqual([0, 7, 14, 21].map((d) => d * 86_400_000));
    // Members see the same sessions.
    const seen = (await member.request('GET', `/api/groups/${groupId}/sessions`)).json() as { scheduledStart: string }[];
    expect(seen.map((s) => s.scheduledStart)).toEqual(created.map((s) => s.scheduledStart));
  });

  it('adds each week once: asking again skips the weeks already there, moved, cancelled or added by hand', async () => {
    const { facilitator, groupId, series } = await berlinGroup(h);
    const from = nextDay(1, 10);
    const first = (await series({ weeks: 3, from })).json();
    expect(first.created).toHaveLength(3);
    expect((await series({ weeks: 3, from })).json()).toEqual({ created: [], skipped: 3 });

    const [a, b] = first.created as { id: string; scheduledStart: string }[];
    const moved = await facilitator.request('POST', `/api/sessions/${a?.id}/move`, {
      scheduledStart: new Date(Date.parse(a?.scheduledStart ?? '') + 86_400_000).toISOString(),
    });
    expect(moved.statusCode).toBe(200);
    expect((await facilitator.request('POST', `/api/sessions/${b?.id}/cancel`)).statusCode).toBe(200);
    // A session added by hand on the fourth Wednesday, at another hour.
    const fourth = new Date(Date.parse(first.created[2].scheduledStart) + 7 * 86_400_000 - 3_600_000).toISOString();
    expect((await facilitator.request('POST', `/api/groups/${groupId}/sessions`, { scheduledStart: fourth })).statusCode).toBe(201);

    const more = (await series({ weeks: 5, from })).json();
    expect(more.skipped).toBe(4);
    expect(more.created).toHaveLength(1);
    expect(await sessionCount(h, groupId)).toBe(5);
    const statuses = (await facilitator.request('GET', `/api/groups/${groupId}/sessions`)).json().map((s: { status: string }) => s.status);
    expect(statuses.filter((s: string) => s === 'cancelled')).toHaveLength(1);
  });

  it('starts from the next meeting when no day is given', async () => {
    const { series } = await berlinGroup(h);
    const { created } = (await series({ weeks: 2 })).json() as { created: { scheduledStart: string }[] };
    expect(created).toHaveLength(2);
    expect(Date.parse(created[0]?.scheduledStart ?? '')).toBeGreaterThan(Date.now());
    expect(Date.parse(created[0]?.scheduledStart ?? '') - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
  });

  it('moves a session keeping its length and where it first was, and cancels one; the gate refuses the cancelled one', async () => {
    const { facilitator, member, groupId, series } = await berlinGroup(h);
    const [s1, s2] = (await series({ weeks: 2 })).json().created as { id: string; scheduledStart: string; scheduledEnd: string }[];
    const to = new Date(Date.parse(s1?.scheduledStart ?? '') + 2 * 86_400_000).toISOString();
    const moved = (await facilitator.request('POST', `/api/sessions/${s1?.id}/move`, { scheduledStart: to })).json();
    expect(moved).toMatchObject({ scheduledStart: to, movedFrom: s1?.scheduledStart, status: 'scheduled' });
    expect(Date.parse(moved.scheduledEnd) - Date.parse(moved.scheduledStart)).toBe(90 * 60_000);
    // Moved again, it still says where the series first put it; moved back, it is not moved at all.
    const again = (await facilitator.request('POST', `/api/sessions/${s1?.id}/move`, { scheduledStart: new Date(Date.parse(to) + 3_600_000).toISOString() })).json();
    expect(again.movedFrom).toBe(s1?.scheduledStart);
    expect((await member.request('GET', `/api/sessions/${s1?.id}`)).json().session.movedFrom).toBe(s1?.scheduledStart);
    expect((await facilitator.request('POST', `/api/sessions/${s1?.id}/move`, { scheduledStart: s1?.scheduledStart })).json().movedFrom).toBeNull();

    await signCurrent(member, groupId);
    await confirmPrivacy(member, s2?.id ?? '');
    const cancelled = await facilitator.request('POST', `/api/sessions/${s2?.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ id: s2?.id, status: 'cancelled' });
    const open = await facilitator.request('POST', `/api/sessions/${s2?.id}/open`);
    expect(open.statusCode).toBe(409);
    expect(open.json().code).toBe('SESSION_CANCELLED');
    const token = await member.request('POST', `/api/sessions/${s2?.id}/token`);
    expect(token.statusCode).toBe(409);
    expect(token.json()).toMatchObject({ code: 'SESSION_NOT_OPEN', message: 'This session is cancelled.', details: { status: 'cancelled' } });
    expect((await member.request('GET', `/api/sessions/${s2?.id}`)).json().session.status).toBe('cancelled');
    expect((await h.app.livekit.rooms.listRooms()).map((r) => r.name)).not.toContain(
      (await query<{ room_name: string }>(h.app, sql`select room_name from sessions where id = ${s2?.id}`))[0]?.room_name,
    );
  });

  it('shows everyone the next session of each group, and members keep the ended ones', async () => {
    const { facilitator, member, groupId, series } = await berlinGroup(h);
    const [s1, s2] = (await series({ weeks: 2 })).json().created as { id: string }[];
    for (const person of [facilitator, member]) {
      const next = (await person.request('GET', '/api/me/next-sessions')).json() as { id: string; groupId: string }[];
      expect(next.filter((s) => s.groupId === groupId).map((s) => s.id)).toEqual([s1?.id]);
    }
    await facilitator.request('POST', `/api/sessions/${s1?.id}/cancel`);
    expect((await member.request('GET', '/api/me/next-sessions')).json().map((s: { id: string }) => s.id)).toEqual([s2?.id]);

    await facilitator.request('POST', `/api/sessions/${s2?.id}/open`);
    expect((await member.request('GET', '/api/me/next-sessions')).json().map((s: { id: string }) => s.id)).toEqual([s2?.id]);
    await facilitator.request('POST', `/api/sessions/${s2?.id}/end`);
    expect((await member.request('GET', '/api/me/next-sessions')).json()).toEqual([]);
    const listed = (await member.request('GET', `/api/groups/${groupId}/sessions`)).json() as { id: string; status: string }[];
    expect(listed.find((s) => s.id === s2?.id)?.status).toBe('ended');
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    expect((await stranger.request('GET', '/api/me/next-sessions')).json()).toEqual([]);
  });

  it('refuses members, strangers, sessions past scheduling and bad input, changing nothing', async () => {
    const { facilitator, member, groupId, series } = await berlinGroup(h);
    const [s1, s2, s3] = (await series({ weeks: 3 })).json().created as { id: string; scheduledStart: string }[];
    const later = new Date(Date.parse(s1?.scheduledStart ?? '') + 3_600_000).toISOString();
    const stranger = await Person.signUp(h.app, 'Sara Stranger');

    for (const [who, code] of [
      [member, 'FORBIDDEN'],
      [stranger, 'NOT_A_MEMBER'],
    ] as const) {
      for (const [url, body] of [
        [`/api/groups/${groupId}/sessions/series`, { weeks: 4 }],
        [`/api/sessions/${s1?.id}/move`, { scheduledStart: later }],
        [`/api/sessions/${s1?.id}/cancel`, undefined],
      ] as const) {
        const res = await who.request('POST', url, body);
        expect(res.statusCode, url).toBe(403);
        expect(res.json().code, url).toBe(code);
      }
    }

    await facilitator.request('POST', `/api/sessions/${s2?.id}/open`);
    for (const [url, body] of [
      [`/api/sessions/${s2?.id}/move`, { scheduledStart: later }],
      [`/api/sessions/${s2?.id}/cancel`, undefined],
    ] as const) {
      const res = await facilitator.request('POST', url, body);
      expect(res.statusCode, url).toBe(409);
      expect(res.json()).toMatchObject({ code: 'SESSION_NOT_SCHEDULED', details: { status: 'open' } });
    }
    await facilitator.request('POST', `/api/sessions/${s1?.id}/cancel`);
    expect((await facilitator.request('POST', `/api/sessions/${s1?.id}/cancel`)).json()).toMatchObject({
      code: 'SESSION_NOT_SCHEDULED',
      details: { status: 'cancelled' },
    });

    const bad: [string, unknown][] = [
      [`/api/groups/${groupId}/sessions/series`, { weeks: 0 }],
      [`/api/groups/${groupId}/sessions/series`, { weeks: 27 }],
      [`/api/groups/${groupId}/sessions/series`, { weeks: '8' }],
      [`/api/groups/${groupId}/sessions/series`, { weeks: 2, from: '2000-01-01' }],
      [`/api/groups/${groupId}/sessions/series`, { weeks: 2, from: `${new Date().getUTCFullYear() + 3}-01-01` }],
      [`/api/groups/${groupId}/sessions/series`, { weeks: 2, from: '2027-01-01\u0000' }],
      [`/api/groups/${groupId}/sessions/series`, { weeks: 2, from: 'next week' }],
      [`/api/sessions/${s3?.id}/move`, { scheduledStart: '\u0000' }],
      [`/api/sessions/${s3?.id}/move`, { scheduledStart: '9999-12-31T00:00:00Z' }],
      [`/api/sessions/${s3?.id}/move`, { scheduledStart: new Date(Date.now() - 3_600_000).toISOString() }],
      [`/api/sessions/${s3?.id}/move`, {}],
      ['/api/sessions/not-a-uuid/cancel', undefined],
    ];
    for (const [url, body] of bad) {
      const res = await facilitator.request('POST', url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    const missing = await facilitator.request('POST', '/api/sessions/00000000-0000-4000-8000-000000000000/cancel');
    expect(missing.statusCode).toBe(404);
    expect(await sessionCount(h, groupId)).toBe(3);
    const rows = await query<{ status: string; moved_from: Date | null }>(
      h.app,
      sql`select status, moved_from from sessions where group_id = ${groupId} order by scheduled_start`,
    );
    expect(rows).toEqual([
      { status: 'cancelled', moved_from: null },
      { status: 'open', moved_from: null },
      { status: 'scheduled', moved_from: null },
    ]);
  });
});
