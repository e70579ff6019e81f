// The layout as rules: which part of the code may import which. `npm run lint` runs this, then
// scripts/lint.mjs (focused tests, console.log, file sizes) and the type check.
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const SERVER_ONLY = ['fastify', 'fastify-*', '@fastify/*', 'pg', 'drizzle-orm', 'drizzle-orm/*', 'livekit-server-sdk', '@electric-sql/pglite', 'socket.io'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'bench/**', 'e2e/**', 'scripts/**', 'migrations/**', '**/*.mjs', '**/*.config.ts'] },
  {
    files: ['shared/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
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
    // Plugins are the wiring every feature stands on; they know no feature.
    files: ['server/src/plugins/**/*.ts'],
    rules: restrict([{ group: ['**/features/**'], message: 'Plugins know no features: pass what a plugin needs as an option.' }]),
  },
  {
    // The live reducer and its helpers are pure: the shared contracts, each other, nothing else.
    files: ['server/src/features/live/{reducer,handlers,turns,initial}.ts'],
    rules: restrict([
      { regex: '^(?!@hearth/shared$|\\./(reducer|handlers|turns|initial|types)\\.js$)', message: 'The reducer is pure: it imports only shared/ and its own pure files.' },
    ]),
  },
  {
    // The door's rule is pure too: the gate's verdict from facts, nothing looked up.
    files: ['server/src/features/door/rule.ts'],
    rules: restrict([{ regex: '^(?!@hearth/shared$)', message: 'The door rule is pure: it imports only shared/.' }]),
  },
);
