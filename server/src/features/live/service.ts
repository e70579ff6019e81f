import { randomInt } from 'node:crypto';
import type { LiveState } from '@hearth/shared';
import { reduce } from './reducer/index.js';
import type { Decide, LiveRepository } from './repository.js';
import { createCommitter } from './commit.js';
import { AppError } from '../../lib/errors.js';
import type { Actor, Effect, LiveCommand, ReduceResult, Refusal } from './reducer/index.js';

/** What happens outside the state once a command is committed: sockets, LiveKit, the session row. */
export interface LiveOutlets {
  broadcast(sessionId: string, state: LiveState): void;
  signal(sessionId: string, signal: Extract<Effect, { type: 'signal' }>['signal']): void;
  mute(sessionId: string, userId: string): Promise<void>;
  remove(sessionId: string, userId: string, byUserId: string): Promise<void>;
  endSession(sessionId: string, byUserId: string): Promise<void>;
  /** Admitted from the waiting room: recorded in the group's audit log. */
  admitted(sessionId: string, userIds: string[], byUserId: string): Promise<void>;
  /**
   * What only the world can say about a command the reducer would take: is the person it names a
   * member of this group, is she in the video room. Asked before anything is written, so a refusal
   * commits nothing.
   */
  vet(sessionId: string, command: LiveCommand): Promise<Refusal | null>;
}

/** Commands that name someone the reducer cannot vouch for (it knows only who is connected). */
const VETTED = new Set<LiveCommand['type']>(['member:mute', 'member:remove']);
/** Commands that change nothing in the live state: judged by the reducer, their effect run, nothing written. */
const STATELESS = new Set<LiveCommand['type']>(['member:mute']);

const NOT_OPENED: ReduceResult = { ok: false, code: 'SESSION_NOT_OPEN', message: 'This session has not been opened.' };

const refusalOf = (err: unknown): Refusal | undefined => (err instanceof AppError ? { code: err.code, message: err.message } : undefined);

/** What the reducer makes of a command on a state: the version to write with its event and ended turns, or its refusal. */
export const decideByReducer =
  (command: LiveCommand, actor: Actor, now: () => number): Decide<ReduceResult> =>
  (state) => {
    const at = now();
    const reduced = reduce(state, command, actor, { now: at, seed: randomInt(2 ** 31) });
    if (!reduced.ok) return { result: reduced };
    const turns = reduced.effects.filter((e): e is Extract<Effect, { type: 'turn' }> => e.type === 'turn');
    return { result: reduced, commit: { state: reduced.state, command, actorId: actor.role === 'system' ? null : actor.userId, at, turns } };
  };

interface Deps {
  repo: LiveRepository;
  outlets: LiveOutlets;
  now?: () => number;
  log: { warn(obj: object, msg: string): void };
}

export function createLiveService({ repo, outlets, now = Date.now, log }: Deps) {
  const expiryTimers = new Map<string, NodeJS.Timeout>();
  const committer = createCommitter(repo);

  /**
   * Schedules `timer:expire` for the version just written. Any process may schedule it, any number
   * of times: the reducer takes it only for that version, so it lands exactly once.
   */
  function scheduleExpiry(sessionId: string, state: LiveState) {
    clearTimeout(expiryTimers.get(sessionId));
    expiryTimers.delete(sessionId);
    const { timer } = state;
    if (timer.state !== 'running' || timer.endsAt === null) return;
    const handle = setTimeout(
      () => {
        expiryTimers.delete(sessionId);
        void dispatch(sessionId, { type: 'timer:expire', payload: { expectedVersion: state.version } }, { userId: 'system', role: 'system' }).catch((err: unknown) =>
          log.warn({ err }, 'timer expiry failed'),
        );
      },
      Math.max(0, timer.endsAt - now()),
    );
    handle.unref();
    expiryTimers.set(sessionId, handle);
  }

  async function runEffects(sessionId: string, effects: Effect[], actor: Actor) {
    for (const effect of effects) {
      if (effect.type === 'signal') outlets.signal(sessionId, effect.signal);
      if (effect.type === 'mute') await outlets.mute(sessionId, effect.userId);
      if (effect.type === 'remove') await outlets.remove(sessionId, effect.userId, actor.userId);
      if (effect.type === 'end-session') await outlets.endSession(sessionId, actor.userId);
      if (effect.type === 'admit') await outlets.admitted(sessionId, effect.userIds, actor.userId);
    }
  }

  /** The reducer's verdict on the state as it is now, then the world's, with nothing written. */
  async function precheck(sessionId: string, command: LiveCommand, actor: Actor): Promise<ReduceResult> {
    const state = await repo.read(sessionId);
    if (!state) return NOT_OPENED;
    const dry = reduce(state, command, actor, { now: now(), seed: 0 });
    if (!dry.ok) return dry;
    const refusal = await outlets.vet(sessionId, command);
    return refusal ? { ok: false, ...refusal } : { ok: true, state, effects: dry.effects };
  }

  /** Reduce, commit (commit.ts), then tell everyone. Returns what the reducer said. */
  async function dispatch(sessionId: string, command: LiveCommand, actor: Actor): Promise<ReduceResult> {
    if (VETTED.has(command.type)) {
      const checked = await precheck(sessionId, command, actor);
      if (!checked.ok) return checked;
      if (STATELESS.has(command.type)) {
        // Its effect is the whole command: a failure is the answer, and there is nothing to undo.
        try {
          await runEffects(sessionId, checked.effects, actor);
        } catch (err) {
          const refusal = refusalOf(err);
          if (refusal) return { ok: false, ...refusal };
          throw err;
        }
        return checked;
      }
    }
    const result = await committer.inTurn(sessionId, async () => {
      const decided = await committer.commit(sessionId, decideByReducer(command, actor, now));
      if (decided?.ok) {
        outlets.broadcast(sessionId, decided.state);
        scheduleExpiry(sessionId, decided.state);
      }
      return decided ?? NOT_OPENED;
    });
    if (result.ok) await runEffects(sessionId, result.effects, actor);
    return result;
  }

  return {
    dispatch,
    read: repo.read,
    /** A state another process committed (its broadcast), kept so this process decides on it next. */
    remember: committer.remember,

    /** After a restart: pick up every running timer so none is lost. */
    async resumeTimers() {
      for (const { sessionId, state } of await repo.runningTimers()) scheduleExpiry(sessionId, state);
    },

    /** Read the state and make sure this process will expire its timer. */
    async current(sessionId: string) {
      const state = await repo.read(sessionId);
      if (state) scheduleExpiry(sessionId, state);
      return state;
    },

    close() {
      for (const handle of expiryTimers.values()) clearTimeout(handle);
      expiryTimers.clear();
    },
  };
}
export type LiveService = ReturnType<typeof createLiveService>;
