import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { checkoutRatings, sessions } from '../../db/schema.js';
import type { CheckoutRatingInput } from '@hearth/shared';

export function createRatingRepository(db: Db) {
  return {
    hasAnswered: async (sessionId: string, userId: string) =>
      (
        await db
          .select({ one: sql<number>`1` })
          .from(checkoutRatings)
          .where(and(eq(checkoutRatings.sessionId, sessionId), eq(checkoutRatings.userId, userId)))
          .limit(1)
      ).length > 0,

    /** True when written, false when she had already answered (the unique index decides, so two at once cannot both land). */
    insert: async (sessionId: string, userId: string, input: CheckoutRatingInput) =>
      (
        await db
          .insert(checkoutRatings)
          .values({ sessionId, userId, ...input })
          .onConflictDoNothing()
          .returning({ userId: checkoutRatings.userId })
      ).length === 1,

    /**
     * Count and averages per session whose check-out closed (it ended by `closedBefore`), computed in
     * the database: individual answers never leave it.
     */
    summaries: (sessionIds: string[], closedBefore: Date) =>
      db
        .select({
          sessionId: checkoutRatings.sessionId,
          answers: sql<number>`count(*)::int`,
          feltHeard: sql<string>`avg(${checkoutRatings.feltHeard})`,
          workedOnWhatMattered: sql<string>`avg(${checkoutRatings.workedOnWhatMattered})`,
          overall: sql<string>`avg(${checkoutRatings.overall})`,
        })
        .from(checkoutRatings)
        .innerJoin(sessions, eq(sessions.id, checkoutRatings.sessionId))
        .where(and(inArray(checkoutRatings.sessionId, sessionIds), lte(sessions.endedAt, closedBefore)))
        .groupBy(checkoutRatings.sessionId),
  };
}
export type RatingRepository = ReturnType<typeof createRatingRepository>;
