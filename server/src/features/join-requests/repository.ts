import { and, asc, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupMembers, groups, joinRequests, users } from '../../db/schema.js';
import { seatedCount } from '../directory/repository.js';
import { admitInto, alreadyIn, roomFor } from '../groups/repository.js';

export type JoinRequestRow = typeof joinRequests.$inferSelect;
type NewRequest = Pick<typeof joinRequests.$inferInsert, 'groupId' | 'userId' | 'status' | 'sealedAnswers' | 'sealedEmergencyContact' | 'consentToContact'>;

export function createJoinRequestRepository(db: Db) {
  return {
    /** The group as a request needs it, with its seats taken (members active or leaving). */
    findGroup: async (groupId: string) =>
      (
        await db
          .select({
            id: groups.id,
            name: groups.name,
            listed: groups.listedInDirectory,
            capacity: groups.capacity,
            intakeQuestions: groups.intakeQuestions,
            seated: seatedCount,
          })
          .from(groups)
          .where(eq(groups.id, groupId))
          .limit(1)
      )[0],

    findMine: async (groupId: string, userId: string) =>
      (
        await db
          .select()
          .from(joinRequests)
          .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.userId, userId)))
          .limit(1)
      )[0],

    findInGroup: async (groupId: string, requestId: string) =>
      (
        await db
          .select()
          .from(joinRequests)
          .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.id, requestId)))
          .limit(1)
      )[0],

    findById: async (requestId: string) => (await db.select().from(joinRequests).where(eq(joinRequests.id, requestId)).limit(1))[0],

    /** A new request, or a fresh start of one she withdrew (her place in line starts again now). */
    upsert: async (values: NewRequest) =>
      (
        await db
          .insert(joinRequests)
          .values(values)
          .onConflictDoUpdate({
            target: [joinRequests.groupId, joinRequests.userId],
            set: { ...values, declineMessage: '', createdAt: sql`now()`, decidedAt: null, decidedBy: null },
          })
          .returning()
      )[0],

    /** Her place among the waitlisted, first come first served: 1 + those waiting longer. */
    waitlistPlace: async (row: JoinRequestRow) =>
      1 +
      ((
        await db
          .select({ n: count() })
          .from(joinRequests)
          .where(and(eq(joinRequests.groupId, row.groupId), eq(joinRequests.status, 'waitlisted'), lt(joinRequests.createdAt, row.createdAt)))
      )[0]?.n ?? 0),

    listMine: (userId: string) =>
      db
        .select({ request: joinRequests, groupName: groups.name })
        .from(joinRequests)
        .innerJoin(groups, eq(groups.id, joinRequests.groupId))
        .where(and(eq(joinRequests.userId, userId), inArray(joinRequests.status, ['pending', 'waitlisted', 'declined', 'accepted'])))
        .orderBy(desc(joinRequests.createdAt)),

    listForGroup: (groupId: string) =>
      db
        .select({ request: joinRequests, displayName: users.displayName, email: users.email })
        .from(joinRequests)
        .innerJoin(users, eq(users.id, joinRequests.userId))
        .where(and(eq(joinRequests.groupId, groupId), inArray(joinRequests.status, ['pending', 'waitlisted', 'declined', 'accepted'])))
        .orderBy(asc(joinRequests.createdAt)),

    /** Moves a request on only from the statuses given, so two decisions at once cannot both apply. */
    setStatus: async (requestId: string, from: JoinRequestRow['status'][], values: Partial<typeof joinRequests.$inferInsert>) =>
      (
        await db
          .update(joinRequests)
          .set(values)
          .where(and(eq(joinRequests.id, requestId), inArray(joinRequests.status, from)))
          .returning()
      )[0],

    /** Accepting counts the seats under the group's lock (`roomFor`); she becomes an active member in the same transaction. */
    accept: (row: JoinRequestRow, decidedBy: string) =>
      db.transaction(async (tx) => {
        const noRoom = await roomFor(tx, row.groupId, 'member');
        const inAlready = await alreadyIn(tx, row.groupId, row.userId);
        if (noRoom && !inAlready) return 'full' as const;
        const [updated] = await tx
          .update(joinRequests)
          .set({ status: 'accepted', decidedAt: new Date(), decidedBy })
          .where(and(eq(joinRequests.id, row.id), inArray(joinRequests.status, ['pending', 'waitlisted'])))
          .returning();
        if (!updated) return 'closed' as const;
        // In already (by an invite since she asked): the request is settled, her place and role stay as they are.
        if (!inAlready) await admitInto(tx, row.groupId, row.userId, 'member');
        return updated;
      }),
  };
}
export type JoinRequestRepository = ReturnType<typeof createJoinRequestRepository>;
