import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signInBodySchema, signUpBodySchema, twoStepCodeBodySchema, twoStepPendingSchema, userSchema } from '@hearth/shared';
import { cookieSecure } from '../../config.js';
import { errors } from '../../lib/route.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import type { AuthService } from './service.js';

const tags = ['auth'];
/** Holds the pending sign-in between the password and the code; sent only to the second step. */
const PENDING_COOKIE = 'hearth_two_step';
const PENDING_PATH = '/api/auth/signin/two-step';

export const authRoutes =
  (auth: AuthService): FastifyPluginAsyncZod =>
  async (app) => {
    const signInLimit = { max: app.config.SIGNIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };

    app.post(
      '/api/auth/signup',
      {
        config: { rateLimit: { max: app.config.SIGNUP_RATE_LIMIT_PER_HOUR, timeWindow: '1 hour' } },
        schema: { tags, summary: 'Create an account and sign in', body: signUpBodySchema, response: { 201: userSchema, ...errors(400, 403, 409, 429) } },
      },
      async (request, reply) => {
        const { user, token } = await auth.signUp(request.body);
        app.setSessionCookie(reply, token);
        return reply.status(201).send(user);
      },
    );

    app.post(
      '/api/auth/signin',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags,
          summary: 'Sign in; 202 when the second step (a code from her app) is still to come',
          body: signInBodySchema,
          response: { 200: userSchema, 202: twoStepPendingSchema, ...errors(400, 401, 403, 429) },
        },
      },
      async (request, reply) => {
        const result = await auth.signIn(request.body);
        if ('pendingToken' in result) {
          reply.setCookie(PENDING_COOKIE, result.pendingToken, {
            httpOnly: true,
            sameSite: 'strict',
            secure: cookieSecure(app.config),
            path: PENDING_PATH,
            maxAge: 5 * 60,
          });
          return reply.status(202).send({ twoStepRequired: true });
        }
        app.setSessionCookie(reply, result.token);
        return reply.status(200).send(result.user);
      },
    );

    app.post(
      PENDING_PATH,
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags,
          summary: 'Second step of sign-in: a code from her app or a recovery code',
          body: twoStepCodeBodySchema,
          response: { 200: userSchema, ...errors(400, 401, 403, 429) },
        },
      },
      async (request, reply) => {
        const { user, token } = await auth.completeTwoStep(request.cookies[PENDING_COOKIE], request.body.code);
        reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
        app.setSessionCookie(reply, token);
        return user;
      },
    );

    app.post('/api/auth/signout', { schema: { tags, summary: 'Sign out', response: { 204: z.null(), ...errors(403) } } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await auth.signOut(token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    });

    app.get('/api/auth/me', { schema: { tags, summary: 'The signed-in person', response: { 200: userSchema, ...errors(401) } } }, async (request) =>
      request.requireUser(),
    );
  };
