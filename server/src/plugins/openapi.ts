import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document comes from the same zod schemas the routes validate with. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Hearth API',
          version: '0.1.0',
          description:
            'Facilitated process groups over live video. Every error answers `{ statusCode, code, message, requestId }`; ' +
            `cookie-authenticated writes must send the header \`x-hearth-request: 1\`.`,
        },
      },
      transform: jsonSchemaTransform,
    });
    // Its page needs inline script and style: staticCSP sends a policy with their hashes for these routes alone.
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
