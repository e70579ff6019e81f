import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MEMBER_COMMANDS, memberView, remainingMs, type CommandType, type LiveState, type Role } from '@hearth/shared';
import { initialLiveState, reduce, type Actor, type LiveCommand } from './index.js';

const ids = ['f', 'a', 'b', 'c', 'd'].map((c) => `00000000-0000-4000-8000-00000000000${c}`);
const roles: Role[] = ['facilitator', 'member', 'member', 'member', 'member'];
const SYSTEM: Actor = { userId: 'system', role: 'system' };

const someone = fc.constantFrom(...ids);
const clientCommand: fc.Arbitrary<LiveCommand> = fc.oneof(
  fc.constant({ type: 'hand:raise', payload: {} } as LiveCommand),
  fc.record({ userId: fc.option(someone, { nil: undefined }) }).map((payload) => ({ type: 'hand:lower', payload }) as LiveCommand),
  fc.record({ userId: someone, toIndex: fc.nat(6) }).map((payload) => ({ type: 'queue:move', payload }) as LiveCommand),
  someone.map((userId) => ({ type: 'queue:remove', payload: { userId } }) as LiveCommand),
  fc.constantFrom('raised', 'least-airtime').map((mode) => ({ type: 'queue:mode', payload: { mode } }) as LiveCommand),
  fc.constant({ type: 'floor:next', payload: {} } as LiveCommand),
  someone.map((userId) => ({ type: 'floor:give', payload: { userId } }) as LiveCommand),
  fc.constant({ type: 'floor:end', payload: {} } as LiveCommand),
  fc.option(fc.integer({ min: 10, max: 600 }), { nil: undefined }).map((seconds) => ({ type: 'timer:start', payload: { seconds } }) as LiveCommand),
  fc
    .constantFrom('timer:pause', 'timer:resume', 'timer:reset', 'round:pass', 'floor:done', 'round:next', 'round:end', 'signal:moment', 'session:start')
    .map((type) => ({ type, payload: {} }) as LiveCommand),
  fc.integer({ min: 5, max: 300 }).map((seconds) => ({ type: 'timer:extend', payload: { seconds } }) as LiveCommand),
  fc.record({ kind: fc.constantFrom('check-in', 'check-out', 'open'), shuffle: fc.boolean() }).map((payload) => ({ type: 'round:start', payload }) as LiveCommand),
  fc.record({ autoAdvance: fc.boolean(), lobbyOn: fc.boolean() }).map((payload) => ({ type: 'settings:update', payload }) as LiveCommand),
  fc.record({ userId: someone }).map((payload) => ({ type: 'lobby:admit', payload }) as LiveCommand),
  someone.map((userId) => ({ type: 'member:remove', payload: { userId } }) as LiveCommand),
  someone.map((userId) => ({ type: 'member:mute', payload: { userId } }) as LiveCommand),
);

/** A step: who sends what, after how long; some are the server's own presence and expiry commands. */
const step = fc.record({
  actor: fc.nat(ids.length - 1),
  kind: fc.constantFrom('client', 'client', 'client', 'join', 'leave', 'expire'),
  command: clientCommand,
  elapsed: fc.integer({ min: 0, max: 90_000 }),
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

interface Step {
  actor: number;
  kind: string;
  command: LiveCommand;
  elapsed: number;
}

function toCommand(s: Step, state: LiveState): [Actor, LiveCommand] {
  const userId = ids[s.actor] as string;
  const role = roles[s.actor] as Role;
  if (s.kind === 'join') return [SYSTEM, { type: 'presence:join', payload: { userId, name: `P${s.actor}`, role } }];
  if (s.kind === 'leave') return [SYSTEM, { type: 'presence:leave', payload: { userId } }];
  if (s.kind === 'expire') return [SYSTEM, { type: 'timer:expire', payload: { expectedVersion: state.version } }];
  return [{ userId, role }, s.command];
}

/** Everyone connected to begin with, so most commands have someone to act on. */
function startState(): LiveState {
  let state = initialLiveState({ turnSeconds: 120, roundSeconds: 60 });
  ids.forEach((userId, i) => {
    const r = reduce(state, { type: 'presence:join', payload: { userId, name: `P${i}`, role: roles[i] as Role } }, SYSTEM, { now: 0, seed: 0 });
    if (r.ok) state = r.state;
  });
  return state;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The only ways a raised hand comes down: she lowers it, a facilitator takes it out of the order, she
 * is given the floor from it, she is removed, or the session ends. A round is none of these.
 */
const TAKES_A_HAND = new Set(['hand:lower', 'queue:remove', 'floor:next', 'floor:give', 'member:remove', 'session:end']);

/** What a step must keep of the talking order and of rounds, and what a member must never see of them. */
function expectHandsAndRoundsKept(before: LiveState, state: LiveState, command: LiveCommand, now: number) {
  // Her round turn leaves her hand up for later; any other floor was given from the hand, or instead of it.
  if (state.floor && state.floor.reason !== 'round') expect(state.hands).not.toContain(state.floor.userId);
  if (!TAKES_A_HAND.has(command.type)) {
    expect(state.hands).toEqual(expect.arrayContaining(before.hands));
    for (const id of before.hands) expect(state.raisedAt[id]).toBe(before.raisedAt[id]);
  }
  // The record changes only when the round running ends, or another is started over it.
  if (state.lastRound !== before.lastRound) expect(before.round !== null && (state.round === null || command.type === 'round:start')).toBe(true);
  if (before.round && !state.round) expect(state.lastRound).toMatchObject({ kind: before.round.kind, order: before.round.order, endedAt: now });
  if (state.lastRound) {
    const { order, spoke, passed } = state.lastRound;
    expect([...spoke, ...passed].every((id) => order.includes(id))).toBe(true);
    expect(spoke.filter((id) => passed.includes(id))).toEqual([]);
  }
  const seenByMember = memberView(state, ids[1] as string);
  expect(seenByMember).not.toHaveProperty('lastRound');
  expect(seenByMember.round?.passed.every((id) => id === ids[1]) ?? true).toBe(true);
}

describe('the live reducer, over random command sequences from random roles', () => {
  it('keeps every invariant of the live state', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80, size: 'max' }), fc.integer(), (steps, seed) => {
        let state = deepFreeze(startState());
        let now = 1_000;
        let floorTimeHandedOut = 0;
        for (const s of steps) {
          now += s.elapsed;
          const [actor, command] = toCommand(s, state);
          const before = state;
          const result = reduce(before, command, actor, { now, seed });
          if (!result.ok) {
            // A refusal is a refusal: the frozen state could not have been changed, and members never run facilitator commands.
            continue;
          }
          if (actor.role === 'member') {
            expect(MEMBER_COMMANDS.has(command.type as CommandType)).toBe(true);
          }
          state = deepFreeze(result.state);
          floorTimeHandedOut += sum(result.effects.flatMap((e) => (e.type === 'turn' ? [e.endedAt - e.startedAt] : [])));

          expect(state.version).toBe(before.version + 1);
          expect(new Set(state.hands).size).toBe(state.hands.length);
          expectHandsAndRoundsKept(before, state, command, now);
          expect(state.timer.remainingMs).toBeGreaterThanOrEqual(0);
          expect(remainingMs(state.timer, now)).toBeGreaterThanOrEqual(0);
          expect(remainingMs(state.timer, now + 10 ** 7)).toBeGreaterThanOrEqual(0);
          if (state.timer.state === 'paused') {
            expect(remainingMs(state.timer, now + 60_000)).toBe(remainingMs(state.timer, now));
          }
          const pausedThrough = before.timer.state === 'paused' && state.timer.state === 'paused';
          const sameTurn = before.floor?.userId === state.floor?.userId && before.floor?.since === state.floor?.since;
          if (pausedThrough && sameTurn && !command.type.startsWith('timer:')) {
            expect(state.timer.remainingMs).toBe(before.timer.remainingMs);
          }
          expect(sum(Object.values(state.airtime))).toBe(floorTimeHandedOut);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses every facilitator command sent by a member, whatever the state', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40, size: 'max' }), clientCommand, (steps, command) => {
        let state = startState();
        let now = 0;
        for (const s of steps) {
          now += s.elapsed;
          const [actor, c] = toCommand(s, state);
          const r = reduce(state, c, actor, { now, seed: 1 });
          if (r.ok) state = r.state;
        }
        const member: Actor = { userId: ids[1] as string, role: 'member' };
        const result = reduce(state, command, member, { now, seed: 1 });
        const memberCommand = MEMBER_COMMANDS.has(command.type as CommandType);
        if (!memberCommand) expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }),
      { numRuns: 300 },
    );
  });
});
