/**
 * The stage both join benches use: the real stack of the browser tests, a facilitator already in the
 * room with her camera on, and a member who joins, is timed, and leaves again, as often as asked.
 */
import type { Page } from 'playwright-core';
import { launchChromium, openAs, type PersonPage } from '../../e2e/browser.js';
import { setUpLiveSession } from '../../e2e/live-api.js';
import { startStack } from '../../e2e/stack.js';
import { readJoinTiming, type JoinTiming } from './join-timings.js';

export const STEP_TIMEOUT_MS = 30_000;

export interface Stage {
  facilitator: PersonPage;
  member: PersonPage;
  chromium: string;
  /** One join by the member from a freshly loaded session page to the first remote frame, then out again. */
  joinOnce: (whileJoining?: (page: Page) => () => void) => Promise<JoinTiming>;
}

/** Runs `body` on the stage, then takes it down; `prepareMember` runs on her browser before any page loads. */
export async function onStage(body: (stage: Stage) => Promise<void>, prepareMember: (member: PersonPage) => Promise<void> = async () => {}) {
  const stack = await startStack();
  const browser = await launchChromium();
  try {
    const setup = await setUpLiveSession(stack.appUrl, 'Hanna Okafor', ['Maya Lindqvist']);
    const [mayaPerson] = setup.members;
    if (!mayaPerson) throw new Error('setup made no member');
    const facilitator = await openAs(browser, stack.appUrl, setup.facilitator);
    const member = await openAs(browser, stack.appUrl, mayaPerson);
    await prepareMember(member);

    await facilitator.page.goto(`/sessions/${setup.sessionId}`);
    await facilitator.page.getByRole('button', { name: 'Join the room' }).click();
    await facilitator.page.locator('[data-connection-state="connected"]').waitFor({ timeout: STEP_TIMEOUT_MS });

    const joinOnce = async (whileJoining?: (page: Page) => () => void) => {
      const { page } = member;
      await page.goto(`/sessions/${setup.sessionId}`);
      const room = page.getByRole('region', { name: 'The group room' });
      // Ready as she would be: her preview is playing before she presses Join.
      await room.getByLabel('Your camera preview').waitFor({ timeout: STEP_TIMEOUT_MS });
      const stopWatching = whileJoining?.(page);
      await room.getByRole('button', { name: 'Join the room' }).click();
      const timing = await readJoinTiming(page, STEP_TIMEOUT_MS);
      stopWatching?.();
      await room.getByRole('button', { name: 'Leave the room' }).click();
      await page.waitForURL(`**/groups/${setup.groupId}`, { timeout: STEP_TIMEOUT_MS });
      return timing;
    };
    await body({ facilitator, member, chromium: `Chromium ${browser.version()}`, joinOnce });
  } finally {
    await browser.close();
    await stack.stop();
  }
}

/** A bench's main: its failure is printed and sets the exit code. */
export function runBench(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
