import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findLivekitBinary, HOW_TO_GET_LIVEKIT, startLivekit, type RunningLivekit } from '../scripts/livekit.js';
import { buildApp, type App } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { chromiumMissing, E2E_LIVEKIT, missingService, SCREENSHOT_DIR } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app answers, or null when the suite is skipped. */
    appUrl: string | null;
    skipReason: string | null;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT_DIST = fileURLToPath(new URL('../client/dist', import.meta.url));

let livekit: RunningLivekit | undefined;
let app: App | undefined;

/** A free port on loopback, so PUBLIC_URL (which invite links are made from) can name it before the app starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The real thing for the browser suite: the built client, a real LiveKit SFU advertising an address
 * the browser can reach (E2E_NODE_IP, 198.18.0.1 inside scripts/in-netns.sh), and the Hearth server
 * in this process on an in-memory PGlite database.
 */
export async function setup(project: TestProject) {
  const missing = !findLivekitBinary() ? `LiveKit server not found. ${HOW_TO_GET_LIVEKIT}` : chromiumMissing();
  if (missing) {
    project.provide('appUrl', null);
    project.provide('skipReason', missingService(missing));
    return;
  }

  const nodeIp = process.env.E2E_NODE_IP ?? '127.0.0.1';
  if (nodeIp === '127.0.0.1') {
    console.warn('\n*** E2E_NODE_IP is not set: browsers offer no loopback WebRTC candidates, so the room may not connect. Run through scripts/in-netns.sh. ***\n');
  }

  if (process.env.E2E_SKIP_BUILD !== '1') {
    // vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  livekit = await startLivekit({
    ...E2E_LIVEKIT,
    nodeIp,
    bindAddress: '0.0.0.0',
    webhookUrl: `${appUrl}/api/livekit/webhook`,
  });

  app = await buildApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: appUrl,
      DATA_DIR: 'memory://',
      CLIENT_DIST,
      LIVEKIT_URL: `ws://${nodeIp}:${E2E_LIVEKIT.port}`,
      LIVEKIT_API_URL: livekit.apiUrl,
      LIVEKIT_API_KEY: E2E_LIVEKIT.apiKey,
      LIVEKIT_API_SECRET: E2E_LIVEKIT.apiSecret,
      SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
    }),
  );
  await app.listen({ host: '127.0.0.1', port });
  project.provide('appUrl', appUrl);
  project.provide('skipReason', null);
}

export async function teardown() {
  await app?.close();
  await livekit?.stop();
}
