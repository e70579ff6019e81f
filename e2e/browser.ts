import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ApiPerson } from './live-api.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, SCREENSHOT_DIR } from './services.js';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** Every page the tests opened, with its refused API calls ("401 GET /api/auth/me"), for e2e/on-failure.ts. */
export const openPages = new Map<Page, string[]>();

function watchPage(page: Page) {
  const refused: string[] = [];
  openPages.set(page, refused);
  page.on('close', () => openPages.delete(page));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() < 400 || !url.pathname.startsWith('/api/')) return;
    const call = `${response.status()} ${response.request().method()} ${url.pathname}`;
    // The stable error code says why; the body may be gone when the page navigates, so the call is kept regardless.
    void response
      .json()
      .then((body: { code?: string }) => refused.push(`${call} ${body.code ?? ''}`.trim()))
      .catch(() => refused.push(call));
  });
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** One person's browser: her own cookies, and every uncaught page error kept for the test to check. */
export async function openPerson(
  browser: Browser,
  baseURL: string,
  viewport = DESKTOP,
  timezoneId?: string,
): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ baseURL, viewport, ...(timezoneId ? { timezoneId } : {}) });
  // Anything the Content-Security-Policy blocks is kept on the page, for the test to read.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  watchPage(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

export interface PersonPage {
  person: ApiPerson;
  page: Page;
  pageErrors: string[];
  close: () => Promise<void>;
}

/** Her own browser, signed in with the session cookie the API setup got for her. */
export async function openAs(browser: Browser, base: string, person: ApiPerson): Promise<PersonPage> {
  const { context, page, pageErrors } = await openPerson(browser, base);
  await context.addCookies([{ name: 'hearth_session', value: person.cookie, url: base }]);
  return { person, page, pageErrors, close: () => context.close() };
}

/**
 * The same screen at desktop and phone width, whole page, for people to look at. With `alsoViewport`,
 * also exactly what fits on that screen (`<name>-<width>-screen.png`): for the room, where sticky
 * controls and the height of the grid matter.
 */
export async function screenshot(page: Page, name: string, { alsoViewport = false, a11y = false, sizes = [DESKTOP, PHONE] } = {}) {
  const start = page.viewportSize() ?? DESKTOP;
  const problems: string[] = [];
  for (const size of sizes) {
    await page.setViewportSize(size);
    // Two frames: one for the resize to lay out, one for what reacts to it (the room's panel).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const options = { animations: 'disabled', caret: 'hide' } as const;
    await page.screenshot({ ...options, path: join(SCREENSHOT_DIR, `${name}-${size.width}.png`), fullPage: true });
    if (alsoViewport) await page.screenshot({ ...options, path: join(SCREENSHOT_DIR, `${name}-${size.width}-screen.png`) });
    if (a11y) problems.push(...(await seriousA11yProblems(page)).map((p) => `${size.width}px ${p}`));
  }
  await page.setViewportSize(start);
  if (problems.length > 0) throw new Error(`axe found serious or critical problems on ${name}:\n${problems.join('\n')}`);
}

/** `datetime-local` wants wall-clock time without a zone: tomorrow at this hour, in the browser's zone. */
export function tomorrowLocal(hour = 19): string {
  const d = new Date(Date.now() + 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:30`;
}

/** What the page's Content-Security-Policy blocked so far ("directive blocked-uri" each). */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical findings on the page as it is now ("rule: where" each). Injected
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the
 * check itself never counts as a violation.
 */
export async function seriousA11yProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.where.join(' | ')}`);
}
