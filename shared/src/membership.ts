import { z } from 'zod';
import { MEMBER_STATUSES } from './groups.js';
import { text } from './text.js';

type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** The statuses of someone who is in the group: a leaving member attends until her final session. */
export const IN_GROUP_STATUSES = ['active', 'leaving'] as const satisfies readonly MemberStatus[];

/**
 * Who is in the group, written once. `left` and `removed` are not; `leaving` is, until her final
 * session has ended (the server turns her `left` then, and this rule holds if it has not yet).
 */
export const isInGroup = (status: MemberStatus, finalSessionEnded = false) => status === 'active' || (status === 'leaving' && !finalSessionEnded);

export const MAX_LEAVING_NOTICE_SESSIONS = 10;
export const DEFAULT_LEAVING_NOTICE_SESSIONS = 3;

/**
 * Her final session under a notice rule of N sessions: the Nth session of the group that starts
 * after she announces it (cancelled ones and ones that passed without being held do not count).
 * 0 and 1 both make her next session her last: there is always one session to say goodbye in.
 * While fewer are scheduled, her final session is not set yet; it is set as soon as it exists.
 */
export const finalSessionIndex = (noticeSessions: number) => Math.max(noticeSessions, 1) - 1;

export const leavingNoticeBodySchema = z.object({
  sessions: z.number().int().min(0).max(MAX_LEAVING_NOTICE_SESSIONS),
});
export type LeavingNoticeBody = z.infer<typeof leavingNoticeBodySchema>;

const sessionRefSchema = z.object({ id: z.uuid(), scheduledStart: z.iso.datetime() });
export type SessionRef = z.infer<typeof sessionRefSchema>;

/** Someone leaving, as everyone in the group sees it: her first name and her last session. */
export const leavingMemberSchema = z.object({
  userId: z.uuid(),
  firstName: z.string(),
  announcedAt: z.iso.datetime(),
  /** Null while the group has fewer sessions scheduled than the notice asks. */
  finalSession: sessionRefSchema.nullable(),
});
export type LeavingMember = z.infer<typeof leavingMemberSchema>;

export const membershipOverviewSchema = z.object({
  noticeSessions: z.number().int(),
  /** Her own place in the group. */
  me: z.object({ status: z.enum(MEMBER_STATUSES), role: z.enum(['facilitator', 'co_facilitator', 'member']) }),
  leaving: z.array(leavingMemberSchema),
});
export type MembershipOverview = z.infer<typeof membershipOverviewSchema>;

/** Who says goodbye in this session (for the facilitator's prompt and the group). */
export const farewellsSchema = z.object({ leaving: z.array(z.object({ userId: z.uuid(), firstName: z.string() })) });
export type Farewells = z.infer<typeof farewellsSchema>;

export const endMembershipBodySchema = z.object({
  /** Kept in the audit log's detail for the group's facilitators; never logged. */
  reason: text({ label: 'Reason', max: 500 }).min(3, 'Write a short reason (at least 3 characters)'),
});
export type EndMembershipBody = z.infer<typeof endMembershipBodySchema>;
