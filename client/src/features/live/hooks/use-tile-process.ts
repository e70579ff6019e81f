import { placeInQueue } from '@hearth/shared';
import { useLive } from './live-context';

export interface TileProcess {
  /** She holds the floor now. */
  floor: boolean;
  /** Her place in the talking order (1 = next), or null with no hand up. */
  handPlace: number | null;
  /** She asked the facilitators for a moment. Only ever true in a facilitator's view: members are never sent signals. */
  moment: boolean;
  /** The live state says she is reconnecting (she keeps her place meanwhile). */
  away: boolean;
}

const NOTHING: TileProcess = { floor: false, handPlace: null, moment: false, away: false };

/** What the group's process says about one person, for her tile. Tiles match people by LiveKit identity = user id. */
export function useTileProcess(userId: string): TileProcess {
  const { state } = useLive();
  if (!state) return NOTHING;
  const present = state.present.find((p) => p.userId === userId);
  return {
    floor: state.floor?.userId === userId,
    handPlace: placeInQueue(state, userId),
    moment: state.view === 'facilitator' && state.signals.some((s) => s.userId === userId),
    away: present ? !present.connected : false,
  };
}

/** Who holds the floor now (null when nobody does), for the room's speaker view. */
export function useFloorHolder(): string | null {
  return useLive().state?.floor?.userId ?? null;
}

/** Whether the facilitators have the floor holder shown large on every screen. */
export function useFloorSpotlight(): boolean {
  return useLive().state?.settings.spotlightFloor ?? false;
}
