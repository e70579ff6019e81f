import type { LiveState } from '@hearth/shared';
import type { Decide, LiveRepository } from './repository.js';

/** Writes that missed because another process got there first, before queueing on the row lock. */
const OPTIMISTIC_TRIES = 3;
/** Sessions whose newest state one process keeps: far more than meet at once on one process. */
const REMEMBERED_SESSIONS = 5_000;

/**
 * How a command's decision reaches Postgres, in one round trip as a rule. The process keeps the newest
 * state it knows of each session; a command is decided on it, and its next version written only if
 * the stored one is still that one (`commitIfAt`, one statement, one commit). The kept state is only a
 * guess: if another process wrote meanwhile the write misses, nothing is written, and the command is
 * decided again on the stored state. A refusal, or a command that changes nothing, is never given on a
 * guess: it is decided again on the stored state first, so nobody is refused on a stale view. After
 * a few misses in a row (many processes writing one session at once) the command queues on the row
 * lock, as every command once did.
 *
 * Commands for one session on this process run one after another (`inTurn`), so they never miss on
 * each other, and what follows a commit (its broadcast) leaves in the order of the versions.
 */
export function createCommitter(repo: Pick<LiveRepository, 'read' | 'commitIfAt' | 'transact'>) {
  const latest = new Map<string, LiveState>();
  const queues = new Map<string, Promise<void>>();

  /** Keeps a state if it is newer than the one kept; an ended session's is let go. */
  function remember(sessionId: string, state: LiveState) {
    const known = latest.get(sessionId);
    if (known && known.version >= state.version) return;
    // Deleted and set again, so the Map's order stays least recently written first.
    latest.delete(sessionId);
    if (state.phase === 'ended') return;
    latest.set(sessionId, state);
    if (latest.size > REMEMBERED_SESSIONS) latest.delete(latest.keys().next().value as string);
  }

  async function commit<T>(sessionId: string, decide: Decide<T>): Promise<T | undefined> {
    for (let tries = 0; tries < OPTIMISTIC_TRIES; tries++) {
      const guess = latest.get(sessionId);
      const state = guess ?? (await repo.read(sessionId));
      // Never opened: there is no live session to change.
      if (!state) return undefined;
      const decision = decide(state);
      if (!('commit' in decision)) {
        if (!guess) {
          remember(sessionId, state);
          return decision.result;
        }
        latest.delete(sessionId);
        continue;
      }
      if (await repo.commitIfAt(sessionId, state.version, decision.commit)) {
        remember(sessionId, decision.commit.state);
        return decision.result;
      }
      latest.delete(sessionId);
    }
    let written: LiveState | undefined;
    const result = await repo.transact(sessionId, (state) => {
      const decision = decide(state);
      if ('commit' in decision) written = decision.commit.state;
      return decision;
    });
    if (written) remember(sessionId, written);
    return result;
  }

  /** Runs `work` after every earlier piece of work for this session on this process has settled. */
  function inTurn<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const before = queues.get(sessionId) ?? Promise.resolve();
    const mine = before.then(work);
    const settled = mine.then(
      () => {},
      () => {},
    );
    queues.set(sessionId, settled);
    void settled.then(() => {
      if (queues.get(sessionId) === settled) queues.delete(sessionId);
    });
    return mine;
  }

  return { commit, inTurn, remember };
}
export type Committer = ReturnType<typeof createCommitter>;
