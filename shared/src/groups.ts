import { z } from 'zod';
import { text } from './text.js';

export const GROUP_FORMATS = ['closed', 'open'] as const;
/** A request to join: pending until a facilitator accepts, declines or waitlists it; withdrawn by her. */
export const JOIN_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'waitlisted', 'withdrawn'] as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const timezoneSchema = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

export const scheduleSchema = z.object({
  weekday: z.enum(WEEKDAYS),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 24-hour'),
  timezone: timezoneSchema,
  durationMinutes: z.number().int().min(30).max(180),
});
export type Schedule = z.infer<typeof scheduleSchema>;

const description = text({ label: 'Description', max: 4000, multiline: true });

/** Offered to a new group; the facilitator keeps, edits or removes them. */
export const DEFAULT_INTAKE_QUESTIONS = ['What do you hope for from this group?', 'Which days and times can you usually make?'];
export const MAX_INTAKE_QUESTIONS = 5;
const intakeQuestions = z
  .array(text({ label: 'Question', max: 300 }).min(1, 'Write the question, or remove it'))
  .max(MAX_INTAKE_QUESTIONS, `At most ${MAX_INTAKE_QUESTIONS} questions`);
const slidingScaleNote = text({ label: 'Sliding-scale note', max: 300 });
const minimumCommitmentSessions = z.number().int().min(1).max(52);
/** A calendar date, YYYY-MM-DD, within a sensible range (a typo like 20260 is not a start date). */
const startsOn = z.iso
  .date()
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'Choose a date between 2000 and 2100')
  .nullable();

export const groupInputSchema = z.object({
  name: text({ label: 'Group name', max: 120 }).min(2),
  focus: text({ label: 'Focus', max: 200 }).min(2),
  description: description.default(''),
  capacity: z.number().int().min(2).max(12),
  costPerSessionCents: z.number().int().min(0).max(1_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Three-letter currency code, e.g. EUR'),
  schedule: scheduleSchema,
  /** Shown in the public directory (name, focus, schedule, cost, facilitator, seats left; never members). */
  listedInDirectory: z.boolean().default(false),
  format: z.enum(GROUP_FORMATS).default('closed'),
  minimumCommitmentSessions: minimumCommitmentSessions.default(1),
  slidingScaleNote: slidingScaleNote.default(''),
  startsOn: startsOn.default(null),
  intakeQuestions: intakeQuestions.default(DEFAULT_INTAKE_QUESTIONS),
});
export type GroupInput = z.infer<typeof groupInputSchema>;
/** What a client sends: the fields with defaults may be left out. */
export type GroupInputBody = z.input<typeof groupInputSchema>;
// Without the defaults: a change that leaves a field out must leave it as it is, not reset it.
export const groupPatchSchema = groupInputSchema
  .extend({
    description,
    listedInDirectory: z.boolean(),
    format: z.enum(GROUP_FORMATS),
    minimumCommitmentSessions,
    slidingScaleNote,
    startsOn,
    intakeQuestions,
  })
  .partial();
export type GroupPatch = z.infer<typeof groupPatchSchema>;

export const ROLES = ['facilitator', 'co_facilitator', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
/**
 * active; leaving (she has announced it and attends until her final session); left (after it: her journal
 * stays hers, the group's rooms are closed to her); removed (a facilitator ended the membership).
 */
export const MEMBER_STATUSES = ['active', 'leaving', 'left', 'removed'] as const;
export const memberStatusSchema = z.enum(MEMBER_STATUSES);

/**
 * What the server answers. Plain types, not the input rules: a group stored under older, looser rules
 * (or with a time zone the runtime no longer knows) must still read.
 */
export const groupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  focus: z.string(),
  description: z.string(),
  capacity: z.number().int(),
  costPerSessionCents: z.number().int(),
  currency: z.string(),
  schedule: z.object({ weekday: z.enum(WEEKDAYS), time: z.string(), timezone: z.string(), durationMinutes: z.number().int() }),
  listedInDirectory: z.boolean(),
  format: z.enum(GROUP_FORMATS),
  minimumCommitmentSessions: z.number().int(),
  slidingScaleNote: z.string(),
  startsOn: z.string().nullable(),
  intakeQuestions: z.array(z.string()),
  createdAt: z.iso.datetime(),
  myRole: roleSchema,
  currentAgreementVersion: z.number().int().nullable(),
  /** Each member says where she is at every session's privacy step (PATCH …/safety-check). */
  safetyCheck: z.boolean(),
  /**
   * For the group's facilitators (null for a member): requests still to decide, and how many wait on
   * the waitlist while a seat is free (0 when none is), so the dashboard can tell her a seat opened.
   */
  requests: z.object({ pending: z.number().int(), waitingWithSeatFree: z.number().int() }).nullable(),
});
export type Group = z.infer<typeof groupSchema>;

export const memberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
  status: memberStatusSchema,
  joinedAt: z.iso.datetime(),
  /** Latest agreement version this person signed, or null. */
  signedVersion: z.number().int().nullable(),
  signedCurrent: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;

export const groupIdParamsSchema = z.object({ groupId: z.uuid() });
export const memberParamsSchema = z.object({ groupId: z.uuid(), userId: z.uuid() });

/** How many co-facilitators a group may have beside its facilitator (the room keeps a seat for each). */
export const MAX_CO_FACILITATORS = 2;

/** The facilitator makes a member her co-facilitator, or makes a co-facilitator a member again. */
export const roleChangeBodySchema = z.object({ role: z.enum(['co_facilitator', 'member']) }).strict();
export type RoleChangeBody = z.infer<typeof roleChangeBodySchema>;

export const isFacilitatorRole = (role: Role) => role === 'facilitator' || role === 'co_facilitator';
