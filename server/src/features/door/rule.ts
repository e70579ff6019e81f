import type { ErrorCode } from '@hearth/shared';

/** What the gate knows about one person in one session, loaded for many people at once. */
export interface DoorFacts {
  sessionOpen: boolean;
  /** The group's current agreement; undefined when none is published. */
  agreement?: { publishedAt: Date };
  members: Map<string, { active: boolean }>;
  accepted: Set<string>;
  privacyChecked: Set<string>;
  removed: Set<string>;
}

export type DoorRefusal = Extract<
  ErrorCode,
  'NOT_A_MEMBER' | 'SESSION_NOT_OPEN' | 'REMOVED_FROM_SESSION' | 'AGREEMENT_NOT_PUBLISHED' | 'AGREEMENT_REQUIRED' | 'PRIVACY_CHECK_REQUIRED'
>;

/**
 * The gate of "Joining, in order", judged at LiveKit's door for someone already inside: why she must
 * leave, or null when she may stay. An agreement published after she joined does not put her out —
 * DESIGN.md asks everyone to sign again before their *next* join — but a join after it does.
 */
export function refusalAtDoor(facts: DoorFacts, identity: string, joinedAt: Date): DoorRefusal | null {
  if (!facts.members.get(identity)?.active) return 'NOT_A_MEMBER';
  if (!facts.sessionOpen) return 'SESSION_NOT_OPEN';
  if (facts.removed.has(identity)) return 'REMOVED_FROM_SESSION';
  if (!facts.agreement) return 'AGREEMENT_NOT_PUBLISHED';
  if (!facts.accepted.has(identity) && facts.agreement.publishedAt <= joinedAt) return 'AGREEMENT_REQUIRED';
  if (!facts.privacyChecked.has(identity)) return 'PRIVACY_CHECK_REQUIRED';
  return null;
}
