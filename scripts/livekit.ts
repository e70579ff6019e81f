/**
 * Finds and runs a real LiveKit server for development and tests. The binary is built once by
 * `npm run livekit:build` into ~/.cache/hearth/bin (outside the repository, so every clone shares it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const LIVEKIT_VERSION = 'v1.13.5';
export const DEFAULT_BINARY = join(homedir(), '.cache', 'hearth', 'bin', 'server');

export function findLivekitBinary(): string | undefined {
  const candidates = [process.env.LIVEKIT_BIN, DEFAULT_BINARY].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

export const HOW_TO_GET_LIVEKIT = `LiveKit server not found. Build it once with \`npm run livekit:build\` (Go 1.22+, a few minutes;
\`npm run dev\` does this by itself when Go is installed, https://go.dev/dl/), or point LIVEKIT_BIN at a
livekit-server ${LIVEKIT_VERSION} binary.`;

/** Go on PATH, or where its official installer puts it (a login shell adds that to PATH; a service may not). */
export function findGo(): string | undefined {
  const onPath = (process.env.PATH ?? '').split(':').map((dir) => join(dir, 'go'));
  return [...onPath, '/usr/local/go/bin/go'].find((p) => existsSync(p));
}

export interface LivekitOptions {
  port: number;
  /** The address LiveKit offers for media; must be reachable by the browsers (see ENVIRONMENT.md). */
  nodeIp: string;
  bindAddress?: string;
  apiKey: string;
  apiSecret: string;
  webhookUrl?: string;
  /** host:port of a Redis shared by several nodes: LiveKit's own cluster (a room lives on one node, any node signals for it). */
  redisAddress?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

export interface RunningLivekit {
  url: string;
  apiUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function livekitConfigYaml(o: LivekitOptions): string {
  const lines = [
    `port: ${o.port}`,
    `bind_addresses: ["${o.bindAddress ?? '0.0.0.0'}"]`,
    'keys:',
    `  ${o.apiKey}: ${o.apiSecret}`,
    'rtc:',
    `  tcp_port: ${o.port + 1}`,
    `  udp_port: ${o.port + 2}`,
    '  use_external_ip: false',
    `  node_ip: ${o.nodeIp}`,
    'room:',
    // Only "open" makes a room: a token someone still holds must never bring back an ended session's room.
    '  auto_create: false',
    '  enable_remote_unmute: false',
    'logging:',
    `  level: ${o.logLevel ?? 'warn'}`,
  ];
  if (o.redisAddress) lines.push('redis:', `  address: ${o.redisAddress}`);
  if (o.webhookUrl) lines.push('webhook:', `  api_key: ${o.apiKey}`, '  urls:', `    - ${o.webhookUrl}`);
  return lines.join('\n') + '\n';
}

/** Starts LiveKit and resolves once its HTTP port answers. */
export async function startLivekit(o: LivekitOptions, binary = findLivekitBinary()): Promise<RunningLivekit> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-livekit-'));
  const configPath = join(dir, 'livekit.yaml');
  writeFileSync(configPath, livekitConfigYaml(o));
  const host = o.bindAddress && o.bindAddress !== '0.0.0.0' ? o.bindAddress : '127.0.0.1';
  // The config holds the API secret: it goes when the server does.
  return runLivekit({ binary, configPath, apiUrl: `http://${host}:${o.port}`, onExit: () => rmSync(dir, { recursive: true, force: true }) });
}

/** Runs LiveKit on a config file (one of ours, or one the Compose file mounts) and resolves once `apiUrl` answers. */
export async function runLivekit(o: {
  binary?: string;
  configPath: string;
  apiUrl: string;
  env?: Record<string, string>;
  onExit?: () => void;
}): Promise<RunningLivekit> {
  const binary = o.binary ?? findLivekitBinary();
  if (!binary) {
    o.onExit?.();
    throw new Error(HOW_TO_GET_LIVEKIT);
  }
  const child = spawn(binary, ['--config', o.configPath], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...o.env } });
  if (o.onExit) child.once('exit', o.onExit);
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`livekit-server exited early with code ${code}`))));
  await Promise.race([waitForHttp(o.apiUrl, 30_000), exited]);
  return {
    url: o.apiUrl.replace(/^http/, 'ws'),
    apiUrl: o.apiUrl,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`LiveKit did not answer at ${url} within ${timeoutMs} ms`);
}
