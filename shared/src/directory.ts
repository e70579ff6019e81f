import { z } from 'zod';
import { GROUP_FORMATS, WEEKDAYS } from './groups.js';
import { text } from './text.js';

/** Times of day in the group's own zone: morning before 12:00, afternoon 12:00–16:59, evening from 17:00. */
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const TIME_OF_DAY_RANGES: Record<TimeOfDay, { from: string; before: string }> = {
  morning: { from: '00:00', before: '12:00' },
  afternoon: { from: '12:00', before: '17:00' },
  evening: { from: '17:00', before: '24:00' },
};

export const DIRECTORY_PAGE_MAX = 50;

/** Where the last page ended (its last group's listing time in microseconds and id); opaque to clients. */
const cursor = z.string().regex(/^\d{1,17}\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Not a page cursor from this directory');

/** Query strings arrive as text: numbers and flags are read from it, anything else is a clear 400. */
const whole = (label: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${label} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(0).max(max, `${label} can be at most ${max}`));

export const directoryQuerySchema = z.object({
  q: text({ label: 'Search', max: 100 }).optional(),
  weekday: z.enum(WEEKDAYS, 'Unknown weekday').optional(),
  timeOfDay: z.enum(TIMES_OF_DAY, 'Use morning, afternoon or evening').optional(),
  /** The highest cost per session she can pay, in cents (any currency). */
  maxCostCents: whole('Highest cost', 1_000_000).optional(),
  seatsAvailable: z.enum(['true', 'false'], 'Use true or false').optional(),
  limit: whole('Page size', DIRECTORY_PAGE_MAX).pipe(z.number().min(1, 'Page size must be at least 1')).default(20),
  cursor: cursor.optional(),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

/**
 * One listed group as anyone may read it. Exactly these fields, nothing about its members but the
 * number of seats left. `nextStartAt` is an instant; the visitor's browser shows it in her own zone.
 */
export const directoryGroupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  focus: z.string(),
  description: z.string(),
  format: z.enum(GROUP_FORMATS),
  minimumCommitmentSessions: z.number().int(),
  facilitator: z.object({ displayName: z.string(), credential: z.string(), bio: z.string() }),
  schedule: z.object({ weekday: z.enum(WEEKDAYS), time: z.string(), timezone: z.string(), durationMinutes: z.number().int() }),
  nextStartAt: z.iso.datetime().nullable(),
  startsOn: z.string().nullable(),
  costPerSessionCents: z.number().int(),
  currency: z.string(),
  slidingScaleNote: z.string(),
  seatsLeft: z.number().int(),
});
export type DirectoryGroup = z.infer<typeof directoryGroupSchema>;

export const directoryPageSchema = z.object({
  groups: z.array(directoryGroupSchema),
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
});
export type DirectoryPage = z.infer<typeof directoryPageSchema>;

/** The group's page in the directory: the listing and the questions she answers when she asks to join. */
export const directoryGroupDetailSchema = directoryGroupSchema.extend({ intakeQuestions: z.array(z.string()) });
export type DirectoryGroupDetail = z.infer<typeof directoryGroupDetailSchema>;

/** What a facilitator tells visitors about herself, edited on her account page. */
export const facilitatorProfileInputSchema = z.object({
  credential: text({ label: 'Credential', max: 120 }),
  bio: text({ label: 'Short bio', max: 1000, multiline: true }),
});
export type FacilitatorProfileInput = z.infer<typeof facilitatorProfileInputSchema>;
export const facilitatorProfileSchema = z.object({ credential: z.string(), bio: z.string(), updatedAt: z.iso.datetime().nullable() });
export type FacilitatorProfile = z.infer<typeof facilitatorProfileSchema>;
