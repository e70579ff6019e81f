import { errorCodeSchema } from '@hearth/shared';
import { ApiRequestError } from '@/lib/api-client';
import { friendlyMessage } from '@/lib/error-messages';
import type { CommandResult } from '../api/live-socket';

type Refusal = Extract<CommandResult, { ok: false }>;

/**
 * A refused command in plain words. Where the server's own sentence already says what happened in
 * the room ("Nobody is waiting to speak.") it is kept; codes that say nothing to a person get ours.
 */
export function refusalMessage(refusal: Refusal): string {
  switch (refusal.code) {
    case 'THROTTLED':
      return 'Slow down a little: that was a lot of clicks at once. Try again in a moment.';
    case 'OFFLINE':
      return 'You’re not connected right now. We’re reconnecting; try again in a moment.';
    case 'NO_ANSWER':
      return 'Hearth didn’t answer in time. Check your connection, then try again.';
    case 'FORBIDDEN':
      return 'Only the facilitators can do that.';
    case 'STALE':
      return 'Things changed just then. Have another look and try again.';
    case 'VALIDATION_FAILED':
      return `That value isn’t allowed (${refusal.message}).`;
    case 'NOT_APPLICABLE':
      return refusal.message;
    case 'INTERNAL':
      return 'That didn’t work on our side. Please try again.';
    default:
      return friendlyMessage(toApiError(refusal.code, refusal.message), refusal.message);
  }
}

/** Why the live channel refused or closed the connection, in the same words the rest of the app uses. */
export function connectionMessage(code: string | undefined, message: string): string {
  return friendlyMessage(toApiError(code, message), 'We couldn’t connect to the session’s live channel. Check your connection; we’ll keep trying.');
}

/**
 * Why the server closed a connection it had accepted. It closes with SESSION_NOT_OPEN when the
 * session ends, where the app's usual words ("hasn't opened yet") would mislead.
 */
export function closedMessage(code: string, message: string): string {
  if (code === 'SESSION_NOT_OPEN') return 'This session has ended. Thank you for being part of it.';
  return connectionMessage(code, message);
}

/** Only a failure without a verdict from the server is worth trying again by hand. */
export const worthRetrying = (code: string | undefined) => code === undefined || code === 'INTERNAL';

function toApiError(code: string | undefined, message: string): ApiRequestError | undefined {
  const parsed = errorCodeSchema.safeParse(code);
  return parsed.success ? new ApiRequestError({ code: parsed.data, status: 0, message }) : undefined;
}
