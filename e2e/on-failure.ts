import { afterEach } from 'vitest';
import { join } from 'node:path';
import { openPages } from './browser.js';
import { SCREENSHOT_DIR } from './services.js';

/**
 * When an end-to-end test fails, what each person's browser showed at that moment: the address,
 * the headings, any alert or status text, and the API calls that were refused. A red CI run on a
 * fresh machine is often the only sight of a failure, and a timeout alone does not say which step
 * the page was on or what the server answered.
 */
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  let n = 0;
  for (const [page, refused] of openPages) {
    if (page.isClosed()) continue;
    const picture = join(SCREENSHOT_DIR, `failure-${++n}.png`);
    await page.screenshot({ path: picture, fullPage: true }).catch(() => undefined);
    const shown = await page
      .evaluate(() => {
        const texts = (selector: string) =>
          Array.from(document.querySelectorAll(selector))
            .map((el) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 200))
            .filter(Boolean);
        return { headings: texts('h1, h2'), notices: texts('[role="alert"], [role="status"], .field__error') };
      })
      .catch((error: unknown) => ({ headings: [], notices: [`(could not read the page: ${String(error)})`] }));
    console.error(
      [
        `[on failure] ${page.url()}`,
        `  headings: ${shown.headings.join(' · ') || '(none)'}`,
        `  notices: ${shown.notices.join(' · ') || '(none)'}`,
        `  refused API calls: ${refused.join(' · ') || '(none)'}`,
        `  screenshot: ${picture}`,
      ].join('\n'),
    );
  }
});
