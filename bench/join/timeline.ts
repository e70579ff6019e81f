/**
 * A diagnostic beside bench/join: where one join's "connect" goes, from livekit-client's own debug log.
 * The member's page runs with LiveKit's loggers at DEBUG (livekit-client reads the level loglevel keeps
 * in localStorage), and each join prints the milestones of its log with milliseconds since Join.
 *
 *   bash scripts/in-netns.sh npx tsx bench/join/timeline.ts [--runs 3]
 *
 * Needs the client built (`npm run build -w client`), as bench/join does.
 */
import { parseArgs } from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { launchChromium, openAs } from '../../e2e/browser.js';
import { setUpLiveSession } from '../../e2e/live-api.js';
import { startStack } from '../../e2e/stack.js';
import { readJoinTiming } from './join-timings.js';
import { ms } from './stats.js';

const LOGGERS = ['livekit', 'livekit-room', 'livekit-engine', 'livekit-signal', 'livekit-pc-manager', 'livekit-pc-transport'];
/** The lines that mark a step: the signal socket, the join answer, the offer and answer, ICE, DTLS. */
const MILESTONES =
  /connection state changed|signal lifecycle|signal connecting to|connected to Livekit Server|received server answer|ICE connection state|pc state change|connection setup took/;
const TIMEOUT_MS = 30_000;

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });

async function main() {
  const stack = await startStack();
  const browser = await launchChromium();
  try {
    const setup = await setUpLiveSession(stack.appUrl, 'Hanna Okafor', ['Maya Lindqvist']);
    const [mayaPerson] = setup.members;
    if (!mayaPerson) throw new Error('setup made no member');
    const hanna = await openAs(browser, stack.appUrl, setup.facilitator);
    const maya = await openAs(browser, stack.appUrl, mayaPerson);
    await maya.page.context().addInitScript((names) => names.forEach((n) => localStorage.setItem(`loglevel:${n}`, 'DEBUG')), LOGGERS);
    await hanna.page.goto(`/sessions/${setup.sessionId}`);
    await hanna.page.getByRole('button', { name: 'Join the room' }).click();
    await hanna.page.locator('[data-connection-state="connected"]').waitFor({ timeout: TIMEOUT_MS });

    for (let run = 1; run <= Number(args.runs); run++) {
      await maya.page.goto(`/sessions/${setup.sessionId}`);
      const room = maya.page.getByRole('region', { name: 'The group room' });
      await room.getByLabel('Your camera preview').waitFor({ timeout: TIMEOUT_MS });
      const lines: string[] = [];
      const joinedAt = performance.now();
      const onConsole = (m: ConsoleMessage) => {
        if (MILESTONES.test(m.text())) lines.push(`  ${ms(performance.now() - joinedAt).padStart(7)}  ${m.text().split(' {')[0]?.slice(0, 100)}`);
      };
      maya.page.on('console', onConsole);
      await room.getByRole('button', { name: 'Join the room' }).click();
      const timing = await readJoinTiming(maya.page, TIMEOUT_MS);
      maya.page.off('console', onConsole);
      console.log(
        `join ${run}: connect ${ms(timing.connect)}, join→frame ${ms(timing.joinToFrame)} (ms since Join pressed, on this process's clock)\n${lines.join('\n')}`,
      );
      await room.getByRole('button', { name: 'Leave the room' }).click();
      await maya.page.waitForURL(`**/groups/${setup.groupId}`, { timeout: TIMEOUT_MS });
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
