import { isInGroup, RATING_MIN_ANSWERS, RATING_WINDOW_MS, type CheckoutRatingInput, type MyCheckout, type RatingSummary } from '@hearth/shared';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { GroupRepository } from '../groups/repository.js';
import type { SessionRepository } from '../sessions/repository.js';
import type { RatingRepository } from './repository.js';

interface Deps {
  repo: RatingRepository;
  sessions: Pick<SessionRepository, 'find'>;
  groups: Pick<GroupRepository, 'findMembership'>;
  /** Whether she was in the session's room at all (the attendance LiveKit reported). */
  wasPresent: (sessionId: string, userId: string) => Promise<boolean>;
  now?: () => Date;
}

const round2 = (value: string) => Math.round(Number(value) * 100) / 100;

/**
 * The check-out rating. A member of the group for that session (a member then, and still one now) who
 * was in its room may answer once, from its end until the window closes; a second answer is refused,
 * so what the facilitators see never moves because one person changed her mind. Facilitators see
 * averages only, only from three answers, and only once the window has closed (shared/src/ratings.ts).
 */
export function createRatingService({ repo, sessions, groups, wasPresent, now = () => new Date() }: Deps) {
  /** Why she may not answer, or null when she may. */
  async function standing(sessionId: string, userId: string) {
    const found = await sessions.find(sessionId);
    if (!found) throw notFound('Session');
    const { session } = found;
    const membership = await groups.findMembership(session.groupId, userId);
    const current = membership && isInGroup(membership.status);
    if (!current) throw new AppError('NOT_A_MEMBER', 'You are not a member of this group.');
    if (membership.role !== 'member') return forbidden('The check-out questions are for the group’s members.');
    if (membership.joinedAt > session.scheduledEnd) return new AppError('NOT_A_MEMBER', 'You joined the group after this session.');
    if (session.status !== 'ended') return new AppError('SESSION_NOT_ENDED', 'The check-out questions open once the session has ended.');
    const endedAt = session.endedAt ?? session.scheduledEnd;
    if (now().getTime() > endedAt.getTime() + RATING_WINDOW_MS) return new AppError('CHECKOUT_CLOSED', 'The check-out questions for this session have closed.');
    if (!(await wasPresent(sessionId, userId))) return new AppError('NOT_IN_SESSION', 'The check-out questions are for those who were in the session.');
    return null;
  }

  return {
    async mine(sessionId: string, userId: string): Promise<MyCheckout> {
      const refusal = await standing(sessionId, userId);
      return { eligible: refusal === null, answered: refusal === null && (await repo.hasAnswered(sessionId, userId)) };
    },

    async answer(sessionId: string, userId: string, input: CheckoutRatingInput): Promise<MyCheckout> {
      const refusal = await standing(sessionId, userId);
      if (refusal) throw refusal;
      if (!(await repo.insert(sessionId, userId, input))) throw new AppError('ALREADY_RATED', 'You have already answered for this session.');
      return { eligible: true, answered: true };
    },

    /**
     * Per session: the group's averages, or null while its window is open or when fewer than
     * RATING_MIN_ANSWERS answered (not even the count is told).
     */
    async summaries(sessionIds: string[]): Promise<Map<string, RatingSummary>> {
      const rows = sessionIds.length === 0 ? [] : await repo.summaries(sessionIds, new Date(now().getTime() - RATING_WINDOW_MS));
      return new Map(
        rows.map((r) => [
          r.sessionId,
          r.answers < RATING_MIN_ANSWERS
            ? null
            : { answers: r.answers, feltHeard: round2(r.feltHeard), workedOnWhatMattered: round2(r.workedOnWhatMattered), overall: round2(r.overall) },
        ]),
      );
    },
  };
}
export type RatingService = ReturnType<typeof createRatingService>;
