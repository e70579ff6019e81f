/**
 * Child processes of the benchmark — Hearth servers and the plain Socket.IO control — each started
 * with the probe preloaded, on a free loopback port, killed with SIGKILL when the run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { QueryCounts } from './probe.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Reading {
  /** VmRSS of the process from /proc, bytes. */
  rss: number;
  heapUsed: number;
  /** User + system CPU time of the process so far, microseconds (read before the GC). */
  cpuMicros: number;
  queries: QueryCounts;
}

export interface Child {
  name: string;
  url: string;
  pid: number;
  read(): Promise<Reading>;
  kill(): Promise<void>;
}

/** A TCP port nobody listens on right now (loopback). */
export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const tcpFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

const udpFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });

/** A base port with base+1 (TCP) and base+2 (UDP) free as well, for LiveKit's HTTP, ICE/TCP and UDP. */
export async function freeLivekitPorts(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    if ((await tcpFree(base)) && (await tcpFree(base + 1)) && (await udpFree(base + 2))) return base;
  }
  throw new Error('found no three free ports for LiveKit');
}

export function vmRss(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

interface ProbeReply {
  type: 'probe';
  id: number;
  memory: NodeJS.MemoryUsage;
  cpu: NodeJS.CpuUsage;
  gc: boolean;
  queries: QueryCounts;
}

/**
 * Starts `node --expose-gc --import <probe> <script>` (both compiled: compile.ts) and waits until `ready()` says
 * it serves. Its stdout is dropped, its stderr passed through so a crash says why.
 */
export async function startChild(opts: {
  name: string;
  script: string;
  probe: string;
  port: number;
  env: Record<string, string>;
  ready: (url: string) => Promise<boolean>;
  onPid: (pid: number) => void;
  timeoutMs?: number;
}): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', pathToFileURL(opts.probe).href, opts.script], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  if (child.pid === undefined) throw new Error(`${opts.name} did not start`);
  const pid = child.pid;
  opts.onPid(pid);
  const url = `http://127.0.0.1:${opts.port}`;
  const kill = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });

  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${opts.name} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    if (await opts.ready(url).catch(() => false)) break;
    if (Date.now() > deadline) {
      await kill();
      throw new Error(`${opts.name} was not ready within ${opts.timeoutMs ?? 30_000} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  let nextId = 0;
  const read = () =>
    new Promise<Reading>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        child.off('message', onMessage);
        reject(new Error(`${opts.name} did not answer the memory probe`));
      }, 60_000);
      const onMessage = (message: ProbeReply) => {
        if (message?.type !== 'probe' || message.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        if (!message.gc) return reject(new Error(`${opts.name} runs without --expose-gc`));
        resolve({ rss: vmRss(pid), heapUsed: message.memory.heapUsed, cpuMicros: message.cpu.user + message.cpu.system, queries: message.queries });
      };
      child.on('message', onMessage);
      child.send({ type: 'probe', id });
    });

  return { name: opts.name, url, pid, read, kill };
}
