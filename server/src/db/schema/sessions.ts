import { SESSION_STATUSES } from '@hearth/shared';
import { boolean, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { at, createdAt, id, ownedBy } from './columns.js';
import { groups } from './groups.js';

export const sessionStatusEnum = pgEnum('session_status', SESSION_STATUSES);

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    groupId: ownedBy(() => groups.id),
    scheduledStart: at().notNull(),
    scheduledEnd: at().notNull(),
    status: sessionStatusEnum().notNull().default('scheduled'),
    /** Where the series put it, when a facilitator moved it: the group sees "moved from Wednesday". */
    movedFrom: at(),
    /** Random and unguessable: knowing a session id never tells you where its room is. */
    roomName: text().notNull().unique(),
    openedAt: at(),
    endedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.groupId)],
);

export const privacyChecks = pgTable(
  'privacy_checks',
  {
    id: id(),
    sessionId: ownedBy(() => sessions.id),
    userId: ownedBy(() => users.id),
    privateSpace: boolean().notNull(),
    headphones: boolean().notNull(),
    /** With the group's safety check on: where she is this session (city/region), for the facilitators only. */
    sealedLocation: text(),
    checkedAt: createdAt(),
  },
  (t) => [index().on(t.sessionId, t.userId)],
);

/** Removed is removed: every later token and socket for this session is refused. */
export const sessionRemovals = pgTable(
  'session_removals',
  {
    sessionId: ownedBy(() => sessions.id),
    userId: ownedBy(() => users.id),
    removedBy: uuid()
      .notNull()
      .references(() => users.id),
    removedAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.sessionId, t.userId)],
);

export const attendance = pgTable(
  'attendance',
  {
    id: id(),
    sessionId: ownedBy(() => sessions.id),
    userId: ownedBy(() => users.id),
    joinedAt: at().notNull(),
    leftAt: at(),
  },
  (t) => [index().on(t.sessionId, t.userId)],
);
