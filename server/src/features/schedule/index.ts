import type { Db } from '../../db/client.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createScheduleRepository } from './repository.js';
import { scheduleRoutes } from './routes.js';
import { createScheduleService } from './service.js';

/** The weekly rhythm: the series, moving and cancelling, and the next session of each group. */
export const scheduleFeature = ({ db, groups, access, audit }: { db: Db; groups: GroupRepository; access: GroupAccess; audit: Audit }) =>
  scheduleRoutes(createScheduleService({ repo: createScheduleRepository(db), sessions: createSessionRepository(db), groups, access, audit }));
