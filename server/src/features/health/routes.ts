import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const tags = ['health'];

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', { schema: { tags, summary: 'The process is alive', response: { 200: z.object({ ok: z.literal(true) }) } } }, async () => ({
    ok: true as const,
  }));

  app.get(
    '/readyz',
    {
      schema: {
        tags,
        summary: 'The database answers',
        response: { 200: z.object({ ok: z.literal(true), database: z.string() }), 503: z.object({ ok: z.literal(false), database: z.string() }) },
      },
    },
    async (_request, reply) => {
      try {
        await app.database.ping();
        return { ok: true as const, database: app.database.driver };
      } catch {
        return reply.status(503).send({ ok: false as const, database: app.database.driver });
      }
    },
  );
};
