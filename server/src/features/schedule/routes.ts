import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { groupIdParamsSchema, moveSessionBodySchema, seriesBodySchema, seriesResultSchema, sessionIdParamsSchema, sessionSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { ScheduleService } from './service.js';

const tags = ['schedule'];

export const scheduleRoutes =
  (schedule: ScheduleService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/groups/:groupId/sessions/series',
      {
        schema: {
          tags,
          summary: 'Schedule the next N weeks from the group’s weekday, time and time zone (facilitators); weeks already there are skipped',
          params: groupIdParamsSchema,
          body: seriesBodySchema,
          response: { 200: seriesResultSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => schedule.addSeries(request.params.groupId, request.body, request.requireUser().id),
    );

    app.post(
      '/api/sessions/:sessionId/move',
      {
        schema: {
          tags,
          summary: 'Move a scheduled session to a new start, keeping its length (facilitators)',
          description: 'SESSION_NOT_SCHEDULED (409) with details.status once it has opened, ended or been cancelled.',
          params: sessionIdParamsSchema,
          body: moveSessionBodySchema,
          response: { 200: sessionSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => schedule.move(request.params.sessionId, request.body, request.requireUser().id),
    );

    app.post(
      '/api/sessions/:sessionId/cancel',
      {
        schema: {
          tags,
          summary: 'Cancel a scheduled session: the group does not meet that week (facilitators)',
          description: 'SESSION_NOT_SCHEDULED (409) with details.status once it has opened, ended or been cancelled.',
          params: sessionIdParamsSchema,
          response: { 200: sessionSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => schedule.cancel(request.params.sessionId, request.requireUser().id),
    );

    app.get(
      '/api/me/next-sessions',
      {
        schema: {
          tags,
          summary: 'The next session (or the one running now) of each of my groups, soonest first',
          response: { 200: z.array(sessionSchema), ...errors(401) },
        },
      },
      async (request) => schedule.next(request.requireUser().id),
    );
  };
