import { userInfo } from 'node:os';

/**
 * The real services the suites talk to. A suite whose service is missing fails under CI=true and
 * is skipped with a loud message elsewhere, so a developer without Postgres can still run the rest.
 */
export const inCI = () => process.env.CI === 'true' || process.env.CI === '1';

export const TEST_LIVEKIT = {
  port: Number(process.env.TEST_LIVEKIT_PORT ?? 17880),
  apiKey: 'hearthtest',
  apiSecret: 'hearth-test-secret-that-is-long-enough-0123456789',
};

/**
 * Admin connection for creating one throwaway database per suite. The Unix socket with peer
 * authentication as the current OS user (a superuser role of that name: `.ci/run` makes one) also
 * works inside a network namespace.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? `postgres://${userInfo().username}@/postgres?host=/var/run/postgresql`;

export function missingService(what: string, howToFix: string): string {
  const message = `${what} is not available: ${howToFix}`;
  if (inCI()) throw new Error(`[CI] ${message}`);
  console.warn(`\n*** SKIPPING: ${message} ***\n`);
  return message;
}
