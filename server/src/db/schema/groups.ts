import { MEMBER_STATUSES, ROLES, WEEKDAYS } from '@hearth/shared';
import { boolean, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { at, createdAt, id, ownedBy } from './columns.js';

export const roleEnum = pgEnum('member_role', ROLES);
export const memberStatusEnum = pgEnum('member_status', MEMBER_STATUSES);
export const weekdayEnum = pgEnum('weekday', WEEKDAYS);

export const groups = pgTable('groups', {
  id: id(),
  name: text().notNull(),
  focus: text().notNull(),
  description: text().notNull().default(''),
  capacity: integer().notNull(),
  costPerSessionCents: integer().notNull(),
  currency: text().notNull(),
  weekday: weekdayEnum().notNull(),
  startTime: text().notNull(),
  timezone: text().notNull(),
  durationMinutes: integer().notNull(),
  listedInDirectory: boolean().notNull().default(false),
  turnSeconds: integer().notNull().default(180),
  roundSeconds: integer().notNull().default(120),
  createdBy: uuid()
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: ownedBy(() => groups.id),
    userId: ownedBy(() => users.id),
    role: roleEnum().notNull(),
    status: memberStatusEnum().notNull(),
    joinedAt: createdAt(),
    statusChangedAt: at().notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.groupId, t.userId), index().on(t.userId)],
);

export const invites = pgTable(
  'invites',
  {
    id: id(),
    groupId: ownedBy(() => groups.id),
    tokenHash: text().notNull().unique(),
    label: text().notNull().default(''),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: at().notNull(),
    usedAt: at(),
    usedBy: uuid().references(() => users.id),
    revokedAt: at(),
  },
  (t) => [index().on(t.groupId)],
);

export const joinRequests = pgTable('join_requests', {
  id: id(),
  groupId: ownedBy(() => groups.id),
  userId: ownedBy(() => users.id),
  message: text().notNull().default(''),
  createdAt: createdAt(),
  decidedAt: at(),
  accepted: boolean(),
});
