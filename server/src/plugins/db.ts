import fp from 'fastify-plugin';
import { openDatabase, type Database, type Db } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    database: Database;
  }
}

/** Opens the database, applies pending migrations, and closes it with the app. */
export default fp(
  async (app) => {
    const database = await openDatabase({
      databaseUrl: app.config.DATABASE_URL,
      dataDir: app.config.DATA_DIR,
      onConnectionError: (err) => app.log.warn({ err: err.message }, 'database connection lost'),
    });
    await database.migrate();
    app.log.info({ driver: database.driver }, 'database ready');
    app.decorate('database', database);
    app.decorate('db', database.db);
    app.addHook('onClose', () => database.close());
  },
  { name: 'db', dependencies: ['config'] },
);
