import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_LIVEKIT } from './services.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The sources under tsx, as in development; or the compiled `server/dist/main.js` as `npm start` runs it. */
const ENTRY = { source: ['--import', 'tsx', 'server/src/main.ts'], built: ['server/dist/main.js'] } as const;

/**
 * A real Hearth server process, as an operator would run it, on a fixed loopback port; without a
 * DATABASE_URL it keeps PGlite in DATA_DIR (pass one in `extra`).
 */
export async function startServerProcess(env: {
  DATABASE_URL?: string;
  PORT: number;
  LIVEKIT_URL: string;
  extra?: Record<string, string>;
  entry?: keyof typeof ENTRY;
}) {
  // node itself (with tsx as a loader for the sources), so SIGKILL reaches the server and not a wrapper process.
  const child: ChildProcess = spawn(process.execPath, [...ENTRY[env.entry ?? 'source']], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(env.PORT),
      ...(env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {}),
      LIVEKIT_URL: env.LIVEKIT_URL,
      LIVEKIT_API_KEY: TEST_LIVEKIT.apiKey,
      LIVEKIT_API_SECRET: TEST_LIVEKIT.apiSecret,
      PUBLIC_URL: 'http://hearth.test',
      LOG_LEVEL: 'warn',
      CLIENT_DIST: '/nonexistent',
      ...env.extra,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server process exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('server process did not become ready');
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    child,
    kill: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
