/**
 * The real thing, for the browser suite and bench/join: the Hearth server in this process on an
 * in-memory PGlite database, serving the built client, and a real LiveKit SFU that advertises an
 * address the browsers can reach (E2E_NODE_IP, 198.18.0.1 inside scripts/in-netns.sh) and sends
 * its signed webhooks to the app, so attendance is recorded as in production.
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startLivekit, type RunningLivekit } from '../scripts/livekit.js';
import { buildApp, type App } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { E2E_LIVEKIT } from './services.js';

const CLIENT_DIST = fileURLToPath(new URL('../client/dist', import.meta.url));

export interface Stack {
  appUrl: string;
  nodeIp: string;
  stop: () => Promise<void>;
}

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

export function e2eNodeIp(): string {
  const nodeIp = process.env.E2E_NODE_IP ?? '127.0.0.1';
  if (nodeIp === '127.0.0.1') {
    console.warn('\n*** E2E_NODE_IP is not set: browsers offer no loopback WebRTC candidates, so the room may not connect. Run through scripts/in-netns.sh. ***\n');
  }
  return nodeIp;
}

/**
 * The app first, then LiveKit: LiveKit sends webhooks from its first event on, so the app must
 * already be listening. Their key must be the app's LIVEKIT_API_KEY, or the signature check fails.
 */
export async function startStack({ logLevel = 'warn' }: { logLevel?: string } = {}): Promise<Stack> {
  const nodeIp = e2eNodeIp();
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  let app: App | undefined;
  let livekit: RunningLivekit | undefined;
  try {
    app = await buildApp(
      loadConfig({
        NODE_ENV: 'test',
        DEV_MAILBOX: 'true',
        LOG_LEVEL: logLevel,
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: appUrl,
        DATA_DIR: 'memory://',
        CLIENT_DIST,
        LIVEKIT_URL: `ws://${nodeIp}:${E2E_LIVEKIT.port}`,
        LIVEKIT_API_URL: `http://127.0.0.1:${E2E_LIVEKIT.port}`,
        LIVEKIT_API_KEY: E2E_LIVEKIT.apiKey,
        LIVEKIT_API_SECRET: E2E_LIVEKIT.apiSecret,
        SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
        SIGNUP_RATE_LIMIT_PER_HOUR: '1000',
        // The browser tests open sessions as facilitators who have no authenticator app.
        REQUIRE_FACILITATOR_TWO_STEP: 'false',
      }),
    );
    await app.listen({ host: '127.0.0.1', port });
    livekit = await startLivekit({
      ...E2E_LIVEKIT,
      nodeIp,
      bindAddress: '0.0.0.0',
      webhookUrl: `${appUrl}/api/livekit/webhook`,
    });
  } catch (error) {
    await app?.close();
    throw error;
  }
  const started = { app, livekit };
  return {
    appUrl,
    nodeIp,
    stop: async () => {
      await started.app.close();
      await started.livekit.stop();
    },
  };
}
