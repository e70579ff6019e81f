import { z } from 'zod';
import { userSchema } from './auth.js';

/** The password matched; the second step (POST /api/auth/signin/two-step) is still to come. */
export const twoStepPendingSchema = z.object({ twoStepRequired: z.literal(true) });
export type TwoStepPending = z.infer<typeof twoStepPendingSchema>;

/** What a sign-in answers: the person, or that her authenticator code is needed first. */
export const signInResultSchema = z.union([userSchema, twoStepPendingSchema]);
export type SignInResult = z.infer<typeof signInResultSchema>;

/** A 6-digit code from the authenticator app, or one of the recovery codes (spaces and dashes ignored). */
export const twoStepCodeBodySchema = z.object({
  code: z.string().trim().min(6, 'Enter the code from your app').max(40),
});
export type TwoStepCodeBody = z.infer<typeof twoStepCodeBodySchema>;

export const twoStepStatusSchema = z.object({
  enabled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type TwoStepStatus = z.infer<typeof twoStepStatusSchema>;

/** Shown once while setting up: scan the QR code, or type the secret into the app. */
export const twoStepEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** An SVG data: URL of the QR code for otpauthUri. */
  qrCode: z.string(),
});
export type TwoStepEnrolment = z.infer<typeof twoStepEnrolmentSchema>;

/** Shown once, right after two-step sign-in is turned on; only their hashes are kept. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;
