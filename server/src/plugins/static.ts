import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEFAULT_DIST = fileURLToPath(new URL('../../../client/dist', import.meta.url));

/**
 * Serves the built client, and answers every unknown non-API GET with its index.html so the client's
 * router can take it; anything else unknown is a 404 in the usual error shape. In development Vite
 * serves the client instead.
 */
export default fp(
  async (app) => {
    const root = app.config.CLIENT_DIST ?? DEFAULT_DIST;
    const serveClient = existsSync(root);
    if (serveClient) await app.register(fastifyStatic, { root, wildcard: false });
    else app.log.info('no built client found; API only (run `npm run build` to serve the client here)');

    app.setNotFoundHandler((request, reply) => {
      const clientRoute = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/socket.io');
      if (clientRoute && serveClient) return reply.sendFile('index.html');
      return reply.status(404).send({ statusCode: 404, code: 'NOT_FOUND', message: 'No such route', requestId: request.id });
    });
  },
  { name: 'static', dependencies: ['config'] },
);
