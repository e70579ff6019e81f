import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recoveryCodesSchema, twoStepCodeBodySchema, twoStepEnrolmentSchema, twoStepStatusSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { TwoStep } from './service.js';

const tags = ['auth'];

/** Setting up and turning off two-step sign-in; the sign-in step itself is in the auth routes. */
export const twoStepRoutes =
  (twoStep: TwoStep): FastifyPluginAsyncZod =>
  async (app) => {
    const rateLimit = { max: app.config.SIGNIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };

    app.get(
      '/api/auth/two-step',
      { schema: { tags, summary: 'Whether two-step sign-in is on', response: { 200: twoStepStatusSchema, ...errors(401) } } },
      async (request) => twoStep.status(request.requireUser().id),
    );

    app.post(
      '/api/auth/two-step/begin',
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: 'Start setting up two-step sign-in: a new secret and its QR code',
          response: { 200: twoStepEnrolmentSchema, ...errors(401, 403, 409, 429) },
        },
      },
      async (request) => twoStep.begin(request.requireUser()),
    );

    app.post(
      '/api/auth/two-step/confirm',
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: 'Turn two-step sign-in on with a first code; answers the recovery codes, once',
          body: twoStepCodeBodySchema,
          response: { 200: recoveryCodesSchema, ...errors(400, 401, 403, 404, 409, 429) },
        },
      },
      async (request) => twoStep.confirm(request.requireUser().id, request.body.code),
    );

    app.post(
      '/api/auth/two-step/disable',
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: 'Turn two-step sign-in off with a current code or a recovery code',
          body: twoStepCodeBodySchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 429) },
        },
      },
      async (request, reply) => {
        await twoStep.disable(request.requireUser().id, request.body.code);
        return reply.status(204).send(null);
      },
    );
  };
