import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findLivekitBinary, HOW_TO_GET_LIVEKIT } from '../scripts/livekit.js';
import { chromiumMissing, missingService, programsMissing, SCREENSHOT_DIR } from './services.js';
import { startStack, type Stack } from './stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app answers, or null when the suite is skipped. */
    appUrl: string | null;
    skipReason: string | null;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let stack: Stack | undefined;

/** Builds the client, then starts the app and a real LiveKit (see stack.ts) for every browser test file. */
export async function setup(project: TestProject) {
  const missing = !findLivekitBinary() ? `LiveKit server not found. ${HOW_TO_GET_LIVEKIT}` : chromiumMissing();
  if (missing) {
    project.provide('appUrl', null);
    project.provide('skipReason', missingService(missing));
    return;
  }

  // In CI a missing program fails the run here, by name; elsewhere only the suites that call it skip.
  const programs = programsMissing();
  if (programs) missingService(programs);

  if (process.env.E2E_SKIP_BUILD !== '1') {
    // vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  stack = await startStack({ logLevel: process.env.E2E_LOG_LEVEL ?? 'warn' });
  project.provide('appUrl', stack.appUrl);
  project.provide('skipReason', null);
}

export async function teardown() {
  await stack?.stop();
}
