import { z } from 'zod';
import { scheduledStartSchema, sessionSchema } from './sessions.js';
import { text } from './text.js';

/** How many weeks ahead one "Schedule the next N weeks" may reach: half a year is a long series already. */
export const MAX_SERIES_WEEKS = 26;

export const seriesBodySchema = z.object({
  weeks: z.number().int().min(1).max(MAX_SERIES_WEEKS),
  /**
   * The first day the series may use (YYYY-MM-DD, in the group's time zone); today when left out. It may
   * not lie in the past nor more than a year ahead: the server checks that against its own clock.
   */
  from: z.iso.date().optional(),
});
export type SeriesBody = z.infer<typeof seriesBodySchema>;

export const seriesResultSchema = z.object({
  /** The sessions this request added, in order. */
  created: z.array(sessionSchema),
  /** Weeks in the range that already had a session (scheduled, moved or cancelled): left as they are. */
  skipped: z.number().int(),
});
export type SeriesResult = z.infer<typeof seriesResultSchema>;

export const moveSessionBodySchema = z.object({ scheduledStart: scheduledStartSchema });
export type MoveSessionBody = z.infer<typeof moveSessionBodySchema>;

/** Her note to the facilitators with an absence notice: optional, short, for their eyes only. */
export const absenceBodySchema = z.object({
  note: text({ label: 'Note', max: 1000, multiline: true }).default(''),
});
export type AbsenceBody = z.infer<typeof absenceBodySchema>;

export const absenceSchema = z.object({
  sessionId: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  /** Empty when she wrote none. Facilitators see everyone's; a member only her own. */
  note: z.string(),
  createdAt: z.iso.datetime(),
});
export type Absence = z.infer<typeof absenceSchema>;

/** The private calendar feed as the account page shows it; the address itself only once, when made. */
export const calendarFeedSchema = z.object({
  active: z.boolean(),
  showGroupNames: z.boolean(),
  createdAt: z.iso.datetime().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const newCalendarFeedSchema = calendarFeedSchema.extend({ url: z.string() });
export type NewCalendarFeed = z.infer<typeof newCalendarFeedSchema>;

export const calendarFeedBodySchema = z.object({ showGroupNames: z.boolean() });
export type CalendarFeedBody = z.infer<typeof calendarFeedBodySchema>;

/** What a calendar shows when she has not opted in to group names: nothing a colleague could read. */
export const NEUTRAL_CALENDAR_TITLE = 'Hearth session';
