import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER } from '@hearth/shared';
import { describeEachDatabase, Person, type Harness } from '../../../test/harness.js';
import { sha256 } from '../../lib/crypto.js';

const signIn = (h: Harness, email: string, password: string, forwardedFor?: string) =>
  h.app.inject({
    method: 'POST',
    url: '/api/auth/signin',
    headers: { [CSRF_HEADER]: '1', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    payload: { email, password },
  });

/** As if the lock had run out: moved into the past, with its window, for one email. */
const endLock = (h: Harness, email: string) =>
  h.app.db.execute(
    sql`update auth_throttles set locked_until = now() - interval '1 second', window_started_at = now() - interval '1 second' where key_hash = ${sha256(`email:${email}`)}`,
  );

describeEachDatabase(
  'sign-in limit per address, TRUST_PROXY off',
  (h) => {
    it('counts 20 guesses against the connection whatever X-Forwarded-For claims', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 20; i++) {
        codes.push((await signIn(h, `rotating.${i}@example.test`, 'a wrong password', `198.51.100.${i}`)).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, ...Array<number>(17).fill(429)]);
    });
  },
  { SIGNIN_RATE_LIMIT_PER_MINUTE: '3' },
);

describeEachDatabase(
  'sign-in limit per address, behind one proxy (TRUST_PROXY=1)',
  (h) => {
    it('gives each client the proxy names her own count, and a client cannot choose hers', async () => {
      for (let i = 0; i < 3; i++) {
        expect((await signIn(h, `first.${i}@example.test`, 'a wrong password', '203.0.113.7')).statusCode).toBe(401);
      }
      expect((await signIn(h, 'first.3@example.test', 'a wrong password', '203.0.113.7')).statusCode).toBe(429);
      expect((await signIn(h, 'second.0@example.test', 'a wrong password', '203.0.113.8')).statusCode).toBe(401);
      // The proxy appends the address it saw; whatever the client wrote before it is not believed.
      expect((await signIn(h, 'first.4@example.test', 'a wrong password', '198.51.100.1, 203.0.113.7')).statusCode).toBe(429);
    });
  },
  { TRUST_PROXY: '1', SIGNIN_RATE_LIMIT_PER_MINUTE: '3' },
);

describeEachDatabase(
  'sign-in backoff per account',
  (h) => {
    it('locks an account after five wrong passwords from five addresses, even for the right one from a sixth', async () => {
      const anna = await Person.signUp(h.app, 'Anna Locked');
      for (let i = 0; i < 5; i++) {
        expect((await signIn(h, anna.email, `wrong guess ${i}`, `198.51.100.${i}`)).statusCode).toBe(401);
      }
      const locked = await signIn(h, anna.email, anna.password, '198.51.100.99');
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ code: 'SIGNIN_LOCKED', details: { retryAfterSeconds: 300 } });
      expect(locked.cookies.find((c) => c.name === 'hearth_session')).toBeUndefined();

      const other = await Person.signUp(h.app, 'Olga Other');
      expect((await signIn(h, other.email, other.password, '198.51.100.99')).statusCode).toBe(200);
    });

    it('answers an email nobody has exactly as one that exists', async () => {
      const anna = await Person.signUp(h.app, 'Anna Known');
      const nobody = 'nobody.at.all@example.test';
      for (let i = 0; i < 5; i++) {
        const [known, unknown] = [await signIn(h, anna.email, `guess ${i}`), await signIn(h, nobody, `guess ${i}`)];
        expect([known.statusCode, unknown.statusCode]).toEqual([401, 401]);
        expect(unknown.json().message).toBe(known.json().message);
      }
      const [known, unknown] = [await signIn(h, anna.email, 'guess 5'), await signIn(h, nobody, 'guess 5')];
      expect([known.statusCode, unknown.statusCode]).toEqual([429, 429]);
      expect(unknown.json().code).toBe(known.json().code);
      expect(unknown.json().message).toBe(known.json().message);
    });

    it('locks for longer each time, and the right password after a lock starts afresh', async () => {
      const anna = await Person.signUp(h.app, 'Anna Again');
      const fail5 = async () => {
        for (let i = 0; i < 5; i++) expect((await signIn(h, anna.email, `wrong ${i}`)).statusCode).toBe(401);
        return (await signIn(h, anna.email, 'wrong 6')).json();
      };
      expect((await fail5()).details.retryAfterSeconds).toBe(300);
      await endLock(h, anna.email);
      expect((await fail5()).details.retryAfterSeconds).toBe(600);
      await endLock(h, anna.email);
      expect((await signIn(h, anna.email, anna.password)).statusCode).toBe(200);
      expect((await fail5()).details.retryAfterSeconds).toBe(300);
    });

    it('starts the count again after a right password', async () => {
      const anna = await Person.signUp(h.app, 'Anna Typo');
      for (let i = 0; i < 4; i++) await signIn(h, anna.email, `typo ${i}`);
      expect((await signIn(h, anna.email, anna.password)).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) expect((await signIn(h, anna.email, `typo ${i}`)).statusCode).toBe(401);
      expect((await signIn(h, anna.email, anna.password)).statusCode).toBe(200);
    });

    it('counts guesses sent all at once', async () => {
      const anna = await Person.signUp(h.app, 'Anna Burst');
      const codes = (await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(h, anna.email, `burst ${i}`, `198.51.100.${i}`)))).map((r) => r.statusCode);
      expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
      expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(7);
    });
  },
  { TRUST_PROXY: '1' },
);

describeEachDatabase(
  'sign-up limit per address',
  (h) => {
    it('refuses a third account from one address within the hour', async () => {
      await Person.signUp(h.app, 'First Person');
      await Person.signUp(h.app, 'Second Person');
      const third = await new Person(h.app, 'third@example.test', 'Third').request('POST', '/api/auth/signup', {
        email: 'third@example.test',
        password: 'lantern orchard velvet',
        displayName: 'Third',
      });
      expect(third.statusCode).toBe(429);
      expect(third.json().code).toBe('RATE_LIMITED');
    });
  },
  { SIGNUP_RATE_LIMIT_PER_HOUR: '2' },
);
