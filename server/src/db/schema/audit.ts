import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';

/** Who did what to whom: ids and action names only, never message content or personal data. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    actorId: uuid(),
    action: text().notNull(),
    groupId: uuid(),
    subjectId: uuid(),
    detail: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    at: createdAt(),
  },
  (t) => [index().on(t.groupId)],
);
