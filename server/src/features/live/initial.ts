import type { LiveSettings, LiveState } from '@hearth/shared';

export function initialLiveState(settings: Pick<LiveSettings, 'turnSeconds' | 'roundSeconds'>): LiveState {
  return {
    version: 0,
    phase: 'lobby',
    present: [],
    lobby: [],
    admitted: [],
    hands: [],
    raisedAt: {},
    queueMode: 'raised',
    floor: null,
    timer: { state: 'idle', durationMs: settings.turnSeconds * 1000, endsAt: null, remainingMs: settings.turnSeconds * 1000 },
    round: null,
    settings: { ...settings, autoAdvance: true, lobbyOn: false, locked: false },
    airtime: {},
    signals: [],
  };
}
