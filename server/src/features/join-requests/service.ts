import type { GroupJoinRequests, JoinRequestDecision, JoinRequestInput, MyJoinRequest, ReviewJoinRequest } from '@hearth/shared';
import { isoString } from '../../lib/dates.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import type { JoinRequestRepository, JoinRequestRow } from './repository.js';

interface Deps {
  repo: JoinRequestRepository;
  groups: GroupRepository;
  access: GroupAccess;
  audit: Audit;
  sealer: Sealer;
}

/** Each sealed value opens only on its own request row: copied onto another, it does not. */
export const answersContext = (row: Pick<JoinRequestRow, 'groupId' | 'userId'>) => `join-request:${row.groupId}:${row.userId}:answers`;
export const contactContext = (row: Pick<JoinRequestRow, 'groupId' | 'userId'>) => `join-request:${row.groupId}:${row.userId}:contact`;

const closed = () => new AppError('JOIN_REQUEST_CLOSED', 'This request has already been answered or withdrawn.');
const full = () => new AppError('GROUP_FULL', 'The group is full. You can ask for a place on its waitlist instead.', { waitlist: true });

export function createJoinRequestService({ repo, groups, access, audit, sealer }: Deps) {
  async function mine(row: JoinRequestRow, groupName: string): Promise<MyJoinRequest> {
    return {
      id: row.id,
      groupId: row.groupId,
      groupName,
      status: row.status,
      waitlistPlace: row.status === 'waitlisted' ? await repo.waitlistPlace(row) : null,
      declineMessage: row.status === 'declined' ? row.declineMessage : null,
      createdAt: isoString(row.createdAt),
      decidedAt: row.decidedAt ? isoString(row.decidedAt) : null,
    };
  }

  async function review(row: JoinRequestRow, person: { displayName: string; email: string }): Promise<ReviewJoinRequest> {
    return {
      id: row.id,
      displayName: person.displayName,
      email: person.email,
      status: row.status,
      waitlistPlace: row.status === 'waitlisted' ? await repo.waitlistPlace(row) : null,
      answers: JSON.parse(sealer.open(row.sealedAnswers, answersContext(row))) as ReviewJoinRequest['answers'],
      emergencyContact: JSON.parse(sealer.open(row.sealedEmergencyContact, contactContext(row))) as ReviewJoinRequest['emergencyContact'],
      consentToContact: row.consentToContact,
      declineMessage: row.status === 'declined' ? row.declineMessage : null,
      createdAt: isoString(row.createdAt),
      decidedAt: row.decidedAt ? isoString(row.decidedAt) : null,
    };
  }

  /** A listed group only: an unlisted one takes people by invite, and does not say it exists. */
  async function listedGroup(groupId: string) {
    const group = await repo.findGroup(groupId);
    if (!group?.listed) throw notFound('Group');
    return group;
  }

  return {
    async create(groupId: string, input: JoinRequestInput, userId: string): Promise<MyJoinRequest> {
      const group = await listedGroup(groupId);
      const membership = await groups.findMembership(groupId, userId);
      if (membership && (membership.status === 'active' || membership.status === 'leaving')) {
        throw new AppError('JOIN_REQUEST_EXISTS', 'You are already in this group.');
      }
      const existing = await repo.findMine(groupId, userId);
      if (existing && existing.status !== 'withdrawn' && existing.status !== 'accepted') {
        throw new AppError('JOIN_REQUEST_EXISTS', 'You have already asked to join this group.');
      }
      if (input.answers.length !== group.intakeQuestions.length) {
        throw new AppError('VALIDATION_FAILED', `Answer each of the group’s ${group.intakeQuestions.length} questions.`, { field: 'body.answers' });
      }
      const empty = input.answers.findIndex((answer) => answer.length === 0);
      if (empty >= 0) throw new AppError('VALIDATION_FAILED', 'Please answer this question.', { field: `body.answers.${empty}` });
      const isFull = group.seated >= group.capacity;
      if (isFull && !input.joinWaitlist) throw full();

      const keys = { groupId, userId };
      const answers = group.intakeQuestions.map((question, i) => ({ question, answer: input.answers[i] ?? '' }));
      const row = await repo.upsert({
        ...keys,
        status: isFull ? 'waitlisted' : 'pending',
        sealedAnswers: sealer.seal(JSON.stringify(answers), answersContext(keys)),
        sealedEmergencyContact: sealer.seal(JSON.stringify(input.emergencyContact), contactContext(keys)),
        consentToContact: input.consentToContact,
      });
      if (!row) throw new Error('upsert returned nothing');
      await audit.record({ actorId: userId, action: 'join_request.create', groupId, subjectId: row.id, detail: { waitlisted: isFull } });
      return mine(row, group.name);
    },

    /** Her request for this group, or null; the directory's page shows where it stands. */
    async mineFor(groupId: string, userId: string) {
      const group = await repo.findGroup(groupId);
      const row = group ? await repo.findMine(groupId, userId) : undefined;
      return { request: group && row && row.status !== 'withdrawn' ? await mine(row, group.name) : null };
    },

    async listMine(userId: string) {
      const rows = await repo.listMine(userId);
      return Promise.all(rows.map(({ request, groupName }) => mine(request, groupName)));
    },

    async withdraw(requestId: string, userId: string) {
      const row = await repo.findById(requestId);
      // Someone else's request is as absent as one that does not exist.
      if (!row || row.userId !== userId) throw notFound('Request');
      const updated = await repo.setStatus(requestId, ['pending', 'waitlisted'], { status: 'withdrawn', decidedAt: new Date(), decidedBy: userId });
      if (!updated) throw closed();
      await audit.record({ actorId: userId, action: 'join_request.withdraw', groupId: row.groupId, subjectId: row.id });
    },

    async forGroup(groupId: string, userId: string): Promise<GroupJoinRequests> {
      await access.requireFacilitator(groupId, userId);
      const group = await repo.findGroup(groupId);
      if (!group) throw notFound('Group');
      const rows = await repo.listForGroup(groupId);
      return {
        requests: await Promise.all(rows.map(({ request, ...person }) => review(request, person))),
        seatsLeft: Math.max(0, group.capacity - group.seated),
        waiting: rows.filter(({ request }) => request.status === 'waitlisted').length,
      };
    },

    async decide(groupId: string, requestId: string, decision: JoinRequestDecision, userId: string): Promise<ReviewJoinRequest> {
      const actor = await access.requireFacilitator(groupId, userId);
      const row = await repo.findInGroup(groupId, requestId);
      if (!row) throw notFound('Request');
      let updated: JoinRequestRow | undefined;
      if (decision.decision === 'accept') {
        // Removed is removed: taking her back is the group's own facilitator's decision, as with an invite.
        if (actor.role !== 'facilitator' && (await groups.findMembership(groupId, row.userId))?.status === 'removed') {
          throw new AppError('FORBIDDEN', 'She was removed from this group; only the group’s facilitator can take her back.');
        }
        const result = await repo.accept(row, userId);
        if (result === 'full') throw new AppError('GROUP_FULL', 'The group is full. Waitlist her, or raise the capacity first.');
        if (result === 'closed') throw closed();
        updated = result;
      } else if (decision.decision === 'decline') {
        updated = await repo.setStatus(requestId, ['pending', 'waitlisted'], {
          status: 'declined',
          declineMessage: decision.message,
          decidedAt: new Date(),
          decidedBy: userId,
        });
      } else {
        updated = await repo.setStatus(requestId, ['pending'], { status: 'waitlisted', decidedAt: new Date(), decidedBy: userId });
      }
      if (!updated) throw closed();
      await audit.record({ actorId: userId, action: `join_request.${decision.decision}`, groupId, subjectId: row.userId });
      const person = (await repo.listForGroup(groupId)).find(({ request }) => request.id === requestId);
      return review(updated, person ?? { displayName: '', email: '' });
    },
  };
}
export type JoinRequestService = ReturnType<typeof createJoinRequestService>;
