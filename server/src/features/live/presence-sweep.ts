import type { LiveRepository } from './repository.js';
import type { LiveService } from './service.js';

interface Deps {
  repo: Pick<LiveRepository, 'withConnectedPeople'>;
  live: Pick<LiveService, 'dispatch'>;
  /** Who has a `/live` socket open for this session right now, on any process. */
  connectedIds(sessionId: string): Promise<Set<string>>;
  log: { warn(obj: object, msg: string): void };
  /** First pass this long after start-up, so people whose tabs reconnect after a restart are back. */
  graceMs: number;
  intervalMs: number;
}

const system = { userId: 'system', role: 'system' } as const;

/**
 * Presence is written when a socket joins or leaves, so a crash leaves people "connected" whose
 * sockets died with the process. A pass holds the document against the sockets that really are
 * open on every process, and marks anyone without one as gone.
 */
export function createPresenceSweep({ repo, live, connectedIds, log, graceMs, intervalMs }: Deps) {
  async function sweep() {
    let marked = 0;
    for (const { sessionId, state } of await repo.withConnectedPeople()) {
      const open = await connectedIds(sessionId);
      for (const person of state.present.filter((p) => p.connected && !open.has(p.userId))) {
        await live.dispatch(sessionId, { type: 'presence:leave', payload: { userId: person.userId } }, system);
        marked += 1;
        // She may have connected between the look and the leave: then she is here after all.
        if ((await connectedIds(sessionId)).has(person.userId)) {
          await live.dispatch(sessionId, { type: 'presence:join', payload: { userId: person.userId, name: person.name, role: person.role } }, system);
        }
      }
    }
    return marked;
  }

  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      pass = sweep().then(
        () => schedule(intervalMs),
        (err: unknown) => {
          // Typically right after a crash: the adapter still waits for the dead process's answer
          // until its heartbeat lapses. Try again soon rather than a whole interval later.
          log.warn({ err: err instanceof Error ? err.name : 'error' }, 'presence sweep failed; trying again shortly');
          schedule(Math.min(intervalMs, Math.max(graceMs, 1_000)));
        },
      );
    }, delay);
    timer.unref();
  };

  return {
    sweep,
    start: () => schedule(graceMs),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
