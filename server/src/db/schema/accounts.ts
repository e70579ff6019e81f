import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, ownedBy } from './columns.js';

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

/** A one-time link to set a new password: only the token's hash is kept; used once, or expired. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: id(),
    userId: ownedBy(() => users.id),
    tokenHash: text().notNull().unique(),
    createdAt: createdAt(),
    expiresAt: at().notNull(),
    usedAt: at(),
  },
  (t) => [index().on(t.userId)],
);
