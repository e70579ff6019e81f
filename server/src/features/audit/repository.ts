import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { GROUP_HISTORY_ACTIONS, GROUP_HISTORY_PREFIXES } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { auditLog, sessions, users } from '../../db/schema.js';

/** A position in the history: the millisecond and id of the last entry on the page before. */
export interface HistoryCursor {
  atMs: number;
  id: string;
}

// Timestamps hold microseconds, JavaScript milliseconds: order and page by the millisecond, then id.
const atMs = sql`date_trunc('milliseconds', ${auditLog.at})`;

/** A group's consent and moderation history, newest first, with the names of who did what to whom. */
export function createAuditRepository(db: Db) {
  return {
    groupHistory: (groupId: string, limit: number, before?: HistoryCursor) => {
      const actor = alias(users, 'actor');
      const subject = alias(users, 'subject');
      const history = or(inArray(auditLog.action, [...GROUP_HISTORY_ACTIONS]), ...GROUP_HISTORY_PREFIXES.map((p) => like(auditLog.action, `${p}%`)));
      const after = before ? sql`(${atMs}, ${auditLog.id}) < (${new Date(before.atMs).toISOString()}::timestamptz, ${before.id}::uuid)` : undefined;
      return (
        db
          .select({
            id: auditLog.id,
            at: auditLog.at,
            action: auditLog.action,
            detail: auditLog.detail,
            actorId: actor.id,
            actorName: actor.displayName,
            subjectId: subject.id,
            subjectName: subject.displayName,
            sessionId: sessions.id,
            sessionStart: sessions.scheduledStart,
          })
          .from(auditLog)
          .leftJoin(actor, eq(actor.id, auditLog.actorId))
          .leftJoin(subject, eq(subject.id, auditLog.subjectId))
          // The session it concerns is in its detail, as text: compared as text, a bad value matches nothing.
          .leftJoin(sessions, and(eq(sessions.groupId, groupId), sql`${sessions.id}::text = ${auditLog.detail}->>'sessionId'`))
          .where(and(eq(auditLog.groupId, groupId), history, after))
          .orderBy(desc(atMs), desc(auditLog.id))
          .limit(limit)
      );
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
