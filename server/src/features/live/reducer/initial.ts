import type { LiveSettings, LiveState } from '@hearth/shared';
import { idleTimer } from './timers.js';

/** A session before anyone has come: in the lobby phase, nobody speaking, the timer set for one turn. */
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
    timer: idleTimer(settings.turnSeconds),
    round: null,
    settings: { ...settings, autoAdvance: true, lobbyOn: false, locked: false, spotlightFloor: false },
    airtime: {},
    signals: [],
  };
}
