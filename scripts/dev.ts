/**
 * `npm run dev`: a local LiveKit (when the binary is built), the server under `tsx watch` and Vite,
 * with prefixed, coloured output. Ctrl-C stops all of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname } from 'node:path';
import { findGo, findLivekitBinary, HOW_TO_GET_LIVEKIT, LIVEKIT_VERSION, startLivekit, type RunningLivekit } from './livekit.js';

const root = new URL('..', import.meta.url).pathname;
const SERVER_PORT = 3000;
const CLIENT_PORT = 5173;
const CLIENT_URL = `http://localhost:${CLIENT_PORT}`;
const DEV_LIVEKIT = {
  port: 7880,
  bindAddress: '127.0.0.1',
  nodeIp: '127.0.0.1',
  apiKey: 'devkey',
  apiSecret: 'hearth-dev-secret-not-for-production-0123456789',
  webhookUrl: `http://127.0.0.1:${SERVER_PORT}/api/livekit/webhook`,
} as const;

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const COLORS = { dev: 1, livekit: 35, server: 36, client: 32 } as const;
type Name = keyof typeof COLORS;
const label = (name: Name) => paint(COLORS[name], `[${name}]`.padEnd(9));
const say = (name: Name, line: string) => process.stdout.write(`${label(name)} ${line}\n`);
const warn = (text: string) => text.split('\n').forEach((line) => say('dev', paint(33, line)));

interface Child {
  name: Name;
  process: ChildProcess;
  exited: Promise<number>;
}

/** Runs a command in its own process group, so stopping it also stops whatever npm or tsx started under it. */
function run(name: Name, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, ...(useColor ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => say(name, line));
  }
  const exited = new Promise<number>((resolve) => {
    child.once('error', (err) => {
      say(name, paint(31, `could not start: ${err.message}`));
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  return { name, process: child, exited };
}

function signalGroup(child: Child, signal: NodeJS.Signals) {
  if (child.process.pid === undefined || child.process.exitCode !== null || child.process.signalCode !== null) return;
  try {
    process.kill(-child.process.pid, signal);
  } catch {
    // the group is already gone
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return false;
}

/** `.env` is optional; values already in the environment win over it. */
function loadDotEnv() {
  const file = `${root}.env`;
  if (!existsSync(file)) return;
  process.loadEnvFile(file);
  say('dev', 'read .env');
}

/** The first `npm run dev` on a machine with Go builds the pinned LiveKit (once; later runs find it). */
async function buildLivekit(): Promise<boolean> {
  const go = findGo();
  if (!go) return false;
  say('dev', `LiveKit ${LIVEKIT_VERSION} is not built yet: building it once with ${go} (a few minutes; its output follows)`);
  const path = `${dirname(go)}:${process.env.PATH ?? ''}`;
  const build = run('livekit', 'bash', [`${root}scripts/build-livekit.sh`], { ...process.env, PATH: path });
  const code = await build.exited;
  if (code !== 0 || !findLivekitBinary()) {
    warn(`Building LiveKit failed (exit ${code}); the lines above say why.`);
    return false;
  }
  return true;
}

async function startLocalLivekit(): Promise<RunningLivekit | undefined> {
  if (process.env.LIVEKIT_URL) {
    say('dev', `using the LiveKit at ${process.env.LIVEKIT_URL} (LIVEKIT_URL is set)`);
    return undefined;
  }
  if (!findLivekitBinary() && !(await buildLivekit())) {
    warn(`${HOW_TO_GET_LIVEKIT}\nStarting without video: everything else works, joining a session's video will not.`);
    return undefined;
  }
  try {
    const livekit = await startLivekit({ ...DEV_LIVEKIT, logLevel: 'warn' });
    say('livekit', `ready at ${livekit.url}`);
    return livekit;
  } catch (err) {
    warn(`LiveKit did not start (${(err as Error).message}). Is port ${DEV_LIVEKIT.port} already taken? Going on without video.`);
    return undefined;
  }
}

async function main() {
  loadDotEnv();
  const livekit = await startLocalLivekit();
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(SERVER_PORT),
    PUBLIC_URL: CLIENT_URL,
    DATA_DIR: process.env.DATA_DIR ?? '.data/pglite',
    // Trying a session locally should not need an authenticator app; .env can turn it back on.
    REQUIRE_FACILITATOR_TWO_STEP: process.env.REQUIRE_FACILITATOR_TWO_STEP ?? 'false',
    // Password-reset links land in /dev/mailbox, as there is no SMTP server to send them.
    DEV_MAILBOX: process.env.DEV_MAILBOX ?? (process.env.SMTP_URL ? 'false' : 'true'),
    ...(process.env.LIVEKIT_URL
      ? {}
      : {
          LIVEKIT_URL: `ws://localhost:${DEV_LIVEKIT.port}`,
          LIVEKIT_API_URL: `http://127.0.0.1:${DEV_LIVEKIT.port}`,
          LIVEKIT_API_KEY: DEV_LIVEKIT.apiKey,
          LIVEKIT_API_SECRET: DEV_LIVEKIT.apiSecret,
        }),
  };
  // The server runs from the repository root, so a relative DATA_DIR lands in ./.data (git-ignored).
  const children = [
    run('server', `${root}node_modules/.bin/tsx`, ['watch', 'server/src/main.ts'], serverEnv),
    run('client', 'npm', ['run', 'dev', '-w', 'client', '--', '--port', String(CLIENT_PORT), '--strictPort'], process.env),
  ];

  let stopping: Promise<void> | undefined;
  const stopAll = (reason: string, code: number) => {
    stopping ??= (async () => {
      say('dev', `${reason}; stopping…`);
      for (const child of children) signalGroup(child, 'SIGTERM');
      const force = setTimeout(() => children.forEach((child) => signalGroup(child, 'SIGKILL')), 8_000);
      await Promise.all([...children.map((c) => c.exited), livekit?.stop()]);
      clearTimeout(force);
      say('dev', 'stopped');
      process.exit(code);
    })();
    return stopping;
  };
  // Last resort if this script dies some other way: the children live in their own process groups.
  process.on('exit', () => children.forEach((child) => signalGroup(child, 'SIGKILL')));
  process.on('SIGINT', () => void stopAll('Ctrl-C', 0));
  process.on('SIGTERM', () => void stopAll('SIGTERM', 0));
  for (const child of children) {
    void child.exited.then((code) => stopAll(`${child.name} exited with code ${code}`, code || 1));
  }
  livekit?.process.once('exit', (code) => {
    if (!stopping) warn(`LiveKit exited (code ${code}); video will not work until you restart npm run dev.`);
  });

  const [serverUp, clientUp] = await Promise.all([waitForHttp(`http://127.0.0.1:${SERVER_PORT}/healthz`, 120_000), waitForHttp(CLIENT_URL, 120_000)]);
  if (stopping) return;
  if (!serverUp || !clientUp) {
    warn(`still waiting for the ${serverUp ? 'client' : 'server'}; see its output above.`);
    return;
  }
  const lines = [
    `Hearth is running at ${CLIENT_URL}`,
    `API docs: ${CLIENT_URL}/api/docs · video: ${serverEnv.LIVEKIT_URL}${livekit || process.env.LIVEKIT_URL ? '' : ' (not running: npm run livekit:build)'}`,
    `database: ${serverEnv.DATABASE_URL ? 'Postgres (DATABASE_URL)' : `PGlite in ${serverEnv.DATA_DIR}`} · Ctrl-C stops everything`,
  ];
  say('dev', '');
  for (const line of lines) say('dev', paint(1, line));
  say('dev', '');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
