import type { LiveState } from '@hearth/shared';
import type { Handlers, Refused } from './handler.js';
import { round } from './round.js';
import type { Actor, Effect, ReduceContext } from './types.js';

/** Open process: a round still going around ends (the group is moving on); the talking order stays as it is. */
const openProcess = (state: LiveState, actor: Actor, ctx: ReduceContext, effects: Effect[]): LiveState | Refused =>
  state.round ? round['round:end'](state, {}, actor, ctx, effects) : state;

/**
 * The session plan's phases. A phase carries its own settings (the client sends the phase it starts),
 * so the reducer needs no plan: it notes which step runs and since when, and a round phase starts its
 * round through `round:start` itself, so a phase's round is exactly any other round.
 */
export const plan: Handlers<'phase:start'> = {
  'phase:start': (state, { index, name, minutes, round: settings }, actor, ctx, effects) => {
    const moved = settings
      ? round['round:start'](state, { kind: settings.kind, seconds: settings.seconds, shuffle: settings.shuffle ?? false }, actor, ctx, effects)
      : openProcess(state, actor, ctx, effects);
    if ('refused' in moved) return moved;
    return { ...moved, planStep: { index, name, minutes, startedAt: ctx.now } };
  },
};
