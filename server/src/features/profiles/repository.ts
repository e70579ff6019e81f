import { eq, sql } from 'drizzle-orm';
import type { FacilitatorProfileInput } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { facilitatorProfiles } from '../../db/schema.js';

export function createProfileRepository(db: Db) {
  return {
    find: async (userId: string) => (await db.select().from(facilitatorProfiles).where(eq(facilitatorProfiles.userId, userId)).limit(1))[0],

    save: async (userId: string, input: FacilitatorProfileInput) => {
      const [row] = await db
        .insert(facilitatorProfiles)
        .values({ userId, ...input })
        .onConflictDoUpdate({ target: facilitatorProfiles.userId, set: { ...input, updatedAt: sql`now()` } })
        .returning();
      if (!row) throw new Error('upsert returned nothing');
      return row;
    },
  };
}
