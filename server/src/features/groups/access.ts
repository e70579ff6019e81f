import { isFacilitatorRole, isInGroup } from '@hearth/shared';
import { AppError, forbidden } from '../../lib/errors.js';
import type { GroupRepository, MembershipRow } from './repository.js';

/**
 * Who may see and do what in a group. Every feature asks here, so the rule lives once:
 * removed or departed people are not members (isInGroup), a leaving one is until her final session
 * has ended; only facilitators run the group.
 */
export function createGroupAccess(repo: GroupRepository) {
  async function requireMember(groupId: string, userId: string): Promise<MembershipRow> {
    const membership = await repo.findMembership(groupId, userId);
    const finalEnded = membership?.status === 'leaving' && membership.finalSessionId !== null && (await repo.sessionEnded(membership.finalSessionId));
    if (!membership || !isInGroup(membership.status, finalEnded)) {
      throw new AppError('NOT_A_MEMBER', 'You are not a member of this group.');
    }
    return membership;
  }

  return {
    requireMember,
    async requireFacilitator(groupId: string, userId: string): Promise<MembershipRow> {
      const membership = await requireMember(groupId, userId);
      if (!isFacilitatorRole(membership.role)) throw forbidden('Only the group’s facilitators can do that.');
      return membership;
    },
  };
}
export type GroupAccess = ReturnType<typeof createGroupAccess>;
