import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openAs, screenshot, launchChromium } from './browser.js';
import { setUpLiveSession } from './live-api.js';

const appUrl = inject('appUrl');

// Skipped only outside CI when Chromium or LiveKit is missing: global-setup says so loudly, and under CI=true it fails instead.
describe.skipIf(!appUrl)('the weekly rhythm, in real browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a facilitator schedules the coming weeks and cancels one; a member sees the next session, says she cannot come and gets her calendar address', async () => {
    const base = appUrl ?? '';
    const { facilitator, members, groupId } = await setUpLiveSession(base, 'Hanna Okafor', ['Maya Lindqvist']);
    const [maya] = members;
    if (!maya) throw new Error('a member expected');
    const hanna = await openAs(browser, base, facilitator);
    const f = hanna.page;
    await f.goto(`/groups/${groupId}`);
    await f.getByLabel('Number of weeks').fill('4');
    await f.getByRole('button', { name: 'Schedule the next 4 weeks' }).click();
    await f.getByRole('status').filter({ hasText: 'added' }).waitFor();
    const sessions = f.getByRole('region', { name: 'Sessions' });
    await sessions
      .getByRole('button', { name: /^Cancel the session on/ })
      .last()
      .click();
    await sessions.getByRole('button', { name: 'Yes, cancel it' }).click();
    await f.getByRole('status').filter({ hasText: 'is cancelled' }).waitFor();
    await sessions.getByText('Cancelled — the group does not meet').waitFor();
    await screenshot(f, 'schedule-facilitator', { a11y: true });

    const member = await openAs(browser, base, maya);
    const m = member.page;
    await m.goto(`/groups/${groupId}`);
    const next = m.getByRole('region', { name: 'Next session' });
    await next.getByRole('link', { name: /^Add to calendar/ }).waitFor();
    await screenshot(m, 'schedule-member-group', { a11y: true });
    // The next session is open now; the weeks after it are in her list of sessions.
    await m
      .getByRole('link', { name: /^Get ready for the session on/ })
      .first()
      .click();
    const absence = m.getByRole('region', { name: 'Can’t come?' });
    await absence.getByLabel('A note for your facilitators (optional)').fill('A work trip this week.');
    await absence.getByRole('button', { name: 'Tell them I can’t come' }).click();
    await absence.getByText('You told your facilitators you can’t come to this session.').waitFor();
    await screenshot(m, 'schedule-member-absence', { a11y: true });

    await f.goto(m.url().replace(base, ''));
    await f.getByRole('region', { name: 'Can’t come' }).getByText('A work trip this week.').waitFor();

    await m.goto('/account');
    await m.getByRole('button', { name: 'Get my calendar address' }).click();
    const address = await m.locator('code').filter({ hasText: '/calendar/' }).textContent();
    expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await screenshot(m, 'schedule-member-calendar', { a11y: true });
    const feed = await m.request.get(new URL(address ?? '').pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('SUMMARY:Hearth session');
    expect([...hanna.pageErrors, ...member.pageErrors]).toEqual([]);
    await Promise.all([hanna.close(), member.close()]);
  });
});
