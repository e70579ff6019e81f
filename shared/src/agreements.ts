import { z } from 'zod';
import { text } from './text.js';

const fullNameSchema = text({ label: 'Your full name', max: 120 })
  .min(2, 'Type your full name')
  .refine((name) => /\p{L}/u.test(name), 'Type your full name');

/**
 * A name as a signature is compared, never as it is stored: compatibility-normalised (so "Zoë" typed
 * with a combining diaeresis, or in full-width letters, reads the same), trimmed, inner spacing
 * collapsed, and case folded by way of upper case, so "STRASSE" and "Straße" agree too.
 */
export const signatureForm = (name: string) => name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toUpperCase().toLowerCase().normalize('NFKC');

/** A typed signature counts only as her account's full name, however she cased or spaced it: "Maya" is not "Maya Okafor". */
export const signatureMatches = (typedName: string, fullName: string) => signatureForm(typedName) === signatureForm(fullName);

export const publishAgreementBodySchema = z.object({
  body: text({ label: 'The agreement', max: 20_000, multiline: true }).min(20, 'An agreement needs a few sentences at least'),
  /** The facilitator signs what she publishes, like everyone else. */
  typedName: fullNameSchema,
});
export type PublishAgreementBody = z.infer<typeof publishAgreementBodySchema>;

export const acceptAgreementBodySchema = z.object({
  typedName: fullNameSchema,
  /** The hash of the text the person read, so a change published meanwhile is never signed blind. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AcceptAgreementBody = z.infer<typeof acceptAgreementBodySchema>;

export const agreementSchema = z.object({
  version: z.number().int().positive(),
  body: z.string(),
  sha256: z.string(),
  publishedAt: z.iso.datetime(),
  publishedBy: z.string(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const currentAgreementSchema = agreementSchema.extend({
  acceptedByMe: z.boolean(),
});
export type CurrentAgreement = z.infer<typeof currentAgreementSchema>;

export const agreementSignerSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  typedName: z.string(),
  acceptedAt: z.iso.datetime(),
});
export const agreementVersionSchema = agreementSchema.extend({
  signers: z.array(agreementSignerSchema),
});
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;

export const agreementVersionParamsSchema = z.object({
  groupId: z.uuid(),
  // An int4 column holds versions; larger numbers name none.
  version: z.coerce.number().int().positive().max(2_147_483_647),
});
