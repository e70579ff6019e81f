import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  acceptAgreementBodySchema,
  agreementSchema,
  agreementVersionParamsSchema,
  agreementVersionSchema,
  currentAgreementSchema,
  groupIdParamsSchema,
  publishAgreementBodySchema,
} from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { AgreementService } from './service.js';

const tags = ['agreements'];
const signingContext = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent']?.slice(0, 400) });

export const agreementRoutes =
  (agreements: AgreementService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/groups/:groupId/agreement',
      {
        schema: {
          tags,
          summary: 'The current agreement and whether I signed it',
          params: groupIdParamsSchema,
          response: { 200: currentAgreementSchema, ...errors(400, 401, 403, 409) },
        },
      },
      async (request) => agreements.current(request.params.groupId, request.requireUser().id),
    );

    app.get(
      '/api/groups/:groupId/agreements',
      {
        schema: {
          tags,
          summary: 'Every version with its signers (facilitators)',
          params: groupIdParamsSchema,
          response: { 200: z.array(agreementVersionSchema), ...errors(400, 401, 403) },
        },
      },
      async (request) => agreements.history(request.params.groupId, request.requireUser().id),
    );

    app.post(
      '/api/groups/:groupId/agreements',
      {
        schema: {
          tags,
          summary: 'Publish a new version, signed with the facilitator’s full name (facilitators)',
          params: groupIdParamsSchema,
          body: publishAgreementBodySchema,
          response: { 201: agreementSchema, ...errors(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await agreements.publish(request.params.groupId, request.body, request.requireUser(), signingContext(request))),
    );

    app.post(
      '/api/groups/:groupId/agreements/:version/accept',
      {
        schema: {
          tags,
          summary: 'Sign the current version by typing one’s full name as on one’s account',
          params: agreementVersionParamsSchema,
          body: acceptAgreementBodySchema,
          response: { 200: z.object({ version: z.number().int() }), ...errors(400, 401, 403, 409) },
        },
      },
      async (request) => {
        const { groupId, version } = request.params;
        return agreements.accept(groupId, version, request.body, request.requireUser(), signingContext(request));
      },
    );
  };
