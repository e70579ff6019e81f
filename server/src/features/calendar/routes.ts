import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarFeedBodySchema, calendarFeedSchema, newCalendarFeedSchema, sessionIdParamsSchema } from '@hearth/shared';
import { notFound } from '../../lib/errors.js';
import { errors } from '../../lib/route.js';
import type { CalendarService } from './service.js';

const tags = ['calendar'];
const ICS = 'text/calendar; charset=utf-8';

export const calendarRoutes =
  (calendar: CalendarService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/me/calendar-feed',
      { schema: { tags, summary: 'Whether I have a calendar feed, and how it titles sessions', response: { 200: calendarFeedSchema, ...errors(401) } } },
      async (request) => calendar.feed(request.requireUser().id),
    );

    app.post(
      '/api/me/calendar-feed',
      {
        schema: {
          tags,
          summary: 'A new private feed address (shown once); the previous one stops working',
          body: calendarFeedBodySchema,
          response: { 201: newCalendarFeedSchema, ...errors(400, 401) },
        },
      },
      async (request, reply) => reply.status(201).send(await calendar.create(request.requireUser().id, request.body)),
    );

    app.patch(
      '/api/me/calendar-feed',
      {
        schema: {
          tags,
          summary: 'Show group names in my feed, or keep titles neutral',
          body: calendarFeedBodySchema,
          response: { 200: calendarFeedSchema, ...errors(400, 401, 404) },
        },
      },
      async (request) => calendar.update(request.requireUser().id, request.body),
    );

    app.delete(
      '/api/me/calendar-feed',
      { schema: { tags, summary: 'Revoke my feed: its address answers 404 from now on', response: { 204: z.null(), ...errors(401) } } },
      async (request, reply) => {
        await calendar.revoke(request.requireUser().id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/sessions/:sessionId/calendar.ics',
      {
        schema: {
          tags,
          summary: 'This session as an .ics file for my calendar (members)',
          params: sessionIdParamsSchema,
          response: { 200: z.string(), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const body = await calendar.sessionCalendar(request.params.sessionId, request.requireUser().id);
        return reply.type(ICS).header('cache-control', 'private, no-store').header('content-disposition', 'attachment; filename="hearth-session.ics"').send(body);
      },
    );

    // Calendars fetch this without a cookie: the unguessable address is the credential (logged by route only).
    app.get(
      '/calendar/:file',
      {
        schema: {
          tags,
          summary: 'My private calendar feed (the address from the account page)',
          params: z.object({ file: z.string().max(200) }),
          response: { 200: z.string(), ...errors(400, 404) },
        },
      },
      async (request, reply) => {
        const token = request.params.file.endsWith('.ics') ? request.params.file.slice(0, -4) : '';
        const body = await calendar.feedCalendar(token);
        if (body === null) throw notFound('Calendar');
        return reply.type(ICS).header('cache-control', 'private, no-cache').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex').send(body);
      },
    );
  };
