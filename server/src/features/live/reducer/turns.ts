import type { Floor, LiveState } from '@hearth/shared';
import { idleTimer, pauseTimer, runningTimer } from './timers.js';
import type { Effect } from './types.js';

/** Who holds the floor, and how a turn ends: every turn that ends is written out as a `turn` effect. */

const isConnected = (state: LiveState, userId: string) => state.present.some((p) => p.userId === userId && p.connected);

/** Ends whoever holds the floor: her airtime grows by exactly the turn written out. */
function endFloor(state: LiveState, now: number, effects: Effect[]): LiveState {
  const floor = state.floor;
  if (!floor) return state;
  const endedAt = Math.max(now, floor.since);
  effects.push({ type: 'turn', userId: floor.userId, kind: floor.reason, startedAt: floor.since, endedAt });
  const airtime = { ...state.airtime, [floor.userId]: (state.airtime[floor.userId] ?? 0) + (endedAt - floor.since) };
  return { ...state, floor: null, airtime };
}

/** Ends a round, keeping its record for the facilitator: who spoke, who passed, who never had a turn. */
export function endRound(state: LiveState, now: number): LiveState {
  const round = state.round;
  if (!round) return state;
  // Everyone up to the turn it stopped at had her turn: she spoke unless she passed.
  const hadTurn = round.order.slice(0, round.index + 1);
  const passed = hadTurn.filter((id) => round.passed.includes(id));
  const spoke = hadTurn.filter((id) => !round.passed.includes(id));
  return { ...state, round: null, lastRound: { kind: round.kind, order: round.order, spoke, passed, endedAt: now } };
}

/** Ends whoever holds the floor and sets the timer for an ordinary turn, leaving any round running. */
export function endTurn(state: LiveState, now: number, effects: Effect[]): LiveState {
  return { ...endFloor(state, now, effects), timer: idleTimer(state.settings.turnSeconds) };
}

/**
 * The end-of-floor rule, the one place it is written: the turn is written out, any round closes with
 * it (the group is going somewhere else), and the timer waits, set for an ordinary turn.
 */
export function closeFloor(state: LiveState, now: number, effects: Effect[]): LiveState {
  return endRound(endTurn(state, now, effects), now);
}

/**
 * Gives the floor to someone with a fresh timer, paused if she is away. The talking order is not
 * touched here: a round's turn leaves a raised hand where it is, and only the commands that take a
 * speaker from the talking order (floor:next, floor:give) take her hand down.
 */
export function giveFloor(state: LiveState, userId: string, reason: Floor['reason'], seconds: number, now: number, effects: Effect[]): LiveState {
  const ended = endFloor(state, now, effects);
  const away = !isConnected(ended, userId);
  const timer = runningTimer(seconds, now);
  return { ...ended, floor: { userId, since: now, reason, away }, timer: away ? pauseTimer(timer, now) : timer };
}

/** Moves a round on to its next speaker, or closes the floor after the last. */
export function advanceRound(state: LiveState, now: number, effects: Effect[]): LiveState {
  const round = state.round;
  if (!round) return state;
  const index = round.index + 1;
  const next = round.order[index];
  if (next === undefined) return closeFloor(state, now, effects);
  const moved = giveFloor(state, next, 'round', round.seconds, now, effects);
  return { ...moved, round: { ...round, index } };
}
