import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { groupIdParamsSchema, groupRecordSchema, sessionIdParamsSchema, sessionReportSchema } from '@hearth/shared';
import { errors } from '../../lib/route.js';
import { csvFilename, groupRecordCsv, sessionReportCsv } from './csv.js';
import type { RecordService } from './service.js';

const tags = ['record'];
/** The CSV file itself (text/csv, UTF-8 with a byte order mark): a string body is sent as it is, never serialised as JSON. */
const csvAnswer = z.string().describe('A CSV file (text/csv)');

export const recordRoutes =
  (record: RecordService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sessions/:sessionId/report',
      {
        schema: {
          tags,
          summary: 'An ended session’s report: attendance, airtime against a fair share, rounds, moments, removals (facilitators)',
          params: sessionIdParamsSchema,
          response: { 200: sessionReportSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => record.sessionReport(request.params.sessionId, request.requireUser().id),
    );

    app.get(
      '/api/sessions/:sessionId/report.csv',
      {
        schema: {
          tags,
          summary: 'The session’s report per member as CSV (facilitators)',
          params: sessionIdParamsSchema,
          response: { 200: csvAnswer, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const report = await record.sessionReport(request.params.sessionId, request.requireUser().id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${csvFilename('session', report.session.scheduledStart)}"`)
          .header('cache-control', 'no-store')
          .send(sessionReportCsv(report));
      },
    );

    app.get(
      '/api/groups/:groupId/record',
      {
        schema: {
          tags,
          summary: 'Attendance, airtime share and check-out averages over the group’s last sessions (facilitators)',
          params: groupIdParamsSchema,
          response: { 200: groupRecordSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => record.groupRecord(request.params.groupId, request.requireUser().id),
    );

    app.get(
      '/api/groups/:groupId/record.csv',
      {
        schema: {
          tags,
          summary: 'Attendance and airtime share per member and session as CSV (facilitators)',
          params: groupIdParamsSchema,
          response: { 200: csvAnswer, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const result = await record.groupRecord(request.params.groupId, request.requireUser().id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${csvFilename('group-record', new Date().toISOString())}"`)
          .header('cache-control', 'no-store')
          .send(groupRecordCsv(result));
      },
    );
  };
