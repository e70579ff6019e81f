import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A Postgres cluster of its own for a suite that restarts the database: restarting the shared one
 * would break every other suite running beside it. Uses the installed server binaries (Debian's
 * /usr/lib/postgresql/<version>/bin, which `.ci/run` installs); as root, runs them as `postgres`.
 */
export interface PrivatePostgres {
  url: string;
  restart(): void;
  stop(): void;
  start(): void;
  destroy(): void;
}

export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  const bin = version && join(root, version, 'bin');
  return bin && existsSync(join(bin, 'pg_ctl')) ? bin : undefined;
}

export function startPrivatePostgres(bin: string, port: number): PrivatePostgres {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-pg-'));
  const data = join(dir, 'data');
  const asRoot = userInfo().uid === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe', cwd: dir });
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off`;
  const ctl = (action: string) => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-m', 'fast', action]);
  ctl('start');
  return {
    url: `postgres://postgres@/postgres?host=${dir}&port=${port}`,
    restart: () => ctl('restart'),
    stop: () => ctl('stop'),
    start: () => ctl('start'),
    destroy() {
      try {
        ctl('stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
