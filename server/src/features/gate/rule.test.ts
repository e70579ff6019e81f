import { describe, expect, it } from 'vitest';
import { refusalAt, type GateFacts, type PersonAtGate } from './rule.js';
import { joinedAtOf } from '../door/service.js';
import { initialLiveState } from '../live/reducer/index.js';

const HER = '6f1c2a8e-8a4b-4c1e-9d2f-3b5a7c9e1f20';
const published = new Date('2026-11-01T10:00:00Z');
const after = new Date(published.getTime() + 60_000);
const before = new Date(published.getTime() - 60_000);
const inside = (joinedAt = after) => ({ to: 'inside' as const, joinedAt });

const her = (over: Partial<PersonAtGate> = {}): PersonAtGate => ({
  role: 'member',
  active: true,
  accepted: true,
  privacyChecked: true,
  locationGiven: true,
  removed: false,
  signedIn: true,
  ...over,
});
const facts = (person: Partial<PersonAtGate> = {}, over: Partial<GateFacts> = {}): GateFacts => ({
  status: 'open',
  agreement: { version: 2, publishedAt: published },
  live: null,
  people: new Map([[HER, her(person)]]),
  ...over,
});
const open = initialLiveState({ turnSeconds: 120, roundSeconds: 90 });
const lobbyOn = { ...open, settings: { ...open.settings, lobbyOn: true } };
const locked = { ...open, settings: { ...open.settings, locked: true } };

describe('joining, in order', () => {
  it('lets in someone past every step, at every door', () => {
    for (const entry of [{ to: 'room' as const }, { to: 'live' as const }, inside()]) expect(refusalAt(facts(), HER, entry)).toBeNull();
  });

  it('refuses with the first step she has not passed, in the order of DESIGN.md', () => {
    const room = { to: 'room' as const };
    expect(refusalAt(facts(), 'not-a-user-id', room)).toBe('NOT_A_MEMBER');
    expect(refusalAt(facts({ active: false }), HER, room)).toBe('NOT_A_MEMBER');
    expect(refusalAt(facts({ signedIn: false }), HER, room)).toBe('UNAUTHENTICATED');
    expect(refusalAt(facts({}, { agreement: null }), HER, room)).toBe('AGREEMENT_NOT_PUBLISHED');
    expect(refusalAt(facts({ accepted: false, privacyChecked: false }), HER, room)).toBe('AGREEMENT_REQUIRED');
    expect(refusalAt(facts({ privacyChecked: false, removed: true }), HER, room)).toBe('PRIVACY_CHECK_REQUIRED');
    expect(refusalAt(facts({ removed: true }, { status: 'ended' }), HER, room)).toBe('REMOVED_FROM_SESSION');
    expect(refusalAt(facts({}, { status: 'scheduled', live: lobbyOn }), HER, room)).toBe('SESSION_NOT_OPEN');
    expect(refusalAt(facts({}, { status: 'ended' }), HER, inside())).toBe('SESSION_NOT_OPEN');
  });

  it('asks a new agreement of any fresh join, not of someone already inside when it was published', () => {
    const unsigned = facts({ accepted: false });
    expect(refusalAt(unsigned, HER, { to: 'room' })).toBe('AGREEMENT_REQUIRED');
    expect(refusalAt(unsigned, HER, { to: 'live' })).toBe('AGREEMENT_REQUIRED');
    expect(refusalAt(unsigned, HER, inside(after))).toBe('AGREEMENT_REQUIRED');
    expect(refusalAt(unsigned, HER, inside(before))).toBeNull();
  });

  it('asks where she is at her next join when the safety check is on, without putting out someone already inside', () => {
    const unsaid = facts({ locationGiven: false });
    expect(refusalAt(unsaid, HER, { to: 'room' })).toBe('PRIVACY_CHECK_REQUIRED');
    expect(refusalAt(unsaid, HER, { to: 'live' })).toBe('PRIVACY_CHECK_REQUIRED');
    expect(refusalAt(unsaid, HER, inside())).toBeNull();
  });

  it('keeps a member never admitted out of the room while the lobby is on or the room locked, but lets her wait on the live channel', () => {
    expect(refusalAt(facts({}, { live: open }), HER, { to: 'room' })).toBeNull();
    expect(refusalAt(facts({}, { live: lobbyOn }), HER, { to: 'room' })).toBe('WAITING_FOR_ADMISSION');
    expect(refusalAt(facts({}, { live: locked }), HER, inside())).toBe('WAITING_FOR_ADMISSION');
    expect(refusalAt(facts({}, { live: locked }), HER, { to: 'live' })).toBeNull();
    expect(refusalAt(facts({}, { live: { ...locked, admitted: [HER] } }), HER, { to: 'room' })).toBeNull();
    expect(refusalAt(facts({ role: 'facilitator' }, { live: locked }), HER, { to: 'room' })).toBeNull();
  });

  it('reads LiveKit’s join stamp in milliseconds, then seconds, and an unstamped join as a fresh one', () => {
    expect(joinedAtOf({ joinedAtMs: 1_800_000_000_123n, joinedAt: 1_800_000_000n }).getTime()).toBe(1_800_000_000_123);
    expect(joinedAtOf({ joinedAtMs: 0n, joinedAt: 1_800_000_000n }).getTime()).toBe(1_800_000_000_000);
    expect(refusalAt(facts({ accepted: false }), HER, inside(joinedAtOf({ joinedAtMs: 0n, joinedAt: 0n })))).toBe('AGREEMENT_REQUIRED');
  });
});
