import { sql } from 'drizzle-orm';
import type { LiveState } from '@hearth/shared';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { MEMBER_STATUSES, ROLES, SESSION_STATUSES, WEEKDAYS } from '@hearth/shared';

const id = () => uuid().primaryKey().defaultRandom();
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const at = () => timestamp({ withTimezone: true });
/** A required link that goes when what it points at goes (a deleted user takes her rows with her). */
const ownedBy = (column: () => AnyPgColumn) => uuid().notNull().references(column, { onDelete: 'cascade' });

export const roleEnum = pgEnum('member_role', ROLES);
export const memberStatusEnum = pgEnum('member_status', MEMBER_STATUSES);
export const sessionStatusEnum = pgEnum('session_status', SESSION_STATUSES);
export const weekdayEnum = pgEnum('weekday', WEEKDAYS);

export const users = pgTable('users', {
  id: id(),
  email: text().notNull().unique(),
  displayName: text().notNull(),
  passwordHash: text().notNull(),
  createdAt: createdAt(),
});

/** Cookie sessions: only the SHA-256 of the token is stored, so a database leak is not a login. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: id(),
    userId: ownedBy(() => users.id),
    tokenHash: text().notNull().unique(),
    createdAt: createdAt(),
    lastSeenAt: at().notNull().defaultNow(),
    idleExpiresAt: at().notNull(),
    absoluteExpiresAt: at().notNull(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * Two-step sign-in: the TOTP secret, sealed with DATA_ENCRYPTION_KEY. It is on once a first code
 * confirmed it; the last time step accepted is kept so that no code is taken twice.
 */
export const twoStepSecrets = pgTable('two_step_secrets', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretSealed: text().notNull(),
  enabledAt: at(),
  lastUsedStep: integer(),
  createdAt: createdAt(),
});

/** Single-use recovery codes. Only a SHA-256 is kept: they are 80 random bits, so no slow hash is needed. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: ownedBy(() => users.id),
    codeHash: text().notNull(),
    usedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.userId, t.codeHash)],
);

/** A password that matched, waiting for its second step; minutes long, only the token's SHA-256 kept. */
export const pendingSignIns = pgTable(
  'pending_sign_ins',
  {
    id: id(),
    userId: ownedBy(() => users.id),
    tokenHash: text().notNull().unique(),
    expiresAt: at().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * Attempts per account (a SHA-256 of the email, or of the user for the second step), in the database
 * so that every server process counts the same attempts and a restart forgets nothing.
 */
export const authThrottles = pgTable('auth_throttles', {
  keyHash: text().primaryKey(),
  attempts: integer().notNull().default(0),
  windowStartedAt: at().notNull(),
  lockouts: integer().notNull().default(0),
  lockedUntil: at(),
});

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

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    groupId: ownedBy(() => groups.id),
    scheduledStart: at().notNull(),
    scheduledEnd: at().notNull(),
    status: sessionStatusEnum().notNull().default('scheduled'),
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
    payload: jsonb().notNull().default(sql`'{}'::jsonb`),
    at: createdAt(),
  },
  (t) => [uniqueIndex().on(t.sessionId, t.version)],
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

/** LiveKit webhook event ids already applied: a replayed event changes nothing. */
export const webhookEvents = pgTable('webhook_events', {
  id: text().primaryKey(),
  event: text().notNull(),
  receivedAt: createdAt(),
});

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

export const journalEntries = pgTable('journal_entries', {
  id: id(),
  sessionId: ownedBy(() => sessions.id),
  userId: ownedBy(() => users.id),
  body: text().notNull(),
  createdAt: createdAt(),
});

/** Facilitators only, kept apart from anything a member can read. */
export const facilitatorNotes = pgTable('facilitator_notes', {
  id: id(),
  sessionId: ownedBy(() => sessions.id),
  authorId: uuid()
    .notNull()
    .references(() => users.id),
  body: text().notNull(),
  createdAt: createdAt(),
});

/** Who did what to whom: ids and action names only, never message content or personal data. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    actorId: uuid(),
    action: text().notNull(),
    groupId: uuid(),
    subjectId: uuid(),
    detail: jsonb().notNull().default(sql`'{}'::jsonb`),
    at: createdAt(),
  },
  (t) => [index().on(t.groupId)],
);

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Used by @socket.io/postgres-adapter for messages too large for NOTIFY, between server processes. */
export const socketIoAttachments = pgTable('socket_io_attachments', {
  id: bigserial({ mode: 'number' }).unique(),
  createdAt: timestamp({ withTimezone: true }).defaultNow(),
  payload: bytea(),
});
