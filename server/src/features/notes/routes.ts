import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  groupNoteInputSchema,
  memberNoteInputSchema,
  memberNoteParamsSchema,
  recapInputSchema,
  sessionIdParamsSchema,
  sessionNotesSchema,
  sessionRecapSchema,
} from '@hearth/shared';
import { errors } from '../../lib/route.js';
import type { NotesService } from './service.js';

const tags = ['notes'];

export const notesRoutes =
  (notes: NotesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sessions/:sessionId/notes',
      {
        schema: {
          tags,
          summary: 'The facilitators’ notes on a session: the group note, a note per member with attendance, the recap, entries members shared (facilitators)',
          params: sessionIdParamsSchema,
          response: { 200: sessionNotesSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => notes.read(request.params.sessionId, request.requireUser().id),
    );

    app.put(
      '/api/sessions/:sessionId/notes/group',
      {
        schema: {
          tags,
          summary: 'Save the group note (themes, dynamics, risk, plan); all empty deletes it (facilitators, once the session has begun)',
          params: sessionIdParamsSchema,
          body: groupNoteInputSchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await notes.saveGroupNote(request.params.sessionId, request.body, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/sessions/:sessionId/notes/members/:memberId',
      {
        schema: {
          tags,
          summary: 'Save the note on one member for this session; empty deletes it (facilitators, once the session has begun)',
          params: memberNoteParamsSchema,
          body: memberNoteInputSchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await notes.saveMemberNote(request.params.sessionId, request.params.memberId, request.body, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/sessions/:sessionId/recap',
      {
        schema: {
          tags,
          summary: 'The recap for members who missed the session (everyone in the group)',
          params: sessionIdParamsSchema,
          response: { 200: sessionRecapSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => notes.recap(request.params.sessionId, request.requireUser().id),
    );

    app.put(
      '/api/sessions/:sessionId/recap',
      {
        schema: {
          tags,
          summary: 'Write the recap, first names only; empty takes it down (facilitators, once the session has ended)',
          params: sessionIdParamsSchema,
          body: recapInputSchema,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await notes.saveRecap(request.params.sessionId, request.body, request.requireUser().id);
        return reply.status(204).send(null);
      },
    );
  };
