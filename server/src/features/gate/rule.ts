import { mustWaitInLobby, type ErrorCode, type LiveState, type Role, type SessionStatus } from '@hearth/shared';

/** What the gate knows about one person in one session. */
export interface PersonAtGate {
  role: Role;
  /** In the group (isInGroup: active, or leaving until her final session has ended; removed and left people keep their row). */
  active: boolean;
  /** Signed the group's current agreement. */
  accepted: boolean;
  /** Confirmed, for this session, that she is somewhere private. */
  privacyChecked: boolean;
  /** Said where she is for this session, or was not asked (the safety check is off, or she facilitates). */
  locationGiven: boolean;
  removed: boolean;
  /** Has a sign-in that has not ended (signed out, idle or past its absolute expiry). */
  signedIn: boolean;
}

/** Everything "Joining, in order" needs, for one session and the people asked about. */
export interface GateFacts {
  status: SessionStatus;
  /** The group's current agreement; null when none is published. */
  agreement: { version: number; publishedAt: Date } | null;
  /** The live document: with the lobby on or the room locked, members need to have been admitted. */
  live: LiveState | null;
  /** Only people with a membership row (any status); nobody else is anybody to this group. */
  people: Map<string, PersonAtGate>;
}

export type GateRefusal = Extract<
  ErrorCode,
  | 'NOT_A_MEMBER'
  | 'UNAUTHENTICATED'
  | 'AGREEMENT_NOT_PUBLISHED'
  | 'AGREEMENT_REQUIRED'
  | 'PRIVACY_CHECK_REQUIRED'
  | 'REMOVED_FROM_SESSION'
  | 'SESSION_NOT_OPEN'
  | 'WAITING_FOR_ADMISSION'
>;

/**
 * Which door she is at. `room`: a token for the video room (admission from the lobby needed).
 * `live`: the facilitation channel, where a member waits in the lobby, so admission is not asked.
 * `inside`: already in LiveKit's room since `joinedAt`, judged again by the door.
 */
export type Entry = { to: 'room' } | { to: 'live' } | { to: 'inside'; joinedAt: Date };

/**
 * "Joining, in order" (DESIGN.md), written once: the first step she has not passed, or null when she
 * may go in. The token route, the session page, the live socket and LiveKit's door all ask here.
 * An agreement published after she joined does not put someone already inside out — everyone signs
 * again before their *next* join — but any join after it needs the signature.
 */
export function refusalAt(facts: GateFacts, userId: string, entry: Entry): GateRefusal | null {
  const person = facts.people.get(userId);
  if (!person?.active) return 'NOT_A_MEMBER';
  if (!person.signedIn) return 'UNAUTHENTICATED';
  if (!facts.agreement) return 'AGREEMENT_NOT_PUBLISHED';
  const needsSignature = entry.to !== 'inside' || facts.agreement.publishedAt <= entry.joinedAt;
  if (!person.accepted && needsSignature) return 'AGREEMENT_REQUIRED';
  if (!person.privacyChecked) return 'PRIVACY_CHECK_REQUIRED';
  // The safety check turned on (or she was made a member again) while she was inside does not put her
  // out: like a new agreement, it is asked at her next join.
  if (!person.locationGiven && entry.to !== 'inside') return 'PRIVACY_CHECK_REQUIRED';
  if (person.removed) return 'REMOVED_FROM_SESSION';
  if (facts.status !== 'open') return 'SESSION_NOT_OPEN';
  // At the door this puts out only a token taken while the door was open and used without ever being
  // let in: everyone present when it was gated was admitted on joining.
  if (entry.to !== 'live' && facts.live && mustWaitInLobby(facts.live, userId, person.role)) return 'WAITING_FOR_ADMISSION';
  return null;
}
