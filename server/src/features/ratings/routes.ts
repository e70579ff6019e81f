import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkoutRatingInputSchema, myCheckoutSchema, sessionIdParamsSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { RatingService } from './service.js';

const tags = ['ratings'];

export const ratingRoutes =
  (ratings: RatingService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sessions/:sessionId/checkout',
      {
        schema: {
          tags,
          summary: 'Whether she may answer the check-out questions for this session, and whether she has (never her answers)',
          params: sessionIdParamsSchema,
          response: { 200: myCheckoutSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => ratings.mine(request.params.sessionId, request.requireUser().id),
    );

    app.post(
      '/api/sessions/:sessionId/checkout',
      {
        schema: {
          tags,
          summary: 'Answer the check-out questions once, after the session ended (members)',
          params: sessionIdParamsSchema,
          body: checkoutRatingInputSchema,
          response: { 201: myCheckoutSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.code(201).send(await ratings.answer(request.params.sessionId, request.requireUser().id, request.body)),
    );
  };
