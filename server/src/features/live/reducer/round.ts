import type { LiveState } from '@hearth/shared';
import { no, type Handlers } from './handler.js';
import { advanceRound, closeFloor, endRound, giveFloor } from './turns.js';

const isPresentMember = (state: LiveState, userId: string) => state.present.some((p) => p.userId === userId && p.role === 'member');

/** A small seeded shuffle (mulberry32), so a shuffled round is the same on replay. */
function shuffle<T>(items: T[], seed: number): T[] {
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

/**
 * Rounds: every member in turn (check-in, check-out, open), each with the same time, passing allowed.
 * A round moves by its own order, not the talking order: a hand raised before or during it stays up,
 * in its place, for the open floor after.
 */
export const round: Handlers<'round:start' | 'round:pass' | 'round:next' | 'round:end'> = {
  'round:start': (state, { kind, order, shuffle: mix, seconds }, _a, { now, seed }, effects) => {
    const members = state.present.filter((p) => p.role === 'member' && state.admitted.includes(p.userId)).map((p) => p.userId);
    const chosen = (order ?? members).filter((id, i, all) => all.indexOf(id) === i && isPresentMember(state, id));
    if (chosen.length === 0) return no('Nobody is here for a round yet.');
    const finalOrder = mix ? shuffle(chosen, seed) : chosen;
    const roundSeconds = seconds ?? state.settings.roundSeconds;
    const first = finalOrder[0] as string;
    // A round started over one still running ends that one first, so its record is kept.
    const started = giveFloor(endRound(state, now), first, 'round', roundSeconds, now, effects);
    return { ...started, round: { kind, order: finalOrder, index: 0, passed: [], seconds: roundSeconds } };
  },

  'round:pass': (state, _p, actor, { now }, effects) => {
    const current = state.round;
    if (!current || current.order[current.index] !== actor.userId) return no('It is not your turn in a round.');
    return advanceRound({ ...state, round: { ...current, passed: [...current.passed, actor.userId] } }, now, effects);
  },

  'round:next': (state, _p, _a, { now }, effects) => (state.round ? advanceRound(state, now, effects) : no('No round is running.')),

  'round:end': (state, _p, _a, { now }, effects) => (state.round ? closeFloor(state, now, effects) : no('No round is running.')),
};
