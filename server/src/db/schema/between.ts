import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { at, createdAt, id, ownedBy } from './columns.js';
import { sessions } from './sessions.js';

/**
 * The group's life between sessions (issue 9). Every column holding words a person wrote for the group or
 * for herself is `sealed`: AES-256-GCM ciphertext from server/src/lib/sealing (never plaintext at rest).
 */

/** A private calendar feed: an unguessable URL (only its hash kept) she can revoke and replace. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    userId: ownedBy(() => users.id),
    tokenHash: text().notNull().unique(),
    /** Off by default: titles say "Hearth session" so a colleague glancing at her calendar learns nothing. */
    showGroupNames: boolean().notNull().default(false),
    createdAt: createdAt(),
    revokedAt: at(),
  },
  (t) => [index().on(t.userId)],
);

/** She told the group she cannot come; the optional note is for the facilitators only. */
export const absences = pgTable(
  'absences',
  {
    sessionId: ownedBy(() => sessions.id),
    userId: ownedBy(() => users.id),
    sealedNote: text(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/** The facilitators' one note on a session (themes, dynamics, risk, plan), kept apart from anything a member reads. */
export const sessionNotes = pgTable('session_notes', {
  sessionId: uuid()
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  sealed: text().notNull(),
  updatedBy: uuid()
    .notNull()
    .references(() => users.id),
  updatedAt: at().notNull().defaultNow(),
});

/** A facilitator's note about one member in one session: facilitators of the group only. */
export const memberNotes = pgTable(
  'member_notes',
  {
    sessionId: ownedBy(() => sessions.id),
    memberId: ownedBy(() => users.id),
    sealed: text().notNull(),
    updatedBy: uuid()
      .notNull()
      .references(() => users.id),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId] })],
);

/** A short recap for members who missed the session, first names only. */
export const sessionRecaps = pgTable('session_recaps', {
  sessionId: uuid()
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  sealed: text().notNull(),
  updatedBy: uuid()
    .notNull()
    .references(() => users.id),
  updatedAt: at().notNull().defaultNow(),
});

/** Her reflection after a session: hers alone unless she shares this one entry with the facilitators. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: id(),
    userId: ownedBy(() => users.id),
    sessionId: uuid().references(() => sessions.id, { onDelete: 'set null' }),
    sealed: text().notNull(),
    sharedAt: at(),
    createdAt: createdAt(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.userId), index().on(t.sessionId)],
);

/** The optional check-out rating, 1–5 per item; facilitators see only a group's result of 3 or more answers. */
export const checkoutRatings = pgTable(
  'checkout_ratings',
  {
    sessionId: ownedBy(() => sessions.id),
    userId: ownedBy(() => users.id),
    feltHeard: integer().notNull(),
    workedOnWhatMattered: integer().notNull(),
    overall: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.sessionId, t.userId)],
);
