import { ApiRequestError, type ClientErrorCode } from './api-client';

/**
 * What the person should know and do, per stable error code. The server's own wording is kept
 * only where it carries facts the code alone does not (why an invite failed, which field is wrong).
 */
const FRIENDLY: Record<ClientErrorCode, string | null> = {
  NETWORK_ERROR: 'We couldn’t reach Hearth. Check your internet connection, then try again.',
  UNEXPECTED_RESPONSE: 'Hearth answered in a way this page didn’t expect. Reload the page and try again.',
  VALIDATION_FAILED: null,
  UNAUTHENTICATED: 'Please sign in to continue.',
  INVALID_CREDENTIALS: 'That email and password don’t match. Check both and try again.',
  EMAIL_TAKEN: 'There is already an account with this email. Sign in instead.',
  CROSS_SITE_REQUEST: 'This page is out of date. Reload it and try again.',
  RATE_LIMITED: 'Too many attempts in a short time. Wait a minute, then try again.',
  WEAK_PASSWORD: null,
  SIGNIN_LOCKED: null,
  TWO_STEP_REQUIRED: 'Turn on two-step sign-in in your account first: facilitators need it to open a session.',
  TWO_STEP_CODE_INVALID: 'That code didn’t work. Enter the newest code from your app, or one of your recovery codes.',
  TWO_STEP_EXPIRED: 'That sign-in took too long. Enter your email and password again.',
  TWO_STEP_ALREADY_ON: 'Two-step sign-in is already on for your account.',
  FORBIDDEN: 'Only the group’s facilitators can do that.',
  NOT_FOUND: 'We couldn’t find that. It may have been removed — go back and try again.',
  NOT_A_MEMBER: 'You’re not a member of this group. If you expected to be, ask your facilitator for a new invite.',
  INVITE_INVALID: null,
  INVITE_EXPIRED: null,
  INVITE_USED_UP: null,
  INVITE_REVOKED: null,
  RESET_LINK_INVALID: 'This reset link has expired or was already used. Ask for a new one below.',
  GROUP_FULL: 'This group is full right now. Ask your facilitator whether a place will open up.',
  JOIN_REQUEST_EXISTS: 'You have already asked to join this group. Your request and its status are shown on this page.',
  JOIN_REQUEST_CLOSED: 'This request has already been answered or withdrawn. Reload the page to see where it stands.',
  CAPACITY_TOO_LOW: null,
  CO_FACILITATORS_FULL: null,
  ALREADY_LEAVING: 'You have already said you are leaving this group. Reload the page to see your last session.',
  ALREADY_IN_GROUP: null,
  NOT_LEAVING: 'You are staying in this group already, so there is nothing to take back. Reload the page to see where it stands.',
  MEMBERSHIP_ENDED: 'This membership has already ended. Reload the page to see the members as they are now.',
  AGREEMENT_NOT_PUBLISHED: 'Your facilitator hasn’t published the group agreement yet. Please check back a little later.',
  AGREEMENT_REQUIRED: 'Please read and sign the group agreement first.',
  AGREEMENT_OUTDATED: 'The agreement changed while you were reading. Please read the new version below.',
  SIGNATURE_MISMATCH: null,
  PRIVACY_CHECK_REQUIRED: 'Please confirm you’re somewhere private before joining.',
  SESSION_NOT_OPEN: 'Your facilitator hasn’t opened the session yet; this page will update.',
  SESSION_ENDED: 'This session has ended.',
  ALREADY_RATED: 'You have already answered the check-out questions for this session. Thank you.',
  CHECKOUT_CLOSED: 'The check-out questions for this session have closed.',
  NOT_IN_SESSION: 'The check-out questions are for those who were in the session.',
  SESSION_NOT_ENDED: 'This session hasn’t ended yet; that opens once it has.',
  SESSION_NOT_SCHEDULED: 'This session has already opened, ended or been cancelled, so it can’t be changed any more. Reload the page to see where it stands.',
  SESSION_CANCELLED: 'This session is cancelled: the group doesn’t meet that week.',
  REMOVED_FROM_SESSION: 'Your facilitator has removed you from this session. If you think this is a mistake, contact them directly.',
  WAITING_FOR_ADMISSION: 'You’re in the waiting room. Your facilitator will let you in shortly.',
  VIDEO_SERVER_UNAVAILABLE: 'The video service isn’t answering right now. Wait a moment, then try again.',
  DATABASE_UNAVAILABLE: 'Hearth lost its connection for a moment. Try again in a few seconds.',
  NOT_IN_ROOM: 'She isn’t in the video room right now, so there is nothing to mute.',
  INTERNAL: 'Something went wrong on our side. Please try again in a moment.',
};

/** `fallback` speaks for failures that did not come from Hearth's API (a browser or media error). */
export function friendlyMessage(error: unknown, fallback = 'Something unexpected happened. Reload the page and try again.'): string {
  if (error instanceof ApiRequestError) return FRIENDLY[error.code] ?? error.message;
  return fallback;
}
