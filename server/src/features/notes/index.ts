import type { SharedJournalEntry } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import { createSessionRepository } from '../sessions/repository.js';
import { createNotesRepository } from './repository.js';
import { notesRoutes } from './routes.js';
import { createNotesService } from './service.js';

interface Deps {
  db: Db;
  access: GroupAccess;
  audit: Audit;
  sealer: Sealer;
  sharedEntries: (sessionId: string, userIds: string[]) => Promise<SharedJournalEntry[]>;
}

/** Facilitator notes and the recap, built from what they stand on: routes, ready to register. */
export const notesFeature = ({ db, access, audit, sealer, sharedEntries }: Deps) =>
  notesRoutes(createNotesService({ repo: createNotesRepository(db), sessions: createSessionRepository(db), access, audit, sealer, sharedEntries }));

export { memberNoteContext, recapContext, sessionNoteContext } from './contexts.js';
