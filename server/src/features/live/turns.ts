import type { Floor, LiveState, Timer } from '@hearth/shared';
import type { Effect } from './types.js';

/** Pure helpers for the floor, the timer and rounds: each takes a state and returns a new one. */

export const runningTimer = (seconds: number, now: number): Timer => ({
  state: 'running',
  durationMs: seconds * 1000,
  endsAt: now + seconds * 1000,
  remainingMs: seconds * 1000,
});

export const idleTimer = (seconds: number): Timer => ({
  state: 'idle',
  durationMs: seconds * 1000,
  endsAt: null,
  remainingMs: seconds * 1000,
});

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.state !== 'running' || timer.endsAt === null) return timer;
  return { ...timer, state: 'paused', endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) };
}

export function resumeTimer(timer: Timer, now: number): Timer {
  if (timer.state !== 'paused') return timer;
  return { ...timer, state: 'running', endsAt: now + timer.remainingMs };
}

/** Ends whoever holds the floor: her airtime grows by exactly the turn written out. */
export function endFloor(state: LiveState, now: number, effects: Effect[]): LiveState {
  const floor = state.floor;
  if (!floor) return state;
  const endedAt = Math.max(now, floor.since);
  effects.push({ type: 'turn', userId: floor.userId, kind: floor.reason, startedAt: floor.since, endedAt });
  const airtime = { ...state.airtime, [floor.userId]: (state.airtime[floor.userId] ?? 0) + (endedAt - floor.since) };
  return { ...state, floor: null, airtime };
}

/** Gives the floor to someone, out of the talking order, with a fresh timer. */
export function giveFloor(state: LiveState, userId: string, reason: Floor['reason'], seconds: number, now: number, effects: Effect[]): LiveState {
  const ended = endFloor(state, now, effects);
  const hands = ended.hands.filter((id) => id !== userId);
  const { [userId]: _dropped, ...raisedAt } = ended.raisedAt;
  const away = !isConnected(ended, userId);
  const timer = runningTimer(seconds, now);
  return {
    ...ended,
    hands,
    raisedAt,
    floor: { userId, since: now, reason, away },
    timer: away ? pauseTimer(timer, now) : timer,
  };
}

export const isConnected = (state: LiveState, userId: string) =>
  state.present.some((p) => p.userId === userId && p.connected);

/** Moves a round on to its next speaker, or closes it after the last. */
export function advanceRound(state: LiveState, now: number, effects: Effect[]): LiveState {
  const round = state.round;
  if (!round) return state;
  const index = round.index + 1;
  const next = round.order[index];
  if (next === undefined) {
    return { ...endFloor(state, now, effects), round: null, timer: idleTimer(state.settings.turnSeconds) };
  }
  const moved = giveFloor(state, next, 'round', round.seconds, now, effects);
  return { ...moved, round: { ...round, index } };
}

/** The talking order for a mode: raised order, or least airtime first with raised order breaking ties. */
export function orderHands(state: LiveState, hands: string[]): string[] {
  const raised = (id: string) => state.raisedAt[id] ?? 0;
  if (state.queueMode === 'raised') return [...hands].sort((a, b) => raised(a) - raised(b));
  const air = (id: string) => state.airtime[id] ?? 0;
  return [...hands].sort((a, b) => air(a) - air(b) || raised(a) - raised(b));
}

/** A small seeded shuffle (mulberry32), so a shuffled round is the same on replay. */
export function shuffle<T>(items: T[], seed: number): T[] {
  let t = seed >>> 0;
  const random = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
