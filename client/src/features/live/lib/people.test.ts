import { describe, expect, it } from 'vitest';
import type { PresentPerson } from '@hearth/shared';
import { isConnected, nameOf } from './people';

const present: PresentPerson[] = [
  { userId: 'maya', name: 'Maya', role: 'member', since: 1, connected: true },
  { userId: 'rosa', name: 'Rosa', role: 'member', since: 2, connected: false },
];

describe('people in the live state', () => {
  it('names someone by the first name the room knows', () => {
    expect(nameOf({ present }, 'maya')).toBe('Maya');
  });

  it('says “Someone” for a person who has left the session, or for nobody', () => {
    expect(nameOf({ present }, 'gone')).toBe('Someone');
    expect(nameOf({ present }, null)).toBe('Someone');
  });

  it('tells who is connected now from who is only keeping her place while reconnecting', () => {
    expect(isConnected({ present }, 'maya')).toBe(true);
    expect(isConnected({ present }, 'rosa')).toBe(false);
    expect(isConnected({ present }, 'gone')).toBe(false);
  });
});
