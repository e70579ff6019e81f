import { z } from 'zod';
import { JOIN_REQUEST_STATUSES, MAX_INTAKE_QUESTIONS } from './groups.js';
import { text } from './text.js';

export const joinRequestStatusSchema = z.enum(JOIN_REQUEST_STATUSES);
export type JoinRequestStatus = z.infer<typeof joinRequestStatusSchema>;

export const emergencyContactSchema = z.object({
  name: text({ label: 'Emergency contact’s name', max: 120 }).min(1, 'Whom should we contact in an emergency?'),
  /** A phone number or an email address, as she writes it. */
  reach: text({ label: 'Phone or email', max: 200 }).min(3, 'A phone number or an email address'),
});
export type EmergencyContact = z.infer<typeof emergencyContactSchema>;

export const joinRequestInputSchema = z.object({
  /** One answer per intake question, in the group's order. */
  answers: z.array(text({ label: 'Answer', max: 2000, multiline: true })).max(MAX_INTAKE_QUESTIONS),
  emergencyContact: emergencyContactSchema,
  consentToContact: z.literal(true, 'Please agree to be contacted about your request'),
  /** When the group is full: she asks for a place on the waitlist instead. */
  joinWaitlist: z.boolean().default(false),
});
export type JoinRequestInput = z.infer<typeof joinRequestInputSchema>;
export type JoinRequestInputBody = z.input<typeof joinRequestInputSchema>;

/** Her own request, as she sees it: never anyone else's, never her answers read back. */
export const myJoinRequestSchema = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  status: joinRequestStatusSchema,
  /** 1 for first in line, while waitlisted; otherwise null. */
  waitlistPlace: z.number().int().nullable(),
  /** The facilitator's words, when she declined. */
  declineMessage: z.string().nullable(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type MyJoinRequest = z.infer<typeof myJoinRequestSchema>;
export const myJoinRequestAnswerSchema = z.object({ request: myJoinRequestSchema.nullable() });

/** A request as the group's facilitators review it, with what she wrote and her emergency contact. */
export const reviewJoinRequestSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  status: joinRequestStatusSchema,
  waitlistPlace: z.number().int().nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  emergencyContact: z.object({ name: z.string(), reach: z.string() }),
  consentToContact: z.boolean(),
  declineMessage: z.string().nullable(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type ReviewJoinRequest = z.infer<typeof reviewJoinRequestSchema>;

export const groupJoinRequestsSchema = z.object({
  requests: z.array(reviewJoinRequestSchema),
  seatsLeft: z.number().int(),
  /** How many are on the waitlist: with a seat free, the facilitator is told so. */
  waiting: z.number().int(),
});
export type GroupJoinRequests = z.infer<typeof groupJoinRequestsSchema>;

export const joinRequestDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept') }),
  z.object({
    decision: z.literal('decline'),
    message: text({ label: 'Message', max: 1000, multiline: true }).min(1, 'A few kind words for her'),
  }),
  z.object({ decision: z.literal('waitlist') }),
]);
export type JoinRequestDecision = z.infer<typeof joinRequestDecisionSchema>;

export const joinRequestParamsSchema = z.object({ groupId: z.uuid(), requestId: z.uuid() });
export const joinRequestIdParamsSchema = z.object({ requestId: z.uuid() });

/** "1st", "2nd", "3rd", "11th" on the waitlist. */
export function ordinal(n: number): string {
  const rules = new Intl.PluralRules('en', { type: 'ordinal' });
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[rules.select(n)];
  return `${n}${suffix}`;
}
