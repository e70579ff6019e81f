import { z } from 'zod';
import { text } from './text.js';

/**
 * The member's reflection journal (issue 9): after a session she may write down what resonated, how it
 * touches her work and home, and one interpersonal skill to practise. Hers alone, sealed at rest; she
 * may share one entry at a time with the group's facilitators, and take it back.
 */
export const JOURNAL_LIMITS = { field: 4000 } as const;

export const JOURNAL_PROMPTS = [
  { key: 'resonated', label: 'What resonated with you?', hint: 'A moment, a word, something you felt. Your own experience: leave out others’ names and stories.' },
  { key: 'workAndHome', label: 'How does it relate to your work and your home?', hint: 'Where you meet the same pattern outside the group.' },
  {
    key: 'skill',
    label: 'One interpersonal skill to practise this week',
    hint: 'For example: saying no without apologising, asking for help, listening to the end.',
  },
] as const;
export type JournalPromptKey = (typeof JOURNAL_PROMPTS)[number]['key'];

const answer = (label: string) => text({ label, max: JOURNAL_LIMITS.field, multiline: true }).default('');

const answersShape = {
  resonated: answer('What resonated'),
  workAndHome: answer('Work and home'),
  skill: answer('The skill to practise'),
};
const saysSomething = (a: { resonated: string; workAndHome: string; skill: string }) => Boolean(a.resonated || a.workAndHome || a.skill);
const SAY_SOMETHING = { message: 'Write something for at least one of the prompts', path: ['resonated'] };

export const journalAnswersSchema = z.object(answersShape).strict().refine(saysSomething, SAY_SOMETHING);
export type JournalAnswers = z.output<typeof journalAnswersSchema>;

/** A new entry belongs to an ended session of a group she is in. */
export const newJournalEntrySchema = z
  .object({ sessionId: z.uuid(), ...answersShape })
  .strict()
  .refine(saysSomething, SAY_SOMETHING);
export type NewJournalEntry = z.output<typeof newJournalEntrySchema>;

export const journalEntryParamsSchema = z.object({ entryId: z.uuid() });

export const journalEntrySchema = z.object({
  id: z.uuid(),
  /** Null once the session itself is gone; the entry stays hers. */
  sessionId: z.uuid().nullable(),
  groupName: z.string().nullable(),
  sessionStart: z.iso.datetime().nullable(),
  resonated: z.string(),
  workAndHome: z.string(),
  skill: z.string(),
  /** When she shared it with the group's facilitators; null while it is hers alone. */
  sharedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const journalEntriesSchema = z.array(journalEntrySchema);

export const JOURNAL_EXPORT_FORMATS = ['markdown', 'json'] as const;
export const journalExportQuerySchema = z.object({ format: z.enum(JOURNAL_EXPORT_FORMATS).default('markdown') }).strict();
export type JournalExportFormat = (typeof JOURNAL_EXPORT_FORMATS)[number];

/** The JSON download: every entry she has, nothing of anyone else's. */
export const journalExportSchema = z.object({ exportedAt: z.iso.datetime(), entries: journalEntriesSchema });
export type JournalExport = z.infer<typeof journalExportSchema>;
