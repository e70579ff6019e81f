import { z } from 'zod';

/**
 * C0 controls, DEL and C1 controls. Nobody types them; they hide text in lists and logs, and Postgres
 * refuses U+0000 in any text column outright, which turned a typo-sized request into a 500.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, but line breaks and tabs are how a longer text is written. */
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export interface TextOptions {
  /** How the field is called in a message a person reads, e.g. "Group name". */
  label: string;
  max: number;
  /** A text of several lines (an agreement, a description): keeps \n and \t. */
  multiline?: boolean;
  /** Leading and trailing spaces are dropped unless the field keeps them on purpose. */
  trim?: boolean;
}

/** Every user-written text field: bounded, free of control characters, and saying which field is at fault. */
export function text({ label, max, multiline = false, trim = true }: TextOptions) {
  const base = trim ? z.string().trim() : z.string();
  return base
    .refine(
      (value) => !(multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value),
      multiline ? `${label} cannot contain control characters (line breaks and tabs are fine)` : `${label} cannot contain control characters or line breaks`,
    )
    .max(max, `${label} can be at most ${max} characters`);
}
