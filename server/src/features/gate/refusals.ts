import type { GateStep } from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import type { GateFacts, GateRefusal } from './rule.js';

const MESSAGES: Record<GateRefusal, string> = {
  NOT_A_MEMBER: 'You are not a member of this group.',
  UNAUTHENTICATED: 'Please sign in',
  AGREEMENT_NOT_PUBLISHED: 'This group has no confidentiality agreement yet. Your facilitator will publish one.',
  AGREEMENT_REQUIRED: 'Please read and sign the group’s current agreement first.',
  PRIVACY_CHECK_REQUIRED: 'Please confirm you are somewhere private before joining.',
  REMOVED_FROM_SESSION: 'The facilitator removed you from this session.',
  SESSION_NOT_OPEN: 'This session is not open yet.',
  WAITING_FOR_ADMISSION: 'Your facilitator will let you in shortly.',
};

/** The refusal as the token route and the live socket answer it: its code, what to do, and what to sign. */
export function gateError(code: GateRefusal, facts: GateFacts): AppError {
  if (code === 'AGREEMENT_REQUIRED') return new AppError(code, MESSAGES[code], { version: facts.agreement?.version });
  if (code === 'SESSION_NOT_OPEN') {
    const message = facts.status === 'ended' ? 'This session has ended.' : facts.status === 'cancelled' ? 'This session is cancelled.' : MESSAGES[code];
    return new AppError(code, message, { status: facts.status });
  }
  return new AppError(code, MESSAGES[code]);
}

/** The refusal as the session page shows it: the next thing she does. NOT_A_MEMBER and UNAUTHENTICATED have no page. */
export const STEP_FOR_REFUSAL: Record<Exclude<GateRefusal, 'NOT_A_MEMBER' | 'UNAUTHENTICATED'>, GateStep> = {
  AGREEMENT_NOT_PUBLISHED: 'agreement',
  AGREEMENT_REQUIRED: 'agreement',
  PRIVACY_CHECK_REQUIRED: 'privacy',
  REMOVED_FROM_SESSION: 'removed',
  SESSION_NOT_OPEN: 'wait_for_open',
  WAITING_FOR_ADMISSION: 'lobby',
};
