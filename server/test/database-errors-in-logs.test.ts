import { Writable } from 'node:stream';
import { beforeEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { sha256 } from '../src/lib/crypto.js';
import { describeEachDatabase, Person, query, type Harness } from './harness.js';
import { confirmPrivacy, createGroup, groupWithMember, invite, join, publish, scheduleSession } from './fixtures.js';

const lines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

// Values nobody else in the suite uses, so finding one in the log can only mean this request leaked it.
const USER_AGENT = 'Mozilla/5.0 (Leakcheck-Browser 7.7)';
const IP = '203.0.113.77';
// Each signs with her own full name (anything else is refused before the database is asked).
const MEMBER_NAME = 'Wilhelmina Verschwiegen';
const FACILITATOR_NAME = 'Ottilie Stillschweig';

/** A table whose every new or changed row fails, as a broken migration or a bad deploy would leave it. */
async function whileRefusingWrites<T>(h: Harness, table: string, act: () => Promise<T>) {
  await query(h.app, sql.raw(`alter table ${table} add constraint test_refuses_writes check (false) not valid`));
  try {
    return await act();
  } finally {
    await query(h.app, sql.raw(`alter table ${table} drop constraint test_refuses_writes`));
  }
}

/** A column gone missing, so even a lookup fails (and drizzle's error then holds the looked-up value). */
async function whileColumnMissing<T>(h: Harness, table: string, column: string, act: () => Promise<T>) {
  await query(h.app, sql.raw(`alter table ${table} rename column ${column} to ${column}_gone`));
  try {
    return await act();
  } finally {
    await query(h.app, sql.raw(`alter table ${table} rename column ${column}_gone to ${column}`));
  }
}

function expectNothingLeaked(res: { statusCode: number; body: string }, secrets: string[]) {
  expect(res.statusCode).toBeGreaterThanOrEqual(500);
  const log = lines.join('');
  for (const secret of [...secrets, 'scrypt$']) {
    expect(log).not.toContain(secret);
    expect(res.body).not.toContain(secret);
  }
  // The failure is in the log, as a database error with its code: what an operator needs, and no more.
  expect(log).toContain('"type":"DatabaseError"');
  expect(log).toMatch(/"code":"[0-9A-Z]{5}"/);
}

describeEachDatabase(
  'what a failed query leaves in the log',
  (h) => {
    beforeEach(() => {
      lines.length = 0;
    });

    it('holds no email, name, password or its hash when sign-up fails in the database', async () => {
      const email = `ottilie.leak.${Date.now()}@example.test`;
      const body = { email, password: 'a long secret passphrase', displayName: 'Ottilie Geheimnis' };
      const res = await whileRefusingWrites(h, 'users', () =>
        h.app.inject({ method: 'POST', url: '/api/auth/signup', headers: { 'x-hearth-request': '1' }, payload: body }),
      );
      expectNothingLeaked(res, [email, body.password, body.displayName]);
    });

    it('holds no email or password when sign-in fails in the database', async () => {
      const person = await Person.signUp(h.app, 'Theodora Signin');
      lines.length = 0;
      // Signed out, as one signs in: with her cookie the session lookup would fail first.
      const payload = { email: person.email, password: person.password };
      const res = await whileColumnMissing(h, 'users', 'email', () =>
        h.app.inject({ method: 'POST', url: '/api/auth/signin', headers: { 'x-hearth-request': '1' }, payload }),
      );
      expectNothingLeaked(res, [person.email, person.password, person.displayName]);
    });

    it('holds no typed name, address or browser when signing or publishing an agreement fails', async () => {
      const facilitator = await Person.signUp(h.app, FACILITATOR_NAME);
      const { id: groupId } = await createGroup(facilitator);
      await publish(facilitator, groupId);
      const member = await join(h.app, facilitator, groupId, MEMBER_NAME);
      const current = (await member.request('GET', `/api/groups/${groupId}/agreement`)).json() as { version: number; sha256: string };
      lines.length = 0;
      const context = { 'user-agent': USER_AGENT, 'x-forwarded-for': IP };
      const [signed, published] = await whileRefusingWrites(h, 'agreement_acceptances', async () => [
        await member.request('POST', `/api/groups/${groupId}/agreements/${current.version}/accept`, { typedName: MEMBER_NAME, sha256: current.sha256 }, context),
        await facilitator.request(
          'POST',
          `/api/groups/${groupId}/agreements`,
          { body: 'A new text we all keep to, word for word.', typedName: FACILITATOR_NAME },
          context,
        ),
      ]);
      for (const res of [signed, published]) expectNothingLeaked(res, [MEMBER_NAME, FACILITATOR_NAME, USER_AGENT, IP, member.email, facilitator.email]);
    });

    it('holds nothing of the person when a privacy check fails in the database', async () => {
      const { facilitator, member, groupId } = await groupWithMember(h.app);
      const session = await scheduleSession(facilitator, groupId);
      const res = await whileRefusingWrites(h, 'privacy_checks', () => confirmPrivacy(member, session.id));
      expectNothingLeaked(res, [member.id, member.email, member.displayName]);
    });

    it('holds neither the invite token nor its hash when accepting an invite fails in the database', async () => {
      const { facilitator, groupId } = await groupWithMember(h.app);
      const link = await invite(facilitator, groupId);
      const joiner = await Person.signUp(h.app, 'Kunigunde Neu');
      lines.length = 0;
      const res = await whileColumnMissing(h, 'invites', 'token_hash', () => joiner.request('POST', `/api/invites/${link.token}/accept`));
      expectNothingLeaked(res, [link.token, sha256(link.token), joiner.email, joiner.id]);
    });
  },
  { LOG_LEVEL: 'debug' },
  { logStream },
);
