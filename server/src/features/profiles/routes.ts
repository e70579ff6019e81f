import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { facilitatorProfileInputSchema, facilitatorProfileSchema, type FacilitatorProfile } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { isoString } from '../../lib/dates.js';
import { errors } from '../../lib/route.js';
import type { Audit } from '../audit/service.js';
import { createProfileRepository } from './repository.js';

const tags = ['profiles'];

/** Her own facilitator profile (credential, short bio): what the directory shows beside her groups. */
export const profileRoutes =
  ({ db, audit }: { db: Db; audit: Audit }): FastifyPluginAsyncZod =>
  async (app) => {
    const repo = createProfileRepository(db);
    const toProfile = (row: Awaited<ReturnType<typeof repo.find>>): FacilitatorProfile => ({
      credential: row?.credential ?? '',
      bio: row?.bio ?? '',
      updatedAt: row ? isoString(row.updatedAt) : null,
    });

    app.get('/api/profile', { schema: { tags, summary: 'My facilitator profile', response: { 200: facilitatorProfileSchema, ...errors(401) } } }, async (request) =>
      toProfile(await repo.find(request.requireUser().id)),
    );

    app.put(
      '/api/profile',
      {
        schema: {
          tags,
          summary: 'Replace my facilitator profile (shown in the directory beside the groups I list)',
          body: facilitatorProfileInputSchema,
          response: { 200: facilitatorProfileSchema, ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        const userId = request.requireUser().id;
        const row = await repo.save(userId, request.body);
        await audit.record({ actorId: userId, action: 'profile.update' });
        return toProfile(row);
      },
    );
  };
