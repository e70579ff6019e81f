import type { AnyLiveState } from '@hearth/shared';

/**
 * Whether an incoming state should replace the one held. Broadcasts can overtake each other on a
 * reconnect, so an older version is ignored; the same version is taken, because the view inside it
 * can still differ (the state sent at connect repeats the last version).
 */
export function isNewer(held: AnyLiveState | null, incoming: AnyLiveState): boolean {
  return held === null || incoming.version >= held.version;
}
