import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER, type DevMail } from '@hearth/shared';
import { describeEachDatabase, Person, query, type Harness } from '../../../test/harness.js';
import { until } from '../../../test/until.js';

const NEW_PASSWORD = 'lantern orchard quietly humming';

const anonymous = (h: Harness, method: 'GET' | 'POST', url: string, payload?: object) =>
  h.app.inject({ method, url, headers: { [CSRF_HEADER]: '1' }, ...(payload ? { payload } : {}) });

const mailbox = async (h: Harness): Promise<DevMail[]> => (await anonymous(h, 'GET', '/api/dev/mailbox')).json();

/** Asks for a link and waits for its mail: the link is written and sent after the answer, whatever the email. */
async function requestLink(h: Harness, email: string) {
  const mine = async () => (await mailbox(h)).filter((m) => m.to === email);
  const before = (await mine()).length;
  const res = await anonymous(h, 'POST', '/api/auth/password-reset/request', { email });
  expect(res.statusCode).toBe(202);
  await until('her reset mail', async () => (await mine()).length > before);
  const mail = (await mine())[0];
  const token = mail?.link?.split('/reset-password/')[1] ?? '';
  return { res, mail, token };
}

const signIn = (h: Harness, email: string, password: string) => anonymous(h, 'POST', '/api/auth/signin', { email, password });

describeEachDatabase(
  'password reset',
  (h) => {
    it('answers the same whether or not the email has an account, and mails a link only to one that does', async () => {
      const nia = await Person.signUp(h.app, 'Nia Forgetful');
      const known = await requestLink(h, nia.email);
      const unknown = await anonymous(h, 'POST', '/api/auth/password-reset/request', { email: 'nobody.here@example.test' });
      expect(unknown.statusCode).toBe(202);
      expect(unknown.body).toBe(known.res.body);
      expect((await mailbox(h)).map((m) => m.to)).toEqual([nia.email]);
      expect(known.mail?.link).toMatch(/^http:\/\/hearth\.test\/reset-password\/[A-Za-z0-9_-]{40,}$/);
      expect(known.mail?.text).toContain(known.mail?.link);

      const stored = await query(h.app, sql`select token_hash, expires_at - created_at as ttl from password_resets`);
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(known.token);
    });

    it('sets the new password, ends every sign-in of hers, and works only once', async () => {
      const ola = await Person.signUp(h.app, 'Ola Reset');
      const { token } = await requestLink(h, ola.email);
      expect((await anonymous(h, 'GET', `/api/auth/password-reset/${token}`)).statusCode).toBe(204);

      const res = await anonymous(h, 'POST', '/api/auth/password-reset', { token, password: NEW_PASSWORD });
      expect(res.statusCode).toBe(204);
      expect((await ola.request('GET', '/api/auth/me')).statusCode).toBe(401);
      expect((await signIn(h, ola.email, ola.password)).statusCode).toBe(401);
      expect((await signIn(h, ola.email, NEW_PASSWORD)).statusCode).toBe(200);

      const again = await anonymous(h, 'POST', '/api/auth/password-reset', { token, password: 'another long lantern phrase here' });
      expect([again.statusCode, again.json().code]).toEqual([410, 'RESET_LINK_INVALID']);
      expect((await anonymous(h, 'GET', `/api/auth/password-reset/${token}`)).statusCode).toBe(410);
      expect((await signIn(h, ola.email, NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('lets only one of two submissions of the same link through', async () => {
      const pia = await Person.signUp(h.app, 'Pia Twice');
      const { token } = await requestLink(h, pia.email);
      const results = await Promise.all([
        anonymous(h, 'POST', '/api/auth/password-reset', { token, password: NEW_PASSWORD }),
        anonymous(h, 'POST', '/api/auth/password-reset', { token, password: 'a different long passphrase entirely' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([204, 410]);
    });

    it('refuses an expired link, a wrong token, and a weak password (which keeps the link usable)', async () => {
      const rea = await Person.signUp(h.app, 'Rea Late');
      const { token } = await requestLink(h, rea.email);

      const weak = await anonymous(h, 'POST', '/api/auth/password-reset', { token, password: 'password123' });
      expect([weak.statusCode, weak.json().code]).toEqual([400, 'WEAK_PASSWORD']);
      expect((await anonymous(h, 'GET', `/api/auth/password-reset/${token}`)).statusCode).toBe(204);

      const wrong = await anonymous(h, 'POST', '/api/auth/password-reset', { token: `${token.slice(0, -4)}AAAA`, password: NEW_PASSWORD });
      expect([wrong.statusCode, wrong.json().code]).toEqual([410, 'RESET_LINK_INVALID']);

      await h.app.db.execute(sql`update password_resets set expires_at = now() - interval '1 second'`);
      const late = await anonymous(h, 'POST', '/api/auth/password-reset', { token, password: NEW_PASSWORD });
      expect([late.statusCode, late.json().code]).toEqual([410, 'RESET_LINK_INVALID']);
      expect((await signIn(h, rea.email, rea.password)).statusCode).toBe(200);
    });

    it.each([
      ['a token with a NUL', { token: `abc\u0000${'x'.repeat(30)}`, password: NEW_PASSWORD }],
      ['a password that is a number', { token: 'x'.repeat(43), password: 12345678901 }],
      ['a short password', { token: 'x'.repeat(43), password: 'short' }],
    ])('answers %s with a 400', async (_, body) => {
      const res = await anonymous(h, 'POST', '/api/auth/password-reset', body);
      expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('answers a request for an email that is not an email with a 400', async () => {
      const res = await anonymous(h, 'POST', '/api/auth/password-reset/request', { email: 'not an email' });
      expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  },
  { DEV_MAILBOX: 'true' },
);

describe('the development mailbox', () => {
  describeEachDatabase(
    'with SMTP configured',
    (h) => {
      it('is not there, and a request still answers the same', async () => {
        const sam = await Person.signUp(h.app, 'Sam Smtp');
        expect((await anonymous(h, 'GET', '/api/dev/mailbox')).statusCode).toBe(404);
        // Nothing listens on that port: the mail fails after the answer, which stays the same.
        const res = await anonymous(h, 'POST', '/api/auth/password-reset/request', { email: sam.email });
        expect(res.statusCode).toBe(202);
      });
    },
    { SMTP_URL: 'smtp://127.0.0.1:9', DEV_MAILBOX: 'true' },
  );

  describeEachDatabase(
    'in production',
    (h) => {
      it('is not there', async () => {
        expect((await anonymous(h, 'GET', '/api/dev/mailbox')).statusCode).toBe(404);
      });
    },
    { NODE_ENV: 'production', DEV_MAILBOX: 'true', DATA_ENCRYPTION_KEY: 'a-production-key-of-enough-length-0123456789' },
  );

  // A server started without NODE_ENV runs as development: the mailbox must still be asked for.
  describeEachDatabase('unless asked for', (h) => {
    it('is not there', async () => {
      expect((await anonymous(h, 'GET', '/api/dev/mailbox')).statusCode).toBe(404);
    });
  });
});
