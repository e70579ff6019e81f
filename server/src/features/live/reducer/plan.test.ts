import { describe, expect, it } from 'vitest';
import { commandSchemas, type CommandPayload, type LiveState } from '@hearth/shared';
import { initialLiveState, reduce, type Actor, type LiveCommand } from './index.js';

const F = { userId: '00000000-0000-4000-8000-00000000000f', role: 'facilitator' } as const;
const A = { userId: '00000000-0000-4000-8000-00000000000a', role: 'member' } as const;
const B = { userId: '00000000-0000-4000-8000-00000000000b', role: 'member' } as const;
const C = { userId: '00000000-0000-4000-8000-00000000000c', role: 'member' } as const;
const SYSTEM: Actor = { userId: 'system', role: 'system' };

function run(steps: [Actor, LiveCommand, number][], start: LiveState = initialLiveState({ turnSeconds: 120, roundSeconds: 60 })) {
  let state = start;
  for (const [actor, command, now] of steps) {
    const result = reduce(state, command, actor, { now, seed: 7 });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.code} ${result.message}`);
    state = result.state;
  }
  return state;
}

const join = (who: typeof F | typeof A | typeof B | typeof C): [Actor, LiveCommand, number] => [
  SYSTEM,
  { type: 'presence:join', payload: { userId: who.userId, name: who.userId.slice(-1), role: who.role } },
  0,
];
const everyone = () => run([join(F), join(A), join(B), join(C)]);

/** A payload as the socket hands it over: parsed by the shared schema, defaults and all. */
const phase = (payload: unknown): LiveCommand => ({ type: 'phase:start', payload: commandSchemas['phase:start'].parse(payload) as CommandPayload<'phase:start'> });

describe('phase:start', () => {
  it('records which step of the plan runs, since when and for how long it was meant to', () => {
    const result = reduce(everyone(), phase({ index: 1, name: 'Open process', minutes: 50 }), F, { now: 90_000, seed: 1 });
    expect(result.ok && result.state.planStep).toEqual({ index: 1, name: 'Open process', minutes: 50, startedAt: 90_000 });
  });

  it('starts a round phase’s round exactly as round:start would, with the phase’s settings', () => {
    const state = everyone();
    const ctx = { now: 5_000, seed: 42 };
    const started = reduce(state, phase({ index: 0, name: 'Check-in', minutes: 15, round: { kind: 'check-in', seconds: 90, shuffle: true } }), F, ctx);
    const direct = reduce(state, { type: 'round:start', payload: { kind: 'check-in', seconds: 90, shuffle: true } }, F, ctx);
    if (!started.ok || !direct.ok) throw new Error('refused');
    const { planStep, ...rest } = started.state;
    expect(rest).toEqual(direct.state);
    expect(started.effects).toEqual(direct.effects);
    expect(planStep).toEqual({ index: 0, name: 'Check-in', minutes: 15, startedAt: 5_000 });
    expect(started.state.round).toMatchObject({ kind: 'check-in', seconds: 90, index: 0, passed: [] });
    expect([...(started.state.round?.order ?? [])].sort()).toEqual([A.userId, B.userId, C.userId]);
    expect(started.state.floor).toMatchObject({ userId: started.state.round?.order[0], reason: 'round' });
    expect(started.state.timer).toMatchObject({ state: 'running', durationMs: 90_000, endsAt: 95_000 });
  });

  it('gives a round phase without seconds the session’s round seconds, in arrival order unless shuffled', () => {
    const result = reduce(everyone(), phase({ index: 2, name: 'Check-out', minutes: 10, round: { kind: 'check-out' } }), F, { now: 0, seed: 1 });
    expect(result.ok && result.state.round).toMatchObject({ kind: 'check-out', seconds: 60, order: [A.userId, B.userId, C.userId] });
  });

  it('ends a round still going when open process starts, keeping the talking order', () => {
    const inRound = run(
      [
        [F, phase({ index: 0, name: 'Check-in', minutes: 15, round: { kind: 'check-in' } }), 0],
        [C, { type: 'hand:raise', payload: {} }, 1_000],
      ],
      everyone(),
    );
    const result = reduce(inRound, phase({ index: 1, name: 'Open process', minutes: 50 }), F, { now: 20_000, seed: 1 });
    if (!result.ok) throw new Error(result.message);
    expect(result.state.round).toBeNull();
    expect(result.state.floor).toBeNull();
    expect(result.state.hands).toEqual([C.userId]);
    expect(result.effects).toEqual([{ type: 'turn', userId: A.userId, kind: 'round', startedAt: 0, endedAt: 20_000 }]);
    expect(result.state.planStep).toMatchObject({ index: 1, startedAt: 20_000 });
  });

  it('refuses a member with FORBIDDEN and changes nothing', () => {
    const state = everyone();
    for (const payload of [
      { index: 0, name: 'Check-in', minutes: 15, round: { kind: 'check-in' } },
      { index: 1, name: 'Open', minutes: 5 },
    ]) {
      expect(reduce(state, phase(payload), A, { now: 1, seed: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('refuses a round phase nobody is here for, and records no step', () => {
    const alone = run([join(F)]);
    const result = reduce(alone, phase({ index: 0, name: 'Check-in', minutes: 15, round: { kind: 'check-in' } }), F, { now: 1, seed: 1 });
    expect(result).toMatchObject({ ok: false, code: 'NOT_APPLICABLE' });
  });

  it('takes a document stored before plans existed, and moves the step on from one phase to the next', () => {
    // A document as the database hands it back: JSON, with no planStep key at all.
    const stored = JSON.parse(JSON.stringify(everyone())) as LiveState;
    expect(stored).not.toHaveProperty('planStep');
    const first = run([[F, phase({ index: 0, name: 'Open', minutes: 30 }), 1_000]], stored);
    expect(first.planStep).toEqual({ index: 0, name: 'Open', minutes: 30, startedAt: 1_000 });
    const second = run([[F, phase({ index: 1, name: 'Closing', minutes: 5 }), 2_000]], first);
    expect(second.planStep).toEqual({ index: 1, name: 'Closing', minutes: 5, startedAt: 2_000 });
  });

  it('is a facilitator command in the shared contract, and refuses a phase past the plan’s length or without a name', () => {
    expect(commandSchemas['phase:start'].safeParse({ index: 8, name: 'Ninth', minutes: 5 }).success).toBe(false);
    expect(commandSchemas['phase:start'].safeParse({ index: 0, name: ' ', minutes: 5 }).success).toBe(false);
    expect(commandSchemas['phase:start'].safeParse({ index: 0, name: 'Open', minutes: 5, round: { kind: 'open', order: [] } }).success).toBe(false);
  });
});
