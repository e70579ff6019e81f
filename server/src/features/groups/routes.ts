import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  endMembershipBodySchema,
  groupIdParamsSchema,
  groupInputSchema,
  groupPatchSchema,
  groupSchema,
  memberParamsSchema,
  memberSchema,
  roleChangeBodySchema,
} from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { GroupService } from './service.js';

const tags = ['groups'];

export const groupRoutes =
  (groups: GroupService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/groups',
      { schema: { tags, summary: 'Groups I facilitate or belong to', response: { 200: z.array(groupSchema), ...errors(401) } } },
      async (request) => groups.listMine(request.requireUser().id),
    );

    app.post(
      '/api/groups',
      {
        schema: {
          tags,
          summary: 'Create a group; its creator is its facilitator',
          body: groupInputSchema,
          response: { 201: groupSchema, ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await groups.create(request.body, request.requireUser().id)),
    );

    app.get(
      '/api/groups/:groupId',
      { schema: { tags, summary: 'One group', params: groupIdParamsSchema, response: { 200: groupSchema, ...errors(400, 401, 403) } } },
      async (request) => groups.view(request.params.groupId, request.requireUser().id),
    );

    app.patch(
      '/api/groups/:groupId',
      {
        schema: {
          tags,
          summary: 'Edit a group (facilitators)',
          params: groupIdParamsSchema,
          body: groupPatchSchema,
          response: { 200: groupSchema, ...errors(400, 401, 403, 409) },
        },
      },
      async (request) => groups.update(request.params.groupId, request.body, request.requireUser().id),
    );

    app.get(
      '/api/groups/:groupId/members',
      {
        schema: {
          tags,
          summary: 'Members, their status and signed agreement version (facilitators)',
          params: groupIdParamsSchema,
          response: { 200: z.array(memberSchema), ...errors(400, 401, 403) },
        },
      },
      async (request) => groups.members(request.params.groupId, request.requireUser().id),
    );

    app.delete(
      '/api/groups/:groupId/members/:userId',
      {
        schema: {
          tags,
          summary: 'End a member’s membership, with a reason kept in the audit log (facilitators)',
          params: memberParamsSchema,
          body: endMembershipBodySchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await groups.endMembership(request.params.groupId, request.params.userId, request.requireUser().id, request.body.reason);
        return reply.status(204).send(null);
      },
    );

    app.patch(
      '/api/groups/:groupId/members/:userId',
      {
        schema: {
          tags,
          summary: 'Make a member co-facilitator, or a co-facilitator a member again (the group’s facilitator only)',
          params: memberParamsSchema,
          body: roleChangeBodySchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await groups.setRole(request.params.groupId, request.params.userId, request.body.role, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );
  };
