import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describeEachDatabase, Person, query, type Harness } from '../../../test/harness.js';
import { createGroup, join, publish } from '../../../test/fixtures.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  status: string;
  alarmSeconds: number[];
}

/** The calendar as a calendar program reads it: ical.js, not string matching. */
function parseCalendar(body: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(body));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: String(vevent.getFirstPropertyValue('status')),
      alarmSeconds: vevent.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
    };
  });
}

async function calendarGroup(h: Harness, name = 'Mothers who lead') {
  const facilitator = await Person.signUp(h.app, 'Fran Facilitator');
  const { id: groupId } = await createGroup(facilitator, {
    name,
    schedule: { weekday: 'wednesday', time: '20:30', timezone: 'Europe/Berlin', durationMinutes: 90 },
  });
  await publish(facilitator, groupId);
  const member = await join(h.app, facilitator, groupId);
  const created = (await facilitator.request('POST', `/api/groups/${groupId}/sessions/series`, { weeks: 3 })).json().created as {
    id: string;
    scheduledStart: string;
    scheduledEnd: string;
  }[];
  return { facilitator, member, groupId, sessions: created };
}

const fetchFeed = (h: Harness, url: string) => h.app.inject({ method: 'GET', url: new URL(url).pathname });

describeEachDatabase('calendar feeds', (h) => {
  it('lists her groups’ sessions with neutral titles, the join link, a 30-minute alarm, UTC times and stable UIDs', async () => {
    const { member, facilitator, sessions } = await calendarGroup(h);
    const other = await calendarGroup(h, 'Someone else’s group');
    const made = await member.request('POST', '/api/me/calendar-feed', { showGroupNames: false });
    expect(made.statusCode).toBe(201);
    const { url } = made.json();
    expect(url).toMatch(/^http:\/\/hearth\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    // Only the hash of the address is kept.
    const stored = await query<{ token_hash: string }>(h.app, sql`select token_hash from calendar_feeds where user_id = ${member.id}`);
    expect(stored).toHaveLength(1);
    expect(url).not.toContain(stored[0]?.token_hash);

    await facilitator.request('POST', `/api/sessions/${sessions[1]?.id}/cancel`);
    const res = await fetchFeed(h, url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).not.toContain('Mothers who lead');
    expect(res.body).not.toContain('Working mothers');
    const events = parseCalendar(res.body);
    expect(events.map((e) => e.uid)).toEqual(sessions.map((s) => `${s.id}@hearth.test`));
    expect(events.map((e) => [e.start, e.end])).toEqual(sessions.map((s) => [s.scheduledStart, s.scheduledEnd]));
    const [first, cancelled] = events;
    expect(first).toMatchObject({ summary: 'Hearth session', status: 'CONFIRMED', alarmSeconds: [-1800] });
    expect(first?.description).toContain(`http://hearth.test/sessions/${sessions[0]?.id}`);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', alarmSeconds: [] });
    expect(cancelled?.summary).toContain('Hearth session');
    // Another group's sessions are not hers.
    for (const s of other.sessions) expect(res.body).not.toContain(s.id);

    // The same UIDs again on the next fetch: her calendar updates the events rather than adding new ones.
    expect(parseCalendar((await fetchFeed(h, url)).body).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('shows the group’s name only once she opts in', async () => {
    const { member } = await calendarGroup(h);
    const { url } = (await member.request('POST', '/api/me/calendar-feed', { showGroupNames: false })).json();
    const changed = await member.request('PATCH', '/api/me/calendar-feed', { showGroupNames: true });
    expect(changed.json()).toMatchObject({ active: true, showGroupNames: true });
    const named = parseCalendar((await fetchFeed(h, url)).body);
    expect(named.every((e) => e.summary === 'Mothers who lead (Hearth)')).toBe(true);
    await member.request('PATCH', '/api/me/calendar-feed', { showGroupNames: false });
    expect(parseCalendar((await fetchFeed(h, url)).body).every((e) => e.summary === 'Hearth session')).toBe(true);
  });

  it('answers 404 for a revoked, replaced or made-up address, and never shows one person’s feed to another', async () => {
    const { member } = await calendarGroup(h);
    const first = (await member.request('POST', '/api/me/calendar-feed', { showGroupNames: false })).json().url;
    const second = (await member.request('POST', '/api/me/calendar-feed', { showGroupNames: false })).json().url;
    expect(second).not.toBe(first);
    expect((await fetchFeed(h, first)).statusCode).toBe(404);
    expect((await fetchFeed(h, second)).statusCode).toBe(200);
    expect((await member.request('DELETE', '/api/me/calendar-feed')).statusCode).toBe(204);
    expect((await fetchFeed(h, second)).statusCode).toBe(404);
    expect((await member.request('GET', '/api/me/calendar-feed')).json()).toEqual({ active: false, showGroupNames: false, createdAt: null });
    expect((await member.request('PATCH', '/api/me/calendar-feed', { showGroupNames: true })).statusCode).toBe(404);
    for (const path of ['/calendar/nothing.ics', `/calendar/${'A'.repeat(43)}.ics`, `/calendar/${'A'.repeat(43)}`, '/calendar/%00.ics']) {
      const res = await h.app.inject({ method: 'GET', url: path });
      expect(res.statusCode, path).toBe(404);
    }
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    const hers = (await stranger.request('POST', '/api/me/calendar-feed', { showGroupNames: true })).json().url;
    expect(parseCalendar((await fetchFeed(h, hers)).body)).toEqual([]);
    expect((await stranger.request('POST', '/api/me/calendar-feed', { showGroupNames: 'yes' })).statusCode).toBe(400);
  });

  it('gives a member one session as a file, and nobody outside the group', async () => {
    const { member, sessions } = await calendarGroup(h);
    const session = sessions[0];
    const res = await member.request('GET', `/api/sessions/${session?.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const [event, ...rest] = parseCalendar(res.body);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ uid: `${session?.id}@hearth.test`, summary: 'Hearth session', start: session?.scheduledStart, alarmSeconds: [-1800] });
    const stranger = await Person.signUp(h.app, 'Sara Stranger');
    const refused = await stranger.request('GET', `/api/sessions/${session?.id}/calendar.ics`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('NOT_A_MEMBER');
    expect((await h.app.inject({ method: 'GET', url: `/api/sessions/${session?.id}/calendar.ics` })).statusCode).toBe(401);
  });
});
