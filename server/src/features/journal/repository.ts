import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, journalEntries, sessions, users } from '../../db/schema.js';

const entryColumns = {
  id: journalEntries.id,
  userId: journalEntries.userId,
  sessionId: journalEntries.sessionId,
  sealed: journalEntries.sealed,
  sharedAt: journalEntries.sharedAt,
  createdAt: journalEntries.createdAt,
  updatedAt: journalEntries.updatedAt,
  groupId: sessions.groupId,
  groupName: groups.name,
  sessionStart: sessions.scheduledStart,
};

/** Every query names her: an entry is found only with its writer's id, so nobody else's id ever reaches one. */
export function createJournalRepository(db: Db) {
  const select = () =>
    db.select(entryColumns).from(journalEntries).leftJoin(sessions, eq(sessions.id, journalEntries.sessionId)).leftJoin(groups, eq(groups.id, sessions.groupId));

  const find = async (entryId: string, userId: string) => (await select().where(and(eq(journalEntries.id, entryId), eq(journalEntries.userId, userId))))[0];

  return {
    find,

    list: (userId: string, sessionId?: string) =>
      select()
        .where(and(eq(journalEntries.userId, userId), sessionId ? eq(journalEntries.sessionId, sessionId) : undefined))
        .orderBy(desc(sql`coalesce(${sessions.scheduledStart}, ${journalEntries.createdAt})`), desc(journalEntries.createdAt)),

    insert: async (values: { id: string; userId: string; sessionId: string; sealed: string }) => {
      await db.insert(journalEntries).values(values);
    },

    update: async (entryId: string, userId: string, sealed: string) =>
      (
        await db
          .update(journalEntries)
          .set({ sealed, updatedAt: sql`now()` })
          .where(and(eq(journalEntries.id, entryId), eq(journalEntries.userId, userId)))
          .returning({ id: journalEntries.id })
      ).length > 0,

    setShared: async (entryId: string, userId: string, shared: boolean) => {
      await db
        .update(journalEntries)
        .set({ sharedAt: shared ? sql`coalesce(${journalEntries.sharedAt}, now())` : null })
        .where(and(eq(journalEntries.id, entryId), eq(journalEntries.userId, userId)));
    },

    /** Gone from the table, not marked: a deleted reflection leaves nothing behind. */
    delete: async (entryId: string, userId: string) =>
      (
        await db
          .delete(journalEntries)
          .where(and(eq(journalEntries.id, entryId), eq(journalEntries.userId, userId)))
          .returning({ id: journalEntries.id })
      ).length > 0,

    /** Entries about one session that these people shared with the facilitators. */
    shared: (sessionId: string, userIds: string[]) =>
      userIds.length === 0
        ? Promise.resolve([])
        : db
            .select({
              id: journalEntries.id,
              userId: journalEntries.userId,
              sealed: journalEntries.sealed,
              sharedAt: journalEntries.sharedAt,
              displayName: users.displayName,
            })
            .from(journalEntries)
            .innerJoin(users, eq(users.id, journalEntries.userId))
            .where(and(eq(journalEntries.sessionId, sessionId), isNotNull(journalEntries.sharedAt), inArray(journalEntries.userId, userIds)))
            .orderBy(asc(journalEntries.sharedAt)),
  };
}
export type JournalRepository = ReturnType<typeof createJournalRepository>;
export type JournalRow = NonNullable<Awaited<ReturnType<JournalRepository['find']>>>;
