import type { Participant } from 'livekit-client';
import { isFacilitatorRole, roleSchema, type Role } from '@hearth/shared';

/**
 * Her role in the group as the server set it in her LiveKit attributes when it issued her token
 * (and changes it there when the facilitator makes her co-facilitator or a member again). Never
 * guessed from what she may publish; anything unreadable is a member.
 */
export const participantRole = (attributes: Readonly<Record<string, string>> | undefined): Role => {
  const parsed = roleSchema.safeParse(attributes?.role);
  return parsed.success ? parsed.data : 'member';
};

export const isFacilitatorParticipant = (participant: Participant) => isFacilitatorRole(participantRole(participant.attributes));

/** What her tile says beside her name; nothing for a member. */
export const ROLE_ON_TILE: Record<Role, string | null> = { facilitator: 'Facilitator', co_facilitator: 'Co-facilitator', member: null };
