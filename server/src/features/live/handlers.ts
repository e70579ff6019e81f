import { doorIsGated, mustWaitInLobby, type LiveErrorCode, type LiveState } from '@hearth/shared';
import { advanceRound, endFloor, giveFloor, idleTimer, orderHands, pauseTimer, resumeTimer, runningTimer, shuffle } from './turns.js';
import type { Actor, Effect, LiveCommand, ReduceContext } from './types.js';

export interface Refusal {
  refused: true;
  code: LiveErrorCode;
  message: string;
}
const no = (message: string, code: LiveErrorCode = 'NOT_APPLICABLE'): Refusal => ({ refused: true, code, message });

type Payload<T extends LiveCommand['type']> = Extract<LiveCommand, { type: T }>['payload'];
type Handler<T extends LiveCommand['type']> = (
  state: LiveState,
  payload: Payload<T>,
  actor: Actor,
  ctx: ReduceContext,
  effects: Effect[],
) => LiveState | Refusal;

const without = (list: string[], userId: string) => list.filter((id) => id !== userId);
const isMember = (state: LiveState, userId: string) => state.present.some((p) => p.userId === userId && p.role === 'member');
const isFacilitator = (actor: Actor) => actor.role === 'facilitator' || actor.role === 'co_facilitator';

function lowerHand(state: LiveState, userId: string): LiveState {
  const { [userId]: _gone, ...raisedAt } = state.raisedAt;
  return { ...state, hands: without(state.hands, userId), raisedAt };
}

const turnSecondsFor = (state: LiveState) => state.settings.turnSeconds;

function ended(state: LiveState, now: number, effects: Effect[]): LiveState {
  const closed = endFloor(state, now, effects);
  return { ...closed, phase: 'ended', round: null, timer: idleTimer(turnSecondsFor(state)), hands: [], raisedAt: {} };
}

/** Takes someone out of the floor and any round, keeping the round's spoken part as it was. */
function leaveTurns(state: LiveState, userId: string, now: number, effects: Effect[]): LiveState {
  let next = state;
  if (next.round && next.round.order[next.round.index] === userId) next = advanceRound(next, now, effects);
  else if (next.floor?.userId === userId) next = { ...endFloor(next, now, effects), timer: idleTimer(turnSecondsFor(next)) };
  const round = next.round;
  if (!round) return next;
  return { ...next, round: { ...round, order: round.order.filter((id, i) => id !== userId || i < round.index) } };
}

export const handlers: { [T in LiveCommand['type']]: Handler<T> } = {
  'presence:join': (state, { userId, name, role }, _a, { now }) => {
    const known = state.present.find((p) => p.userId === userId);
    const present = known
      ? state.present.map((p) => (p.userId === userId ? { ...p, connected: true, name } : p))
      : [...state.present, { userId, name, role, since: now, connected: true }];
    let next: LiveState = { ...state, present };
    const mustWait = mustWaitInLobby(state, userId, role);
    if (mustWait) {
      if (!next.lobby.includes(userId)) next = { ...next, lobby: [...next.lobby, userId] };
    } else if (!next.admitted.includes(userId)) {
      next = { ...next, admitted: [...next.admitted, userId] };
    }
    // Back during her own turn: her timer picks up where it stopped.
    if (next.floor?.userId === userId && next.floor.away) {
      next = { ...next, floor: { ...next.floor, away: false }, timer: resumeTimer(next.timer, now) };
    }
    return next;
  },

  'presence:leave': (state, { userId }, _a, { now }) => {
    if (!state.present.some((p) => p.userId === userId)) return no('Not present');
    let next: LiveState = { ...state, present: state.present.map((p) => (p.userId === userId ? { ...p, connected: false } : p)) };
    if (next.floor?.userId === userId) {
      next = { ...next, floor: { ...next.floor, away: true }, timer: pauseTimer(next.timer, now) };
    }
    return next;
  },

  'hand:raise': (state, _p, actor, { now }) => {
    if (state.lobby.includes(actor.userId)) return no('You can raise your hand once you are let in.');
    if (state.hands.includes(actor.userId)) return no('Your hand is already up.');
    if (state.floor?.userId === actor.userId) return no('You have the floor.');
    const raised = { ...state, raisedAt: { ...state.raisedAt, [actor.userId]: now } };
    return { ...raised, hands: orderHands(raised, [...state.hands, actor.userId]) };
  },

  'hand:lower': (state, { userId }, actor) => {
    const target = userId ?? actor.userId;
    if (target !== actor.userId && !isFacilitator(actor)) return no('Only the facilitators can lower someone else’s hand.', 'FORBIDDEN');
    if (!state.hands.includes(target)) return no('That hand is not up.');
    return lowerHand(state, target);
  },

  'queue:move': (state, { userId, toIndex }) => {
    if (!state.hands.includes(userId)) return no('She is not in the talking order.');
    const rest = without(state.hands, userId);
    const hands = [...rest.slice(0, toIndex), userId, ...rest.slice(toIndex)];
    return { ...state, hands };
  },

  'queue:remove': (state, { userId }) => (state.hands.includes(userId) ? lowerHand(state, userId) : no('She is not in the talking order.')),

  'queue:mode': (state, { mode }) => {
    const next = { ...state, queueMode: mode };
    return { ...next, hands: orderHands(next, next.hands) };
  },

  'floor:next': (state, _p, _a, { now }, effects) => {
    const next = state.hands[0];
    if (next === undefined) return no('Nobody is waiting to speak.');
    return giveFloor(state, next, 'queue', turnSecondsFor(state), now, effects);
  },

  'floor:give': (state, { userId }, _a, { now }, effects) => {
    if (!state.present.some((p) => p.userId === userId)) return no('She is not in the session.');
    if (state.floor?.userId === userId) return no('She already has the floor.');
    return giveFloor(state, userId, 'facilitator', turnSecondsFor(state), now, effects);
  },

  // Ending the floor during a round ends the round too: the facilitator has taken the group elsewhere.
  'floor:end': (state, _p, _a, { now }, effects) =>
    state.floor ? { ...endFloor(state, now, effects), round: null, timer: idleTimer(turnSecondsFor(state)) } : no('Nobody has the floor.'),

  'timer:start': (state, { seconds }, _a, { now }) => ({ ...state, timer: runningTimer(seconds ?? turnSecondsFor(state), now) }),

  'timer:pause': (state, _p, _a, { now }) => (state.timer.state === 'running' ? { ...state, timer: pauseTimer(state.timer, now) } : no('The timer is not running.')),

  'timer:resume': (state, _p, _a, { now }) => (state.timer.state === 'paused' ? { ...state, timer: resumeTimer(state.timer, now) } : no('The timer is not paused.')),

  'timer:extend': (state, { seconds }, _a, { now }) => {
    const add = seconds * 1000;
    const t = state.timer;
    if (t.state === 'running' && t.endsAt !== null) return { ...state, timer: { ...t, durationMs: t.durationMs + add, endsAt: t.endsAt + add } };
    if (t.state === 'paused') return { ...state, timer: { ...t, durationMs: t.durationMs + add, remainingMs: t.remainingMs + add } };
    if (t.state === 'expired') return { ...state, timer: { ...runningTimer(seconds, now), durationMs: t.durationMs + add } };
    return no('Start the timer first.');
  },

  'timer:reset': (state) => ({ ...state, timer: idleTimer(state.round?.seconds ?? turnSecondsFor(state)) }),

  'timer:expire': (state, { expectedVersion }, _a, { now }, effects) => {
    const t = state.timer;
    if (state.version !== expectedVersion || t.state !== 'running' || t.endsAt === null || now < t.endsAt) return no('Stale expiry', 'STALE');
    const expired: LiveState = { ...state, timer: { ...t, state: 'expired', endsAt: null, remainingMs: 0 } };
    return state.round && state.settings.autoAdvance ? advanceRound(expired, now, effects) : expired;
  },

  'round:start': (state, { kind, order, shuffle: mix, seconds }, _a, { now, seed }, effects) => {
    const members = state.present.filter((p) => p.role === 'member' && state.admitted.includes(p.userId)).map((p) => p.userId);
    const chosen = (order ?? members).filter((id, i, all) => all.indexOf(id) === i && isMember(state, id));
    if (chosen.length === 0) return no('Nobody is here for a round yet.');
    const finalOrder = mix ? shuffle(chosen, seed) : chosen;
    const roundSeconds = seconds ?? state.settings.roundSeconds;
    const first = finalOrder[0] as string;
    const started = giveFloor(state, first, 'round', roundSeconds, now, effects);
    return { ...started, round: { kind, order: finalOrder, index: 0, passed: [], seconds: roundSeconds } };
  },

  'round:pass': (state, _p, actor, { now }, effects) => {
    const round = state.round;
    if (!round || round.order[round.index] !== actor.userId) return no('It is not your turn in a round.');
    return advanceRound({ ...state, round: { ...round, passed: [...round.passed, actor.userId] } }, now, effects);
  },

  'round:next': (state, _p, _a, { now }, effects) => (state.round ? advanceRound(state, now, effects) : no('No round is running.')),

  'round:end': (state, _p, _a, { now }, effects) =>
    state.round ? { ...endFloor(state, now, effects), round: null, timer: idleTimer(turnSecondsFor(state)) } : no('No round is running.'),

  'settings:update': (state, patch) => {
    const settings = { ...state.settings, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    // Turning the lobby off lets everyone waiting in.
    const opened = !doorIsGated(settings);
    return opened ? { ...state, settings, lobby: [], admitted: [...state.admitted, ...state.lobby] } : { ...state, settings };
  },

  'session:start': (state) => (state.phase === 'lobby' ? { ...state, phase: 'live' } : no('The session has already started.')),

  'session:end': (state, _p, _a, { now }, effects) => {
    effects.push({ type: 'end-session' });
    return ended(state, now, effects);
  },

  // Ended from outside the live channel (the HTTP route): same state, nothing more to do.
  'session:ended': (state, _p, _a, { now }, effects) => ended(state, now, effects),

  'lobby:admit': (state, { userId, all }) => {
    const admitting = all ? state.lobby : state.lobby.filter((id) => id === userId);
    if (admitting.length === 0) return no('Nobody by that name is waiting.');
    return { ...state, lobby: state.lobby.filter((id) => !admitting.includes(id)), admitted: [...state.admitted, ...admitting] };
  },

  // She may be in the video room without the live panel open, so LiveKit decides whether she is there.
  'member:mute': (state, { userId }, _a, _c, effects) => {
    if (state.present.some((p) => p.userId === userId && p.role !== 'member')) return no('Facilitators cannot be muted here.');
    effects.push({ type: 'mute', userId });
    return state;
  },

  // She may be removed before she ever connects: the removal still stands for every later join.
  'member:remove': (state, { userId }, _a, { now }, effects) => {
    if (state.present.some((p) => p.userId === userId && p.role !== 'member')) return no('Facilitators cannot be removed.');
    effects.push({ type: 'remove', userId });
    const out = lowerHand(leaveTurns(state, userId, now, effects), userId);
    return {
      ...out,
      present: out.present.filter((p) => p.userId !== userId),
      lobby: without(out.lobby, userId),
      admitted: without(out.admitted, userId),
      signals: out.signals.filter((s) => s.userId !== userId),
    };
  },

  'signal:moment': (state, _p, actor, { now }, effects) => {
    const person = state.present.find((p) => p.userId === actor.userId);
    if (!person) return no('You are not in the session.');
    const signal = { userId: actor.userId, name: person.name, at: now };
    effects.push({ type: 'signal', signal });
    return { ...state, signals: [...state.signals.filter((s) => s.userId !== actor.userId), signal] };
  },

  'signal:clear': (state, { userId }) => ({ ...state, signals: state.signals.filter((s) => s.userId !== userId) }),
};

