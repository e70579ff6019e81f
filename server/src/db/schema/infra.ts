import { bigserial, customType, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** LiveKit webhook event ids already applied: a replayed event changes nothing. */
export const webhookEvents = pgTable('webhook_events', {
  id: text().primaryKey(),
  event: text().notNull(),
  receivedAt: createdAt(),
});

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Used by @socket.io/postgres-adapter for messages too large for NOTIFY, between server processes. */
export const socketIoAttachments = pgTable('socket_io_attachments', {
  id: bigserial({ mode: 'number' }).unique(),
  createdAt: timestamp({ withTimezone: true }).defaultNow(),
  payload: bytea(),
});

/**
 * A known value sealed with the data encryption key on the first start. Every start opens it: a server
 * given a wrong key (a typo, another deployment's) refuses to start instead of failing on every note.
 */
export const sealingCanary = pgTable('sealing_canary', {
  id: text().primaryKey(),
  sealed: text().notNull(),
  createdAt: createdAt(),
});
