import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEFAULT_DIST = fileURLToPath(new URL('../../../client/dist', import.meta.url));

/**
 * Serves the built client, with every unknown non-API path answered by index.html so the
 * client's router can take it. In development Vite serves the client instead.
 */
export default fp(
  async (app) => {
    const root = app.config.CLIENT_DIST ?? DEFAULT_DIST;
    if (!existsSync(root)) {
      app.log.info('no built client found; API only (run `npm run build` to serve the client here)');
      return;
    }
    await app.register(fastifyStatic, { root, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.status(404).send({ statusCode: 404, code: 'NOT_FOUND', message: 'No such route', requestId: request.id });
    });
  },
  { name: 'static', dependencies: ['config'] },
);
