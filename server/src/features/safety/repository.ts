import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { IN_GROUP_STATUSES } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { groupMembers, groups, joinRequests, privacyChecks, sessions, users } from '../../db/schema.js';

/** The rows behind the per-session safety check: the group's setting, each member's location and her emergency contact. */
export function createSafetyRepository(db: Db) {
  return {
    setSafetyCheck: async (groupId: string, on: boolean) => {
      await db.update(groups).set({ safetyCheck: on }).where(eq(groups.id, groupId));
    },

    session: async (sessionId: string) =>
      (
        await db
          .select({ groupId: sessions.groupId, safetyCheck: groups.safetyCheck })
          .from(sessions)
          .innerJoin(groups, eq(groups.id, sessions.groupId))
          .where(eq(sessions.id, sessionId))
          .limit(1)
      )[0],

    /** The group's members (not its facilitators), with the sealed contact from her request when she came that way. */
    members: (groupId: string) =>
      db
        .select({ userId: groupMembers.userId, displayName: users.displayName, sealedContact: joinRequests.sealedEmergencyContact })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .leftJoin(joinRequests, and(eq(joinRequests.groupId, groupMembers.groupId), eq(joinRequests.userId, groupMembers.userId)))
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'member'), inArray(groupMembers.status, IN_GROUP_STATUSES)))
        .orderBy(asc(users.displayName)),

    /** Each person's latest location for this session (a later privacy check replaces an earlier one). */
    locations: (sessionId: string) =>
      db
        .select({ userId: privacyChecks.userId, sealedLocation: privacyChecks.sealedLocation })
        .from(privacyChecks)
        .where(and(eq(privacyChecks.sessionId, sessionId), isNotNull(privacyChecks.sealedLocation)))
        .orderBy(desc(privacyChecks.checkedAt)),
  };
}
export type SafetyRepository = ReturnType<typeof createSafetyRepository>;
