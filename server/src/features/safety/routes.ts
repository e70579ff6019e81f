import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { groupIdParamsSchema, safetyCheckSettingSchema, sessionIdParamsSchema, sessionSafetySchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { SafetyService } from './service.js';

const tags = ['safety'];

export const safetyRoutes =
  (safety: SafetyService): FastifyPluginAsyncZod =>
  async (app) => {
    app.patch(
      '/api/groups/:groupId/safety-check',
      {
        schema: {
          tags,
          summary: 'Ask each member where she is at every session’s privacy step, or stop asking (facilitators)',
          params: groupIdParamsSchema,
          body: safetyCheckSettingSchema,
          response: { 200: safetyCheckSettingSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => safety.setting(request.params.groupId, request.body, request.requireUser().id),
    );

    app.get(
      '/api/sessions/:sessionId/safety',
      {
        schema: {
          tags,
          summary: 'Where each member said she is this session, beside her emergency contact (facilitators only)',
          params: sessionIdParamsSchema,
          response: { 200: sessionSafetySchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => safety.forSession(request.params.sessionId, request.requireUser().id),
    );
  };
