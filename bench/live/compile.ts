/**
 * The servers the benchmark measures run as production runs Hearth: compiled JavaScript under plain
 * `node`, not under tsx. (tsx keeps function names with a helper that gives every closure made a
 * property store of its own: 7 KiB per socket of heap that production never holds.) Hearth is the
 * production build itself; the probe and the control are compiled the same way, beside it.
 */
import { build } from 'esbuild';
import { buildServer, SERVER_MAIN } from '../../scripts/build-server.js';

const here = new URL('.', import.meta.url).pathname;
const out = `${here}dist`;

export interface Compiled {
  hearth: string;
  control: string;
  probe: string;
}

export async function compileServers(): Promise<Compiled> {
  await buildServer('warning');
  await build({
    entryPoints: { probe: `${here}probe.ts`, control: `${here}control-server.ts` },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return { hearth: SERVER_MAIN, control: `${out}/control.mjs`, probe: `${out}/probe.mjs` };
}
