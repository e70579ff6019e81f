import { z } from 'zod';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const timezoneSchema = z.string().refine((tz) => {
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

export const groupInputSchema = z.object({
  name: z.string().trim().min(2).max(120),
  focus: z.string().trim().min(2).max(200),
  description: z.string().trim().max(4000).default(''),
  capacity: z.number().int().min(2).max(12),
  costPerSessionCents: z.number().int().min(0).max(1_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Three-letter currency code, e.g. EUR'),
  schedule: scheduleSchema,
});
export type GroupInput = z.infer<typeof groupInputSchema>;
export const groupPatchSchema = groupInputSchema.partial();
export type GroupPatch = z.infer<typeof groupPatchSchema>;

export const ROLES = ['facilitator', 'co_facilitator', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export const MEMBER_STATUSES = ['invited', 'active', 'leaving', 'left', 'removed'] as const;
export const memberStatusSchema = z.enum(MEMBER_STATUSES);

export const groupSchema = groupInputSchema.extend({
  id: z.uuid(),
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
