import { describe, expect, it } from 'vitest';
import type { AnyLiveState } from '@hearth/shared';
import { isNewer } from './state-order';

const stateAt = (version: number, view: 'facilitator' | 'member' = 'facilitator'): AnyLiveState =>
  ({
    view,
    version,
    phase: 'live',
    present: [],
    lobby: [],
    admitted: [],
    hands: [],
    raisedAt: {},
    queueMode: 'raised',
    floor: null,
    timer: { state: 'idle', durationMs: 60_000, endsAt: null, remainingMs: 60_000 },
    round: null,
    settings: { turnSeconds: 60, roundSeconds: 60, autoAdvance: true, lobbyOn: false, locked: false },
    airtime: {},
    signals: [],
  }) as AnyLiveState;

describe('which live state the screen keeps', () => {
  it('takes the first state it is sent', () => {
    expect(isNewer(null, stateAt(0))).toBe(true);
  });

  it('ignores a broadcast that was overtaken by a later one, so the screen never steps back', () => {
    expect(isNewer(stateAt(7), stateAt(6))).toBe(false);
  });

  it('takes a later version', () => {
    expect(isNewer(stateAt(7), stateAt(8))).toBe(true);
  });

  it('takes the same version again, because the state sent on connect can carry a different view', () => {
    expect(isNewer(stateAt(7, 'member'), stateAt(7, 'facilitator'))).toBe(true);
  });
});
