import { describe, expect, it } from 'vitest';
import { memberView, type LiveState } from '@hearth/shared';
import { initialLiveState, reduce, type Actor, type LiveCommand } from './index.js';

const F = { userId: '00000000-0000-4000-8000-00000000000f', role: 'facilitator' } as const;
const A = { userId: '00000000-0000-4000-8000-00000000000a', role: 'member' } as const;
const B = { userId: '00000000-0000-4000-8000-00000000000b', role: 'member' } as const;
const SYSTEM: Actor = { userId: 'system', role: 'system' };

/** Runs commands in order from a start state, failing loudly on any refusal. */
function run(steps: [Actor, LiveCommand, number][], start: LiveState = initialLiveState({ turnSeconds: 120, roundSeconds: 60 })) {
  let state = start;
  const effects = [];
  for (const [actor, command, now] of steps) {
    const result = reduce(state, command, actor, { now, seed: 7 });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.code} ${result.message}`);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

const join = (who: typeof F | typeof A | typeof B, name: string, now = 0): [Actor, LiveCommand, number] => [
  SYSTEM,
  { type: 'presence:join', payload: { userId: who.userId, name, role: who.role } },
  now,
];
const everyone = [join(F, 'Fran'), join(A, 'Anna'), join(B, 'Bea')];

describe('the live reducer', () => {
  it('keeps the talking order and gives the floor in it, with a running turn timer', () => {
    const { state } = run([
      ...everyone,
      [B, { type: 'hand:raise', payload: {} }, 1000],
      [A, { type: 'hand:raise', payload: {} }, 2000],
      [F, { type: 'floor:next', payload: {} }, 3000],
    ]);
    expect(state.floor).toEqual({ userId: B.userId, since: 3000, reason: 'queue', away: false });
    expect(state.hands).toEqual([A.userId]);
    expect(state.timer).toEqual({ state: 'running', durationMs: 120_000, endsAt: 123_000, remainingMs: 120_000 });
  });

  it('puts the member with the least airtime first in a progressive stack', () => {
    const { state } = run([
      ...everyone,
      [F, { type: 'floor:give', payload: { userId: A.userId } }, 0],
      [F, { type: 'floor:end', payload: {} }, 60_000],
      [A, { type: 'hand:raise', payload: {} }, 61_000],
      [B, { type: 'hand:raise', payload: {} }, 62_000],
      [F, { type: 'queue:mode', payload: { mode: 'least-airtime' } }, 63_000],
    ]);
    expect(state.hands).toEqual([B.userId, A.userId]);
    expect(state.airtime).toEqual({ [A.userId]: 60_000 });
  });

  it('refuses every facilitator command from a member and changes nothing', () => {
    const { state } = run(everyone);
    for (const command of [
      { type: 'floor:give', payload: { userId: A.userId } },
      { type: 'timer:start', payload: {} },
      { type: 'member:remove', payload: { userId: B.userId } },
      { type: 'lobby:admit', payload: { all: true } },
    ] as LiveCommand[]) {
      expect(reduce(state, command, A, { now: 1, seed: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('takes presence and timer expiry only from the server itself, and client commands never from it', () => {
    const { state } = run(everyone);
    for (const command of [
      { type: 'presence:join', payload: { userId: B.userId, name: 'Bea', role: 'member' } },
      { type: 'presence:leave', payload: { userId: A.userId } },
      { type: 'timer:expire', payload: { expectedVersion: state.version } },
    ] as LiveCommand[]) {
      expect(reduce(state, command, F, { now: 1, seed: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(reduce(state, { type: 'floor:end', payload: {} }, SYSTEM, { now: 1, seed: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('runs a check-in round where one member passes, advancing on expiry when auto-advance is on', () => {
    const { state, effects } = run([
      ...everyone,
      [F, { type: 'round:start', payload: { kind: 'check-in', shuffle: false } }, 0],
      [A, { type: 'round:pass', payload: {} }, 5_000],
    ]);
    expect(state.round).toMatchObject({ order: [A.userId, B.userId], index: 1, passed: [A.userId] });
    expect(state.floor?.userId).toBe(B.userId);
    const expired = reduce(state, { type: 'timer:expire', payload: { expectedVersion: state.version } }, SYSTEM, { now: 65_000, seed: 1 });
    expect(expired.ok && expired.state.round).toBeNull();
    expect(effects.map((e) => e.type)).toEqual(['turn']);
  });

  it('takes a timer expiry exactly once: a second one for the same version is stale', () => {
    const { state } = run([...everyone, [F, { type: 'timer:start', payload: { seconds: 30 } }, 0]]);
    const expire = { type: 'timer:expire', payload: { expectedVersion: state.version } } as const;
    const first = reduce(state, expire, SYSTEM, { now: 30_000, seed: 1 });
    expect(first.ok && first.state.timer.state).toBe('expired');
    if (!first.ok) return;
    expect(reduce(first.state, expire, SYSTEM, { now: 30_001, seed: 1 })).toMatchObject({ ok: false, code: 'STALE' });
    expect(reduce(state, expire, SYSTEM, { now: 29_999, seed: 1 })).toMatchObject({ ok: false, code: 'STALE' });
  });

  it('pauses the turn of a member who drops and resumes it when she is back', () => {
    const { state } = run([
      ...everyone,
      [F, { type: 'floor:give', payload: { userId: A.userId } }, 0],
      [SYSTEM, { type: 'presence:leave', payload: { userId: A.userId } }, 10_000],
    ]);
    expect(state.floor?.away).toBe(true);
    expect(state.timer).toMatchObject({ state: 'paused', remainingMs: 110_000 });
    const back = run([join(A, 'Anna', 50_000)], state).state;
    expect(back.floor?.away).toBe(false);
    expect(back.timer).toMatchObject({ state: 'running', endsAt: 160_000 });
  });

  it('holds members in the lobby until admitted when the lobby is on', () => {
    const { state } = run([
      join(F, 'Fran'),
      [F, { type: 'settings:update', payload: { lobbyOn: true } }, 0],
      join(A, 'Anna'),
      join(B, 'Bea'),
      [F, { type: 'lobby:admit', payload: { userId: A.userId } }, 1],
    ]);
    expect(state.lobby).toEqual([B.userId]);
    expect(state.admitted).toContain(A.userId);
    const seenByBea = memberView(state, B.userId);
    expect(seenByBea).toMatchObject({ lobbyCount: 1, youAreWaiting: true });
    expect(seenByBea).not.toHaveProperty('airtime');
    expect(seenByBea).not.toHaveProperty('lobby');
    expect(seenByBea).not.toHaveProperty('signals');
  });

  it('removes a member from the order, the floor and the session, asking LiveKit to remove her', () => {
    const { state, effects } = run([
      ...everyone,
      [A, { type: 'hand:raise', payload: {} }, 0],
      [F, { type: 'floor:give', payload: { userId: B.userId } }, 0],
      [F, { type: 'member:remove', payload: { userId: B.userId } }, 1000],
      [F, { type: 'member:remove', payload: { userId: A.userId } }, 1000],
    ]);
    expect(state.floor).toBeNull();
    expect(state.hands).toEqual([]);
    expect(state.present.map((p) => p.userId)).toEqual([F.userId]);
    expect(effects.filter((e) => e.type === 'remove')).toHaveLength(2);
  });
});
