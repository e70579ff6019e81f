/**
 * The one drizzle schema, split by feature under schema/. The server and drizzle-kit (drizzle.config.ts)
 * both read it from here, so a table is added to its feature's file and appears everywhere.
 */
export * from './schema/accounts.js';
export * from './schema/groups.js';
export * from './schema/agreements.js';
export * from './schema/sessions.js';
export * from './schema/live.js';
export * from './schema/plans.js';
export * from './schema/between.js';
export * from './schema/audit.js';
export * from './schema/infra.js';
