import { z } from 'zod';
import { sessionSchema } from './sessions.js';
import { text } from './text.js';

/**
 * Facilitator notes (issue 9): one group note per session and one note per member per session, kept
 * for the group's facilitators only and sealed at rest; and the recap, a short summary for members who
 * missed the session, which every member of the group reads.
 */
export const NOTE_LIMITS = { field: 4000, recap: 2000 } as const;

/** The group note's prompts, in the order a facilitator thinks them through after a session. */
export const GROUP_NOTE_PROMPTS = [
  { key: 'themes', label: 'Themes', hint: 'What the group worked on; what kept coming back.' },
  { key: 'dynamics', label: 'Dynamics', hint: 'How members related to each other and to you: alliances, conflict, silence, who carried the group.' },
  { key: 'risk', label: 'Risk', hint: 'Anything about someone’s safety that needs follow-up, and what you did.' },
  { key: 'plan', label: 'Plan', hint: 'What to pick up next session; whom to check in with.' },
] as const;
export type GroupNoteKey = (typeof GROUP_NOTE_PROMPTS)[number]['key'];

const noteField = (label: string) => text({ label, max: NOTE_LIMITS.field, multiline: true }).default('');

/** Saving all four empty deletes the note. */
export const groupNoteInputSchema = z
  .object({ themes: noteField('Themes'), dynamics: noteField('Dynamics'), risk: noteField('Risk'), plan: noteField('Plan') })
  .strict();
export type GroupNoteInput = z.output<typeof groupNoteInputSchema>;

/** Saving it empty deletes the note. */
export const memberNoteInputSchema = z.object({ body: text({ label: 'Note', max: NOTE_LIMITS.field, multiline: true }) }).strict();
export type MemberNoteInput = z.infer<typeof memberNoteInputSchema>;

/** Saving it empty takes the recap down. */
export const recapInputSchema = z.object({ body: text({ label: 'Recap', max: NOTE_LIMITS.recap, multiline: true }) }).strict();
export type RecapInput = z.infer<typeof recapInputSchema>;

export const memberNoteParamsSchema = z.object({ sessionId: z.uuid(), memberId: z.uuid() });

const written = { updatedAt: z.iso.datetime(), updatedBy: z.string() };

export const groupNoteSchema = z.object({ themes: z.string(), dynamics: z.string(), risk: z.string(), plan: z.string(), ...written });
export type GroupNote = z.infer<typeof groupNoteSchema>;

export const memberNoteSchema = z.object({ body: z.string(), ...written });
export type MemberNote = z.infer<typeof memberNoteSchema>;

export const recapSchema = z.object({ body: z.string(), updatedAt: z.iso.datetime() });
export type Recap = z.infer<typeof recapSchema>;

/** What a member reads on the ended session page: the recap, or null when there is none. */
export const sessionRecapSchema = z.object({ recap: recapSchema.nullable() });
export type SessionRecap = z.infer<typeof sessionRecapSchema>;

/** Attendance as LiveKit's webhooks recorded it, for reference beside her note: never edited here. */
export const noteAttendanceSchema = z.object({
  firstJoinedAt: z.iso.datetime().nullable(),
  lastLeftAt: z.iso.datetime().nullable(),
  /** Minutes in the room, all her stays together. */
  minutes: z.number().int(),
});
export type NoteAttendance = z.infer<typeof noteAttendanceSchema>;

/** A journal entry a member chose to share with the facilitators. */
export const sharedJournalEntrySchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  resonated: z.string(),
  workAndHome: z.string(),
  skill: z.string(),
  sharedAt: z.iso.datetime(),
});
export type SharedJournalEntry = z.infer<typeof sharedJournalEntrySchema>;

/** The facilitators' notes page for one session. */
export const sessionNotesSchema = z.object({
  session: sessionSchema,
  /** Notes are kept once the session has begun (open or ended). */
  writable: z.boolean(),
  groupNote: groupNoteSchema.nullable(),
  members: z.array(
    z.object({
      userId: z.uuid(),
      displayName: z.string(),
      attendance: noteAttendanceSchema,
      note: memberNoteSchema.nullable(),
    }),
  ),
  recap: recapSchema.nullable(),
  sharedEntries: z.array(sharedJournalEntrySchema),
});
export type SessionNotes = z.infer<typeof sessionNotesSchema>;
