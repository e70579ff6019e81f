import fastifyStatic from '@fastify/static';
import type { App } from '../server/src/app.js';

/**
 * Serves the built client from the app under test, as server/src/plugins/static.ts means to.
 *
 * Why this exists: that plugin calls setNotFoundHandler, which server/src/plugins/errors.ts has
 * already called in the same (unencapsulated) context, so buildApp throws "Not found handler
 * already set" whenever client/dist exists. Until the server folds the index.html fallback into its
 * one not-found handler, the suite starts the app with CLIENT_DIST pointing nowhere (the static
 * plugin then steps aside) and adds the same behaviour here: files from dist, index.html for any
 * other GET outside /api, the API's own 404 shape inside it. Delete this once the server is fixed.
 */
export async function serveBuiltClient(app: App, root: string) {
  await app.register(fastifyStatic, { root, wildcard: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({ statusCode: 404, code: 'NOT_FOUND', message: 'No such route', requestId: request.id });
    }
    return reply.sendFile('index.html');
  });
}
