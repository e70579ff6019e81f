import { describe, expect, it } from 'vitest';
import { refusalAtDoor, type DoorFacts } from './rule.js';
import { joinedAtOf } from './service.js';
import { initialLiveState } from '../live/reducer/index.js';

const HER = '6f1c2a8e-8a4b-4c1e-9d2f-3b5a7c9e1f20';
const published = new Date('2026-11-01T10:00:00Z');

const facts = (over: Partial<DoorFacts> = {}): DoorFacts => ({
  sessionOpen: true,
  agreement: { publishedAt: published },
  members: new Map([[HER, { active: true, role: 'member' as const }]]),
  live: null,
  accepted: new Set([HER]),
  privacyChecked: new Set([HER]),
  removed: new Set(),
  signedIn: new Set([HER]),
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
    expect(refusalAtDoor(facts({ members: new Map([[HER, { active: false, role: 'member' as const }]]) }), HER, after)).toBe('NOT_A_MEMBER');
    expect(refusalAtDoor(facts({ signedIn: new Set() }), HER, after)).toBe('UNAUTHENTICATED');
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

  it('puts out a member never admitted once the lobby is on or the room locked, and nobody who was', () => {
    const open = initialLiveState({ turnSeconds: 120, roundSeconds: 90 });
    const lobbyOn = { ...open, settings: { ...open.settings, lobbyOn: true } };
    const locked = { ...open, settings: { ...open.settings, locked: true } };
    expect(refusalAtDoor(facts({ live: open }), HER, after)).toBeNull();
    expect(refusalAtDoor(facts({ live: lobbyOn }), HER, after)).toBe('WAITING_FOR_ADMISSION');
    expect(refusalAtDoor(facts({ live: locked }), HER, after)).toBe('WAITING_FOR_ADMISSION');
    expect(refusalAtDoor(facts({ live: { ...locked, admitted: [HER] } }), HER, after)).toBeNull();
    const facilitator = facts({ live: locked, members: new Map([[HER, { active: true, role: 'facilitator' as const }]]) });
    expect(refusalAtDoor(facilitator, HER, after)).toBeNull();
  });

  it('reads LiveKit’s join stamp in milliseconds, then seconds, and an unstamped join as a fresh one', () => {
    expect(joinedAtOf({ joinedAtMs: 1_800_000_000_123n, joinedAt: 1_800_000_000n }).getTime()).toBe(1_800_000_000_123);
    expect(joinedAtOf({ joinedAtMs: 0n, joinedAt: 1_800_000_000n }).getTime()).toBe(1_800_000_000_000);
    expect(refusalAtDoor(facts({ accepted: new Set() }), HER, joinedAtOf({ joinedAtMs: 0n, joinedAt: 0n }))).toBe('AGREEMENT_REQUIRED');
  });
});
