import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from './browser.js';
import { setUpLiveSession, type ApiPerson } from './live-api.js';
import { dock, enterRoom, open, openSection, panel, read, ROOM_TIMEOUT, screensAgree, type Screen } from './live-screens.js';

const appUrl = inject('appUrl');

const neverSentAirtime = (screen: Screen) => screen.frames.filter((f) => /"airtime"|"signals"/.test(f));

// Skipped only outside CI when Chromium or LiveKit is missing: global-setup says so loudly, and under CI=true it fails instead.
describe.skipIf(!appUrl)('the facilitator’s live tools, in three real browsers', () => {
  let browser: Browser;
  const screens: Screen[] = [];
  const base = appUrl ?? '';

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all(screens.map((s) => s.context.close()));
    await browser?.close();
  });

  it('runs a check-in round where a member passes, then gives the floor in talking order, and every screen agrees, tiles too', async () => {
    const setup = await setUpLiveSession(base, 'Hanna Okafor', ['Anna Berg', 'Maya Lindqvist']);
    const [anna, maya] = setup.members as [ApiPerson, ApiPerson];
    const hanna = await open(browser, base, setup.facilitator, setup.sessionId);
    const annaScreen = await open(browser, base, anna, setup.sessionId);
    const mayaScreen = await open(browser, base, maya, setup.sessionId);
    screens.push(hanna, annaScreen, mayaScreen);
    const everyone = [hanna, annaScreen, mayaScreen];
    await enterRoom(hanna, 'facilitator');
    await Promise.all([enterRoom(annaScreen, 'member'), enterRoom(mayaScreen, 'member')]);
    const tools = panel(hanna.page);
    const screenOf = (id: string | null) => (id === anna.id ? annaScreen : mayaScreen);

    // A check-in round with both members, ten minutes each, started from the facilitator's Round section.
    await openSection(hanna.page, 'round-section');
    await tools.getByText(/^2 members take part/).waitFor();
    await tools.getByLabel('Kind').selectOption('check-in');
    await tools.getByLabel('Seconds each').fill('600');
    await tools.getByRole('button', { name: 'Start check-in round' }).click();
    const roundStart = await screensAgree(everyone, (s) => s.roundIndex === 0 && s.floor !== null && s.timer === 'running');
    expect(roundStart.spread, JSON.stringify(roundStart.all)).toBeLessThanOrEqual(1);
    // Ten minutes were set, not the default turn: a loaded machine may take seconds to get here.
    expect(roundStart.seconds).toBeGreaterThan(540);
    const first = screenOf(roundStart.floor);
    const second = first === annaScreen ? mayaScreen : annaScreen;
    await dock(first.page).getByRole('heading', { name: 'It’s your turn in the round' }).waitFor();
    await expect.poll(() => dock(first.page).getByTestId('turn-announcement').textContent()).toContain('It’s your turn');
    await dock(second.page)
      .getByTestId('my-place')
      .filter({ hasText: `${first.person.firstName} has the floor` })
      .waitFor();
    await screenshot(hanna.page, 'live-round-facilitator', { a11y: true });
    await screenshot(first.page, 'live-round-member', { a11y: true });

    // The first speaker passes, by keyboard alone; the round moves on to the second everywhere.
    const pass = dock(first.page).getByRole('button', { name: 'Pass', exact: true });
    await pass.focus();
    await first.page.keyboard.press('Enter');
    const afterPass = await screensAgree(everyone, (s) => s.roundIndex === 1 && s.floor === second.person.id);
    expect(afterPass.spread).toBeLessThanOrEqual(1);
    await tools.getByText(`Passed: ${first.person.firstName}`).waitFor();
    await expect.poll(() => dock(second.page).getByTestId('turn-announcement').textContent()).toContain('It’s your turn');
    await screenshot(hanna.page, 'live-round-pass-facilitator', { a11y: true });
    // The second, the last in the round, says she is done with the shortcut: the round is over, and
    // its record says she spoke.
    await second.page.locator('body').click({ position: { x: 5, y: 5 } });
    await second.page.keyboard.press('Alt+KeyN');
    await screensAgree(everyone, (s) => s.roundIndex === null && s.floor === null);
    await expect.poll(() => tools.getByTestId('last-round').textContent()).toContain(`Spoke: ${second.person.firstName}Passed: ${first.person.firstName}`);

    // Maya raises her hand with the shortcut, Anna with the button: the talking order, and the hand
    // badges on the tiles, are the same everywhere; Maya hears her place.
    await mayaScreen.page.locator('body').click({ position: { x: 5, y: 5 } });
    await mayaScreen.page.keyboard.press('Alt+KeyH');
    await screensAgree(everyone, (s) => s.order.join() === maya.id && s.badges.join() === maya.id);
    await expect.poll(() => dock(mayaScreen.page).getByTestId('turn-announcement').textContent()).toContain('You’re next.');
    await dock(annaScreen.page).getByRole('button', { name: 'Raise my hand' }).click();
    await screensAgree(everyone, (s) => s.order.join() === [maya.id, anna.id].join() && s.badges.join() === [maya.id, anna.id].join());
    await expect.poll(() => dock(annaScreen.page).getByTestId('turn-announcement').textContent()).toContain('You’re second in the talking order.');
    await dock(mayaScreen.page).getByTestId('my-place').filter({ hasText: 'You’re next' }).waitFor();
    await dock(annaScreen.page).getByTestId('my-place').filter({ hasText: 'You’re second in the talking order' }).waitFor();
    await screenshot(hanna.page, 'live-hands-facilitator', { a11y: true });
    await screenshot(annaScreen.page, 'live-hands-member', { a11y: true });

    // The facilitator gives the floor in order; the timer runs, the same on every screen, and the
    // speaker's tile carries the ring and the countdown on all three.
    await dock(hanna.page).getByRole('button', { name: 'Next speaker: Maya' }).click();
    const mayaTurn = await screensAgree(everyone, (s) => s.floor === maya.id && s.order.join() === anna.id && s.timer === 'running');
    expect(mayaTurn.spread).toBeLessThanOrEqual(1);
    for (const seen of mayaTurn.all) {
      expect(seen.ringed).toEqual([maya.id]);
      expect(seen.tileSeconds).not.toBeNull();
      expect(Math.abs((seen.tileSeconds ?? 0) - seen.seconds)).toBeLessThanOrEqual(1);
    }
    await dock(mayaScreen.page).getByRole('heading', { name: 'You have the floor' }).waitFor();
    await dock(annaScreen.page).getByTestId('my-place').filter({ hasText: 'You’re next' }).waitFor();
    await dock(hanna.page).getByRole('button', { name: 'Next speaker: Anna' }).click();
    const annaTurn = await screensAgree(everyone, (s) => s.floor === anna.id && s.order.length === 0 && s.timer === 'running');
    expect(annaTurn.spread).toBeLessThanOrEqual(1);
    expect(annaTurn.version).toBeGreaterThan(mayaTurn.version);

    // A tab the browser froze (no frames, no timers) shows the right time the moment it runs again:
    // the countdown is drawn from the deadline, not from ticks it counted.
    const cdp = await annaScreen.context.newCDPSession(annaScreen.page);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((r) => setTimeout(r, 3_000));
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await annaScreen.page.evaluate(() => new Promise(requestAnimationFrame));
    const thawed = await screensAgree(everyone, (s) => s.floor === anna.id);
    expect(thawed.spread).toBeLessThanOrEqual(1);
    expect(thawed.seconds).toBeLessThanOrEqual(annaTurn.seconds - 3);

    // Pausing by keyboard keeps focus on the same control (now "Resume"), and a paused timer reads the same everywhere.
    const pause = dock(hanna.page).getByRole('button', { name: 'Pause the timer' });
    await pause.focus();
    await hanna.page.keyboard.press('Enter');
    const paused = await screensAgree(everyone, (s) => s.timer === 'paused');
    expect(paused.spread).toBe(0);
    await expect.poll(() => hanna.page.evaluate(() => document.activeElement?.textContent)).toBe('Resume the timer');
    await hanna.page.keyboard.press('Enter');
    await screensAgree(everyone, (s) => s.timer === 'running');

    // Airtime is the facilitator's alone: on her panel, never on a member's page nor in what a member's browser receives.
    await openSection(hanna.page, 'airtime-section');
    const airtime = tools.getByTestId('airtime');
    for (const name of [anna.firstName, maya.firstName]) await airtime.getByText(name, { exact: true }).waitFor();
    await screenshot(hanna.page, 'live-airtime-facilitator', { a11y: true });
    for (const member of [annaScreen, mayaScreen]) {
      expect(await member.page.getByTestId('airtime').count()).toBe(0);
      expect(await member.page.getByText(/airtime/i).count()).toBe(0);
      expect(member.frames.some((f) => f.includes('"state"'))).toBe(true);
      expect(neverSentAirtime(member)).toEqual([]);
    }
    expect(neverSentAirtime(hanna).length).toBeGreaterThan(0);

    // Maya drops off the network; the turn ends meanwhile. Back online, her room reconnects by itself
    // and shows the state it missed.
    const mayaConnection = mayaScreen.page.getByTestId('live-connection');
    await mayaScreen.context.setOffline(true);
    await mayaConnection.and(mayaScreen.page.locator('[data-connection="reconnecting"]')).waitFor();
    await dock(hanna.page).getByRole('button', { name: 'End turn', exact: true }).click();
    await screensAgree([hanna, annaScreen], (s) => s.floor === null);
    expect((await read(mayaScreen.page)).floor).toBe(anna.id);
    await mayaScreen.context.setOffline(false);
    await mayaConnection.and(mayaScreen.page.locator('[data-connection="live"]')).waitFor({ state: 'attached', timeout: ROOM_TIMEOUT });
    await screensAgree(everyone, (s) => s.floor === null);

    expect(everyone.flatMap((s) => s.pageErrors)).toEqual([]);
    // Three rooms of video use the machine's cores: the next test gets them back.
    await Promise.all(everyone.map((s) => s.context.close()));
  }, 300_000);

  it('keeps a late member in the waiting room, after her device check, until the facilitator lets her in from the arrival toast', async () => {
    const setup = await setUpLiveSession(base, 'Hanna Okafor', ['Anna Berg']);
    const hanna = await open(browser, base, setup.facilitator, setup.sessionId);
    screens.push(hanna);
    await enterRoom(hanna, 'facilitator');
    const tools = panel(hanna.page);

    await openSection(hanna.page, 'settings-section');
    const waitingRoom = tools.getByLabel(/^Waiting room/);
    // The box shows the room's setting, so it ticks when the server has taken the change, not on the click.
    await waitingRoom.click();
    await expect.poll(() => waitingRoom.isChecked()).toBe(true);
    // Her panel folded away: the arrival must reach her anyway.
    await hanna.page.getByTestId('panel-toggle').click();
    await tools.waitFor({ state: 'hidden' });

    const lenaPerson = await setup.addMember('Lena Park');
    const lena = await open(browser, base, lenaPerson, setup.sessionId);
    screens.push(lena);
    // The device check comes first, then the waiting room with her own picture and the start time; focus follows each step.
    await lena.page.getByLabel('Your camera preview').waitFor({ timeout: ROOM_TIMEOUT });
    await lena.page.getByRole('button', { name: 'Go to the waiting room' }).click();
    const wait = lena.page.getByTestId('lobby-wait');
    await wait.getByText('Your facilitator will let you in shortly').waitFor({ timeout: ROOM_TIMEOUT });
    await wait.getByLabel('Your camera, as the group will see you').waitFor();
    await wait.getByText(/starts /).waitFor();
    expect(await lena.page.evaluate(() => document.activeElement?.textContent)).toBe('You’re in the waiting room');

    const toast = hanna.page.getByTestId('arrival-toast');
    await toast.getByText('Lena is waiting to come in').waitFor({ timeout: ROOM_TIMEOUT });
    await expect.poll(() => dock(hanna.page).getByTestId('turn-announcement').textContent()).toContain('Lena is waiting to come in.');
    await screenshot(lena.page, 'live-lobby-member', { a11y: true });
    await screenshot(hanna.page, 'live-lobby-facilitator', { a11y: true });

    await toast.getByRole('button', { name: 'Admit Lena' }).click();
    await enterRoom(lena, 'member');
    expect(await wait.count()).toBe(0);
    await toast.waitFor({ state: 'detached' });
    expect(await lena.page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    expect([...hanna.pageErrors, ...lena.pageErrors]).toEqual([]);
  }, 180_000);
});
