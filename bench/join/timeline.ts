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
import type { PersonPage } from '../../e2e/browser.js';
import { onStage, runBench } from './stage.js';
import { ms } from './stats.js';

const LOGGERS = ['livekit', 'livekit-room', 'livekit-engine', 'livekit-signal', 'livekit-pc-manager', 'livekit-pc-transport'];
/** The lines that mark a step: the signal socket, the join answer, the offer and answer, ICE, DTLS. */
const MILESTONES =
  /connection state changed|signal lifecycle|signal connecting to|connected to Livekit Server|received server answer|ICE connection state|pc state change|connection setup took/;

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });

async function main() {
  const debugLogs = async ({ page }: PersonPage) => {
    await page.context().addInitScript((names) => names.forEach((n) => localStorage.setItem(`loglevel:${n}`, 'DEBUG')), LOGGERS);
  };
  await onStage(async ({ joinOnce }) => {
    for (let run = 1; run <= Number(args.runs); run++) {
      const lines: string[] = [];
      const timing = await joinOnce((page) => {
        const joinedAt = performance.now();
        const onConsole = (m: ConsoleMessage) => {
          if (MILESTONES.test(m.text())) lines.push(`  ${ms(performance.now() - joinedAt).padStart(7)}  ${m.text().split(' {')[0]?.slice(0, 100)}`);
        };
        page.on('console', onConsole);
        return () => page.off('console', onConsole);
      });
      console.log(
        `join ${run}: connect ${ms(timing.connect)}, join→frame ${ms(timing.joinToFrame)} (ms since Join pressed, on this process's clock)\n${lines.join('\n')}`,
      );
    }
  }, debugLogs);
}

runBench(main);
