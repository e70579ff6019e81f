import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { directoryGroupDetailSchema, directoryPageSchema, directoryQuerySchema, groupIdParamsSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { DirectoryService } from './service.js';

const tags = ['directory'];

/** Open to anyone, signed in or not: listed groups only, and of their members only the seats left. */
export const directoryRoutes =
  (directory: DirectoryService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/directory',
      {
        schema: {
          tags,
          summary: 'Listed groups, newest first, filtered and paged (no sign-in needed)',
          querystring: directoryQuerySchema,
          response: { 200: directoryPageSchema, ...errors(400) },
        },
      },
      async (request) => directory.page(request.query),
    );

    app.get(
      '/api/directory/:groupId',
      {
        schema: {
          tags,
          summary: 'One listed group and its intake questions (no sign-in needed)',
          params: groupIdParamsSchema,
          response: { 200: directoryGroupDetailSchema, ...errors(400, 404) },
        },
      },
      async (request) => directory.detail(request.params.groupId),
    );
  };
