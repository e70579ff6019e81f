import { planMinutes, type PlanInput, type SessionPlan } from '@hearth/shared';
import { notFound } from '../../lib/errors.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { SessionRepository } from '../sessions/repository.js';
import type { PlanRepository, PlanRow } from './repository.js';

interface Deps {
  repo: PlanRepository;
  sessions: Pick<SessionRepository, 'find'>;
  access: GroupAccess;
  audit: Audit;
}

const toPlan = (groupId: string, row: PlanRow | undefined): SessionPlan => ({
  groupId,
  phases: row?.phases ?? [],
  updatedAt: row?.updatedAt.toISOString() ?? null,
});

/**
 * A group's session plan. Every active member may read it: phase names and target minutes are the
 * session's shape (what comes next, how long it takes), which helps a member settle in, and the live
 * state shows the running phase to everyone anyway. Only facilitators change it.
 */
export function createPlanService({ repo, sessions, access, audit }: Deps) {
  async function read(groupId: string, userId: string): Promise<SessionPlan> {
    await access.requireMember(groupId, userId);
    return toPlan(groupId, await repo.find(groupId));
  }

  return {
    read,

    /** The plan of the group a session belongs to: the room knows its session, not always its group. */
    async forSession(sessionId: string, userId: string): Promise<SessionPlan> {
      const found = await sessions.find(sessionId);
      if (!found) throw notFound('Session');
      return read(found.session.groupId, userId);
    },

    async save(groupId: string, input: PlanInput, userId: string): Promise<SessionPlan> {
      await access.requireFacilitator(groupId, userId);
      const row = await repo.save(groupId, input.phases, userId);
      // Counts only: phase names are the facilitator's words.
      await audit.record({ actorId: userId, action: 'plan.update', groupId, detail: { phases: input.phases.length, minutes: planMinutes(input.phases) } });
      return toPlan(groupId, row);
    },
  };
}
export type PlanService = ReturnType<typeof createPlanService>;
