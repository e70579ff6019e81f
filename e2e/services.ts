/** What the browser suite needs from the machine, and what it does when something is missing. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const inCI = () => process.env.CI === 'true' || process.env.CI === '1';

export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots', import.meta.url));

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** From ENVIRONMENT.md: headless-friendly, no background traffic, fake camera and microphone. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];

export const E2E_LIVEKIT = {
  port: Number(process.env.E2E_LIVEKIT_PORT ?? 27880),
  apiKey: 'hearthe2e',
  apiSecret: 'hearth-e2e-secret-long-enough-for-livekit-0123456789',
};

export const chromiumMissing = () => (existsSync(CHROMIUM_PATH) ? null : `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);

/** CI must fail when a service is missing; elsewhere the suite is skipped, loudly. */
export function missingService(message: string): string {
  if (inCI()) throw new Error(`[CI] ${message}`);
  console.warn(`\n${'*'.repeat(100)}\n*** SKIPPING the browser end-to-end suite: ${message}\n${'*'.repeat(100)}\n`);
  return message;
}
