/**
 * Everything the run starts is undone here, in reverse order, on success, failure, Ctrl-C or the
 * overall deadline. A detached watchdog does the same if the benchmark itself is SIGKILLed: it
 * polls for the benchmark's pid, then kills the recorded pids and drops the recorded database.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './processes.js';

const WATCHDOG = fileURLToPath(new URL('./watchdog.ts', import.meta.url));

export interface WatchdogState {
  pids: number[];
  databases: { adminUrl: string; name: string }[];
}

export function createCleanup() {
  const steps: { name: string; run: () => Promise<void> }[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-live-'));
  const stateFile = join(dir, 'state.json');
  const state: WatchdogState = { pids: [], databases: [] };
  const save = () => writeFileSync(stateFile, JSON.stringify(state));
  save();
  const watchdog = spawn(process.execPath, ['--import', 'tsx', WATCHDOG, String(process.pid), stateFile], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  let ran: Promise<void> | undefined;

  return {
    /** Registers an undo step; the latest registered runs first. */
    add(name: string, run: () => Promise<void>) {
      steps.push({ name, run });
    },
    pid(pid: number) {
      state.pids.push(pid);
      save();
    },
    database(adminUrl: string, name: string) {
      state.databases.push({ adminUrl, name });
      save();
    },
    /** Runs every step once, each bounded in time; failures are reported, never thrown. */
    run(): Promise<void> {
      ran ??= (async () => {
        for (const step of steps.reverse()) {
          const bounded = Promise.race([step.run(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 15_000).unref())]);
          await bounded.catch((err: unknown) => console.error(`cleanup: ${step.name} failed: ${String(err)}`));
        }
        if (watchdog.pid !== undefined) {
          try {
            process.kill(watchdog.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        rmSync(dir, { recursive: true, force: true });
      })();
      return ran;
    },
  };
}
export type Cleanup = ReturnType<typeof createCleanup>;
