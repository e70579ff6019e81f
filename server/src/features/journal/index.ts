import type { Db } from '../../db/client.js';
import type { Sealer } from '../../lib/sealing.js';
import type { GroupAccess } from '../groups/access.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createJournalRepository } from './repository.js';
import { journalRoutes } from './routes.js';
import { createJournalService } from './service.js';

/** The reflection journal: its service (the notes page reads shared entries through it) and its routes. */
export function journalFeature({ db, access, sealer }: { db: Db; access: GroupAccess; sealer: Sealer }) {
  const service = createJournalService({ repo: createJournalRepository(db), sessions: createSessionRepository(db), access, sealer });
  return { service, routes: journalRoutes(service) };
}

export { journalContext } from './context.js';
