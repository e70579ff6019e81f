import { describe, expect, it } from 'vitest';
import { memberView, type LiveState } from '@hearth/shared';
import { initialLiveState, reduce, type Actor, type LiveCommand } from './index.js';

const F = { userId: '00000000-0000-4000-8000-00000000000f', role: 'facilitator' } as const;
const A = { userId: '00000000-0000-4000-8000-00000000000a', role: 'member' } as const;
const B = { userId: '00000000-0000-4000-8000-00000000000b', role: 'member' } as const;
const C = { userId: '00000000-0000-4000-8000-00000000000c', role: 'member' } as const;
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

const join = (who: typeof F | typeof A | typeof B | typeof C, name: string, now = 0): [Actor, LiveCommand, number] => [
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

  it('frees the floor when its holder says she is done, leaving the next speaker the facilitator’s call', () => {
    const given = run([...everyone, [B, { type: 'hand:raise', payload: {} }, 0], [F, { type: 'floor:give', payload: { userId: A.userId } }, 1000]]).state;
    expect(reduce(given, { type: 'floor:done', payload: {} }, B, { now: 2000, seed: 1 })).toMatchObject({ ok: false, message: 'You do not have the floor.' });

    const { state, effects } = run([[A, { type: 'floor:done', payload: {} }, 50_000]], given);
    expect(state.floor).toBeNull();
    expect(state.timer.state).toBe('idle');
    expect(state.hands).toEqual([B.userId]);
    expect(state.airtime[A.userId]).toBe(49_000);
    expect(effects).toEqual([expect.objectContaining({ type: 'turn', userId: A.userId, endedAt: 50_000 })]);
  });

  describe('in a round', () => {
    const raise = (who: Actor, now: number): [Actor, LiveCommand, number] => [who, { type: 'hand:raise', payload: {} }, now];
    const checkIn: LiveCommand = { type: 'round:start', payload: { kind: 'check-in', shuffle: false } };
    const expire = (state: LiveState, now: number) => run([[SYSTEM, { type: 'timer:expire', payload: { expectedVersion: state.version } }, now]], state).state;

    it('keeps a raised hand in its place when her round turn comes and after it; only the talking order’s floor takes it', () => {
      const inRound = run([...everyone, raise(A, 1000), raise(B, 2000), [F, checkIn, 3000]]).state;
      expect(inRound.floor).toMatchObject({ userId: A.userId, reason: 'round' });
      expect(inRound.hands).toEqual([A.userId, B.userId]);
      expect(inRound.raisedAt).toEqual({ [A.userId]: 1000, [B.userId]: 2000 });

      const after = expire(expire(inRound, 63_000), 123_000);
      expect(after.round).toBeNull();
      expect(after.hands).toEqual([A.userId, B.userId]);
      expect(after.raisedAt).toEqual({ [A.userId]: 1000, [B.userId]: 2000 });

      const open = run([[F, { type: 'floor:next', payload: {} }, 124_000]], after).state;
      expect(open.floor).toMatchObject({ userId: A.userId, reason: 'queue' });
      expect(open.hands).toEqual([B.userId]);
    });

    it('lets her raise her hand for later during her own round turn, but not while she has the floor from the talking order', () => {
      const inRound = run([...everyone, [F, checkIn, 0], raise(A, 1000)]).state;
      expect(inRound.hands).toEqual([A.userId]);

      const given = run([...everyone, [F, { type: 'floor:give', payload: { userId: A.userId } }, 0]]).state;
      expect(reduce(given, { type: 'hand:raise', payload: {} }, A, { now: 1000, seed: 1 })).toMatchObject({ ok: false, message: 'You have the floor.' });
    });

    it('gives “next” to the next one waiting, passing over the round’s speaker, whose hand stays up', () => {
      const { state } = run([...everyone, raise(A, 1000), raise(B, 2000), [F, checkIn, 3000], [F, { type: 'floor:next', payload: {} }, 4000]]);
      expect(state.floor).toMatchObject({ userId: B.userId, reason: 'queue' });
      expect(state.hands).toEqual([A.userId]);
    });

    it('moves on when the speaker says she is done: she spoke, the next one has the floor with a fresh time', () => {
      const { state, effects } = run([...everyone, [F, checkIn, 0], [A, { type: 'floor:done', payload: {} }, 20_000]]);
      expect(state.round).toMatchObject({ index: 1, passed: [] });
      expect(state.floor).toMatchObject({ userId: B.userId, reason: 'round', since: 20_000 });
      expect(state.timer).toMatchObject({ state: 'running', endsAt: 80_000 });
      expect(effects).toEqual([expect.objectContaining({ type: 'turn', userId: A.userId, startedAt: 0, endedAt: 20_000 })]);

      const last = run([[B, { type: 'floor:done', payload: {} }, 30_000]], state).state;
      expect(last.round).toBeNull();
      expect(last.lastRound).toMatchObject({ spoke: [A.userId, B.userId], passed: [] });
    });

    it('keeps, once it ends, the record of who spoke, who passed and who never had a turn', () => {
      const { state } = run([
        ...everyone,
        join(C, 'Cleo'),
        [F, checkIn, 0],
        [A, { type: 'round:pass', payload: {} }, 5_000],
        [F, { type: 'round:end', payload: {} }, 30_000],
      ]);
      expect(state.round).toBeNull();
      expect(state.lastRound).toEqual({ kind: 'check-in', order: [A.userId, B.userId, C.userId], spoke: [B.userId], passed: [A.userId], endedAt: 30_000 });

      const next = expire(run([[F, { type: 'round:start', payload: { kind: 'check-out', shuffle: false } }, 40_000]], state).state, 100_000);
      const done = expire(expire(next, 160_000), 220_000);
      expect(done.lastRound).toEqual({
        kind: 'check-out',
        order: [A.userId, B.userId, C.userId],
        spoke: [A.userId, B.userId, C.userId],
        passed: [],
        endedAt: 220_000,
      });
    });

    it('keeps the record of a round started over by another', () => {
      const { state } = run([...everyone, [F, checkIn, 0], [A, { type: 'round:pass', payload: {} }, 1000], [F, checkIn, 2000]]);
      expect(state.round).toMatchObject({ index: 0, passed: [] });
      expect(state.lastRound).toEqual({ kind: 'check-in', order: [A.userId, B.userId], spoke: [B.userId], passed: [A.userId], endedAt: 2000 });
    });

    it('goes on, with nothing recorded yet, when someone given the floor mid-round is removed', () => {
      const { state } = run([
        ...everyone,
        join(C, 'Cleo'),
        [F, checkIn, 0],
        [F, { type: 'floor:give', payload: { userId: C.userId } }, 1000],
        [F, { type: 'member:remove', payload: { userId: C.userId } }, 2000],
      ]);
      expect(state.round).toMatchObject({ order: [A.userId, B.userId], index: 0 });
      expect(state.lastRound).toBeUndefined();
    });

    it('never tells a member who else passed: not during the round, nor in the record after it', () => {
      const during = run([...everyone, [F, checkIn, 0], [A, { type: 'round:pass', payload: {} }, 1000]]).state;
      expect(during.round?.passed).toEqual([A.userId]);
      expect(memberView(during, B.userId).round?.passed).toEqual([]);
      expect(memberView(during, A.userId).round?.passed).toEqual([A.userId]);

      const after = run([[F, { type: 'round:end', payload: {} }, 2000]], during).state;
      expect(after.lastRound?.passed).toEqual([A.userId]);
      for (const member of [A, B]) {
        const seen = memberView(after, member.userId);
        expect(seen).not.toHaveProperty('lastRound');
        expect(JSON.stringify(seen)).not.toContain('passed');
      }
    });

    it('takes a document stored before rounds were recorded, and records the next round in it', () => {
      const { lastRound: _none, ...stored } = run(everyone).state;
      expect(stored).not.toHaveProperty('lastRound');
      expect(memberView(stored, A.userId)).not.toHaveProperty('lastRound');
      const { state } = run(
        [
          [F, checkIn, 0],
          [F, { type: 'round:end', payload: {} }, 1000],
        ],
        stored,
      );
      expect(state.lastRound).toMatchObject({ order: [A.userId, B.userId], spoke: [A.userId], passed: [] });
    });
  });
});
