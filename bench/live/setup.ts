/**
 * Real people, groups and open sessions, made through Hearth's own HTTP API (an in-process app on
 * the benchmark's database, reached with inject) exactly as browsers would make them — except, with
 * `directAccounts`, the accounts themselves (see there).
 */
import { randomUUID } from 'node:crypto';
import { CSRF_HEADER } from '@hearth/shared';
import { buildApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createAuthRepository } from '../../server/src/features/auth/repository.js';
import { hashPassword, randomToken, sha256 } from '../../server/src/lib/crypto.js';

export const PUBLIC_URL = 'http://hearth.test';
const AGREEMENT = 'What is said in the group stays in the group. We do not record, screenshot or repeat what others share, and we join from a private space.';

export interface Account {
  id: string;
  cookie: string;
  displayName: string;
}

/** One group: its facilitator, its members, and one open session per configuration that needs one. */
export interface GroupFixture {
  facilitator: Account;
  members: Account[];
  groupId: string;
  /** Open sessions by the name of what they are for (a configuration, or its warm-up). */
  sessions: Record<string, string>;
}

export async function setupApp(env: { DATABASE_URL: string; LIVEKIT_URL: string; LIVEKIT_API_KEY: string; LIVEKIT_API_SECRET: string } & Record<string, string>) {
  const app = await buildApp(
    // Many sign-ups from one address, and facilitators without an authenticator app open the sessions.
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PUBLIC_URL,
      SIGNIN_RATE_LIMIT_PER_MINUTE: '100000',
      SIGNUP_RATE_LIMIT_PER_HOUR: '100000',
      REQUIRE_FACILITATOR_TWO_STEP: 'false',
      ...env,
    }),
  );
  await app.ready();
  return app;
}

async function call(app: App, who: Account | undefined, method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await app.inject({
    method,
    url,
    headers: { [CSRF_HEADER]: '1', ...(who?.cookie ? { cookie: `hearth_session=${who.cookie}` } : {}) },
    ...(payload === undefined ? {} : { payload }),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
  return res;
}

/** Makes one signed-in account. */
export type MakeAccount = (displayName: string) => Promise<Account>;

const PASSWORD = 'correct horse battery';

export const apiSignUp =
  (app: App): MakeAccount =>
  (displayName) =>
    signUp(app, displayName);

/**
 * Accounts as sign-up leaves them — the user row and a sign-in whose token is her cookie — written
 * with Hearth's own auth repository, all sharing one password hash. Sign-up hashes each password
 * with scrypt (32 MiB per hash), which made the thousands of people of 200+ rooms take minutes of
 * both cores before anything was measured; no bench/live measurement involves a password. The
 * groups, invites, agreements, privacy checks and sessions are still made through the HTTP API.
 */
export function directAccounts(app: App): MakeAccount {
  const repo = createAuthRepository(app.db);
  const passwordHash = hashPassword(PASSWORD);
  return async (displayName) => {
    const user = await repo.insertUser({ email: `person-${randomUUID()}@bench.test`, displayName, passwordHash: await passwordHash });
    if (!user) throw new Error('no user row');
    const token = randomToken();
    const now = Date.now();
    await repo.insertSession({
      userId: user.id,
      tokenHash: sha256(token),
      idleExpiresAt: new Date(now + 24 * 3_600_000),
      absoluteExpiresAt: new Date(now + 7 * 24 * 3_600_000),
    });
    return { id: user.id, cookie: token, displayName };
  };
}

async function signUp(app: App, displayName: string): Promise<Account> {
  const email = `person-${randomUUID()}@bench.test`;
  const res = await call(app, undefined, 'POST', '/api/auth/signup', { email, password: PASSWORD, displayName });
  const cookie = res.cookies.find((c) => c.name === 'hearth_session')?.value;
  if (!cookie) throw new Error('sign-up set no session cookie');
  return { id: (res.json() as { id: string }).id, cookie, displayName };
}

const FIRST_NAMES = ['Ada', 'Bea', 'Cleo', 'Dana', 'Edda', 'Fay', 'Gwen', 'Hana', 'Ines', 'Jo', 'Kim'];

/** A group with a published agreement and `memberCount` members who joined by invite and signed it. */
export async function createGroup(app: App, index: number, memberCount: number, makeAccount: MakeAccount = apiSignUp(app)): Promise<GroupFixture> {
  const facilitator = await makeAccount(`Fran Facilitator${index}`);
  const group = await call(app, facilitator, 'POST', '/api/groups', {
    name: `Bench group ${index}`,
    focus: 'Working mothers in management roles',
    description: 'A closed weekly process group.',
    capacity: memberCount,
    costPerSessionCents: 4500,
    currency: 'EUR',
    schedule: { weekday: 'tuesday', time: '19:30', timezone: 'Europe/Berlin', durationMinutes: 90 },
  });
  const groupId = (group.json() as { id: string }).id;
  const published = await call(app, facilitator, 'POST', `/api/groups/${groupId}/agreements`, { body: AGREEMENT, typedName: facilitator.displayName });
  const { version, sha256 } = published.json() as { version: number; sha256: string };

  const members = await Promise.all(
    Array.from({ length: memberCount }, async (_, i) => {
      const member = await makeAccount(`${FIRST_NAMES[i % FIRST_NAMES.length]} Member${index}x${i}`);
      const invite = await call(app, facilitator, 'POST', `/api/groups/${groupId}/invites`, { label: `seat ${i}` });
      await call(app, member, 'POST', `/api/invites/${(invite.json() as { token: string }).token}/accept`);
      await call(app, member, 'POST', `/api/groups/${groupId}/agreements/${version}/accept`, { typedName: member.displayName, sha256 });
      return member;
    }),
  );
  return { facilitator, members, groupId, sessions: {} };
}

/** Schedules a session, has everyone confirm the privacy check, and opens it (a LiveKit room). */
export async function openSession(app: App, group: GroupFixture): Promise<string> {
  const res = await call(app, group.facilitator, 'POST', `/api/groups/${group.groupId}/sessions`, {
    scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
  });
  const sessionId = (res.json() as { id: string }).id;
  for (const person of [group.facilitator, ...group.members]) {
    await call(app, person, 'POST', `/api/sessions/${sessionId}/privacy-check`, { privateSpace: true, headphones: true });
  }
  await call(app, group.facilitator, 'POST', `/api/sessions/${sessionId}/open`);
  return sessionId;
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  });
  await Promise.all(lanes);
  return results;
}
