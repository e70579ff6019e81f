/**
 * Started detached by cleanup.ts: `watchdog.ts <benchmark pid> <state file>`. When the benchmark
 * is gone without having cleaned up (its state file still exists), kills what it recorded and
 * drops its database. Exits quietly once the state file is removed by a normal cleanup.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import type { WatchdogState } from './cleanup.js';

const [parentArg, stateFile] = process.argv.slice(2);
const parent = Number(parentArg);
if (!Number.isInteger(parent) || !stateFile) process.exit(2);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function reap(file: string) {
  const state = JSON.parse(readFileSync(file, 'utf8')) as WatchdogState;
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const database of state.databases) {
    const client = new pg.Client({ connectionString: database.adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${database.name} with (force)`);
    await client.end();
  }
  rmSync(dirname(file), { recursive: true, force: true });
}

const timer = setInterval(() => {
  if (!existsSync(stateFile)) process.exit(0);
  if (alive(parent)) return;
  clearInterval(timer);
  reap(stateFile).then(
    () => process.exit(0),
    () => process.exit(1),
  );
}, 500);
