import { z } from 'zod';

/**
 * The audit actions a group's facilitators read as its consent and moderation history. Actions under
 * `member.` and `join_request.` are all part of it (role changes, requests decided), named or not here.
 */
export const GROUP_HISTORY_ACTIONS = [
  'agreement.publish',
  'agreement.accept',
  'invite.accept',
  'session.admit',
  'session.remove_participant',
  'group.leaving_notice',
  'member.remove',
  'member.leaving',
  'member.leaving_withdrawn',
  'member.left',
] as const;
export const GROUP_HISTORY_PREFIXES = ['member.', 'join_request.'] as const;

export const isGroupHistoryAction = (action: string) =>
  (GROUP_HISTORY_ACTIONS as readonly string[]).includes(action) || GROUP_HISTORY_PREFIXES.some((prefix) => action.startsWith(prefix));

/** The detail keys shown in the history; anything else a row holds stays on the server. */
export const HISTORY_DETAIL_KEYS = ['version', 'reason', 'role', 'from', 'to', 'sessions'] as const;

const personSchema = z.object({ id: z.uuid(), name: z.string() });

export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  action: z.string(),
  /** Null when the server did it (her final session ended, say). */
  actor: personSchema.nullable(),
  /** The person it was done to, when it was done to a person. */
  subject: personSchema.nullable(),
  /** The session it happened in or concerns. */
  session: z.object({ id: z.uuid(), scheduledStart: z.iso.datetime() }).nullable(),
  detail: z.partialRecord(z.enum(HISTORY_DETAIL_KEYS), z.union([z.string(), z.number(), z.boolean()])),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const AUDIT_PAGE_MAX = 100;

/** A position in the history: the time (ms) and id of the last entry seen, as an opaque string. */
const cursorSchema = z.string().regex(/^\d{1,13}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Not a page of this history');

export const auditQuerySchema = z.object({
  before: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;
