import type { z } from 'zod';
import { apiErrorSchema, CSRF_HEADER, type ErrorCode } from '@hearth/shared';

/** Server codes, plus the two ways a request can fail before the server has its say. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** A failed request, carrying the server's stable code so screens can decide what to show. */
export class ApiRequestError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    code: ClientErrorCode;
    status: number;
    message: string;
    field?: string | undefined;
    details?: Record<string, unknown> | undefined;
    requestId?: string | undefined;
  }) {
    super(init.message);
    this.name = 'ApiRequestError';
    this.code = init.code;
    this.status = init.status;
    this.field = init.field;
    this.details = init.details;
    this.requestId = init.requestId;
  }
}

export const isApiError = (error: unknown, ...codes: ClientErrorCode[]): error is ApiRequestError =>
  error instanceof ApiRequestError && (codes.length === 0 || codes.includes(error.code));

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions<S extends z.ZodType | undefined> {
  method?: Method;
  body?: unknown;
  /** Validates the success body; leave out for answers without one (204). */
  schema?: S;
  signal?: AbortSignal | undefined;
}

type Result<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * The one way the client talks to /api: same-origin cookies, the header the server's cross-site
 * check asks for on every write, errors turned into ApiRequestError, success bodies checked
 * against the shared schema so a mismatch fails here rather than deep inside a screen.
 */
export async function apiRequest<S extends z.ZodType | undefined = undefined>(
  path: string,
  { method = 'GET', body, schema, signal }: RequestOptions<S> = {},
): Promise<Result<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiRequestError({ code: 'NETWORK_ERROR', status: 0, message: 'The request did not reach Hearth.' });
  }

  const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw toRequestError(response.status, json);
  if (!schema) return undefined as Result<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiRequestError({ code: 'UNEXPECTED_RESPONSE', status: response.status, message: `Unexpected answer from ${path}` });
  }
  return parsed.data as Result<S>;
}

function toRequestError(status: number, json: unknown): ApiRequestError {
  const parsed = apiErrorSchema.safeParse(json);
  if (!parsed.success) {
    // A proxy or gateway answered instead of Hearth.
    const code = status >= 500 ? 'INTERNAL' : 'UNEXPECTED_RESPONSE';
    return new ApiRequestError({ code, status, message: `HTTP ${status}` });
  }
  const { code, message, field, details, requestId } = parsed.data;
  return new ApiRequestError({ code, status, message, field, details, requestId });
}
