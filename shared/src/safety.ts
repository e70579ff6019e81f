import { z } from 'zod';
import { text } from './text.js';

/** Where she is this session, as she writes it at the privacy step: a city or region, never an address we ask for. */
export const locationSchema = text({ label: 'Where you are', max: 120 }).min(2, 'Write your city or region (at least 2 characters)');

/** The group's per-session safety check: on, each member says where she is before each session. */
export const safetyCheckSettingSchema = z.object({ on: z.boolean() }).strict();
export type SafetyCheckSetting = z.infer<typeof safetyCheckSettingSchema>;

/**
 * What the group's facilitators see of each member in a session, and nobody else ever: where she
 * said she is (null when the check is off or she has not said) and the emergency contact from her
 * request to join (null when she came by invite).
 */
export const safetyPersonSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  location: z.string().nullable(),
  emergencyContact: z.object({ name: z.string(), reach: z.string() }).nullable(),
});
export type SafetyPerson = z.infer<typeof safetyPersonSchema>;

export const sessionSafetySchema = z.object({ safetyCheck: z.boolean(), people: z.array(safetyPersonSchema) });
export type SessionSafety = z.infer<typeof sessionSafetySchema>;
