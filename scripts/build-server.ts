/**
 * `npm run build -w server`: the server as one ES module, `server/dist/main.js`, run by plain `node`
 * in production (tsx is for development). `@hearth/shared` is TypeScript source, so it is bundled in;
 * every other package stays an import from node_modules, installed by `npm ci --omit=dev`.
 */
import { build, type Plugin } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

const packagesStayExternal: Plugin = {
  name: 'packages-stay-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@hearth/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: [`${root}server/src/main.ts`, `${root}server/src/db/migrate-cli.ts`, `${root}server/src/features/sealing/reseal-cli.ts`],
  outdir: `${root}server/dist`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [packagesStayExternal],
  logLevel: 'info',
});
