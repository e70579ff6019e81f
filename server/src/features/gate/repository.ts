import { and, desc, eq, exists, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import { isInGroup } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { agreementAcceptances, agreements, authSessions, groupMembers, groups, privacyChecks, sessionRemovals, sessionState, sessions } from '../../db/schema.js';
import type { GateFacts, PersonAtGate } from './rule.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Hearth's identities are user ids; anything else is nobody we know (and must not reach a uuid column). */
export const isUserId = (identity: string) => UUID.test(identity);

/** The session as the gate's callers need it: where its room is and how many seats it has. */
export interface GateSession {
  id: string;
  groupId: string;
  groupName: string;
  roomName: string;
  capacity: number;
  /** The group asks each member where she is at the privacy step (safety/). */
  safetyCheck: boolean;
  scheduledStart: Date;
  scheduledEnd: Date;
  status: GateFacts['status'];
  movedFrom: Date | null;
}

/**
 * The gate's facts in one statement, for one person (a token, a socket, the session page) or for
 * everyone LiveKit has in the room (the door): one row per member asked about, or a single row with
 * no member when none of them is one.
 *
 * Every step of "Joining, in order" is a column of that one row (a join, or a correlated EXISTS), so a
 * token costs one round trip whatever the number of steps, and nothing is read from a cache: a removal,
 * a new agreement or an ended session is seen by the very next request. The statement is built once
 * and prepared (its SQL text is not rebuilt per request, and Postgres parses it once per connection):
 * only the session, the people and the clock are parameters.
 */
function gateStatement(db: Db) {
  const now = sql.placeholder('now');
  const current = db
    .select({ id: agreements.id, version: agreements.version, publishedAt: agreements.publishedAt })
    .from(agreements)
    .where(eq(agreements.groupId, sessions.groupId))
    .orderBy(desc(agreements.version))
    .limit(1)
    .as('current');
  // A yes/no per person, as a correlated EXISTS: the database answers them all in the same statement.
  const anyRow = (table: PgTable, where: SQL | undefined) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(table)
        .where(where),
    ).mapWith(Boolean);
  // A leaving member's final session: once it has ended she is no longer in the group.
  const finalSession = alias(sessions, 'final_session');
  return (
    db
      .select({
        session: {
          id: sessions.id,
          groupId: sessions.groupId,
          groupName: groups.name,
          roomName: sessions.roomName,
          capacity: groups.capacity,
          safetyCheck: groups.safetyCheck,
          scheduledStart: sessions.scheduledStart,
          scheduledEnd: sessions.scheduledEnd,
          status: sessions.status,
          movedFrom: sessions.movedFrom,
        },
        live: sessionState.state,
        agreementVersion: current.version,
        publishedAt: current.publishedAt,
        userId: groupMembers.userId,
        role: groupMembers.role,
        memberStatus: groupMembers.status,
        finalEnded: anyRow(finalSession, and(eq(finalSession.id, groupMembers.finalSessionId), eq(finalSession.status, 'ended'))),
        accepted: anyRow(agreementAcceptances, and(eq(agreementAcceptances.agreementId, current.id), eq(agreementAcceptances.userId, groupMembers.userId))),
        privacyChecked: anyRow(
          privacyChecks,
          and(eq(privacyChecks.sessionId, sessions.id), eq(privacyChecks.userId, groupMembers.userId), eq(privacyChecks.privateSpace, true)),
        ),
        // With the safety check on, a member's check is complete once she has said where she is.
        locationGiven: sql<boolean>`(not ${groups.safetyCheck} or ${groupMembers.role} <> 'member' or ${anyRow(
          privacyChecks,
          and(
            eq(privacyChecks.sessionId, sessions.id),
            eq(privacyChecks.userId, groupMembers.userId),
            eq(privacyChecks.privateSpace, true),
            isNotNull(privacyChecks.sealedLocation),
          ),
        )})`,
        removed: anyRow(sessionRemovals, and(eq(sessionRemovals.sessionId, sessions.id), eq(sessionRemovals.userId, groupMembers.userId))),
        // Signed in at all, on any device: signing out everywhere, or expiring, ends her video too.
        signedIn: anyRow(
          authSessions,
          and(eq(authSessions.userId, groupMembers.userId), gt(authSessions.idleExpiresAt, now), gt(authSessions.absoluteExpiresAt, now)),
        ),
      })
      .from(sessions)
      .innerJoin(groups, eq(groups.id, sessions.groupId))
      .leftJoin(sessionState, eq(sessionState.sessionId, sessions.id))
      .leftJoinLateral(current, sql`true`)
      // `= any(array)` rather than `in (...)`: one statement text for any number of people, none included.
      .leftJoin(groupMembers, and(eq(groupMembers.groupId, sessions.groupId), sql`${groupMembers.userId} = any(${sql.placeholder('ids')}::uuid[])`))
      .where(eq(sessions.id, sql.placeholder('sessionId')))
      .prepare('gate_facts')
  );
}

export function createGateRepository(db: Db) {
  const statement = gateStatement(db);
  return {
    async load(sessionId: string, identities: string[], now = new Date()): Promise<{ session: GateSession; facts: GateFacts } | undefined> {
      const rows = await statement.execute({ sessionId, ids: identities.filter(isUserId), now: now.toISOString() });
      const [first] = rows;
      if (!first) return undefined;
      const people = new Map<string, PersonAtGate>();
      for (const row of rows) {
        if (!row.userId || !row.role) continue;
        const { accepted, privacyChecked, locationGiven, removed, signedIn, memberStatus } = row;
        const active = memberStatus !== null && isInGroup(memberStatus, row.finalEnded);
        people.set(row.userId, { role: row.role, active, accepted, privacyChecked, locationGiven: locationGiven === true, removed, signedIn });
      }
      const agreement = first.agreementVersion !== null && first.publishedAt ? { version: first.agreementVersion, publishedAt: first.publishedAt } : null;
      return { session: first.session, facts: { status: first.session.status, agreement, live: first.live, people } };
    },
  };
}
export type GateRepository = ReturnType<typeof createGateRepository>;
