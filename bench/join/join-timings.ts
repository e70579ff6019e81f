/**
 * Reads one join's timings from the page: the performance marks the room sets (see
 * client/src/features/room/lib/join-timing.ts), all on the page's own clock.
 */
import type { Page } from 'playwright-core';
import { JOIN_MARK as MARK, JOIN_MEASURE as MEASURE } from '../../client/src/features/room/lib/join-timing.js';

export interface JoinTiming {
  /** Asking Hearth for a token: request to response. */
  token: number;
  /** room.connect() start to connected. */
  connect: number;
  /** Connected to the first painted frame of someone else's video. */
  connectedToFrame: number;
  /** Pressing Join to the first painted remote frame: what she feels. */
  joinToFrame: number;
}

/** Resolves once the page has painted a remote frame since Join, or rejects after `timeoutMs`. */
export async function readJoinTiming(page: Page, timeoutMs: number): Promise<JoinTiming> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARK.firstRemoteFrame, { timeout: timeoutMs });
  // Only anonymous callbacks in here: tsx names functions with a helper the page does not have.
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.name.startsWith('hearth:'))
      .map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration })),
  );
  const first = (name: string) => entries.find((e) => e.name === name);
  const at = (name: string) => first(name)?.startTime ?? NaN;
  const duration = (name: string) => first(name)?.duration ?? NaN;
  return {
    token: duration(MEASURE.token),
    connect: duration(MEASURE.connect),
    connectedToFrame: at(MARK.firstRemoteFrame) - at(MARK.connectDone),
    joinToFrame: duration(MEASURE.firstRemoteFrame),
  };
}
