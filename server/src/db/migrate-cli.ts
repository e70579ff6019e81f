import { loadConfig } from '../config.js';
import { openDatabase } from './client.js';

/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
await database.migrate();
console.log(`migrations applied (${database.driver})`);
await database.close();
