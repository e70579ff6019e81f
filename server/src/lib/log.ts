import { DrizzleQueryError } from 'drizzle-orm/errors';

/** What a Postgres error (node-postgres or PGlite) says about where it failed, and nothing about the values. */
const SAFE_DATABASE_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'constraint', 'routine'] as const;

type Fields = Record<string, unknown>;
/** The shape pino and Fastify expect of a serialized error. */
export type SerializedError = { type: string; message: string; stack: string; [field: string]: unknown };

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** A Postgres error carries a five-character SQLSTATE and the server routine that raised it. */
const isDatabaseError = (value: Fields) => typeof value.code === 'string' && /^[0-9A-Z]{5}$/.test(value.code) && ('severity' in value || 'routine' in value);

/** The database error behind an error, following `cause` a few steps (drizzle wraps the driver's). */
function databaseCause(err: unknown): Fields | undefined {
  let current = err;
  for (let depth = 0; depth < 5 && isObject(current); depth += 1) {
    if (isDatabaseError(current)) return current;
    current = current.cause;
  }
  return undefined;
}

/**
 * The `err` serializer of every log line. A failed query's message, `detail` and drizzle's `params` carry
 * the values of the query (an email, a password hash, a typed name, an IP), and so does the stack, whose
 * first line is the message: a database error is logged as its code and the table and constraint it
 * hit, nothing else. Other errors keep type, message and stack, but not their custom fields.
 */
export function serializeError(err: unknown): SerializedError {
  if (!isObject(err)) return { type: typeof err, message: String(err), stack: '' };
  const database = databaseCause(err);
  if (database || err instanceof DrizzleQueryError) {
    const safe: SerializedError = { type: 'DatabaseError', message: `query failed (${String(database?.code ?? 'no code')})`, stack: '' };
    for (const field of SAFE_DATABASE_FIELDS) if (database?.[field] !== undefined) safe[field] = database[field];
    return safe;
  }
  const { name, message, stack, code, statusCode } = err;
  return {
    type: String(name ?? 'Error'),
    message: String(message ?? ''),
    stack: String(stack ?? ''),
    ...(code === undefined ? {} : { code }),
    ...(statusCode === undefined ? {} : { statusCode }),
  };
}
