import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { airtimeEntrySchema, sessionIdParamsSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { SessionService } from '../sessions/service.js';
import type { LiveRepository } from './repository.js';

export const liveRoutes =
  (repo: LiveRepository, sessions: SessionService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sessions/:sessionId/airtime',
      {
        schema: {
          tags: ['live'],
          summary: 'Floor time per person, from the turns as they ended (facilitators)',
          params: sessionIdParamsSchema,
          response: { 200: z.array(airtimeEntrySchema), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await sessions.requireFacilitatorOf(request.params.sessionId, request.requireUser().id);
        return repo.airtime(request.params.sessionId);
      },
    );
  };
