import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  journalAnswersSchema,
  journalEntriesSchema,
  journalEntryParamsSchema,
  journalEntrySchema,
  journalExportQuerySchema,
  newJournalEntrySchema,
  sessionIdParamsSchema,
} from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { JournalService } from './service.js';

const tags = ['journal'];
// Sent as the file's text, never serialized again: Markdown (text/markdown) or JSON ({ exportedAt, entries }).
const fileAnswer = z.string().describe('Her journal as a download: Markdown, or JSON { exportedAt, entries }');

export const journalRoutes =
  (journal: JournalService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/journal',
      { schema: { tags, summary: 'My journal entries, newest session first (mine only)', response: { 200: journalEntriesSchema, ...errors(401) } } },
      async (request) => journal.list(request.requireUser().id),
    );

    app.get(
      '/api/journal/export',
      { schema: { tags, summary: 'Download my whole journal', querystring: journalExportQuerySchema, response: { 200: fileAnswer, ...errors(400, 401) } } },
      async (request, reply) => {
        const file = await journal.export(request.requireUser().id, request.query.format);
        return reply.type(file.type).header('content-disposition', `attachment; filename="${file.filename}"`).header('cache-control', 'no-store').send(file.body);
      },
    );

    app.post(
      '/api/journal',
      {
        schema: {
          tags,
          summary: 'Write a reflection on a session that has ended (members of its group)',
          body: newJournalEntrySchema,
          response: { 201: journalEntrySchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await journal.create(request.body, request.requireUser().id)),
    );

    app.patch(
      '/api/journal/:entryId',
      {
        schema: {
          tags,
          summary: 'Change one of my entries',
          params: journalEntryParamsSchema,
          body: journalAnswersSchema,
          response: { 200: journalEntrySchema, ...errors(400, 401, 404) },
        },
      },
      async (request) => journal.update(request.params.entryId, request.body, request.requireUser().id),
    );

    app.delete(
      '/api/journal/:entryId',
      { schema: { tags, summary: 'Delete one of my entries for good', params: journalEntryParamsSchema, response: { 204: z.null(), ...errors(400, 401, 404) } } },
      async (request, reply) => {
        await journal.remove(request.params.entryId, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/journal/:entryId/share',
      {
        schema: {
          tags,
          summary: 'Share this one entry with the facilitators of its group',
          params: journalEntryParamsSchema,
          response: { 200: journalEntrySchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => journal.share(request.params.entryId, true, request.requireUser().id),
    );

    app.delete(
      '/api/journal/:entryId/share',
      { schema: { tags, summary: 'Stop sharing this entry', params: journalEntryParamsSchema, response: { 200: journalEntrySchema, ...errors(400, 401, 404) } } },
      async (request) => journal.share(request.params.entryId, false, request.requireUser().id),
    );

    app.get(
      '/api/sessions/:sessionId/journal',
      {
        schema: {
          tags,
          summary: 'My entries about this session (mine only)',
          params: sessionIdParamsSchema,
          response: { 200: journalEntriesSchema, ...errors(400, 401, 404) },
        },
      },
      async (request) => journal.forSession(request.params.sessionId, request.requireUser().id),
    );
  };
