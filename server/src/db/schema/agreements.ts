import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { createdAt, id, ownedBy } from './columns.js';
import { groups } from './groups.js';

export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    groupId: ownedBy(() => groups.id),
    version: integer().notNull(),
    body: text().notNull(),
    sha256: text().notNull(),
    publishedAt: createdAt(),
    publishedBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex().on(t.groupId, t.version)],
);

/** Append-only: a withdrawal would be a new row, never an update. */
export const agreementAcceptances = pgTable(
  'agreement_acceptances',
  {
    id: id(),
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id),
    userId: ownedBy(() => users.id),
    typedName: text().notNull(),
    sha256: text().notNull(),
    acceptedAt: createdAt(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.agreementId), index().on(t.userId)],
);
