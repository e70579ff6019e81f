import { describe, expect, it } from 'vitest';
import type { RoomToken } from '@hearth/shared';
import { freshPrefetch, PREFETCH_FRESH_MS } from './token-prefetch';

const grant = Promise.resolve({ serverUrl: 'ws://livekit.test', roomName: 'r', token: 't' } as RoomToken);

describe('the token fetched during the device check', () => {
  it('stands in for Join’s own fetch while fresh', () => {
    expect(freshPrefetch({ grant, startedAt: 1_000 }, 1_000 + PREFETCH_FRESH_MS - 1)).toBe(grant);
  });

  it('is not used once it is as old as the window, nor when there is none', () => {
    expect(freshPrefetch({ grant, startedAt: 1_000 }, 1_000 + PREFETCH_FRESH_MS)).toBeUndefined();
    expect(freshPrefetch(undefined, 1_000)).toBeUndefined();
  });
});
