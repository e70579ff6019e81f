import type { RatingSummary } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import type { GroupAccess } from '../groups/access.js';
import type { GroupRepository } from '../groups/repository.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createRecordRepository } from './repository.js';
import { recordRoutes } from './routes.js';
import { createRecordService } from './service.js';

interface Deps {
  db: Db;
  access: GroupAccess;
  groups: Pick<GroupRepository, 'findGroup'>;
  ratings: (sessionIds: string[]) => Promise<Map<string, RatingSummary>>;
}

/** The facilitator's record (session reports, the group's record, their CSV), built from what it stands on. */
export function recordFeature({ db, access, groups, ratings }: Deps) {
  const sessions = createSessionRepository(db);
  return recordRoutes(
    createRecordService({
      repo: createRecordRepository(db),
      access,
      ratings,
      findSession: async (id) => {
        const found = await sessions.find(id);
        return found && { session: found.session, groupName: found.groupName };
      },
      findGroupName: async (id) => (await groups.findGroup(id))?.name,
    }),
  );
}
