import { z } from 'zod';
import { text } from './text.js';

export const emailSchema = text({ label: 'Email', max: 254 }).check(z.email()).toLowerCase();

export const signUpBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(10, 'Use at least 10 characters').max(200),
  displayName: text({ label: 'Name', max: 80 }).min(1),
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

/** What others in a group see of her: the first word of her name (LiveKit tiles, the live panel, greetings). */
export const firstName = (displayName: string) => displayName.trim().split(/\s+/)[0] || displayName;

/** Sent on every cookie-authenticated write; a cross-site form cannot set it. */
export const CSRF_HEADER = 'x-hearth-request';
