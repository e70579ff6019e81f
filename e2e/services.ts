/** What the browser suite needs from the machine, and what it does when something is missing. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
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

/** Programs the browser suite runs itself (execFile), with the Debian package that brings each. */
export const REQUIRED_PROGRAMS = [
  { program: 'iptables', pkg: 'iptables', why: 'room-outage silences LiveKit inside the test namespace' },
  { program: 'ss', pkg: 'iproute2', why: "room-outage finds the browsers' signalling connections" },
  { program: 'ip', pkg: 'iproute2', why: 'scripts/in-netns.sh makes the veth pair' },
] as const;

const onPath = (program: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, program)));

/** One sentence naming every missing program and how to install it, or null when all are there. */
export function programsMissing(required: readonly { program: string; pkg: string; why: string }[] = REQUIRED_PROGRAMS): string | null {
  const missing = required.filter((r) => !onPath(r.program));
  if (missing.length === 0) return null;
  const names = missing.map((r) => `${r.program} (${r.why})`).join(', ');
  const packages = [...new Set(missing.map((r) => r.pkg))].join(' ');
  return `missing program${missing.length > 1 ? 's' : ''}: ${names}. Install with: apt-get install -y ${packages}`;
}

export const chromiumMissing = () => (existsSync(CHROMIUM_PATH) ? null : `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);

/** CI must fail when a service is missing; elsewhere the suite is skipped, loudly. */
export function missingService(message: string): string {
  if (inCI()) throw new Error(`[CI] ${message}`);
  console.warn(`\n${'*'.repeat(100)}\n*** SKIPPING (browser end-to-end): ${message}\n${'*'.repeat(100)}\n`);
  return message;
}
