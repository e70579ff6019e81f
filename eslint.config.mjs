// The layout as rules: which part of the code may import which, and the house rules the type checker
// cannot see (no focused tests, no console.log in the server, no file past 300 lines). `npm run lint`
// runs this, then the type check.
import { defineConfig } from 'eslint/config';
import { dirname, join, relative, resolve, sep } from 'node:path';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const SERVER_ONLY = ['fastify', 'fastify-*', '@fastify/*', 'pg', 'drizzle-orm', 'drizzle-orm/*', 'livekit-server-sdk', '@electric-sql/pglite', 'socket.io'];

/**
 * A feature reaches another only through the modules that one offers. `no-restricted-imports` sees only
 * the import string, and where `../x` lands depends on how deep the importing file sits, so this rule
 * resolves each relative (or aliased) import to a path, then asks which feature it lands in and where.
 * Options: `features` (the folder, from the repository root), `alias` (prefix → folder), `face` (a regex
 * for the path inside another feature that may be imported), `why` (said when one is not; `<feature>` in
 * it names the feature).
 */
const featureBoundary = {
  meta: {
    type: 'problem',
    schema: false,
    messages: {
      internal: '{{target}} is inside the {{feature}} feature. {{why}}',
      wiring: '{{target}} wires the features together; a feature does not import it.',
    },
  },
  create(context) {
    const { features, alias = {}, face, why } = context.options[0];
    const folder = join(root, features);
    const [own, ...inside] = relative(folder, context.filename).split(sep);
    if (own === '..' || inside.length === 0) return {}; // not in a feature: the wiring beside them reaches any
    const offered = new RegExp(face);
    const check = (source) => {
      const spec = source?.value;
      if (typeof spec !== 'string') return;
      const prefix = Object.keys(alias).find((p) => spec.startsWith(p));
      const path = spec.startsWith('.') ? resolve(dirname(context.filename), spec) : prefix ? join(root, alias[prefix], spec.slice(prefix.length)) : null;
      if (path === null) return; // a package
      const [feature, ...rest] = relative(folder, path).split(sep);
      if (!feature || feature === '..' || feature === own) return;
      const target = relative(root, path).split(sep).join('/');
      if (rest.length === 0 && feature.includes('.')) context.report({ node: source, messageId: 'wiring', data: { target } });
      else if (!offered.test(rest.join('/')))
        context.report({ node: source, messageId: 'internal', data: { target, feature, why: why.replaceAll('<feature>', feature) } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
const hearth = { rules: { 'feature-boundary': featureBoundary } };

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '**/test-results/**', '.data/**', 'migrations/**', 'e2e/screenshots/**'],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tseslint.parser },
  },
  {
    // STYLE.md: files around 300 lines at most. Every line counts, blank and comment lines too (as `wc -l`).
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // A focused test silently skips every other one.
    files: ['**/*.{test,spec}.{ts,tsx,mts,js,mjs}', 'server/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='only']", message: 'A focused test (.only) skips every other test: remove it.' },
      ],
    },
  },
  {
    // Server code logs through Fastify's logger; command-line entry points (*-cli.ts) print on purpose.
    files: ['server/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*-cli.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'console', property: 'log', message: 'Log through app.log / request.log.' }] },
  },
  {
    // The contracts both sides share: they know neither side.
    files: ['shared/src/**/*.ts'],
    rules: restrict([
      { group: ['**/server/**', '**/client/**', '@hearth/server', '@hearth/client'], message: 'shared/ imports nothing of the server or the client.' },
      { group: [...SERVER_ONLY, 'react', 'react-*', 'livekit-client', '@livekit/*'], message: 'shared/ holds contracts only: zod and plain TypeScript.' },
    ]),
  },
  {
    // The browser never loads server code.
    files: ['client/src/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['**/server/**', '@hearth/server'], message: 'The client never imports server code; share it through shared/.' },
      { group: SERVER_ONLY, message: 'A server-only package does not belong in the browser.' },
    ]),
  },
  {
    // A client feature shows others only its index (bulletproof-react); app/ composes the features freely.
    files: ['client/src/features/**/*.{ts,tsx}'],
    plugins: { hearth },
    rules: {
      'hearth/feature-boundary': [
        'error',
        {
          features: 'client/src/features',
          alias: { '@/': 'client/src/' },
          face: '^(index(\\.tsx?)?)?$',
          why: 'Import it from @/features/<feature>, exported by that feature’s index.ts.',
        },
      ],
    },
  },
  {
    // A server feature offers others its service (logic), repository (queries), access (permission
    // checks), rule (a pure verdict), throttle (auth's per-account backoff, which two-step shares) or an
    // index.ts, and a folder through its index.ts (live/reducer). Routes and socket handlers are
    // registered by features/index.ts alone; helpers stay inside.
    files: ['server/src/features/**/*.ts'],
    plugins: { hearth },
    rules: {
      'hearth/feature-boundary': [
        'error',
        {
          features: 'server/src/features',
          face: '^(service|repository|access|rule|throttle|index)\\.js$|^[\\w-]+/index\\.js$',
          why: 'Another feature is reached through its service, repository, access, rule, throttle or index.ts, or a folder’s index.ts; the rest is its own.',
        },
      ],
    },
  },
  {
    // Plugins, the database layer and lib/ are what every feature stands on; they know no feature.
    files: ['server/src/{plugins,db,lib}/**/*.ts'],
    rules: restrict([{ group: ['**/features/**'], message: 'Plugins, db/ and lib/ know no features: pass what they need as an option.' }]),
  },
  {
    // The live reducer is pure: the shared contracts and its own folder, nothing else (no node:, drizzle,
    // fastify, nor anything outside reducer/). Its tests may bring their tools.
    files: ['server/src/features/live/reducer/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { regex: '^(?!@hearth/shared$|\\./[\\w.-]+\\.js$)', message: 'The live reducer is pure: it imports only @hearth/shared and files in reducer/.' },
    ]),
  },
  {
    // A feature's rule.ts is pure too (the door's, the gate's): a verdict from facts, nothing looked up.
    files: ['server/src/features/*/rule.ts'],
    rules: restrict([{ regex: '^(?!@hearth/shared$)', message: 'A rule.ts is pure: it imports only @hearth/shared.' }]),
  },
);
