import { describe, expect, it } from 'vitest';
import { memberView, placeInQueue, remainingMs, type LiveState } from './state.js';

const state: LiveState = {
  version: 4,
  phase: 'live',
  present: [
    { userId: 'me', name: 'Mia', role: 'member', since: 1, connected: true },
    { userId: 'waiting-1', name: 'Wanda', role: 'member', since: 2, connected: true },
  ],
  lobby: ['waiting-1', 'waiting-2'],
  admitted: ['me'],
  hands: ['other', 'me'],
  raisedAt: { other: 1, me: 2 },
  queueMode: 'raised',
  floor: null,
  timer: { state: 'idle', durationMs: 60_000, endsAt: null, remainingMs: 60_000 },
  round: null,
  settings: { turnSeconds: 60, roundSeconds: 60, autoAdvance: true, lobbyOn: true, locked: false },
  airtime: { other: 90_000 },
  signals: [{ userId: 'other', name: 'Olga', at: 3 }],
};

describe('what both sides compute from the live state', () => {
  it('draws a running countdown from the deadline and the server clock, never below zero', () => {
    const running = { state: 'running', durationMs: 60_000, endsAt: 100_000, remainingMs: 60_000 } as const;
    expect(remainingMs(running, 70_000)).toBe(30_000);
    expect(remainingMs(running, 160_000)).toBe(0);
  });

  it('holds a paused countdown still however much time passes', () => {
    const paused = { state: 'paused', durationMs: 60_000, endsAt: null, remainingMs: 12_345 } as const;
    expect(remainingMs(paused, 0)).toBe(12_345);
    expect(remainingMs(paused, 10 ** 9)).toBe(12_345);
  });

  it('gives each member her place in the talking order, from 1', () => {
    expect(placeInQueue(state, 'me')).toBe(2);
    expect(placeInQueue(state, 'nobody')).toBeNull();
  });

  it('leaves airtime, signals and who else waits out of a member’s view', () => {
    const view = memberView(state, 'waiting-2');
    expect(view).not.toHaveProperty('airtime');
    expect(view).not.toHaveProperty('signals');
    expect(view).not.toHaveProperty('lobby');
    expect(view).toMatchObject({ lobbyCount: 2, youAreWaiting: true, hands: ['other', 'me'] });
    expect(JSON.stringify(view)).not.toContain('waiting-1');
    expect(JSON.stringify(memberView(state, 'me'))).not.toContain('Wanda');
    expect(memberView(state, 'me').present.map((p) => p.userId)).toEqual(['me']);
  });

  it('leaves the last round’s record out of a member’s view, and of a running round’s passes shows her only her own', () => {
    const round: LiveState['round'] = { kind: 'check-in', order: ['other', 'me', 'third'], index: 2, passed: ['other', 'me'], seconds: 60 };
    const lastRound: LiveState['lastRound'] = { kind: 'check-out', order: ['other', 'me'], spoke: ['me'], passed: ['other'], endedAt: 5 };
    const view = memberView({ ...state, round, lastRound }, 'me');
    expect(view).not.toHaveProperty('lastRound');
    expect(view.round?.passed).toEqual(['me']);
    expect(memberView({ ...state, round, lastRound }, 'third').round?.passed).toEqual([]);
  });
});
