import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openAs, screenshot, type PersonPage } from './browser.js';
import { setUpLiveSession, type LiveSessionSetup } from './live-api.js';
import { enterRoom, open } from './live-screens.js';
import { ROOM_TIMEOUT } from './room-helpers.js';

const appUrl = inject('appUrl');

// Skipped only outside CI when Chromium or LiveKit is missing: global-setup says so loudly, and under CI=true it fails instead.
describe.skipIf(!appUrl)('after a session: the check-out rating and the facilitator’s record, in real browsers', () => {
  let browser: Browser;
  let setup: LiveSessionSetup;
  let ann: PersonPage;
  let fran: PersonPage;

  beforeAll(async () => {
    browser = await launchChromium();
    setup = await setUpLiveSession(appUrl ?? '', 'Fran Facilitator', ['Ann Archer', 'Bea Baker', 'Cleo Carter']);
    // Ann is in the room, as LiveKit reports it (the check-out questions are for those who were there); Bea and Cleo stay away.
    const inRoom = await open(browser, appUrl ?? '', setup.members[0]!, setup.sessionId);
    await enterRoom(inRoom, 'member');
    // Her stay comes in LiveKit's webhook, on its own time (expect.poll is for tests, not their setup).
    const inAttendance = async () => (await setup.facilitator.request<unknown[]>('GET', `/api/sessions/${setup.sessionId}/attendance`)).length === 1;
    for (const deadline = Date.now() + ROOM_TIMEOUT; !(await inAttendance()); await new Promise((r) => setTimeout(r, 250))) {
      if (Date.now() > deadline) throw new Error('her stay in the room never reached the attendance');
    }
    await inRoom.context.close();
    await setup.facilitator.request('POST', `/api/sessions/${setup.sessionId}/end`);
    ann = await openAs(browser, appUrl ?? '', setup.members[0]!);
    fran = await openAs(browser, appUrl ?? '', setup.facilitator);
  });
  afterAll(async () => {
    await ann?.close();
    await fran?.close();
    await browser?.close();
  });

  it('asks a member the three check-out questions once, and keeps the report from her', async () => {
    const { page } = ann;
    await page.goto(`/sessions/${setup.sessionId}`);
    await page.getByRole('heading', { name: 'Check-out (optional)' }).waitFor();
    await screenshot(page, 'checkout-rating', { a11y: true });
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose a number for each of the three' }).waitFor();
    for (const item of ['I felt heard by the group today', 'We worked on what mattered to me', 'Overall, this session was good for me']) {
      await page.getByRole('group', { name: item }).getByLabel(/^4/).check();
    }
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('status').filter({ hasText: 'Thank you — your answers are in.' }).waitFor();

    await page.goto(`/sessions/${setup.sessionId}/report`);
    await page.getByRole('alert').filter({ hasText: 'Only the group’s facilitators can do that.' }).waitFor();
    expect(await page.getByText('Airtime').count()).toBe(0);
  });

  it('shows the facilitator the session report and the group’s record, with the averages kept back while the check-out is open', async () => {
    const { page } = fran;
    await page.goto(`/groups/${setup.groupId}`);
    await page.getByRole('link', { name: /^Report/ }).click();
    await page.getByRole('heading', { name: 'Attendance and airtime' }).waitFor();
    await page.getByRole('rowheader', { name: 'Bea Baker' }).waitFor();
    await screenshot(page, 'session-report', { a11y: true });

    await page.getByRole('link', { name: 'The group’s record' }).click();
    await page.getByRole('heading', { name: 'Check-out ratings' }).waitFor();
    await page.getByText(/^Shown from .*, once the check-out has closed$/).waitFor();
    await page.getByRole('table', { name: 'Attendance per member and session' }).waitFor();
    await screenshot(page, 'group-record', { a11y: true });
  });
});
