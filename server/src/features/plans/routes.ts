import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { groupIdParamsSchema, planInputSchema, sessionIdParamsSchema, sessionPlanSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { PlanService } from './service.js';

const tags = ['plans'];

export const planRoutes =
  (plans: PlanService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/groups/:groupId/plan',
      {
        schema: {
          tags,
          summary: 'The group’s session plan: its phases and their target minutes (members too)',
          params: groupIdParamsSchema,
          response: { 200: sessionPlanSchema, ...errors(400, 401, 403) },
        },
      },
      async (request) => plans.read(request.params.groupId, request.requireUser().id),
    );

    app.put(
      '/api/groups/:groupId/plan',
      {
        schema: {
          tags,
          summary: 'Replace the group’s session plan (facilitators)',
          params: groupIdParamsSchema,
          body: planInputSchema,
          response: { 200: sessionPlanSchema, ...errors(400, 401, 403) },
        },
      },
      async (request) => plans.save(request.params.groupId, request.body, request.requireUser().id),
    );

    app.get(
      '/api/sessions/:sessionId/plan',
      {
        schema: {
          tags,
          summary: 'The session plan of the group this session belongs to (members too)',
          params: sessionIdParamsSchema,
          response: { 200: sessionPlanSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => plans.forSession(request.params.sessionId, request.requireUser().id),
    );
  };
