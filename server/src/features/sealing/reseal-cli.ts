import { createSealer } from '../../lib/sealing.js';
import { dataEncryptionKeys, loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { resealAll } from './reseal.js';

/**
 * `npm run db:reseal`: after a new DATA_ENCRYPTION_KEY (the old one moved to DATA_ENCRYPTION_KEYS_PREVIOUS),
 * rewrites every sealed value with the new key. Safe to run while Hearth runs, and again. Prints counts only.
 */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await database.migrate();
  const counts = await resealAll(database.db, createSealer(...dataEncryptionKeys(config)));
  for (const [column, n] of Object.entries(counts)) console.log(`${column}: ${n} resealed`);
  console.log('done: every sealed value opens with DATA_ENCRYPTION_KEY alone; previous keys can be dropped');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
}
