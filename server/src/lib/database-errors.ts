/**
 * SQLSTATEs that mean the connection, not the query, failed: class 08 (connection exception) and the
 * shutdown family 57P01–57P03 (an administrator restarted the server, it crashed, it is still starting).
 */
const CONNECTION_STATES = /^(08...|57P0[123])$/;
/** What node-postgres says when the socket itself went away. */
const CONNECTION_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|EPIPE|ENOENT .*\.s\.PGSQL/i;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOENT', 'ETIMEDOUT']);

/**
 * Whether an error means the database is away for now (restart, failover) rather than that the
 * request was wrong: then the answer is a retryable DATABASE_UNAVAILABLE, not a 500. Follows `cause`
 * a few steps, since drizzle wraps the driver's error.
 */
export function isDatabaseAway(err: unknown): boolean {
  let current = err;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (CONNECTION_STATES.test(code) || SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
