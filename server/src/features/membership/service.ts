import { finalSessionIndex, firstName, type Farewells, type LeavingNoticeBody, type MembershipOverview } from '@hearth/shared';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { isoString } from '../../lib/dates.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { MembershipRepository } from './repository.js';

interface Deps {
  repo: MembershipRepository;
  access: GroupAccess;
  audit: Audit;
  now?: () => Date;
}

/**
 * Leaving well: she announces it, the group's notice rule sets her final session, everyone sees it
 * coming, and once that session has ended she is `left`. Nothing of hers is deleted.
 */
export function createMembershipService({ repo, access, audit, now = () => new Date() }: Deps) {
  async function notice(groupId: string) {
    const n = await repo.noticeSessions(groupId);
    if (n === undefined) throw notFound('Group');
    return n;
  }

  /**
   * Brings the group's leaving members up to date: left once her final session has ended (when it
   * ended some other way than through the end of the session here), and her final session set once
   * the group has enough sessions, or set again when hers was cancelled or passed without being held.
   */
  async function settle(groupId: string) {
    const at = now();
    for (const gone of await repo.markLeft(groupId, at)) {
      await audit.record({
        actorId: null,
        action: 'member.left',
        groupId,
        subjectId: gone.userId,
        detail: gone.finalSessionId ? { sessionId: gone.finalSessionId } : {},
      });
    }
    const leaving = await repo.leaving(groupId);
    const unsettled = leaving.filter(
      (m) => !m.finalSessionId || m.finalStatus === 'cancelled' || (m.finalStatus === 'scheduled' && m.finalEnd !== null && m.finalEnd < at),
    );
    if (unsettled.length === 0) return leaving;
    const index = finalSessionIndex(await notice(groupId));
    for (const m of unsettled) {
      const final = await repo.nthSessionAfter(groupId, m.announcedAt, index, at);
      if (final !== m.finalSessionId) await repo.setFinalSession(groupId, m.userId, final);
    }
    return repo.leaving(groupId);
  }

  return {
    settle,

    async overview(groupId: string, userId: string): Promise<MembershipOverview> {
      const membership = await access.requireMember(groupId, userId);
      const leaving = await settle(groupId);
      return {
        noticeSessions: await notice(groupId),
        me: { status: membership.status, role: membership.role },
        leaving: leaving.map((m) => ({
          userId: m.userId,
          firstName: firstName(m.displayName),
          announcedAt: isoString(m.announcedAt),
          finalSession: m.finalSessionId && m.finalStart ? { id: m.finalSessionId, scheduledStart: isoString(m.finalStart) } : null,
        })),
      };
    },

    async announce(groupId: string, userId: string) {
      const membership = await access.requireMember(groupId, userId);
      if (membership.role !== 'member') throw forbidden('Facilitators do not leave a group this way.');
      if (membership.status !== 'active') throw new AppError('ALREADY_LEAVING', 'You have already said you are leaving.');
      const at = now();
      const final = await repo.nthSessionAfter(groupId, at, finalSessionIndex(await notice(groupId)), at);
      if (!(await repo.markLeaving(groupId, userId, final, at))) throw new AppError('ALREADY_LEAVING', 'You have already said you are leaving.');
      await audit.record({ actorId: userId, action: 'member.leaving', groupId, subjectId: userId, detail: final ? { sessionId: final } : {} });
    },

    async withdraw(groupId: string, userId: string) {
      const membership = await access.requireMember(groupId, userId);
      if (membership.status !== 'leaving' || !(await repo.withdraw(groupId, userId, now()))) {
        throw new AppError('NOT_LEAVING', 'You have not said you are leaving, so there is nothing to take back.');
      }
      await audit.record({ actorId: userId, action: 'member.leaving_withdrawn', groupId, subjectId: userId });
    },

    async setNotice(groupId: string, body: LeavingNoticeBody, userId: string) {
      await access.requireFacilitator(groupId, userId);
      await repo.setNoticeSessions(groupId, body.sessions);
      await audit.record({ actorId: userId, action: 'group.leaving_notice', groupId, detail: { sessions: body.sessions } });
      return { sessions: body.sessions };
    },

    async farewells(sessionId: string, userId: string): Promise<Farewells> {
      const groupId = await repo.sessionGroup(sessionId);
      if (!groupId) throw notFound('Session');
      await access.requireMember(groupId, userId);
      await settle(groupId);
      return { leaving: (await repo.farewells(sessionId)).map((m) => ({ userId: m.userId, firstName: firstName(m.displayName) })) };
    },
  };
}
export type MembershipService = ReturnType<typeof createMembershipService>;
