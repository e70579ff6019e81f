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
