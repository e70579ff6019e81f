import type { Db } from '../../db/client.js';
import type { GroupRepository } from '../groups/repository.js';
import { createAttendanceRepository } from '../attendance/repository.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createRatingRepository } from './repository.js';
import { ratingRoutes } from './routes.js';
import { createRatingService } from './service.js';

/** The check-out rating: its service (the record reads its summaries) and its routes. */
export function ratingsFeature({ db, groups }: { db: Db; groups: Pick<GroupRepository, 'findMembership'> }) {
  const attendance = createAttendanceRepository(db);
  const service = createRatingService({ repo: createRatingRepository(db), sessions: createSessionRepository(db), groups, wasPresent: attendance.wasPresent });
  return { service, routes: ratingRoutes(service) };
}
