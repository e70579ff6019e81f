import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { IN_GROUP_STATUSES } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { groupMembers, groups, sessions } from '../../db/schema.js';
import type { SessionRow } from '../sessions/repository.js';

type NewSession = typeof sessions.$inferInsert;

export function createScheduleRepository(db: Db) {
  return {
    /**
     * Adds the sessions `plan` picks from the starts the group already has, under a lock on the group's
     * row: two "Schedule the next 8 weeks" at once add each week once. `plan` gets each existing
     * session's original start (where the series put it, before any move) and cancelled ones too.
     */
    addSeries: (groupId: string, since: Date, plan: (originalStarts: Date[]) => NewSession[]) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select id from ${groups} where ${groups.id} = ${groupId} for update`);
        const original = sql<Date>`coalesce(${sessions.movedFrom}, ${sessions.scheduledStart})`.mapWith(sessions.scheduledStart);
        const existing = await tx
          .select({ original })
          .from(sessions)
          .where(and(eq(sessions.groupId, groupId), sql`${original} >= ${since.toISOString()}`));
        const rows = plan(existing.map((e) => e.original));
        return rows.length === 0 ? [] : tx.insert(sessions).values(rows).returning();
      }),

    /** Changes a session only while it is still scheduled; undefined when it is not (or does not exist). */
    updateScheduled: async (id: string, values: Partial<Pick<SessionRow, 'scheduledStart' | 'scheduledEnd' | 'movedFrom' | 'status'>>) =>
      (
        await db
          .update(sessions)
          .set(values)
          .where(and(eq(sessions.id, id), eq(sessions.status, 'scheduled')))
          .returning()
      )[0],

    /** Sessions still to come (or running) in the groups she is in (active, or leaving and still attending), soonest first. */
    upcomingForUser: (userId: string, now: Date) =>
      db
        .select({ session: sessions, groupName: groups.name })
        .from(sessions)
        .innerJoin(groups, eq(groups.id, sessions.groupId))
        .innerJoin(
          groupMembers,
          and(eq(groupMembers.groupId, sessions.groupId), eq(groupMembers.userId, userId), inArray(groupMembers.status, [...IN_GROUP_STATUSES])),
        )
        .where(or(eq(sessions.status, 'open'), and(eq(sessions.status, 'scheduled'), gt(sessions.scheduledEnd, now))))
        .orderBy(asc(sessions.scheduledStart)),
  };
}
export type ScheduleRepository = ReturnType<typeof createScheduleRepository>;
