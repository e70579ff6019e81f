import type { Db } from '../../db/client.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createAbsenceRepository } from './repository.js';
import { absenceRoutes } from './routes.js';
import { createAbsenceService } from './service.js';

export { createAbsenceRepository } from './repository.js';
export { noteContext as absenceNoteContext } from './service.js';

/** Absence notices: she cannot come to a session; the facilitators read why. */
export const absencesFeature = ({ db, access, audit, sealer }: { db: Db; access: GroupAccess; audit: Audit; sealer: Sealer }) =>
  absenceRoutes(createAbsenceService({ repo: createAbsenceRepository(db), sessions: createSessionRepository(db), access, audit, sealer }));
