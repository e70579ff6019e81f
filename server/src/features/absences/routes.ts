import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { absenceBodySchema, absenceSchema, sessionIdParamsSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { AbsenceService } from './service.js';

const tags = ['absences'];

export const absenceRoutes =
  (absences: AbsenceService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sessions/:sessionId/absences',
      {
        schema: {
          tags,
          summary: 'Absence notices for a session: all of them with their notes for facilitators, only my own for a member',
          params: sessionIdParamsSchema,
          response: { 200: z.array(absenceSchema), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => absences.list(request.params.sessionId, request.requireUser().id),
    );

    app.put(
      '/api/sessions/:sessionId/absence',
      {
        schema: {
          tags,
          summary: 'Tell the group I cannot come to this session, with an optional note for the facilitators',
          params: sessionIdParamsSchema,
          body: absenceBodySchema,
          response: { 200: absenceSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => absences.send(request.params.sessionId, request.body, request.requireUser().id),
    );

    app.delete(
      '/api/sessions/:sessionId/absence',
      {
        schema: {
          tags,
          summary: 'Withdraw my absence notice: I can come after all',
          params: sessionIdParamsSchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await absences.withdraw(request.params.sessionId, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );
  };
