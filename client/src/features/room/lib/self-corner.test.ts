import { describe, expect, it } from 'vitest';
import { CORNERS, nearestCorner, nextCorner, type Corner } from './self-corner';

describe('her own picture’s corner', () => {
  it('goes round all four corners with the move button and comes back', () => {
    const seen: Corner[] = [CORNERS[0]];
    for (let i = 0; i < 4; i++) seen.push(nextCorner(seen[seen.length - 1]!));
    expect(new Set(seen.slice(0, 4)).size).toBe(4);
    expect(seen[4]).toBe(seen[0]);
  });

  it('snaps to the corner nearest to where she let go', () => {
    const stage = { width: 1000, height: 600 };
    expect(nearestCorner({ x: 100, y: 100 }, stage)).toBe('top-left');
    expect(nearestCorner({ x: 900, y: 100 }, stage)).toBe('top-right');
    expect(nearestCorner({ x: 100, y: 500 }, stage)).toBe('bottom-left');
    expect(nearestCorner({ x: 900, y: 500 }, stage)).toBe('bottom-right');
  });
});
