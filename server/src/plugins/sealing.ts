import fp from 'fastify-plugin';
import { eq } from 'drizzle-orm';
import { ConfigError, dataEncryptionKeys } from '../config.js';
import type { Db } from '../db/client.js';
import { sealingCanary } from '../db/schema.js';
import { createSealer, type Sealer } from '../lib/sealing.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one sealer: DATA_ENCRYPTION_KEY seals, it and DATA_ENCRYPTION_KEYS_PREVIOUS open. */
    sealer: Sealer;
  }
}

export const CANARY_ID = 'data-encryption-key';
export const CANARY_CONTEXT = 'sealing_canary:data-encryption-key';
const CANARY_PLAIN = 'Hearth opens what it sealed.';

export const WRONG_KEY_MESSAGE =
  'DATA_ENCRYPTION_KEY cannot open what this database holds: it was sealed with another key. ' +
  'Set DATA_ENCRYPTION_KEY to the key this database was first started with; when rotating, the new key goes in ' +
  'DATA_ENCRYPTION_KEYS_PREVIOUS only after `npm run db:reseal` ran, and the old one stays there until then (README, "Rotating the data key").';

/**
 * A known value sealed on the first start and opened at every start: with a wrong key (a typo, another
 * deployment's, the development key on a production database) the server refuses to start, instead of
 * failing later on every note, journal entry and two-step sign-in.
 */
export async function checkDataKey(db: Db, sealer: Sealer): Promise<{ resealNeeded: boolean }> {
  await db
    .insert(sealingCanary)
    .values({ id: CANARY_ID, sealed: sealer.seal(CANARY_PLAIN, CANARY_CONTEXT) })
    .onConflictDoNothing();
  const [row] = await db.select().from(sealingCanary).where(eq(sealingCanary.id, CANARY_ID));
  let opened: string | undefined;
  try {
    opened = row && sealer.open(row.sealed, CANARY_CONTEXT);
  } catch {
    opened = undefined;
  }
  if (opened !== CANARY_PLAIN) throw new ConfigError(WRONG_KEY_MESSAGE);
  return { resealNeeded: sealer.needsReseal(row?.sealed ?? '') };
}

export default fp(
  async (app) => {
    const sealer = createSealer(...dataEncryptionKeys(app.config));
    try {
      const { resealNeeded } = await checkDataKey(app.db, sealer);
      if (resealNeeded) app.log.warn('data sealed with a previous DATA_ENCRYPTION_KEY remains: run `npm run db:reseal` before dropping that key');
    } catch (err) {
      // The app never finished building, so nobody else will close the database.
      await app.database.close();
      throw err;
    }
    app.decorate('sealer', sealer);
  },
  { name: 'sealing', dependencies: ['config', 'db'] },
);
