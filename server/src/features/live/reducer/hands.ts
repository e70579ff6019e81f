import type { LiveState } from '@hearth/shared';

/** The talking order: who has a hand up, and in what order they speak. */

export const without = (list: string[], userId: string) => list.filter((id) => id !== userId);

/** Takes her out of the talking order, forgetting when she raised her hand. */
export function lowerHand(state: LiveState, userId: string): LiveState {
  const { [userId]: _gone, ...raisedAt } = state.raisedAt;
  return { ...state, hands: without(state.hands, userId), raisedAt };
}

/** The talking order for a mode: raised order, or least airtime first with raised order breaking ties. */
export function orderHands(state: LiveState, hands: string[]): string[] {
  const raised = (id: string) => state.raisedAt[id] ?? 0;
  if (state.queueMode === 'raised') return [...hands].sort((a, b) => raised(a) - raised(b));
  const air = (id: string) => state.airtime[id] ?? 0;
  return [...hands].sort((a, b) => air(a) - air(b) || raised(a) - raised(b));
}
