/**
 * `npx tsx bench/first-page/measure.ts`: how much JavaScript each first page makes a browser load,
 * gzip-compressed as it travels. It builds the client with a manifest into a temporary folder and follows,
 * for each page's route module, every chunk it imports before it can render (static imports, never the
 * dynamic ones a page loads later); says what the sign-in page's share is made of (from the source maps);
 * and weighs the libraries alone, each in a tiny app of its own (probes/), so what must remain is measured
 * in the same run. Writes bench/first-page/RESULTS.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { weighParts } from './breakdown.js';
import { closure, entryKey, gzipKb, root, viteBuild } from './chunks.js';
import { weighLibraries } from './libraries.js';

const PAGES = { 'sign-in': 'src/app/routes/SignInPage.tsx', 'sign-up': 'src/app/routes/SignUpPage.tsx', invite: 'src/app/routes/InvitePage.tsx' };
const TARGET_KB = 90;
/** Parts smaller than this are summed into one line. */
const SMALL_KB = 0.5;
const out = mkdtempSync(join(tmpdir(), 'hearth-first-page-'));

try {
  const manifest = viteBuild(out);
  const entry = entryKey(manifest);
  const pages = Object.entries(PAGES).map(([page, module]) => {
    // A page that is not a chunk of its own is inside the entry: it costs what the entry costs.
    const keys = manifest[module] ? closure(manifest, module, closure(manifest, entry)) : closure(manifest, entry);
    return { page, keys, kb: gzipKb(out, manifest, keys) };
  });
  const all = gzipKb(
    out,
    manifest,
    Object.keys(manifest).filter((key) => manifest[key]!.file.endsWith('.js')),
  );

  const signIn = pages[0]!;
  const parts = [
    ...weighParts(
      out,
      [...signIn.keys].map((key) => manifest[key]!.file),
    ),
  ].sort((a, b) => b[1] - a[1]);
  const small = parts.filter(([, kb]) => kb < SMALL_KB);
  const libraries = weighLibraries();

  const lines = [
    '# First page: JavaScript a browser loads before it can render',
    '',
    `Measured ${new Date().toISOString()} by \`npx tsx bench/first-page/measure.ts\` on ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)} (sizes do not depend on load).`,
    `gzip level 9 of every chunk the page's route module needs through static imports, the entry included. Target ≤ ${TARGET_KB} KB for sign-in.`,
    '',
    '| Page | Chunks | JavaScript (gzip KB) | Within target |',
    '| --- | ---: | ---: | --- |',
    ...pages.map((r) => `| ${r.page} | ${r.keys.size} | ${r.kb.toFixed(1)} | ${r.kb <= TARGET_KB ? 'yes' : 'no'} |`),
    '',
    `All JavaScript of the client together: ${all.toFixed(1)} KB gzip.`,
    '',
    '## What the sign-in page carries',
    '',
    "Each chunk's gzip size shared out by its source map over the packages and folders its bytes came from.",
    '',
    '| Part | gzip KB |',
    '| --- | ---: |',
    ...parts.filter(([, kb]) => kb >= SMALL_KB).map(([part, kb]) => `| ${part} | ${kb.toFixed(1)} |`),
    `| ${small.length} smaller parts | ${small.reduce((sum, [, kb]) => sum + kb, 0).toFixed(1)} |`,
    '',
    '## What the libraries weigh alone',
    '',
    'Each a tiny app of its own (bench/first-page/probes/), built the same way, so no chunk is shared.',
    '',
    '| Library | gzip KB | Over React alone |',
    '| --- | ---: | ---: |',
    ...libraries.map((r) => `| ${r.library} | ${r.kb.toFixed(1)} | ${r.overReact === undefined ? '—' : r.overReact.toFixed(1)} |`),
    '',
  ];
  writeFileSync(join(root, 'bench', 'first-page', 'RESULTS.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  rmSync(out, { recursive: true, force: true });
}
