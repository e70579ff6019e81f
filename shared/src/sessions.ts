import { z } from 'zod';
import { locationSchema } from './safety.js';

/**
 * A session's life: scheduled, then open (its room exists and the gate lets people in), then ended for good;
 * or cancelled before it opened (it stays in the series so the group sees the week it does not meet).
 */
export const SESSION_STATUSES = ['scheduled', 'open', 'ended', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

const EARLIEST_START = Date.UTC(2000, 0, 1);
const LATEST_START_YEARS_AHEAD = 5;

/** A start any calendar, database and person can deal with: not before 2000, not more than five years ahead. */
export const scheduledStartSchema = z.iso.datetime({ offset: true }).refine((value) => {
  const start = Date.parse(value);
  const latest = new Date();
  latest.setUTCFullYear(latest.getUTCFullYear() + LATEST_START_YEARS_AHEAD);
  return start >= EARLIEST_START && start <= latest.getTime();
}, `Start between the year 2000 and ${LATEST_START_YEARS_AHEAD} years from now`);

export const createSessionBodySchema = z.object({
  scheduledStart: scheduledStartSchema,
  durationMinutes: z.number().int().min(15).max(240).optional(),
});
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  scheduledStart: z.iso.datetime(),
  scheduledEnd: z.iso.datetime(),
  status: sessionStatusSchema,
  /** Where the series first put it, when a facilitator moved it ("moved from Wed 3 Dec"); null otherwise. */
  movedFrom: z.iso.datetime().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionIdParamsSchema = z.object({ sessionId: z.uuid() });

export const privacyCheckBodySchema = z.object({
  /** Must be true: she is somewhere no one else can see or hear the group. */
  privateSpace: z.literal(true, 'Find a private space before you join'),
  headphones: z.boolean(),
  /** With the group's safety check on, a member says where she is this session (only its facilitators see it). */
  location: locationSchema.optional(),
});
export type PrivacyCheckBody = z.infer<typeof privacyCheckBodySchema>;

/** What stands between this person and the room, in the order the server checks it. */
export const gateStepSchema = z.enum(['agreement', 'privacy', 'wait_for_open', 'removed', 'lobby', 'ready']);
export type GateStep = z.infer<typeof gateStepSchema>;

export const sessionGateSchema = z.object({
  session: sessionSchema,
  myRole: z.enum(['facilitator', 'co_facilitator', 'member']),
  next: gateStepSchema,
  agreementVersion: z.number().int().nullable(),
  /** The group's safety check is on and she is a member: the privacy step asks where she is. */
  askLocation: z.boolean(),
});
export type SessionGate = z.infer<typeof sessionGateSchema>;

export const roomTokenSchema = z.object({
  serverUrl: z.string(),
  roomName: z.string(),
  token: z.string(),
});
export type RoomToken = z.infer<typeof roomTokenSchema>;

/** One stay in the room, from LiveKit's own join and leave webhooks. */
export const attendanceEntrySchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  joinedAt: z.iso.datetime(),
  leftAt: z.iso.datetime().nullable(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** Floor time per person in a session, from the turns written as they ended (facilitators only). */
export const airtimeEntrySchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  turns: z.number().int(),
  airtimeMs: z.number().int(),
});
export type AirtimeEntry = z.infer<typeof airtimeEntrySchema>;
