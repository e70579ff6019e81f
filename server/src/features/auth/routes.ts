import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signInBodySchema, signUpBodySchema, userSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/signup',
    {
      schema: { tags, summary: 'Create an account and sign in', body: signUpBodySchema, response: { 201: userSchema, ...errors(400, 403, 409) } },
    },
    async (request, reply) => {
      const { user, token } = await app.auth.signUp(request.body);
      app.setSessionCookie(reply, token);
      return reply.status(201).send(user);
    },
  );

  app.post(
    '/api/auth/signin',
    {
      config: { rateLimit: { max: app.config.SIGNIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Sign in', body: signInBodySchema, response: { 200: userSchema, ...errors(400, 401, 403, 429) } },
    },
    async (request, reply) => {
      const { user, token } = await app.auth.signIn(request.body);
      app.setSessionCookie(reply, token);
      return user;
    },
  );

  app.post(
    '/api/auth/signout',
    { schema: { tags, summary: 'Sign out', response: { 204: z.null(), ...errors(403) } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await app.auth.signOut(token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags, summary: 'The signed-in person', response: { 200: userSchema, ...errors(401) } } },
    async (request) => request.requireUser(),
  );
};
