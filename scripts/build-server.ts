/**
 * `npm run build -w server`: the server as one ES module, `server/dist/main.js`, run by plain `node`
 * in production (tsx is for development). `@hearth/shared` is TypeScript source, so it is bundled in;
 * every other package stays an import from node_modules, installed by `npm ci --omit=dev`.
 * bench/live imports `buildServer` so that it measures the very file production runs.
 */
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

const packagesStayExternal: Plugin = {
  name: 'packages-stay-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@hearth/') ? undefined : { path: args.path, external: true }));
  },
};

export const SERVER_MAIN = `${root}server/dist/main.js`;

export async function buildServer(logLevel: 'info' | 'warning' = 'info') {
  await build({
    entryPoints: [`${root}server/src/main.ts`, `${root}server/src/db/migrate-cli.ts`, `${root}server/src/features/sealing/reseal-cli.ts`],
    outdir: `${root}server/dist`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    plugins: [packagesStayExternal],
    logLevel,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer();
