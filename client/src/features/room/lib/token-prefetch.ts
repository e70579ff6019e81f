import type { RoomToken } from '@hearth/shared';

/**
 * How long a token fetched during the device check may stand in for the one Join would fetch. The
 * gate checked her when it was issued; a change since (a removal, a new agreement, the end) is
 * caught by LiveKit's door like any other join, and within this window the next fetch would see it too.
 */
export const PREFETCH_FRESH_MS = 30_000;

export interface Prefetch {
  grant: Promise<RoomToken>;
  startedAt: number;
}

/** The prefetched token's promise if it is still fresh; it is used once (the caller clears it). */
export const freshPrefetch = (prefetch: Prefetch | undefined, now: number): Promise<RoomToken> | undefined =>
  prefetch && now - prefetch.startedAt < PREFETCH_FRESH_MS ? prefetch.grant : undefined;
