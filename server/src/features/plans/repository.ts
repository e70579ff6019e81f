import { eq, sql } from 'drizzle-orm';
import type { PlanPhase } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { sessionPlans } from '../../db/schema.js';

export type PlanRow = typeof sessionPlans.$inferSelect;

export function createPlanRepository(db: Db) {
  return {
    find: async (groupId: string): Promise<PlanRow | undefined> => (await db.select().from(sessionPlans).where(eq(sessionPlans.groupId, groupId)).limit(1))[0],

    /** A group has one plan: saving replaces it whole. */
    save: async (groupId: string, phases: PlanPhase[], userId: string): Promise<PlanRow> => {
      const [row] = await db
        .insert(sessionPlans)
        .values({ groupId, phases, updatedBy: userId })
        .onConflictDoUpdate({ target: sessionPlans.groupId, set: { phases, updatedBy: userId, updatedAt: sql`now()` } })
        .returning();
      if (!row) throw new Error('upsert returned nothing');
      return row;
    },
  };
}
export type PlanRepository = ReturnType<typeof createPlanRepository>;
