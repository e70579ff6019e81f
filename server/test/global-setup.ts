import type { TestProject } from 'vitest/node';
import { findLivekitBinary, HOW_TO_GET_LIVEKIT, startLivekit, type RunningLivekit } from '../../scripts/livekit.js';
import { missingService, TEST_LIVEKIT } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    livekitUrl: string | null;
  }
}

let livekit: RunningLivekit | undefined;

/** One real LiveKit server for the whole server suite, on loopback. */
export async function setup(project: TestProject) {
  if (!findLivekitBinary()) {
    missingService('LiveKit server', HOW_TO_GET_LIVEKIT);
    project.provide('livekitUrl', null);
    return;
  }
  livekit = await startLivekit({ ...TEST_LIVEKIT, nodeIp: '127.0.0.1', bindAddress: '127.0.0.1' });
  project.provide('livekitUrl', livekit.url);
}

export async function teardown() {
  await livekit?.stop();
}
