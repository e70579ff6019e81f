import { z } from 'zod';
import { text } from './text.js';

export const createInviteBodySchema = z.object({
  /** A reminder for the facilitator of whom the link is for; never sent anywhere. */
  label: text({ label: 'Label', max: 120 }).default(''),
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type CreateInviteBody = z.infer<typeof createInviteBodySchema>;

export const inviteSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type Invite = z.infer<typeof inviteSchema>;

/** Returned once, at creation: the server keeps only a hash of the token. */
export const createdInviteSchema = inviteSchema.extend({ token: z.string(), url: z.string() });
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

export const inviteTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
export const inviteParamsSchema = z.object({ groupId: z.uuid(), inviteId: z.uuid() });

export const invitePreviewSchema = z.object({
  groupId: z.uuid(),
  groupName: z.string(),
  focus: z.string(),
  facilitatorName: z.string(),
  expiresAt: z.iso.datetime(),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;
