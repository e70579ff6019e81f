import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closure, entryKey, gzipKb, viteBuild } from './chunks.js';

/** Each probe is a tiny app of its own using a library the way Hearth's first pages do (see probes/). */
const PROBES = {
  'react.tsx': 'React 19 + ReactDOM',
  'router-data.tsx': 'React Router 7, data router (what Hearth uses)',
  'router-declarative.tsx': 'React Router 7, declarative mode',
  'query.tsx': 'TanStack Query 5 (provider and one query)',
  'zod-classic.ts': 'zod 4 classic API (what shared/ is written in), smallest use',
  'zod-mini.ts': 'zod/mini, the same schema',
} as const;

export interface LibraryRow {
  library: string;
  kb: number;
  /** What it adds to React alone; undefined for React itself and for probes without React. */
  overReact: number | undefined;
}

export function weighLibraries(): LibraryRow[] {
  const kbOf = (probe: string) => {
    const out = mkdtempSync(join(tmpdir(), 'hearth-first-page-probe-'));
    try {
      const manifest = viteBuild(out, ['--config', '../bench/first-page/probes/vite.config.ts'], { FIRST_PAGE_PROBE: probe });
      return gzipKb(out, manifest, closure(manifest, entryKey(manifest)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  const reactKb = kbOf('react.tsx');
  return Object.entries(PROBES).map(([probe, library]) => {
    if (probe === 'react.tsx') return { library, kb: reactKb, overReact: undefined };
    const kb = kbOf(probe);
    return { library, kb, overReact: probe.endsWith('.tsx') ? kb - reactKb : undefined };
  });
}
