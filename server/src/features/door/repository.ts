import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { LiveState } from '@hearth/shared';
import { agreementAcceptances, agreements, authSessions, groupMembers, privacyChecks, sessionRemovals, sessionState, sessions } from '../../db/schema.js';
import type { DoorFacts } from './rule.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Hearth's identities are user ids; anything else is nobody we know (and must not reach a uuid column). */
export const isUserId = (identity: string) => UUID.test(identity);

export interface DoorSession {
  id: string;
  groupId: string;
  roomName: string;
  status: (typeof sessions.$inferSelect)['status'];
  /** Who is admitted and whether the door is gated (lobby, lock); none before anyone looked at the session. */
  live: LiveState | null;
}

const sessionColumns = { id: sessions.id, groupId: sessions.groupId, roomName: sessions.roomName, status: sessions.status, live: sessionState.state };

export function createDoorRepository(db: Db) {
  const userIds = (rows: { userId: string }[]) => new Set(rows.map((r) => r.userId));

  return {
    sessionsByRoom: async (roomNames: string[]): Promise<DoorSession[]> =>
      roomNames.length === 0
        ? []
        : db.select(sessionColumns).from(sessions).leftJoin(sessionState, eq(sessionState.sessionId, sessions.id)).where(inArray(sessions.roomName, roomNames)),

    /** Everything the door rule needs for these people in this session: six small queries, however many people. */
    async facts(session: DoorSession, identities: string[], now = new Date()): Promise<DoorFacts> {
      const ids = identities.filter(isUserId);
      const none = ids.length === 0;
      const [current] = await db
        .select({ id: agreements.id, publishedAt: agreements.publishedAt })
        .from(agreements)
        .where(eq(agreements.groupId, session.groupId))
        .orderBy(desc(agreements.version))
        .limit(1);
      const [members, accepted, checked, removed, signedIn] = none
        ? [[], [], [], [], []]
        : await Promise.all([
            db
              .select({ userId: groupMembers.userId, status: groupMembers.status, role: groupMembers.role })
              .from(groupMembers)
              .where(and(eq(groupMembers.groupId, session.groupId), inArray(groupMembers.userId, ids))),
            current
              ? db
                  .select({ userId: agreementAcceptances.userId })
                  .from(agreementAcceptances)
                  .where(and(eq(agreementAcceptances.agreementId, current.id), inArray(agreementAcceptances.userId, ids)))
              : [],
            db
              .select({ userId: privacyChecks.userId })
              .from(privacyChecks)
              .where(and(eq(privacyChecks.sessionId, session.id), eq(privacyChecks.privateSpace, true), inArray(privacyChecks.userId, ids))),
            db
              .select({ userId: sessionRemovals.userId })
              .from(sessionRemovals)
              .where(and(eq(sessionRemovals.sessionId, session.id), inArray(sessionRemovals.userId, ids))),
            // Signed in at all, on any device: signing out everywhere, or expiring, ends her video too.
            db
              .selectDistinct({ userId: authSessions.userId })
              .from(authSessions)
              .where(and(inArray(authSessions.userId, ids), gt(authSessions.idleExpiresAt, now), gt(authSessions.absoluteExpiresAt, now))),
          ]);
      return {
        sessionOpen: session.status === 'open' || session.status === 'live',
        ...(current ? { agreement: { publishedAt: current.publishedAt } } : {}),
        members: new Map(members.map((m) => [m.userId, { active: m.status === 'active', role: m.role }])),
        live: session.live,
        accepted: userIds(accepted),
        privacyChecked: userIds(checked),
        removed: userIds(removed),
        signedIn: userIds(signedIn),
      };
    },
  };
}
export type DoorRepository = ReturnType<typeof createDoorRepository>;
