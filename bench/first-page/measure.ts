/**
 * `npx tsx bench/first-page/measure.ts`: how much JavaScript each first page makes a browser load,
 * gzip-compressed as it travels. It builds the client with a manifest into a temporary folder and follows,
 * for each page's route module, every chunk it imports before it can render (static imports, never the
 * dynamic ones a page loads later). Writes bench/first-page/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const PAGES = { 'sign-in': 'src/app/routes/SignInPage.tsx', 'sign-up': 'src/app/routes/SignUpPage.tsx', invite: 'src/app/routes/InvitePage.tsx' };
const TARGET_KB = 90;
const root = new URL('../..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'hearth-first-page-'));

try {
  execFileSync('npx', ['vite', 'build', '--manifest', '--outDir', out, '--emptyOutDir'], { cwd: join(root, 'client'), stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const gzipKb = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length / 1024;

  /** The chunk and everything it imports statically, each once. */
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`not in the manifest: ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
    return seen;
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');

  const rows = Object.entries(PAGES).map(([page, module]) => {
    // A page that is not a chunk of its own is inside the entry: it costs what the entry costs.
    const keys = manifest[module] ? closure(module, closure(entry)) : closure(entry);
    const kb = [...keys].reduce((sum, key) => sum + gzipKb(manifest[key]!.file), 0);
    return { page, chunks: keys.size, kb };
  });
  const all = Object.values(manifest).reduce((sum, chunk) => sum + (chunk.file.endsWith('.js') ? gzipKb(chunk.file) : 0), 0);

  const lines = [
    '# First page: JavaScript a browser loads before it can render',
    '',
    `Measured ${new Date().toISOString()} by \`npx tsx bench/first-page/measure.ts\` on ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)} (sizes do not depend on load).`,
    `gzip level 9 of every chunk the page's route module needs through static imports, the entry included. Target ≤ ${TARGET_KB} KB for sign-in.`,
    '',
    '| Page | Chunks | JavaScript (gzip KB) | Within target |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.page} | ${r.chunks} | ${r.kb.toFixed(1)} | ${r.kb <= TARGET_KB ? 'yes' : 'no'} |`),
    '',
    `All JavaScript of the client together: ${all.toFixed(1)} KB gzip.`,
    '',
  ];
  writeFileSync(join(root, 'bench', 'first-page', 'RESULTS.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  rmSync(out, { recursive: true, force: true });
}
