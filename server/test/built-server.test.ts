import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { startServerProcess } from './processes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 17_807;
const dataDir = mkdtempSync(join(tmpdir(), 'hearth-built-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('compiles to one module that plain node runs: it migrates a fresh database, answers the API and stops cleanly on SIGTERM', async () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts'], { cwd: ROOT, stdio: 'pipe' });
  // No LiveKit is needed to start; the reconcile loop just retries.
  const server = await startServerProcess({ entry: 'built', PORT, LIVEKIT_URL: 'ws://127.0.0.1:9', extra: { DATA_DIR: dataDir, LIVEKIT_RECONCILE_MS: '0' } });
  try {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    // An answer from a route, its schema and the error handler: the shared contracts were bundled in.
    const me = await fetch(`${server.url}/api/auth/me`);
    expect(me.status).toBe(401);
    expect(await me.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  } finally {
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    await server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
}, 90_000);
