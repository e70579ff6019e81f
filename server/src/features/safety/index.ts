import type { Db } from '../../db/client.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import { locationContext } from './context.js';
import { createSafetyRepository } from './repository.js';
import { safetyRoutes } from './routes.js';
import { createSafetyService } from './service.js';

export { locationContext } from './context.js';

/** The per-session safety check, ready to register, and how the privacy step seals a location. */
export function safetyFeature({ db, access, audit, sealer }: { db: Db; access: GroupAccess; audit: Audit; sealer: Sealer }) {
  return {
    routes: safetyRoutes(createSafetyService({ repo: createSafetyRepository(db), access, audit, sealer })),
    sealLocation: (location: string, sessionId: string, userId: string) => sealer.seal(location, locationContext(sessionId, userId)),
  };
}
