import { isInGroup, type CreateInviteBody, type CreatedInvite, type DirectoryGroup, type Invite, type InvitePreview } from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import type { InviteRepository, InviteRow } from './repository.js';

interface Deps {
  repo: InviteRepository;
  groups: GroupRepository;
  access: GroupAccess;
  audit: Audit;
  /** The group as the directory describes it, listed or not. */
  listing: (groupId: string) => Promise<DirectoryGroup | undefined>;
  publicUrl: string;
  now?: () => Date;
}

const DAY = 86_400_000;

const toInvite = (row: InviteRow): Invite => ({
  id: row.id,
  label: row.label,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  usedAt: row.usedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  maxUses: row.maxUses,
  uses: row.uses,
  role: row.role,
});

/** An unknown token says nothing about any group, nor whether such a link ever existed. */
const invalid = () => new AppError('INVITE_INVALID', 'This invite link isn’t valid. Check that you copied all of it, or ask your facilitator for a new one.');

/** Why a known link can no longer be used, each with its own stable code; undefined while it can. */
function refusal(invite: InviteRow, at: Date): AppError | undefined {
  if (invite.revokedAt) return new AppError('INVITE_REVOKED', 'This invite link was withdrawn by the facilitator. Ask her for a new one if you expected to join.');
  if (invite.usedAt || invite.uses >= invite.maxUses) {
    return new AppError('INVITE_USED_UP', 'This invite link has been used as many times as it allows. Ask your facilitator for a new one.');
  }
  if (invite.expiresAt.getTime() <= at.getTime()) return new AppError('INVITE_EXPIRED', 'This invite link has expired. Ask your facilitator for a new one.');
  return undefined;
}

export function createInviteService({ repo, groups, access, audit, listing, publicUrl, now = () => new Date() }: Deps) {
  /** The invite behind a token, if it can still be used. */
  async function usable(token: string) {
    const found = await repo.findByHash(sha256(token));
    if (!found) throw invalid();
    const refused = refusal(found.invite, now());
    if (refused) throw refused;
    return found;
  }

  async function madeByTheFacilitator(invite: { groupId: string; createdBy: string }) {
    return (await groups.findMembership(invite.groupId, invite.createdBy))?.role === 'facilitator';
  }

  return {
    async create(groupId: string, body: CreateInviteBody, userId: string): Promise<CreatedInvite> {
      const actor = await access.requireFacilitator(groupId, userId);
      // As with promotion: only the group's own facilitator chooses who co-facilitates.
      if (body.role === 'co_facilitator' && actor.role !== 'facilitator') {
        throw new AppError('FORBIDDEN', 'Only the group’s facilitator can invite a co-facilitator.');
      }
      const token = randomToken();
      const row = await repo.insert({
        groupId,
        tokenHash: sha256(token),
        label: body.label,
        maxUses: body.maxUses,
        role: body.role,
        createdBy: userId,
        expiresAt: new Date(now().getTime() + body.expiresInDays * DAY),
      });
      await audit.record({ actorId: userId, action: 'invite.create', groupId, subjectId: row.id, detail: { maxUses: body.maxUses, role: body.role } });
      return { ...toInvite(row), token, url: new URL(`/invite/${token}`, publicUrl).toString() };
    },

    async list(groupId: string, userId: string) {
      await access.requireFacilitator(groupId, userId);
      return (await repo.listForGroup(groupId)).map(toInvite);
    },

    async revoke(groupId: string, inviteId: string, userId: string) {
      await access.requireFacilitator(groupId, userId);
      if (!(await repo.revoke(groupId, inviteId, now()))) throw notFound('Unused invite');
      await audit.record({ actorId: userId, action: 'invite.revoke', groupId, subjectId: inviteId });
    },

    async preview(token: string): Promise<InvitePreview> {
      const { invite, group } = await usable(token);
      const described = await listing(group.id);
      if (!described) throw invalid();
      return { group: described, expiresAt: invite.expiresAt.toISOString(), role: invite.role };
    },

    async accept(token: string, userId: string) {
      const { invite, group } = await usable(token);
      const existing = await groups.findMembership(group.id, userId);
      // Already in the group (a leaving member too: an invite does not undo her notice).
      if (existing && isInGroup(existing.status)) {
        // A co-facilitator's link does not quietly do nothing for a member: promotion is the facilitator's button.
        if (invite.role === 'co_facilitator' && existing.role === 'member') {
          throw new AppError('ALREADY_IN_GROUP', 'You are already a member of this group. The facilitator can make you a co-facilitator from the members list.');
        }
        return { groupId: group.id };
      }
      // Removed is removed: a link shared with many does not bring her back, nor one a co-facilitator
      // made. Only an invite the group's own facilitator makes for one person (her choice, for her) can.
      if (existing?.status === 'removed' && (invite.maxUses > 1 || !(await madeByTheFacilitator(invite)))) {
        throw new AppError('MEMBERSHIP_ENDED', 'Your place in this group was ended by the facilitator. Ask her for an invite of your own.');
      }
      const admitted = await repo.admit(invite, userId, now());
      if (admitted === 'GROUP_FULL') throw new AppError(admitted, 'This group is full. Ask your facilitator about a place.');
      if (admitted === 'CO_FACILITATORS_FULL') throw new AppError(admitted, 'This group already has its co-facilitators. Ask the facilitator about it.');
      if (admitted === 'already-in') return { groupId: group.id };
      if (admitted === 'claimed-out') {
        // Someone took the last use meanwhile, or it was revoked or expired: say which.
        const after = await repo.findById(invite.id);
        throw (after && refusal(after, now())) ?? invalid();
      }
      await audit.record({ actorId: userId, action: 'invite.accept', groupId: group.id, subjectId: invite.id });
      return { groupId: group.id };
    },
  };
}
export type InviteService = ReturnType<typeof createInviteService>;
