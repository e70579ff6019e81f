import { z } from 'zod';

/**
 * Stable error codes. The client switches on these, so they never change meaning;
 * add new ones rather than reusing an old one for something else.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'CROSS_SITE_REQUEST',
  'RATE_LIMITED',
  'WEAK_PASSWORD',
  'SIGNIN_LOCKED',
  'TWO_STEP_REQUIRED',
  'TWO_STEP_CODE_INVALID',
  'TWO_STEP_EXPIRED',
  'TWO_STEP_ALREADY_ON',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_A_MEMBER',
  'INVITE_INVALID',
  'INVITE_EXPIRED',
  'INVITE_USED_UP',
  'INVITE_REVOKED',
  'RESET_LINK_INVALID',
  'GROUP_FULL',
  'JOIN_REQUEST_EXISTS',
  'JOIN_REQUEST_CLOSED',
  'CAPACITY_TOO_LOW',
  'CO_FACILITATORS_FULL',
  'ALREADY_LEAVING',
  'ALREADY_IN_GROUP',
  'NOT_LEAVING',
  'MEMBERSHIP_ENDED',
  'AGREEMENT_NOT_PUBLISHED',
  'AGREEMENT_REQUIRED',
  'AGREEMENT_OUTDATED',
  'SIGNATURE_MISMATCH',
  'PRIVACY_CHECK_REQUIRED',
  'SESSION_NOT_OPEN',
  'SESSION_ENDED',
  'ALREADY_RATED',
  'CHECKOUT_CLOSED',
  'NOT_IN_SESSION',
  'SESSION_NOT_ENDED',
  'SESSION_NOT_SCHEDULED',
  'SESSION_CANCELLED',
  'REMOVED_FROM_SESSION',
  'WAITING_FOR_ADMISSION',
  'VIDEO_SERVER_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'NOT_IN_ROOM',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The one HTTP status each code answers with, wherever it is raised: throw sites name only the code. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  WEAK_PASSWORD: 400,
  SIGNATURE_MISMATCH: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TWO_STEP_CODE_INVALID: 401,
  TWO_STEP_EXPIRED: 401,
  CROSS_SITE_REQUEST: 403,
  FORBIDDEN: 403,
  NOT_A_MEMBER: 403,
  TWO_STEP_REQUIRED: 403,
  AGREEMENT_REQUIRED: 403,
  PRIVACY_CHECK_REQUIRED: 403,
  REMOVED_FROM_SESSION: 403,
  WAITING_FOR_ADMISSION: 403,
  NOT_FOUND: 404,
  NOT_IN_ROOM: 404,
  EMAIL_TAKEN: 409,
  TWO_STEP_ALREADY_ON: 409,
  GROUP_FULL: 409,
  JOIN_REQUEST_EXISTS: 409,
  JOIN_REQUEST_CLOSED: 409,
  CAPACITY_TOO_LOW: 409,
  /** A group has its facilitator and at most MAX_CO_FACILITATORS co-facilitators. */
  CO_FACILITATORS_FULL: 409,
  ALREADY_LEAVING: 409,
  /** A co-facilitator's invite followed by someone already a member (promotion is the facilitator's button). */
  ALREADY_IN_GROUP: 409,
  NOT_LEAVING: 409,
  MEMBERSHIP_ENDED: 409,
  AGREEMENT_NOT_PUBLISHED: 409,
  AGREEMENT_OUTDATED: 409,
  SESSION_NOT_OPEN: 409,
  SESSION_ENDED: 409,
  /** The check-out rating: once per member and session. */
  ALREADY_RATED: 409,
  /** The check-out questions close RATING_WINDOW_HOURS after the session. */
  CHECKOUT_CLOSED: 409,
  /** The check-out questions are for those who were in the session's room. */
  NOT_IN_SESSION: 403,
  /** Notes and journals wait for a session to begin or end; so does the check-out rating. */
  SESSION_NOT_ENDED: 409,
  /** Moving, cancelling or an absence notice: only a session that has not opened yet. */
  SESSION_NOT_SCHEDULED: 409,
  SESSION_CANCELLED: 409,
  INVITE_INVALID: 410,
  INVITE_EXPIRED: 410,
  INVITE_USED_UP: 410,
  INVITE_REVOKED: 410,
  RESET_LINK_INVALID: 410,
  RATE_LIMITED: 429,
  SIGNIN_LOCKED: 429,
  INTERNAL: 500,
  VIDEO_SERVER_UNAVAILABLE: 503,
  /** Lost for a moment (a restart, a failover): the same request a few seconds later works. */
  DATABASE_UNAVAILABLE: 503,
};

/** The one shape every failed HTTP request answers with. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: errorCodeSchema,
  message: z.string(),
  requestId: z.string().optional(),
  /** The field at fault, for VALIDATION_FAILED (e.g. "body.email"). */
  field: z.string().optional(),
  /** Extra facts the client needs to help the person, e.g. the agreement version to sign. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
