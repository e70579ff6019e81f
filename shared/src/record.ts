import { z } from 'zod';
import { ROUND_KINDS } from './live/state.js';

/**
 * The facilitator's record of the group: what happened in one ended session (attendance, airtime,
 * rounds, moments, removals) and the same across the group's last sessions. Facilitators only: a
 * member never sees anyone's airtime.
 */

/** Minutes of grace either side of a session before she counts as late or as having left early. */
export const ATTENDANCE_GRACE_MINUTES = 5;
/** How many of the group's last ended sessions the record looks across. */
export const RECORD_SESSIONS = 8;

/**
 * on_time: in the room within the grace and there until near the end. late / left_early / late_and_left_early
 * say which edge she missed. absent: never in the room. excused: never in the room, and she said beforehand
 * she could not come.
 */
export const ATTENDANCE_CATEGORIES = ['on_time', 'late', 'left_early', 'late_and_left_early', 'absent', 'excused'] as const;
export const attendanceCategorySchema = z.enum(ATTENDANCE_CATEGORIES);
export type AttendanceCategory = z.infer<typeof attendanceCategorySchema>;

export const ATTENDANCE_LABELS: Record<AttendanceCategory, string> = {
  on_time: 'On time',
  late: 'Late',
  left_early: 'Left early',
  late_and_left_early: 'Late and left early',
  absent: 'Absent',
  excused: 'Excused',
};

/** Was she in the room at all: every category but absent and excused. */
export const attended = (category: AttendanceCategory) => category !== 'absent' && category !== 'excused';

const person = { userId: z.uuid(), displayName: z.string() };

export const memberReportSchema = z.object({
  ...person,
  category: attendanceCategorySchema,
  firstJoinedAt: z.iso.datetime().nullable(),
  lastLeftAt: z.iso.datetime().nullable(),
  /** Separate stays in the room: more than one means she dropped out and came back. */
  stays: z.number().int(),
  minutesInRoom: z.number().int(),
  airtimeMs: z.number().int(),
  turns: z.number().int(),
  removed: z.boolean(),
});
export type MemberReport = z.infer<typeof memberReportSchema>;

export const roundReportSchema = z.object({
  kind: z.enum(ROUND_KINDS),
  startedAt: z.iso.datetime(),
  spoke: z.array(z.object(person)),
  passed: z.array(z.object(person)),
});
export type RoundReport = z.infer<typeof roundReportSchema>;

export const momentReportSchema = z.object({
  ...person,
  at: z.iso.datetime(),
  /** When a facilitator cleared it (saw to it); null if it was never cleared. */
  acknowledgedAt: z.iso.datetime().nullable(),
});

export const removalReportSchema = z.object({ ...person, removedAt: z.iso.datetime(), removedBy: z.string() });

export const sessionReportSchema = z.object({
  session: z.object({
    id: z.uuid(),
    groupId: z.uuid(),
    groupName: z.string(),
    scheduledStart: z.iso.datetime(),
    scheduledEnd: z.iso.datetime(),
    /** The edges "late" and "left early" are measured from: the start, or the opening if later; the end, or the ending if earlier. */
    measuredFrom: z.iso.datetime(),
    measuredTo: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
  }),
  graceMinutes: z.number().int(),
  members: z.array(memberReportSchema),
  /** All members' floor time together; the fair share is this over the members who were there. */
  totalAirtimeMs: z.number().int(),
  fairShareMs: z.number().int(),
  facilitatorAirtimeMs: z.number().int(),
  rounds: z.array(roundReportSchema),
  moments: z.array(momentReportSchema),
  removals: z.array(removalReportSchema),
});
export type SessionReport = z.infer<typeof sessionReportSchema>;

/** The group's averages for one session, or null when fewer than RATING_MIN_ANSWERS answered. */
export const ratingSummarySchema = z
  .object({
    answers: z.number().int(),
    feltHeard: z.number(),
    workedOnWhatMattered: z.number(),
    overall: z.number(),
  })
  .nullable();
export type RatingSummary = z.infer<typeof ratingSummarySchema>;

export const recordSessionSchema = z.object({
  id: z.uuid(),
  scheduledStart: z.iso.datetime(),
  present: z.number().int(),
  ratings: ratingSummarySchema,
  /** When the check-out closes and the averages may appear (RATING_WINDOW_HOURS after the end). */
  ratingsFrom: z.iso.datetime(),
});

export const recordCellSchema = z.object({
  sessionId: z.uuid(),
  category: attendanceCategorySchema,
  /** Her part of the members' floor time in that session, 0–1; null when nobody spoke. */
  airtimeShare: z.number().nullable(),
});

export const groupRecordSchema = z.object({
  groupId: z.uuid(),
  groupName: z.string(),
  /** Oldest first, at most RECORD_SESSIONS. */
  sessions: z.array(recordSessionSchema),
  members: z.array(z.object({ ...person, cells: z.array(recordCellSchema) })),
});
export type GroupRecord = z.infer<typeof groupRecordSchema>;
