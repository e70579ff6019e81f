import type { Db } from '../../db/client.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createCalendarRepository } from './repository.js';
import { calendarRoutes } from './routes.js';
import { createCalendarService } from './service.js';

/** Her private .ics feed and the per-session download. */
export const calendarFeature = ({ db, access, audit, publicUrl }: { db: Db; access: GroupAccess; audit: Audit; publicUrl: string }) =>
  calendarRoutes(createCalendarService({ repo: createCalendarRepository(db), sessions: createSessionRepository(db), access, audit, publicUrl }));
