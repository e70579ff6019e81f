/** Three people's browsers in one live session, and what each one's room shows right now, read from the DOM. */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { openPerson } from './browser.js';
import type { ApiPerson } from './live-api.js';

export const ROOM_TIMEOUT = 30_000;
const AGREE_TIMEOUT = 10_000;

export interface Screen {
  person: ApiPerson;
  page: Page;
  context: BrowserContext;
  pageErrors: string[];
  /** Every Socket.IO frame this page received, to prove what a member's browser was never sent. */
  frames: string[];
}

/** What one person's room shows right now. */
export interface Seen {
  view: string;
  version: number;
  floor: string | null;
  /** The talking order as the hand badges on the tiles number it. */
  badges: string[];
  /** The talking order as the panel lists it. */
  order: string[];
  /** Whose tile carries the floor ring, and the countdown on it. */
  ringed: string[];
  tileSeconds: number | null;
  seconds: number;
  timer: string;
  roundIndex: number | null;
}

export const dock = (page: Page): Locator => page.getByTestId('live-dock');
export const panel = (page: Page): Locator => page.getByTestId('live-sidebar');

export async function open(browser: Browser, base: string, person: ApiPerson, sessionId: string, viewport?: { width: number; height: number }): Promise<Screen> {
  const { context, page, pageErrors } = await openPerson(browser, base, viewport);
  await context.addCookies([{ name: 'hearth_session', value: person.cookie, url: base }]);
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => frames.push(String(payload))));
  await page.goto(`/sessions/${sessionId}`);
  return { person, page, context, pageErrors, frames };
}

/** Into the room through the camera and microphone check; resolves once the live channel is up. */
export async function enterRoom(screen: Screen, view: 'member' | 'facilitator') {
  const join = screen.page.getByRole('button', { name: 'Join the room' });
  await dock(screen.page).or(join).first().waitFor({ timeout: ROOM_TIMEOUT });
  if (await join.isVisible()) await join.click();
  await dock(screen.page)
    .and(screen.page.locator(`[data-view="${view}"]`))
    .waitFor({ timeout: ROOM_TIMEOUT });
  await screen.page.locator('[data-testid="live-connection"][data-connection="live"]').waitFor({ state: 'attached', timeout: ROOM_TIMEOUT });
}

export function read(page: Page): Promise<Seen> {
  return page.getByTestId('room-shell').evaluate((el) => {
    const d = el.querySelector('[data-testid="live-dock"]');
    const timer = d?.querySelector('[data-testid="turn-timer"]');
    const round = el.querySelector('[data-testid="round-progress"]');
    const tiles = Array.from(el.querySelectorAll<HTMLElement>('[data-participant-identity][data-source="camera"]'));
    const badges = tiles
      .filter((t) => t.dataset.handPlace)
      .sort((a, b) => Number(a.dataset.handPlace) - Number(b.dataset.handPlace))
      .map((t) => t.dataset.participantIdentity ?? '');
    const ringed = tiles.filter((t) => t.dataset.floor === 'true');
    const countdown = ringed[0]?.querySelector<HTMLElement>('[data-testid="tile-countdown"]');
    return {
      view: d?.getAttribute('data-view') ?? '',
      version: Number(d?.getAttribute('data-version')),
      floor: d?.querySelector('[data-testid="floor-holder"]')?.getAttribute('data-user-id') || null,
      badges: [...new Set(badges)],
      order: Array.from(el.querySelectorAll('[data-testid="talking-order"] [data-user-id]'), (li) => li.getAttribute('data-user-id') ?? ''),
      ringed: [...new Set(ringed.map((t) => t.dataset.participantIdentity ?? ''))],
      tileSeconds: countdown?.dataset.seconds ? Number(countdown.dataset.seconds) : null,
      seconds: Number(timer?.getAttribute('data-seconds')),
      timer: timer?.getAttribute('data-timer-state') ?? '',
      roundIndex: round ? Number(round.getAttribute('data-round-index')) : null,
    };
  });
}

/**
 * Polls every screen at the same moment until they show the same version, floor, order and round,
 * and that shared picture passes `check`; then returns it with the timers' spread in seconds.
 */
export async function screensAgree(screens: Screen[], check: (seen: Seen) => boolean) {
  const deadline = Date.now() + AGREE_TIMEOUT;
  let last: Seen[] = [];
  while (Date.now() < deadline) {
    last = await Promise.all(screens.map((s) => read(s.page)));
    const [first] = last;
    const same = (s: Seen) =>
      first !== undefined &&
      s.version === first.version &&
      s.floor === first.floor &&
      s.order.join() === first.order.join() &&
      s.badges.join() === first.badges.join() &&
      s.roundIndex === first.roundIndex;
    if (first && last.every(same) && check(first)) {
      const seconds = last.map((s) => s.seconds);
      const spread = Math.max(...seconds) - Math.min(...seconds);
      // A screen that has just taken the new version may draw its countdown a moment later, on a busy
      // machine; the picture counts once the countdowns agree too (the callers assert the spread).
      if (spread <= 1 || Date.now() + 200 > deadline) return { ...first, spread, all: last };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The screens did not come to agree:\n${JSON.stringify(last, null, 2)}`);
}

/** Opens one of the facilitator's panel sections ("Round", "Timer", "People"…) if it is folded. */
export async function openSection(page: Page, testId: string) {
  const section = panel(page).getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
}
