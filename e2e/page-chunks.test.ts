import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { cspViolations, launchChromium, openPerson } from './browser.js';

const appUrl = inject('appUrl');

// Skipped only outside CI when Chromium or LiveKit is missing: global-setup says so loudly, and under CI=true it fails instead.
describe.skipIf(!appUrl)("each page's own code, fetched when she first goes there", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the page she is on until the next one has come, says so calmly when it cannot come, and recovers at the next address', async () => {
    const { context, page, pageErrors } = await openPerson(browser, appUrl ?? '');
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Hearth' }).waitFor();

    // The forgotten-password page's chunk is held back: until it arrives, sign-in stays on screen.
    const held = new Promise<Route>((resolve) => void page.route('**/assets/ForgotPasswordPage-*.js', (route) => resolve(route)));
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    const route = await held;
    expect(await page.getByRole('heading', { level: 1, name: 'Welcome to Hearth' }).isVisible()).toBe(true);
    // Then it fails to come (a deploy replaced it, the network dropped): the frame says what happened.
    await route.abort('failed');
    await page.getByRole('heading', { level: 1, name: 'Something went wrong' }).waitFor();
    await page.getByRole('button', { name: 'Reload' }).waitFor();

    // Going on to another address shows that page, not the failure again.
    await page.getByRole('link', { name: 'Go to your groups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Hearth' }).waitFor();
    expect(page.url()).toContain('/sign-in?next=');

    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});
