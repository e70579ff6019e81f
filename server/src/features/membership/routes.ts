import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { farewellsSchema, groupIdParamsSchema, leavingNoticeBodySchema, membershipOverviewSchema, sessionIdParamsSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { MembershipService } from './service.js';

const tags = ['membership'];

export const membershipRoutes =
  (membership: MembershipService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/groups/:groupId/membership',
      {
        schema: {
          tags,
          summary: 'Her place in the group, the notice rule, and who is leaving with her last session (first names; members too)',
          params: groupIdParamsSchema,
          response: { 200: membershipOverviewSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => membership.overview(request.params.groupId, request.requireUser().id),
    );

    app.post(
      '/api/groups/:groupId/membership/leaving',
      {
        schema: {
          tags,
          summary: 'Say she is leaving: the notice rule sets her final session (members)',
          params: groupIdParamsSchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await membership.announce(request.params.groupId, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/groups/:groupId/membership/leaving',
      {
        schema: {
          tags,
          summary: 'Take back her announcement, before her final session has ended (members)',
          params: groupIdParamsSchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await membership.withdraw(request.params.groupId, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.patch(
      '/api/groups/:groupId/leaving-notice',
      {
        schema: {
          tags,
          summary: 'How many more sessions a member attends after saying she is leaving (facilitators)',
          params: groupIdParamsSchema,
          body: leavingNoticeBodySchema,
          response: { 200: leavingNoticeBodySchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => membership.setNotice(request.params.groupId, request.body, request.requireUser().id),
    );

    app.get(
      '/api/sessions/:sessionId/farewells',
      {
        schema: {
          tags,
          summary: 'Who says goodbye in this session: it is her last (members too)',
          params: sessionIdParamsSchema,
          response: { 200: farewellsSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => membership.farewells(request.params.sessionId, request.requireUser().id),
    );
  };
