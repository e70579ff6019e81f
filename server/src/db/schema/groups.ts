import { GROUP_FORMATS, JOIN_REQUEST_STATUSES, MEMBER_STATUSES, ROLES, WEEKDAYS, type InviteRole } from '@hearth/shared';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { at, createdAt, id, ownedBy } from './columns.js';
import { sessions } from './sessions.js';

export const roleEnum = pgEnum('member_role', ROLES);
export const memberStatusEnum = pgEnum('member_status', MEMBER_STATUSES);
export const weekdayEnum = pgEnum('weekday', WEEKDAYS);
export const groupFormatEnum = pgEnum('group_format', GROUP_FORMATS);
export const joinRequestStatusEnum = pgEnum('join_request_status', JOIN_REQUEST_STATUSES);

export const groups = pgTable(
  'groups',
  {
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
    /** closed: the same members from start to end; open: people join as seats free up. */
    format: groupFormatEnum().notNull().default('closed'),
    /** How many sessions she commits to when she joins (shown in the directory and on invites). */
    minimumCommitmentSessions: integer().notNull().default(1),
    slidingScaleNote: text().notNull().default(''),
    /** The first session's date (YYYY-MM-DD in the group's time zone), when it has not started yet. */
    startsOn: date({ mode: 'string' }),
    /** Up to a handful of questions a person answers when she asks to join. */
    intakeQuestions: jsonb().$type<string[]>().notNull().default([]),
    /** Each member confirms where she is for this session at the privacy step (facilitators see it). */
    safetyCheck: boolean().notNull().default(false),
    turnSeconds: integer().notNull().default(180),
    roundSeconds: integer().notNull().default(120),
    /** How many more sessions a member attends after she says she is leaving, the last one for goodbyes. */
    leavingNoticeSessions: integer().notNull().default(3),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  // The public directory reads listed groups newest first, a page at a time (keyset on created_at, id; scanned backwards).
  (t) => [
    index('groups_directory_idx')
      .on(t.createdAt, t.id)
      .where(sql`${t.listedInDirectory}`),
  ],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: ownedBy(() => groups.id),
    userId: ownedBy(() => users.id),
    role: roleEnum().notNull(),
    status: memberStatusEnum().notNull(),
    joinedAt: createdAt(),
    statusChangedAt: at().notNull().defaultNow(),
    /** While she is leaving: the session the group says goodbye in; after it she is left. */
    finalSessionId: uuid().references((): AnyPgColumn => sessions.id, { onDelete: 'set null' }),
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
    /** 1 for a personal link; more for a link shared with several people (each use is one sign-up). */
    maxUses: integer().notNull().default(1),
    uses: integer().notNull().default(0),
    revokedAt: at(),
    /** Who the link makes her: a member (the usual link) or a co-facilitator (a personal link only). */
    role: roleEnum().$type<InviteRole>().notNull().default('member'),
  },
  (t) => [index().on(t.groupId)],
);

/**
 * Her request to join from the directory. Intake answers and the emergency contact are sealed
 * (server/src/lib/sealing.ts) and shown to the group's facilitators only; a waitlist place is her
 * position among the group's waitlisted requests by `createdAt`.
 */
export const joinRequests = pgTable(
  'join_requests',
  {
    id: id(),
    groupId: ownedBy(() => groups.id),
    userId: ownedBy(() => users.id),
    status: joinRequestStatusEnum().notNull().default('pending'),
    sealedAnswers: text().notNull(),
    sealedEmergencyContact: text().notNull(),
    consentToContact: boolean().notNull(),
    /** The kind words a facilitator sends with a decline (she sees them; nobody else does). */
    declineMessage: text().notNull().default(''),
    createdAt: createdAt(),
    decidedAt: at(),
    decidedBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex().on(t.groupId, t.userId), index().on(t.groupId, t.status)],
);

/** What a visitor reads about a facilitator in the directory and on invites. */
export const facilitatorProfiles = pgTable('facilitator_profiles', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  credential: text().notNull().default(''),
  bio: text().notNull().default(''),
  updatedAt: at().notNull().defaultNow(),
});
