import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { WebhookReceiver } from 'livekit-server-sdk';
import { z } from 'zod';
import { attendanceEntrySchema, sessionIdParamsSchema } from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import { errors } from '../../lib/route.js';
import type { SessionService } from '../sessions/service.js';
import { joinedAtOf, type Door } from '../door/service.js';
import type { AttendanceService } from './service.js';

const tags = ['attendance'];

export const attendanceRoutes =
  (attendance: AttendanceService, sessions: SessionService, door: Door): FastifyPluginAsyncZod =>
  async (app) => {
    const receiver = new WebhookReceiver(app.config.LIVEKIT_API_KEY, app.config.LIVEKIT_API_SECRET);
    // The signature covers the exact bytes LiveKit sent, so keep the body as a string.
    app.addContentTypeParser(['application/webhook+json', 'application/json'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

    app.post(
      '/api/livekit/webhook',
      {
        config: { sameSiteExempt: true }, // LiveKit signs it; it carries no cookie
        schema: {
          tags,
          summary: 'LiveKit webhooks (signed): records joins and leaves',
          body: z.string().max(64 * 1024),
          response: { 200: z.object({ result: z.enum(['applied', 'ignored', 'replay']) }), ...errors(400, 401) },
        },
      },
      async (request) => {
        const event = await receiver.receive(request.body, request.headers.authorization).catch(() => {
          throw new AppError('UNAUTHENTICATED', 'Webhook signature does not match');
        });
        const result = await attendance.apply(event);
        app.metrics.webhookEvents.inc({ event: event.event, result });
        // Judged even for a replay: putting out someone the gate refuses is safe to do twice.
        if (event.event === 'participant_joined' && event.room?.name && event.participant) {
          await door.joined(event.room.name, event.participant.identity, joinedAtOf(event.participant));
        }
        return { result };
      },
    );

    app.get(
      '/api/sessions/:sessionId/attendance',
      {
        schema: {
          tags,
          summary: 'Who was in the room and when (facilitators)',
          params: sessionIdParamsSchema,
          response: { 200: z.array(attendanceEntrySchema), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await sessions.requireFacilitatorOf(request.params.sessionId, request.requireUser().id);
        return attendance.list(request.params.sessionId);
      },
    );
  };
