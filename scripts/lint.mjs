#!/usr/bin/env node
/**
 * The few rules neither the type checker nor eslint.config.mjs (the import boundaries) covers: no
 * focused tests, no stray console.log in the server, no source file past 400 lines. `npm run lint`
 * runs eslint, then this, then the type check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const MAX_LINES = 400;
const SOURCE = /\.(ts|tsx|mts|js|mjs|jsx)$/;
const TEST = /\.(test|spec)\.(ts|tsx|mts|js|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '.data', 'test-results']);

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(join(root, dir));
  } catch {
    return; // a workspace folder that does not exist yet
  }
  for (const name of entries) {
    if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) yield* walk(path);
    else if (SOURCE.test(name)) yield path;
  }
}

const problems = [];
const report = (file, line, message) => problems.push(`${relative(root, join(root, file))}${line ? `:${line}` : ''}  ${message}`);
const lines = (file) => readFileSync(join(root, file), 'utf8').replace(/\n$/, '').split('\n');

/** Test files anywhere: no `.only(`, which would silently skip every other test. */
for (const dir of ['shared', 'server', 'client', 'e2e', 'scripts']) {
  for (const file of walk(dir)) {
    if (!TEST.test(file)) continue;
    lines(file).forEach((text, i) => {
      if (/\.only\s*\(/.test(text)) report(file, i + 1, 'focused test (.only) — remove it');
    });
  }
}

/** Server code logs through Fastify's logger; command-line entry points (*-cli.ts) print on purpose. */
for (const file of walk('server/src')) {
  if (TEST.test(file) || /-cli\.ts$/.test(file)) continue;
  lines(file).forEach((text, i) => {
    if (/\bconsole\.log\s*\(/.test(text)) report(file, i + 1, 'console.log in server code — use app.log / request.log');
  });
}

for (const dir of ['server/src', 'client/src', 'shared/src']) {
  for (const file of walk(dir)) {
    const count = lines(file).length;
    if (count > MAX_LINES) report(file, 0, `${count} lines (at most ${MAX_LINES}) — split it by responsibility`);
  }
}

if (problems.length > 0) {
  console.error(`lint: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('lint: ok');
