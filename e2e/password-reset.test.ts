import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPerson, screenshot } from './browser.js';
import { ApiPerson } from './live-api.js';

const appUrl = inject('appUrl');
const NEW_PASSWORD = 'lantern orchard quietly humming';

// Skipped only outside CI when Chromium or LiveKit is missing: global-setup says so loudly, and under CI=true it fails instead.
describe.skipIf(!appUrl)('a forgotten password, in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks for a link from sign-in, opens it from the development mailbox, sets a new password and signs in with it', async () => {
    const base = appUrl ?? '';
    const tess = await new ApiPerson(base, 'Tess Forgetful').signUp();
    const { context, page, pageErrors } = await openPerson(browser, base);

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill(tess.email);
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    await page.getByRole('status').filter({ hasText: 'If an account uses that email' }).waitFor();

    // No SMTP server in the test stack: the mail waits in the development mailbox.
    await page.goto('/dev/mailbox');
    const mail = page.getByRole('listitem').filter({ hasText: `To ${tess.email}` });
    // The link is written and sent just after the answer (its timing must not tell who has an account).
    await expect
      .poll(async () => {
        if ((await mail.count()) === 0) await page.getByRole('button', { name: 'Check again' }).click();
        return mail.count();
      })
      .toBe(1);
    await mail.getByRole('link', { name: 'Open the link in this mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
    const resetUrl = page.url();
    expect(resetUrl).toMatch(/\/reset-password\/[A-Za-z0-9_-]{40,}$/);
    await page.getByLabel('New password').waitFor();
    await screenshot(page, 'reset-password', { a11y: true });

    // The same strength rule as sign-up: a weak one is refused beside the field, the link still works.
    await page.getByLabel('New password').fill('password1234');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.locator('.field__error').waitFor();
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your new password is set' }).waitFor();

    // The link is spent.
    await page.goto(resetUrl);
    await page.getByRole('alert').filter({ hasText: 'expired or was already used' }).waitFor();

    // She has signed in on this browser before? No: greeted as new, then signs in with the new password.
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor();
    await page.getByLabel('Email').fill(tess.email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your groups' }).waitFor();

    // Signed out again, the same browser now welcomes her back.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
