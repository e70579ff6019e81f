import type { Db } from '../../db/client.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createPlanRepository } from './repository.js';
import { planRoutes } from './routes.js';
import { createPlanService } from './service.js';

/** The session plan feature, built from what it stands on: its routes, ready to register. */
export const plansFeature = ({ db, access, audit }: { db: Db; access: GroupAccess; audit: Audit }) =>
  planRoutes(createPlanService({ repo: createPlanRepository(db), sessions: createSessionRepository(db), access, audit }));
