import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or image) root: the nearest folder above this file that holds `migrations/`. Found, not
 * counted in `../`, because this module runs from `server/src/lib` under tsx and from `server/dist` built.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'migrations'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the migrations folder above the server');
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot();
export const MIGRATIONS_FOLDER = join(ROOT, 'migrations');
export const CLIENT_DIST = join(ROOT, 'client', 'dist');
