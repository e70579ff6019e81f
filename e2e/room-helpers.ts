/** What the room tests do and read in a person's page: join through the device check, find tiles, watch video. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const ROOM_TIMEOUT = 30_000;

export const roomRegion = (page: Page) => page.getByRole('region', { name: 'The group room' });

/**
 * The session page's steps, once it is on screen. A navigation keeps the page she left until the next
 * page's chunk has come, and a member's group page has its own "Read and sign the group agreement":
 * waiting for that heading alone can find the group page's form, which then goes away with what was typed.
 */
export const sessionSteps = (page: Page) => page.getByRole('list', { name: 'Steps to join' });

/** From the session page through the camera and microphone check; resolves once LiveKit says connected. */
export async function joinRoom(page: Page, sessionId: string, { byKeyboard = false, beforeJoin = async () => {} } = {}) {
  await page.goto(`/sessions/${sessionId}`);
  const join = roomRegion(page).getByRole('button', { name: 'Join the room' });
  await join.waitFor({ timeout: ROOM_TIMEOUT });
  await beforeJoin();
  if (byKeyboard) await pressTabUntilFocused(page, 'Join the room');
  else await join.click();
  await waitForConnected(page);
}

export async function waitForConnected(page: Page) {
  await page.locator('[data-connection-state="connected"]').waitFor({ timeout: ROOM_TIMEOUT });
  await roomRegion(page).getByRole('status').filter({ hasText: 'Connected to the room' }).waitFor({ timeout: ROOM_TIMEOUT });
}

/** Tab through the page (at most 40 stops) until the button of that accessible name has focus, then press Enter on it. */
export async function pressTabUntilFocused(page: Page, name: string) {
  const target = page.getByRole('button', { name, exact: true }).first();
  await target.waitFor({ timeout: ROOM_TIMEOUT });
  for (let stop = 0; stop < 40; stop++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`"${name}" never received keyboard focus`);
}

/** Her tile (in the grid, the speaker view or, for her own, the small self-view). */
export const cameraTile = (page: Page, identity: string) => page.locator(`[data-participant-identity="${identity}"][data-source="camera"]`);

/** A facilitator's move from a member's tile menu ("Mute Maya", "Remove Maya…"). */
export async function fromTileMenu(page: Page, identity: string, firstName: string, item: string) {
  await cameraTile(page, identity)
    .getByRole('button', { name: `Options for ${firstName}` })
    .click();
  await page.getByRole('button', { name: item, exact: true }).click();
}

const framesOf = (page: Page, identity: string) =>
  cameraTile(page, identity)
    .locator('video')
    .evaluate((video: HTMLVideoElement) => video.getVideoPlaybackQuality().totalVideoFrames)
    .catch(() => -1);

/**
 * Her video is playing in this page: frames keep arriving, not merely an element on the page. Two
 * readings, the second taken once a second has passed and repeated until it moved on by at least
 * ten frames (the fake camera sends thirty a second).
 */
export async function expectVideoPlaying(page: Page, identity: string) {
  await cameraTile(page, identity).locator('video').waitFor({ timeout: ROOM_TIMEOUT });
  let first = -1;
  await expect.poll(async () => (first = await framesOf(page, identity)), { timeout: ROOM_TIMEOUT }).toBeGreaterThan(0);
  const firstAt = Date.now();
  await expect
    .poll(async () => (Date.now() - firstAt >= 1_000 ? (await framesOf(page, identity)) - first : 0), { timeout: ROOM_TIMEOUT, interval: 250 })
    .toBeGreaterThanOrEqual(10);
}

export async function expectShownMuted(page: Page, identity: string, muted: boolean) {
  await expect.poll(() => cameraTile(page, identity).getAttribute('data-muted'), { timeout: ROOM_TIMEOUT }).toBe(String(muted));
}
