import { mustWaitInLobby, type ErrorCode, type LiveState, type Role } from '@hearth/shared';

/** What the gate knows about one person in one session, loaded for many people at once. */
export interface DoorFacts {
  sessionOpen: boolean;
  /** The group's current agreement; undefined when none is published. */
  agreement?: { publishedAt: Date };
  members: Map<string, { active: boolean; role: Role }>;
  /** The live document: with the lobby on or the room locked, members need to have been admitted. */
  live: LiveState | null;
  accepted: Set<string>;
  privacyChecked: Set<string>;
  removed: Set<string>;
  /** Who has a sign-in that has not ended (signed out, idle or past its absolute expiry). */
  signedIn: Set<string>;
}

export type DoorRefusal = Extract<
  ErrorCode,
  | 'UNAUTHENTICATED'
  | 'NOT_A_MEMBER'
  | 'SESSION_NOT_OPEN'
  | 'REMOVED_FROM_SESSION'
  | 'AGREEMENT_NOT_PUBLISHED'
  | 'AGREEMENT_REQUIRED'
  | 'PRIVACY_CHECK_REQUIRED'
  | 'WAITING_FOR_ADMISSION'
>;

/**
 * The gate of "Joining, in order", judged at LiveKit's door for someone already inside: why she must
 * leave, or null when she may stay. An agreement published after she joined does not put her out —
 * DESIGN.md asks everyone to sign again before their *next* join — but a join after it does.
 */
export function refusalAtDoor(facts: DoorFacts, identity: string, joinedAt: Date): DoorRefusal | null {
  const member = facts.members.get(identity);
  if (!member?.active) return 'NOT_A_MEMBER';
  if (!facts.signedIn.has(identity)) return 'UNAUTHENTICATED';
  if (!facts.sessionOpen) return 'SESSION_NOT_OPEN';
  if (facts.removed.has(identity)) return 'REMOVED_FROM_SESSION';
  if (!facts.agreement) return 'AGREEMENT_NOT_PUBLISHED';
  if (!facts.accepted.has(identity) && facts.agreement.publishedAt <= joinedAt) return 'AGREEMENT_REQUIRED';
  if (!facts.privacyChecked.has(identity)) return 'PRIVACY_CHECK_REQUIRED';
  // Everyone present when the door was gated was admitted on joining, so this puts out only a token
  // taken while the door was open and used without ever being let in.
  if (facts.live && mustWaitInLobby(facts.live, identity, member.role)) return 'WAITING_FOR_ADMISSION';
  return null;
}
