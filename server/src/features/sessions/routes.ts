import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createSessionBodySchema,
  errorCodeSchema,
  groupIdParamsSchema,
  privacyCheckBodySchema,
  roomTokenSchema,
  sessionGateSchema,
  sessionIdParamsSchema,
  sessionSchema,
} from '@hearth/shared';
import { errors } from '../../lib/route.js';
import { AppError } from '../../lib/errors.js';
import type { LiveService } from '../live/service.js';
import type { LiveCommand } from '../live/reducer/index.js';
import type { SessionService } from './service.js';

const tags = ['sessions'];

export const sessionRoutes =
  (sessions: SessionService, live: LiveService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/groups/:groupId/sessions',
      { schema: { tags, summary: 'Sessions of a group', params: groupIdParamsSchema, response: { 200: z.array(sessionSchema), ...errors(400, 401, 403) } } },
      async (request) => sessions.list(request.params.groupId, request.requireUser().id),
    );

    app.post(
      '/api/groups/:groupId/sessions',
      {
        schema: {
          tags,
          summary: 'Schedule a session (facilitators)',
          params: groupIdParamsSchema,
          body: createSessionBodySchema,
          response: { 201: sessionSchema, ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await sessions.create(request.params.groupId, request.body, request.requireUser().id)),
    );

    app.get(
      '/api/sessions/:sessionId',
      {
        schema: {
          tags,
          summary: 'A session and the next step between me and its room',
          params: sessionIdParamsSchema,
          response: { 200: sessionGateSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => sessions.gate(request.params.sessionId, request.requireUser().id),
    );

    app.post(
      '/api/sessions/:sessionId/open',
      {
        schema: {
          tags,
          summary: 'Open the session: creates its LiveKit room (facilitators)',
          params: sessionIdParamsSchema,
          response: { 200: sessionSchema, ...errors(400, 401, 403, 404, 409, 503) },
        },
      },
      async (request) => sessions.open(request.params.sessionId, request.requireUser().id),
    );

    app.post(
      '/api/sessions/:sessionId/end',
      {
        schema: {
          tags,
          summary: 'End the session: closes its room for everyone (facilitators)',
          params: sessionIdParamsSchema,
          response: { 200: sessionSchema, ...errors(400, 401, 403, 404, 503) },
        },
      },
      async (request) => {
        const { sessionId } = request.params;
        const userId = request.requireUser().id;
        // Asked here too, not only by the reducer: a session never opened has no live document to ask.
        const { membership } = await sessions.requireFacilitatorOf(sessionId, userId);
        // The same command as the panel's "End": it ends the live state and, through it, the room.
        const ended = await live.dispatch(sessionId, { type: 'session:end', payload: {} }, { userId, role: membership.role });
        const alreadyOver = !ended.ok && (ended.code === 'NOT_APPLICABLE' || ended.code === 'SESSION_NOT_OPEN');
        if (!ended.ok && !alreadyOver) {
          const known = errorCodeSchema.safeParse(ended.code);
          throw new AppError(known.success ? known.data : 'INTERNAL', ended.message);
        }
        // Idempotent: answers the ended session (and ends one that was never opened).
        return sessions.end(sessionId, userId);
      },
    );

    app.post(
      '/api/sessions/:sessionId/privacy-check',
      {
        schema: {
          tags,
          summary: 'Confirm a private space for this session',
          params: sessionIdParamsSchema,
          body: privacyCheckBodySchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await sessions.recordPrivacyCheck(request.params.sessionId, request.body, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/sessions/:sessionId/token',
      {
        schema: {
          tags,
          summary: 'A LiveKit token for the room, after every check of the gate',
          description:
            'Refusals, in the order checked: NOT_A_MEMBER (403), AGREEMENT_NOT_PUBLISHED (409), AGREEMENT_REQUIRED with details.version (403), PRIVACY_CHECK_REQUIRED (403), REMOVED_FROM_SESSION (403), SESSION_NOT_OPEN with details.status (409), WAITING_FOR_ADMISSION (403).',
          params: sessionIdParamsSchema,
          response: { 200: roomTokenSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => sessions.token(request.params.sessionId, request.requireUser()),
    );
  };
