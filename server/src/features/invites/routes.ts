import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createInviteBodySchema,
  createdInviteSchema,
  groupIdParamsSchema,
  inviteParamsSchema,
  invitePreviewSchema,
  inviteSchema,
  inviteTokenParamsSchema,
} from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { InviteService } from './service.js';

const tags = ['invites'];

export const inviteRoutes =
  (invites: InviteService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/groups/:groupId/invites',
      {
        schema: {
          tags,
          summary: 'Create an expiring invite link (facilitators): for one person, shared by up to 50, or for a co-facilitator; the token is shown only now',
          params: groupIdParamsSchema,
          body: createInviteBodySchema,
          response: { 201: createdInviteSchema, ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await invites.create(request.params.groupId, request.body, request.requireUser().id)),
    );

    app.get(
      '/api/groups/:groupId/invites',
      {
        schema: {
          tags,
          summary: 'Invites of a group (facilitators)',
          params: groupIdParamsSchema,
          response: { 200: z.array(inviteSchema), ...errors(400, 401, 403) },
        },
      },
      async (request) => invites.list(request.params.groupId, request.requireUser().id),
    );

    app.delete(
      '/api/groups/:groupId/invites/:inviteId',
      {
        schema: { tags, summary: 'Revoke an unused invite (facilitators)', params: inviteParamsSchema, response: { 204: z.null(), ...errors(400, 401, 403, 404) } },
      },
      async (request, reply) => {
        await invites.revoke(request.params.groupId, request.params.inviteId, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/invites/:token',
      {
        schema: {
          tags,
          summary: 'What an invite is for, before signing up',
          params: inviteTokenParamsSchema,
          response: { 200: invitePreviewSchema, ...errors(400, 410) },
        },
      },
      async (request) => invites.preview(request.params.token),
    );

    app.post(
      '/api/invites/:token/accept',
      {
        schema: {
          tags,
          summary: 'Join the group with an invite',
          params: inviteTokenParamsSchema,
          response: { 200: z.object({ groupId: z.uuid() }), ...errors(400, 401, 403, 409, 410) },
        },
      },
      async (request) => invites.accept(request.params.token, request.requireUser().id),
    );
  };
