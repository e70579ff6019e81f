import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '@hearth/shared';
import { AppError } from '../lib/errors.js';
import { isDatabaseAway } from '../lib/database-errors.js';

/**
 * One place turns every failure into `{ statusCode, code, message, requestId }`.
 * 5xx answers never carry internals; the log gets the error, never the request body.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error, request, reply) => {
      const send = (body: Omit<ApiError, 'requestId'>) => {
        request.errorCode = body.code;
        return reply.status(body.statusCode).send({ ...body, requestId: request.id });
      };

      if (error instanceof AppError) {
        return send({
          statusCode: error.statusCode,
          code: error.code,
          message: error.message,
          ...(error.details ? { details: error.details } : {}),
        });
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const first = error.validation[0];
        const path = first?.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const field = [error.validationContext, path].filter(Boolean).join('.');
        return send({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: first ? `${field || 'request'}: ${first.message}` : 'The request is not valid',
          field,
        });
      }
      const err = error as { statusCode?: number; code?: string; message?: string };
      if (err.statusCode === 429) {
        return send({ statusCode: 429, code: 'RATE_LIMITED', message: 'Too many attempts. Wait a minute and try again.' });
      }
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
        // Fastify's own 4xx: malformed JSON, wrong content type, body too large.
        return send({ statusCode: err.statusCode, code: 'VALIDATION_FAILED', message: err.message ?? 'Bad request' });
      }
      if (isDatabaseAway(error)) {
        request.log.warn({ err: error }, 'database away');
        return send({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'Hearth lost its database for a moment. Try again in a few seconds.' });
      }
      request.log.error({ err: error }, 'unhandled error');
      return send({ statusCode: 500, code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' });
    });
  },
  { name: 'errors' },
);
