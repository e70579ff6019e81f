import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { devMailSchema, passwordResetRequestedSchema, passwordResetTokenSchema, requestPasswordResetBodySchema, resetPasswordBodySchema } from '@hearth/shared';
import type { Mailer } from '../../lib/mail.js';
import { errors } from '../../lib/route.js';
import type { PasswordReset } from './password-reset.js';

const tags = ['auth'];

export const passwordResetRoutes =
  (reset: PasswordReset, mailer: Mailer): FastifyPluginAsyncZod =>
  async (app) => {
    // Limited per address like sign-in: each request may send mail, each reset guesses a token.
    const rateLimit = { max: app.config.SIGNIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };

    app.post(
      '/api/auth/password-reset/request',
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: 'Ask for a one-time link to set a new password; the same answer whether or not the email has an account',
          body: requestPasswordResetBodySchema,
          response: { 202: passwordResetRequestedSchema, ...errors(400, 403, 429) },
        },
      },
      async (request, reply) => reply.status(202).send(await reset.request(request.body)),
    );

    app.get(
      '/api/auth/password-reset/:token',
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: 'Whether a reset link can still be used (204) or not (410)',
          params: z.object({ token: passwordResetTokenSchema }),
          response: { 204: z.null(), ...errors(400, 410, 429) },
        },
      },
      async (request, reply) => {
        await reset.check(request.params.token);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password-reset',
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: 'Set a new password with a reset link; ends every sign-in of hers',
          body: resetPasswordBodySchema,
          response: { 204: z.null(), ...errors(400, 403, 410, 429) },
        },
      },
      async (request, reply) => {
        await reset.reset(request.body);
        return reply.status(204).send(null);
      },
    );

    // Outside production, without SMTP: the mail that would have been sent, for the person testing.
    if (mailer.devMailboxOn) {
      app.get(
        '/api/dev/mailbox',
        {
          schema: { tags: ['development'], summary: 'Mail kept instead of sent (development only, never in production)', response: { 200: z.array(devMailSchema) } },
        },
        async () => mailer.messages(),
      );
    }
  };
