import { z } from 'zod';
import { emailSchema } from './auth.js';

export const PASSWORD_RESET_MINUTES = 30;

export const requestPasswordResetBodySchema = z.object({ email: emailSchema });
export type RequestPasswordResetBody = z.infer<typeof requestPasswordResetBodySchema>;

export const passwordResetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Not a reset link from Hearth');

export const resetPasswordBodySchema = z.object({
  token: passwordResetTokenSchema,
  password: z.string().min(10, 'Use at least 10 characters').max(200),
});
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;

/** The same answer whether or not an account has that email, so nobody can find out who has one. */
export const passwordResetRequestedSchema = z.object({ message: z.string() });

/** A message kept by the development mailbox (never in production). */
export const devMailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  sentAt: z.iso.datetime(),
});
export type DevMail = z.infer<typeof devMailSchema>;
