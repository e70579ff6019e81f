import { describe, expect, it } from 'vitest';
import { refusalAtDoor, type DoorFacts } from './rule.js';
import { joinedAtOf } from './service.js';

const HER = '6f1c2a8e-8a4b-4c1e-9d2f-3b5a7c9e1f20';
const published = new Date('2026-11-01T10:00:00Z');

const facts = (over: Partial<DoorFacts> = {}): DoorFacts => ({
  sessionOpen: true,
  agreement: { publishedAt: published },
  members: new Map([[HER, { active: true }]]),
  accepted: new Set([HER]),
  privacyChecked: new Set([HER]),
  removed: new Set(),
  ...over,
});
const after = new Date(published.getTime() + 60_000);
const before = new Date(published.getTime() - 60_000);

describe('who may stay in the room', () => {
  it('lets stay someone the gate admits', () => {
    expect(refusalAtDoor(facts(), HER, after)).toBeNull();
  });

  it('puts out whoever the gate refuses, with the gate’s own code', () => {
    expect(refusalAtDoor(facts(), 'not-a-user-id', after)).toBe('NOT_A_MEMBER');
    expect(refusalAtDoor(facts({ members: new Map([[HER, { active: false }]]) }), HER, after)).toBe('NOT_A_MEMBER');
    expect(refusalAtDoor(facts({ sessionOpen: false }), HER, after)).toBe('SESSION_NOT_OPEN');
    expect(refusalAtDoor(facts({ removed: new Set([HER]) }), HER, after)).toBe('REMOVED_FROM_SESSION');
    expect(refusalAtDoor(facts({ agreement: undefined }), HER, after)).toBe('AGREEMENT_NOT_PUBLISHED');
    expect(refusalAtDoor(facts({ privacyChecked: new Set() }), HER, after)).toBe('PRIVACY_CHECK_REQUIRED');
  });

  it('asks a new agreement of a fresh join, not of someone already inside when it was published', () => {
    const unsigned = facts({ accepted: new Set() });
    expect(refusalAtDoor(unsigned, HER, after)).toBe('AGREEMENT_REQUIRED');
    expect(refusalAtDoor(unsigned, HER, before)).toBeNull();
  });

  it('reads LiveKit’s join stamp in milliseconds, then seconds, and an unstamped join as a fresh one', () => {
    expect(joinedAtOf({ joinedAtMs: 1_800_000_000_123n, joinedAt: 1_800_000_000n }).getTime()).toBe(1_800_000_000_123);
    expect(joinedAtOf({ joinedAtMs: 0n, joinedAt: 1_800_000_000n }).getTime()).toBe(1_800_000_000_000);
    expect(refusalAtDoor(facts({ accepted: new Set() }), HER, joinedAtOf({ joinedAtMs: 0n, joinedAt: 0n }))).toBe('AGREEMENT_REQUIRED');
  });
});
