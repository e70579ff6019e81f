import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  groupIdParamsSchema,
  groupJoinRequestsSchema,
  joinRequestDecisionSchema,
  joinRequestIdParamsSchema,
  joinRequestInputSchema,
  joinRequestParamsSchema,
  myJoinRequestAnswerSchema,
  myJoinRequestSchema,
  reviewJoinRequestSchema,
} from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { JoinRequestService } from './service.js';

const tags = ['join-requests'];
/** Requests a person may make in an hour: plenty for a few groups, too few to flood facilitators. */
export const JOIN_REQUESTS_PER_HOUR = 10;

export const joinRequestRoutes =
  (requests: JoinRequestService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/groups/:groupId/join-requests',
      {
        // Per account when signed in (the auth hook has run by now), else per address.
        config: { rateLimit: { max: JOIN_REQUESTS_PER_HOUR, timeWindow: '1 hour', keyGenerator: (request) => `join:${request.user?.id ?? request.ip}` } },
        schema: {
          tags,
          summary: 'Ask to join a listed group: intake answers, an emergency contact, consent (or a place on its waitlist when full)',
          params: groupIdParamsSchema,
          body: joinRequestInputSchema,
          response: { 201: myJoinRequestSchema, ...errors(400, 401, 403, 404, 409, 429) },
        },
      },
      async (request, reply) => reply.status(201).send(await requests.create(request.params.groupId, request.body, request.requireUser().id)),
    );

    app.get(
      '/api/groups/:groupId/join-requests/mine',
      {
        schema: {
          tags,
          summary: 'My request to join this group and where it stands (my waitlist place), or null',
          params: groupIdParamsSchema,
          response: { 200: myJoinRequestAnswerSchema, ...errors(400, 401) },
        },
      },
      async (request) => requests.mineFor(request.params.groupId, request.requireUser().id),
    );

    app.get(
      '/api/join-requests/mine',
      { schema: { tags, summary: 'My open and answered requests to join groups', response: { 200: z.array(myJoinRequestSchema), ...errors(401) } } },
      async (request) => requests.listMine(request.requireUser().id),
    );

    app.post(
      '/api/join-requests/:requestId/withdraw',
      {
        schema: {
          tags,
          summary: 'Withdraw my pending or waitlisted request',
          params: joinRequestIdParamsSchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await requests.withdraw(request.params.requestId, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/groups/:groupId/join-requests',
      {
        schema: {
          tags,
          summary: 'Requests to join, with intake answers and emergency contacts, and the seats free (facilitators)',
          params: groupIdParamsSchema,
          response: { 200: groupJoinRequestsSchema, ...errors(400, 401, 403) },
        },
      },
      async (request) => requests.forGroup(request.params.groupId, request.requireUser().id),
    );

    app.post(
      '/api/groups/:groupId/join-requests/:requestId/decision',
      {
        schema: {
          tags,
          summary: 'Accept (she becomes a member), decline with a message, or waitlist a request (facilitators)',
          params: joinRequestParamsSchema,
          body: joinRequestDecisionSchema,
          response: { 200: reviewJoinRequestSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => requests.decide(request.params.groupId, request.params.requestId, request.body, request.requireUser().id),
    );
  };
