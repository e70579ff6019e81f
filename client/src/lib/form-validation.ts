import type { z } from 'zod';
import { ApiRequestError } from './api-client';

export type FieldErrors = Partial<Record<string, string>>;

/**
 * Plain-language messages for issues whose schema gave no message of its own. Zod prefers a
 * schema's own message over this one, so "Type your full name" and the like come through as written.
 */
const plainLanguage = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      return 'Please fill this in';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'Please fill this in' : `Use at least ${String(issue.minimum)} characters`;
      return `Use ${String(issue.minimum)} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${String(issue.maximum)} characters`;
      return `Use ${String(issue.maximum)} or less`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Enter an email address, like name@example.com' : 'Please check the format';
    default:
      return undefined;
  }
};

/** Validates form values with the same shared schema the server uses; errors keyed by dotted path. */
export function validate<S extends z.ZodType>(schema: S, values: unknown): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values, { error: plainLanguage });
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A server-side VALIDATION_FAILED names the field as "body.some.path"; show it beside that field. */
export function serverFieldError(error: unknown): FieldErrors {
  if (!(error instanceof ApiRequestError) || error.code !== 'VALIDATION_FAILED' || !error.field) return {};
  const key = error.field.replace(/^body\.?/, '');
  const message = error.message.replace(/^[^:]*:\s*/, '');
  return key ? { [key]: message } : {};
}
