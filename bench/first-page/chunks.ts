import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
export type Manifest = Record<string, Chunk>;

export const root = new URL('../..', import.meta.url).pathname;
export const clientDir = join(root, 'client');

/** `vite build` from the client workspace (where vite is installed) into `outDir`; returns its manifest. */
export function viteBuild(outDir: string, extraArgs: string[] = [], env: Record<string, string> = {}): Manifest {
  execFileSync('npx', ['vite', 'build', '--manifest', '--outDir', outDir, '--emptyOutDir', ...extraArgs], {
    cwd: clientDir,
    stdio: 'pipe',
    env: { ...process.env, ...env },
  });
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

export const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The chunk and everything it imports statically (never what it loads later), each once. */
export function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`not in the manifest: ${key}`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

export function entryKey(manifest: Manifest): string {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  return entry;
}

/** gzip KB of the given chunks' files, as a browser receives them. */
export const gzipKb = (outDir: string, manifest: Manifest, keys: Iterable<string>) =>
  [...keys].reduce((sum, key) => sum + gzipBytes(readFileSync(join(outDir, manifest[key]!.file))), 0) / 1024;
