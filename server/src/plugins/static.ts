import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { CLIENT_DIST } from '../lib/paths.js';

const DEFAULT_DIST = CLIENT_DIST;

/** Vite names every built asset by its content hash, so a name never changes meaning: cache it for good. */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const YEAR_SECONDS = 365 * 24 * 3600;

/** index.html names the current assets: always asked again (an unchanged one answers 304 by its ETag). */
const noCache = (reply: FastifyReply) => reply.header('cache-control', 'no-cache');

/**
 * Serves the built client (compressed by @fastify/compress, registered in app.ts before every route); hashed
 * assets cached for a year as immutable, index.html revalidated each time; source maps never served.
 * Every unknown non-API GET or HEAD answers index.html so the client's router can take it; anything else
 * unknown is a 404 in the usual error shape. In development Vite serves the client instead.
 */
export default fp(
  async (app) => {
    const root = app.config.CLIENT_DIST ?? DEFAULT_DIST;
    const serveClient = existsSync(root);
    if (serveClient) {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        cacheControl: false,
        // Built with hidden source maps for error reports; they stay on the server.
        allowedPath: (pathName) => !pathName.endsWith('.map'),
        setHeaders: (res, path) => {
          const name = path.slice(root.length).replaceAll('\\', '/');
          res.header('cache-control', HASHED_ASSET.test(name) ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache');
        },
      });
      app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) => reply.redirect('/favicon.svg', 301));
    } else if (app.config.NODE_ENV === 'development') {
      app.log.info('the client is served by Vite in development; this process answers the API');
    } else {
      app.log.info('no built client found; API only (run `npm run build` to serve the client here)');
    }

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const page = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && !path.startsWith('/socket.io');
      // A missing file (/x.js, /x.map) is a 404, not the page: only extension-less paths are routes.
      if (page && serveClient && !/\.[a-z0-9]+$/i.test(path)) return noCache(reply).sendFile('index.html');
      return reply.status(404).send({ statusCode: 404, code: 'NOT_FOUND', message: 'No such route', requestId: request.id });
    });
  },
  { name: 'static', dependencies: ['config'] },
);
