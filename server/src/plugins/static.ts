import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

declare module 'fastify' {
  interface FastifyInstance {
    serveClientApp?: boolean;
  }
}

const DEFAULT_DIST = fileURLToPath(new URL('../../../client/dist', import.meta.url));

/**
 * Serves the built client; the not-found handler (plugins/errors.ts) answers every unknown
 * non-API GET with index.html so the client's router can take it. In development Vite serves the
 * client instead.
 */
export default fp(
  async (app) => {
    const root = app.config.CLIENT_DIST ?? DEFAULT_DIST;
    if (!existsSync(root)) {
      app.log.info('no built client found; API only (run `npm run build` to serve the client here)');
      return;
    }
    await app.register(fastifyStatic, { root, wildcard: false });
    app.decorate('serveClientApp', true);
  },
  { name: 'static', dependencies: ['config'] },
);
