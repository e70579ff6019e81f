import { z } from 'zod';

/**
 * The check-out rating: three short items a member may answer once after a session, 1 (not at all) to
 * 5 (very much). Hearth's own wording. Facilitators see only the group's averages, and nothing for a
 * session with fewer than RATING_MIN_ANSWERS answers, so no one's answer can be read off.
 * Only those who were in the session may answer, within RATING_WINDOW_HOURS of its end, and the
 * averages appear once that window has closed: all at once, so a facilitator who looks after every
 * answer cannot read one off by how the averages moved.
 */
export const RATING_MIN_ANSWERS = 3;
export const RATING_WINDOW_HOURS = 48;
export const RATING_WINDOW_MS = RATING_WINDOW_HOURS * 3_600_000;
export const RATING_SCALE = { min: 1, max: 5 } as const;

export const RATING_ITEMS = [
  { key: 'feltHeard', label: 'I felt heard by the group today' },
  { key: 'workedOnWhatMattered', label: 'We worked on what mattered to me' },
  { key: 'overall', label: 'Overall, this session was good for me' },
] as const;
export type RatingKey = (typeof RATING_ITEMS)[number]['key'];

const score = z
  .number('Choose a number from 1 to 5')
  .int('Choose a whole number from 1 to 5')
  .min(RATING_SCALE.min, 'Choose a number from 1 to 5')
  .max(RATING_SCALE.max, 'Choose a number from 1 to 5');

export const checkoutRatingInputSchema = z
  .object({
    feltHeard: score,
    workedOnWhatMattered: score,
    overall: score,
  })
  .strict();
export type CheckoutRatingInput = z.infer<typeof checkoutRatingInputSchema>;

/** What she sees of her own rating: whether she may answer, and whether she already has (never the answers of others). */
export const myCheckoutSchema = z.object({
  /** A member of the group for that session, and the session has ended. */
  eligible: z.boolean(),
  answered: z.boolean(),
});
export type MyCheckout = z.infer<typeof myCheckoutSchema>;
