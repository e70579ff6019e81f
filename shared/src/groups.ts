import { z } from 'zod';
import { text } from './text.js';

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

export const groupInputSchema = z.object({
  name: text({ label: 'Group name', max: 120 }).min(2),
  focus: text({ label: 'Focus', max: 200 }).min(2),
  description: description.default(''),
  capacity: z.number().int().min(2).max(12),
  costPerSessionCents: z.number().int().min(0).max(1_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Three-letter currency code, e.g. EUR'),
  schedule: scheduleSchema,
});
export type GroupInput = z.infer<typeof groupInputSchema>;
// Without the default: a change that leaves the description out must leave it as it is, not empty it.
export const groupPatchSchema = groupInputSchema.extend({ description }).partial();
export type GroupPatch = z.infer<typeof groupPatchSchema>;

export const ROLES = ['facilitator', 'co_facilitator', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
/** Active, or removed by a facilitator (kept so her past stays attributable). Leaving a group is not built yet. */
export const MEMBER_STATUSES = ['active', 'removed'] as const;
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
  createdAt: z.iso.datetime(),
  myRole: roleSchema,
  currentAgreementVersion: z.number().int().nullable(),
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

export const isFacilitatorRole = (role: Role) => role === 'facilitator' || role === 'co_facilitator';
