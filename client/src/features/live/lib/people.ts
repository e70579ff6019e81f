import type { AnyLiveState, LiveState } from '@hearth/shared';

type WithPresent = Pick<AnyLiveState, 'present'>;

/** Her first name as the room knows it; someone who has left the session keeps a neutral word. */
export const nameOf = (state: WithPresent, userId: string | null | undefined): string =>
  (userId && state.present.find((p) => p.userId === userId)?.name) || 'Someone';

export const isConnected = (state: WithPresent, userId: string) => state.present.some((p) => p.userId === userId && p.connected);

export type FacilitatorState = { view: 'facilitator' } & LiveState;
export const isFacilitatorView = (state: AnyLiveState): state is FacilitatorState => state.view === 'facilitator';
