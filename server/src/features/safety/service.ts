import type { SafetyCheckSetting, SessionSafety } from '@hearth/shared';
import { notFound } from '../../lib/errors.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import { contactContext } from '../join-requests/index.js';
import { locationContext } from './context.js';
import type { SafetyRepository } from './repository.js';

interface Deps {
  repo: SafetyRepository;
  access: GroupAccess;
  audit: Audit;
  sealer: Sealer;
}

/**
 * The per-session safety check: a facilitator turns it on for her group; each member then says where
 * she is at the privacy step (sessions/), and the group's facilitators read it beside her emergency
 * contact. Nobody else ever does: both open here only, behind requireFacilitator.
 */
export function createSafetyService({ repo, access, audit, sealer }: Deps) {
  return {
    async setting(groupId: string, body: SafetyCheckSetting, userId: string): Promise<SafetyCheckSetting> {
      await access.requireFacilitator(groupId, userId);
      await repo.setSafetyCheck(groupId, body.on);
      await audit.record({ actorId: userId, action: 'group.safety_check', groupId, detail: { on: body.on } });
      return body;
    },

    async forSession(sessionId: string, userId: string): Promise<SessionSafety> {
      const session = await repo.session(sessionId);
      if (!session) throw notFound('Session');
      await access.requireFacilitator(session.groupId, userId);
      const [members, located] = await Promise.all([repo.members(session.groupId), repo.locations(sessionId)]);
      const latest = new Map<string, string>();
      for (const row of located) if (row.sealedLocation && !latest.has(row.userId)) latest.set(row.userId, row.sealedLocation);
      return {
        safetyCheck: session.safetyCheck,
        people: members.map((m) => {
          const sealedLocation = latest.get(m.userId);
          return {
            userId: m.userId,
            displayName: m.displayName,
            location: sealedLocation ? sealer.open(sealedLocation, locationContext(sessionId, m.userId)) : null,
            emergencyContact: m.sealedContact
              ? (JSON.parse(
                  sealer.open(m.sealedContact, contactContext({ groupId: session.groupId, userId: m.userId })),
                ) as SessionSafety['people'][number]['emergencyContact'])
              : null,
          };
        }),
      };
    },
  };
}
export type SafetyService = ReturnType<typeof createSafetyService>;
