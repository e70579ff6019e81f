import { z } from 'zod';

export const emailSchema = z.email().max(254).transform((email) => email.trim().toLowerCase());

export const signUpBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(10, 'Use at least 10 characters').max(200),
  displayName: z.string().trim().min(1).max(80),
});
export type SignUpBody = z.infer<typeof signUpBodySchema>;

export const signInBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
});
export type User = z.infer<typeof userSchema>;

/** Sent on every cookie-authenticated write; a cross-site form cannot set it. */
export const CSRF_HEADER = 'x-hearth-request';
