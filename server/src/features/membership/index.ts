import type { Db } from '../../db/client.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import { createMembershipRepository } from './repository.js';
import { membershipRoutes } from './routes.js';
import { createMembershipService } from './service.js';

/** Leaving well: the service (its `settle` runs when a session ends) and its routes, ready to register. */
export function membershipFeature({ db, access, audit }: { db: Db; access: GroupAccess; audit: Audit }) {
  const service = createMembershipService({ repo: createMembershipRepository(db), access, audit });
  return { service, routes: membershipRoutes(service), onSessionEnded: async (groupId: string) => void (await service.settle(groupId)) };
}
