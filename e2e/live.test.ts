import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, openPerson, screenshot } from './browser.js';
import { setUpLiveSession, type ApiPerson } from './live-api.js';

const appUrl = inject('appUrl');
const ROOM_TIMEOUT = 30_000;
const AGREE_TIMEOUT = 10_000;

interface Screen {
  person: ApiPerson;
  page: Page;
  context: BrowserContext;
  pageErrors: string[];
  /** Every Socket.IO frame this page received, to prove what a member's browser was never sent. */
  frames: string[];
}

/** What one person's live panel shows right now, read from the DOM. */
interface Seen {
  view: string;
  version: number;
  floor: string | null;
  order: string[];
  seconds: number;
  timer: string;
  roundIndex: number | null;
}

const sidebar = (page: Page): Locator => page.getByTestId('live-sidebar');

async function open(browser: Browser, person: ApiPerson, sessionId: string): Promise<Screen> {
  const { context, page, pageErrors } = await openPerson(browser, appUrl ?? '');
  await context.addCookies([{ name: 'hearth_session', value: person.cookie, url: appUrl ?? '' }]);
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => frames.push(String(payload))));
  await page.goto(`/sessions/${sessionId}`);
  return { person, page, context, pageErrors, frames };
}

/** Into the room, through its camera and microphone check when the room asks for one. */
async function enterRoom(screen: Screen, view: 'member' | 'facilitator') {
  const join = screen.page.getByRole('button', { name: 'Join the room' });
  await sidebar(screen.page).or(join).first().waitFor({ timeout: ROOM_TIMEOUT });
  if (await join.isVisible()) await join.click();
  await sidebar(screen.page)
    .and(screen.page.locator(`[data-view="${view}"]`))
    .waitFor({ timeout: ROOM_TIMEOUT });
  await sidebar(screen.page).getByTestId('live-connection').and(screen.page.locator('[data-connection="live"]')).waitFor();
}

function read(page: Page): Promise<Seen> {
  return sidebar(page).evaluate((el) => {
    const timer = el.querySelector('[data-testid="turn-timer"]');
    const round = el.querySelector('[data-testid="round-progress"]');
    return {
      view: el.getAttribute('data-view') ?? '',
      version: Number(el.getAttribute('data-version')),
      floor: el.querySelector('[data-testid="floor-holder"]')?.getAttribute('data-user-id') || null,
      order: Array.from(el.querySelectorAll('[data-testid="talking-order"] [data-user-id]'), (li) => li.getAttribute('data-user-id') ?? ''),
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
async function screensAgree(screens: Screen[], check: (seen: Seen) => boolean) {
  const deadline = Date.now() + AGREE_TIMEOUT;
  let last: Seen[] = [];
  while (Date.now() < deadline) {
    last = await Promise.all(screens.map((s) => read(s.page)));
    const [first] = last;
    const same = (s: Seen) =>
      first !== undefined && s.version === first.version && s.floor === first.floor && s.order.join() === first.order.join() && s.roundIndex === first.roundIndex;
    if (first && last.every(same) && check(first)) {
      const seconds = last.map((s) => s.seconds);
      const spread = Math.max(...seconds) - Math.min(...seconds);
      // A screen that has just taken the new version may draw its countdown a moment later, on a busy
      // machine; the picture counts once the countdowns agree too (the callers assert the spread).
      if (spread <= 1 || Date.now() + 200 > deadline) return { ...first, spread };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The screens did not come to agree:\n${JSON.stringify(last, null, 2)}`);
}

const neverSentAirtime = (screen: Screen) => screen.frames.filter((f) => /"airtime"|"signals"/.test(f));

// Skipped only outside CI when Chromium or LiveKit is missing: global-setup says so loudly, and under CI=true it fails instead.
describe.skipIf(!appUrl)('the facilitator’s live tools, in three real browsers', () => {
  let browser: Browser;
  const screens: Screen[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all(screens.map((s) => s.context.close()));
    await browser?.close();
  });

  it('runs a check-in round where a member passes, then gives the floor in talking order, and every screen agrees', async () => {
    const setup = await setUpLiveSession(appUrl ?? '', 'Hanna Okafor', ['Anna Berg', 'Maya Lindqvist']);
    const [anna, maya] = setup.members as [ApiPerson, ApiPerson];
    const hanna = await open(browser, setup.facilitator, setup.sessionId);
    const annaScreen = await open(browser, anna, setup.sessionId);
    const mayaScreen = await open(browser, maya, setup.sessionId);
    screens.push(hanna, annaScreen, mayaScreen);
    const everyone = [hanna, annaScreen, mayaScreen];
    await enterRoom(hanna, 'facilitator');
    await Promise.all([enterRoom(annaScreen, 'member'), enterRoom(mayaScreen, 'member')]);
    const panel = sidebar(hanna.page);
    const screenOf = (id: string | null) => (id === anna.id ? annaScreen : mayaScreen);

    // A check-in round with both members, two minutes each, started from the facilitator's panel.
    await panel.getByText(/^2 members take part/).waitFor();
    await panel.getByLabel('Kind').selectOption('check-in');
    await panel.getByLabel('Seconds each').fill('120');
    await panel.getByRole('button', { name: 'Start check-in round' }).click();
    const roundStart = await screensAgree(everyone, (s) => s.roundIndex === 0 && s.floor !== null && s.timer === 'running');
    expect(roundStart.spread).toBeLessThanOrEqual(1);
    expect(roundStart.seconds).toBeGreaterThan(110);
    const first = screenOf(roundStart.floor);
    const second = first === annaScreen ? mayaScreen : annaScreen;
    await first.page.getByText('It’s your turn. Speak when you’re ready, or pass').waitFor();
    await expect.poll(() => sidebar(first.page).getByTestId('turn-announcement').textContent()).toContain('It’s your turn');
    await sidebar(second.page)
      .getByTestId('floor-holder')
      .filter({ hasText: `${first.person.firstName} has the floor` })
      .waitFor();
    await screenshot(hanna.page, 'live-round-facilitator');
    await screenshot(first.page, 'live-round-member');

    // The first speaker passes, by keyboard alone; the round moves on to the second everywhere.
    const pass = sidebar(first.page).getByRole('button', { name: 'Pass this round' });
    await pass.focus();
    await first.page.keyboard.press('Enter');
    const afterPass = await screensAgree(everyone, (s) => s.roundIndex === 1 && s.floor === second.person.id);
    expect(afterPass.spread).toBeLessThanOrEqual(1);
    await panel.getByText(`Passed: ${first.person.firstName}`).waitFor();
    await expect.poll(() => sidebar(second.page).getByTestId('turn-announcement').textContent()).toContain('It’s your turn');
    await panel.getByRole('button', { name: 'Finish the round' }).click();
    await screensAgree(everyone, (s) => s.roundIndex === null && s.floor === null);

    // Maya raises her hand with the shortcut, Anna with the button: the talking order is the same everywhere.
    await mayaScreen.page.locator('body').click({ position: { x: 5, y: 5 } });
    await mayaScreen.page.keyboard.press('Alt+KeyH');
    await screensAgree(everyone, (s) => s.order.join() === maya.id);
    await sidebar(annaScreen.page)
      .getByRole('button', { name: /Raise my hand/ })
      .click();
    await screensAgree(everyone, (s) => s.order.join() === [maya.id, anna.id].join());
    await sidebar(mayaScreen.page).getByTestId('my-place').filter({ hasText: 'You’re next.' }).waitFor();
    await sidebar(annaScreen.page).getByTestId('my-place').filter({ hasText: 'You’re second in the talking order.' }).waitFor();
    await screenshot(hanna.page, 'live-queue-facilitator');
    await screenshot(annaScreen.page, 'live-queue-member');

    // The facilitator gives the floor in order; the timer runs, the same on every screen.
    await panel.getByRole('button', { name: 'Next speaker: Maya' }).click();
    const mayaTurn = await screensAgree(everyone, (s) => s.floor === maya.id && s.order.join() === anna.id && s.timer === 'running');
    expect(mayaTurn.spread).toBeLessThanOrEqual(1);
    await sidebar(mayaScreen.page).getByTestId('floor-holder').filter({ hasText: 'You have the floor' }).waitFor();
    await sidebar(annaScreen.page).getByTestId('my-place').filter({ hasText: 'You’re next.' }).waitFor();
    await panel.getByRole('button', { name: 'Next speaker: Anna' }).click();
    const annaTurn = await screensAgree(everyone, (s) => s.floor === anna.id && s.order.length === 0 && s.timer === 'running');
    expect(annaTurn.spread).toBeLessThanOrEqual(1);
    expect(annaTurn.version).toBeGreaterThan(mayaTurn.version);

    // A tab the browser froze (no frames, no timers) shows the right time the moment it runs again:
    // the countdown is drawn from the deadline, not from ticks it counted.
    const cdp = await annaScreen.context.newCDPSession(annaScreen.page);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((r) => setTimeout(r, 3_000));
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    // Her first frame back is what she would see; the DOM is repainted on it.
    await annaScreen.page.evaluate(() => new Promise(requestAnimationFrame));
    const thawed = await screensAgree(everyone, (s) => s.floor === anna.id);
    expect(thawed.spread).toBeLessThanOrEqual(1);
    expect(thawed.seconds).toBeLessThanOrEqual(annaTurn.seconds - 3);

    // Pausing by keyboard keeps focus on the same control (now "Resume"), and a paused timer reads the same everywhere.
    const pause = panel.getByRole('button', { name: 'Pause the timer' });
    await pause.focus();
    await hanna.page.keyboard.press('Enter');
    const paused = await screensAgree(everyone, (s) => s.timer === 'paused');
    expect(paused.spread).toBe(0);
    await expect.poll(() => hanna.page.evaluate(() => document.activeElement?.textContent)).toBe('Resume the timer');
    await hanna.page.keyboard.press('Enter');
    await screensAgree(everyone, (s) => s.timer === 'running');

    // Airtime is the facilitator's alone: on her panel, never on a member's page nor in what a member's browser receives.
    await panel.getByTestId('airtime-section').locator('summary').click();
    const airtime = panel.getByTestId('airtime');
    for (const name of [anna.firstName, maya.firstName]) await airtime.getByText(name, { exact: true }).waitFor();
    await screenshot(hanna.page, 'live-airtime-facilitator');
    for (const member of [annaScreen, mayaScreen]) {
      expect(await member.page.getByTestId('airtime').count()).toBe(0);
      expect(await member.page.getByText(/airtime/i).count()).toBe(0);
      expect(member.frames.some((f) => f.includes('"state"'))).toBe(true);
      expect(neverSentAirtime(member)).toEqual([]);
    }
    expect(neverSentAirtime(hanna).length).toBeGreaterThan(0);

    // Maya drops off the network; the turn ends meanwhile. Back online, her panel reconnects by
    // itself and shows the state it missed.
    const mayaConnection = sidebar(mayaScreen.page).getByTestId('live-connection');
    await mayaScreen.context.setOffline(true);
    await mayaConnection.and(mayaScreen.page.locator('[data-connection="reconnecting"]')).waitFor();
    await panel.getByRole('button', { name: 'End turn', exact: true }).click();
    await screensAgree([hanna, annaScreen], (s) => s.floor === null);
    expect((await read(mayaScreen.page)).floor).toBe(anna.id);
    await mayaScreen.context.setOffline(false);
    await mayaConnection.and(mayaScreen.page.locator('[data-connection="live"]')).waitFor({ timeout: ROOM_TIMEOUT });
    await screensAgree(everyone, (s) => s.floor === null);

    // "I need a moment" reaches the facilitator alone, and she acknowledges it.
    await sidebar(annaScreen.page).getByRole('button', { name: 'I need a moment' }).click();
    await sidebar(annaScreen.page).getByRole('status').filter({ hasText: 'Sent. Your facilitators know, and only they do.' }).waitFor();
    const signals = panel.getByTestId('moment-signals');
    await signals.getByText(anna.firstName).first().waitFor();
    expect(await mayaScreen.page.getByText('needs a moment', { exact: false }).count()).toBe(0);
    await signals.getByRole('button', { name: `Acknowledge ${anna.firstName}` }).click();
    await signals.waitFor({ state: 'detached' });

    expect(everyone.flatMap((s) => s.pageErrors)).toEqual([]);
  });

  it('keeps a late member in the waiting room until the facilitator lets her in', async () => {
    const setup = await setUpLiveSession(appUrl ?? '', 'Hanna Okafor', ['Anna Berg']);
    const hanna = await open(browser, setup.facilitator, setup.sessionId);
    screens.push(hanna);
    await enterRoom(hanna, 'facilitator');
    const panel = sidebar(hanna.page);

    await panel.getByTestId('settings-section').locator('summary').click();
    const waitingRoom = panel.getByLabel(/^Waiting room/);
    // The box shows the room's setting, so it ticks when the server has taken the change, not on the click.
    await waitingRoom.click();
    await expect.poll(() => waitingRoom.isChecked()).toBe(true);

    const lenaPerson = await setup.addMember('Lena Park');
    const lena = await open(browser, lenaPerson, setup.sessionId);
    screens.push(lena);
    const wait = lena.page.getByTestId('lobby-wait');
    await wait.getByText('Your facilitator will let you in shortly').waitFor({ timeout: ROOM_TIMEOUT });
    const lobby = panel.getByTestId('lobby-controls');
    const admit = lobby.getByRole('button', { name: 'Admit Lena' });
    await admit.waitFor();
    await screenshot(lena.page, 'live-lobby-member');
    await screenshot(hanna.page, 'live-lobby-facilitator');

    await admit.click();
    await enterRoom(lena, 'member');
    expect(await wait.count()).toBe(0);
    await lobby.waitFor({ state: 'detached' });
    expect([...hanna.pageErrors, ...lena.pageErrors]).toEqual([]);
  });
});
