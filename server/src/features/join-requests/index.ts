import type { Db } from '../../db/client.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import { createJoinRequestRepository } from './repository.js';
import { joinRequestRoutes } from './routes.js';
import { createJoinRequestService } from './service.js';

export { answersContext, contactContext } from './service.js';

interface Deps {
  db: Db;
  groups: GroupRepository;
  access: GroupAccess;
  audit: Audit;
  sealer: Sealer;
}

/** Requests to join from the directory, their intake answers and emergency contact sealed at rest, ready to register. */
export const joinRequestsFeature = ({ db, groups, access, audit, sealer }: Deps) =>
  joinRequestRoutes(createJoinRequestService({ repo: createJoinRequestRepository(db), groups, access, audit, sealer }));
