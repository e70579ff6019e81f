import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema, groupIdParamsSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { AuditHistory } from './history.js';

export const auditRoutes =
  (history: AuditHistory): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/groups/:groupId/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'The group’s consent and moderation history, newest first, a page at a time (facilitators)',
          params: groupIdParamsSchema,
          querystring: auditQuerySchema,
          response: { 200: auditPageSchema, ...errors(400, 401, 403) },
        },
      },
      async (request) => history.page(request.params.groupId, request.query, request.requireUser().id),
    );
  };
