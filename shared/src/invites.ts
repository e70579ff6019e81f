import { z } from 'zod';
import { directoryGroupSchema } from './directory.js';
import { text } from './text.js';

/** The most people one shared link can let in: a group is small, a link is not a broadcast. */
export const INVITE_MAX_USES = 50;

/** Whom an invite lets in: a member, or a co-facilitator (who takes no member's seat). */
export const inviteRoleSchema = z.enum(['member', 'co_facilitator']);
export type InviteRole = z.infer<typeof inviteRoleSchema>;

export const createInviteBodySchema = z
  .object({
    /** A reminder for the facilitator of whom the link is for; never sent anywhere. */
    label: text({ label: 'Label', max: 120 }).default(''),
    expiresInDays: z.number().int().min(1).max(30).default(7),
    /** 1: a personal link for one person. More: a link she shares, each use one person joining. */
    maxUses: z.number().int().min(1).max(INVITE_MAX_USES, `A link can let in at most ${INVITE_MAX_USES} people`).default(1),
    /** Who the link makes her. A co-facilitator's link is personal: it lets in one person. */
    role: inviteRoleSchema.default('member'),
  })
  .refine((body) => body.role === 'member' || body.maxUses === 1, {
    path: ['maxUses'],
    message: 'A link that makes someone a co-facilitator lets in one person only',
  });
export type CreateInviteBody = z.infer<typeof createInviteBodySchema>;

export const inviteSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** When its last use was taken (a personal link: when she joined). */
  usedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  maxUses: z.number().int(),
  uses: z.number().int(),
  role: inviteRoleSchema,
});
export type Invite = z.infer<typeof inviteSchema>;

/** Returned once, at creation: the server keeps only a hash of the token. */
export const createdInviteSchema = inviteSchema.extend({ token: z.string(), url: z.string() });
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

export const inviteTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
export const inviteParamsSchema = z.object({ groupId: z.uuid(), inviteId: z.uuid() });

/**
 * What anyone holding a usable link may read before signing up: the group as the directory describes
 * it (schedule, cost, description, facilitator profile; never a member), listed or not.
 */
export const invitePreviewSchema = z.object({
  group: directoryGroupSchema,
  expiresAt: z.iso.datetime(),
  /** What the link makes her, so the page can say "to co-facilitate". */
  role: inviteRoleSchema,
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;
