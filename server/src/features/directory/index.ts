import type { Db } from '../../db/client.js';
import { createDirectoryRepository } from './repository.js';
import { directoryRoutes } from './routes.js';
import { createDirectoryService } from './service.js';

/** The public directory of listed groups, ready to register. */
export const directoryFeature = (db: Db) => directoryRoutes(createDirectoryService({ repo: createDirectoryRepository(db) }));

/** Any group as the directory describes it, listed or not: for a usable invite link's page. */
export const directoryListing = (db: Db) => createDirectoryService({ repo: createDirectoryRepository(db) }).listingOf;
