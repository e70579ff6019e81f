import { sql } from 'drizzle-orm';
import type { LiveState } from '@hearth/shared';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { at, createdAt, id, ownedBy } from './columns.js';
import { sessions } from './sessions.js';

export const sessionState = pgTable('session_state', {
  sessionId: uuid()
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  version: integer().notNull().default(0),
  /** Written only by the live reducer, so it always holds a whole LiveState. */
  state: jsonb().$type<LiveState>().notNull(),
  updatedAt: at().notNull().defaultNow(),
});

export const sessionEvents = pgTable(
  'session_events',
  {
    id: id(),
    sessionId: ownedBy(() => sessions.id),
    version: integer().notNull(),
    actorId: uuid(),
    type: text().notNull(),
    payload: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    at: createdAt(),
  },
  (t) => [uniqueIndex().on(t.sessionId, t.version)],
);

export const turns = pgTable(
  'turns',
  {
    id: id(),
    sessionId: ownedBy(() => sessions.id),
    userId: ownedBy(() => users.id),
    kind: text().notNull(),
    startedAt: at().notNull(),
    endedAt: at().notNull(),
  },
  (t) => [index().on(t.sessionId)],
);
