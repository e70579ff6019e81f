import { isFacilitatorRole, isInGroup, MAX_CO_FACILITATORS, type Group, type Role, type GroupInput, type GroupPatch, type Member } from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from './access.js';
import type { GroupRepository, GroupRow } from './repository.js';

interface Deps {
  repo: GroupRepository;
  access: GroupAccess;
  audit: Audit;
  /** Takes her out of any session running now: removed from the group is removed from its rooms. */
  onMemberRemoved: (groupId: string, userId: string) => Promise<void>;
  /** Her role changed: her tile in a running room and her live tools follow it at once. */
  onRoleChanged?: (groupId: string, userId: string, role: Role) => Promise<void>;
}

const toInput = (row: GroupRow): GroupInput => ({
  name: row.name,
  focus: row.focus,
  description: row.description,
  capacity: row.capacity,
  costPerSessionCents: row.costPerSessionCents,
  currency: row.currency,
  schedule: { weekday: row.weekday, time: row.startTime, timezone: row.timezone, durationMinutes: row.durationMinutes },
  listedInDirectory: row.listedInDirectory,
  format: row.format,
  minimumCommitmentSessions: row.minimumCommitmentSessions,
  slidingScaleNote: row.slidingScaleNote,
  startsOn: row.startsOn,
  intakeQuestions: row.intakeQuestions,
});

const toColumns = (input: GroupInput) => ({
  name: input.name,
  focus: input.focus,
  description: input.description,
  capacity: input.capacity,
  costPerSessionCents: input.costPerSessionCents,
  currency: input.currency,
  weekday: input.schedule.weekday,
  startTime: input.schedule.time,
  timezone: input.schedule.timezone,
  durationMinutes: input.schedule.durationMinutes,
  listedInDirectory: input.listedInDirectory,
  format: input.format,
  minimumCommitmentSessions: input.minimumCommitmentSessions,
  slidingScaleNote: input.slidingScaleNote,
  startsOn: input.startsOn,
  intakeQuestions: input.intakeQuestions,
});

const toGroup = (row: GroupRow, myRole: Group['myRole'], currentAgreementVersion: number | null, requests: Group['requests']): Group => ({
  id: row.id,
  ...toInput(row),
  createdAt: row.createdAt.toISOString(),
  myRole,
  currentAgreementVersion,
  safetyCheck: row.safetyCheck,
  requests,
});

export function createGroupService({ repo, access, audit, onMemberRemoved, onRoleChanged }: Deps) {
  /** What waits for her decision: only a facilitator's view carries it. */
  const requestsFor = async (groupId: string, role: Group['myRole']) => (isFacilitatorRole(role) ? repo.requestsWaiting(groupId) : null);

  async function view(groupId: string, userId: string) {
    const membership = await access.requireMember(groupId, userId);
    const row = await repo.findGroup(groupId);
    if (!row) throw notFound('Group');
    return toGroup(row, membership.role, await repo.latestAgreementVersion(groupId), await requestsFor(groupId, membership.role));
  }

  return {
    view,

    async create(input: GroupInput, userId: string) {
      const row = await repo.insertGroup({ ...toColumns(input), createdBy: userId }, userId);
      await audit.record({ actorId: userId, action: 'group.create', groupId: row.id });
      return toGroup(row, 'facilitator', null, { pending: 0, waitingWithSeatFree: 0 });
    },

    async update(groupId: string, patch: GroupPatch, userId: string) {
      await access.requireFacilitator(groupId, userId);
      const current = await repo.findGroup(groupId);
      if (!current) throw notFound('Group');
      const result = await repo.updateGroup(groupId, toColumns({ ...toInput(current), ...patch }));
      if ('tooLow' in result) throw new AppError('CAPACITY_TOO_LOW', `The group already has ${result.tooLow} members; capacity cannot be lower.`);
      await audit.record({ actorId: userId, action: 'group.update', groupId });
      return view(groupId, userId);
    },

    async listMine(userId: string) {
      const rows = await repo.listGroupsFor(userId);
      return Promise.all(rows.map(async ({ group, role }) => toGroup(group, role, await repo.latestAgreementVersion(group.id), await requestsFor(group.id, role))));
    },

    async members(groupId: string, userId: string): Promise<Member[]> {
      await access.requireFacilitator(groupId, userId);
      const [rows, current] = await Promise.all([repo.listMembers(groupId), repo.latestAgreementVersion(groupId)]);
      const signatures = await repo.listSignedVersions(
        groupId,
        rows.map((r) => r.membership.userId),
      );
      return rows.map(({ membership, displayName, email }) => {
        const versions = signatures.filter((s) => s.userId === membership.userId).map((s) => s.version);
        const signedVersion = versions.length > 0 ? Math.max(...versions) : null;
        return {
          userId: membership.userId,
          displayName,
          email,
          role: membership.role,
          status: membership.status,
          joinedAt: membership.joinedAt.toISOString(),
          signedVersion,
          signedCurrent: current !== null && signedVersion === current,
        };
      });
    },

    /**
     * Only the group's facilitator (its owner) makes a member her co-facilitator or a co-facilitator a
     * member again; nobody changes the facilitator's own role. A co-facilitator takes no member's seat,
     * so making her a member again needs a free seat.
     */
    async setRole(groupId: string, memberId: string, role: 'co_facilitator' | 'member', userId: string) {
      const actor = await access.requireFacilitator(groupId, userId);
      if (actor.role !== 'facilitator') throw new AppError('FORBIDDEN', 'Only the group’s facilitator can change who co-facilitates.');
      const target = await repo.findMembership(groupId, memberId);
      if (!target) throw notFound('Member');
      if (target.role === 'facilitator') throw new AppError('FORBIDDEN', 'The facilitator’s own role cannot be changed.');
      if (!isInGroup(target.status)) throw new AppError('MEMBERSHIP_ENDED', 'This membership has already ended.');
      if (target.role === role) return;
      const changed = await repo.changeRole(groupId, memberId, role);
      if (changed === 'CO_FACILITATORS_FULL') throw new AppError(changed, `A group has at most ${MAX_CO_FACILITATORS} co-facilitators.`);
      if (changed === 'GROUP_FULL') throw new AppError(changed, 'Every member’s seat is taken: raise the capacity before making her a member again.');
      if (!changed) throw notFound('Member');
      await audit.record({ actorId: userId, action: 'member.role', groupId, subjectId: memberId, detail: { from: target.role, to: role } });
      await onRoleChanged?.(groupId, memberId, role);
    },

    /**
     * Ends a member's membership (active or leaving) for a reason the facilitator writes: kept in the
     * audit log's detail for the group's facilitators, never in the server's logs.
     */
    async endMembership(groupId: string, memberId: string, userId: string, reason: string) {
      await access.requireFacilitator(groupId, userId);
      if (memberId === userId) throw new AppError('FORBIDDEN', 'You cannot end your own membership here.');
      const target = await repo.findMembership(groupId, memberId);
      if (!target) throw notFound('Member');
      if (target.role !== 'member') throw new AppError('FORBIDDEN', 'Facilitators cannot be removed here.');
      if (!isInGroup(target.status)) throw new AppError('MEMBERSHIP_ENDED', 'This membership has already ended.');
      await repo.setMemberStatus(groupId, memberId, 'removed');
      await audit.record({ actorId: userId, action: 'member.remove', groupId, subjectId: memberId, detail: { reason } });
      await onMemberRemoved(groupId, memberId);
    },
  };
}
export type GroupService = ReturnType<typeof createGroupService>;
