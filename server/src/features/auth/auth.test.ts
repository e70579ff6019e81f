import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person } from '../../../test/harness.js';

describeEachDatabase('accounts', (h) => {
  it('signs up, reads who is signed in, signs out, and the cookie stops working', async () => {
    const anna = await Person.signUp(h.app, 'Anna Berg');
    const me = await anna.request('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ id: anna.id, email: anna.email, displayName: 'Anna Berg' });
    expect(me.json()).not.toHaveProperty('passwordHash');

    const oldCookie = anna.cookie;
    expect((await anna.request('POST', '/api/auth/signout')).statusCode).toBe(204);
    anna.cookie = oldCookie;
    expect((await anna.request('GET', '/api/auth/me')).json().code).toBe('UNAUTHENTICATED');
  });

  it('sets an HttpOnly, SameSite session cookie', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { 'x-hearth-request': '1' },
      payload: { email: 'cookie@example.test', password: 'long enough password', displayName: 'C' },
    });
    const cookie = res.cookies.find((c) => c.name === 'hearth_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('signs in with the right password and refuses a wrong one without saying whether the email exists', async () => {
    const anna = await Person.signUp(h.app, 'Anna Sign');
    const fresh = new Person(h.app, anna.email, anna.displayName);
    const ok = await fresh.request('POST', '/api/auth/signin', { email: anna.email.toUpperCase(), password: anna.password });
    expect(ok.statusCode).toBe(200);

    const wrong = await fresh.request('POST', '/api/auth/signin', { email: anna.email, password: 'not her password' });
    const unknown = await fresh.request('POST', '/api/auth/signin', { email: 'nobody@example.test', password: 'whatever it is' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().message).toBe(wrong.json().message);
  });

  it('refuses a second account with the same email', async () => {
    const anna = await Person.signUp(h.app, 'Anna Twice');
    const again = await new Person(h.app, anna.email, 'x').request('POST', '/api/auth/signup', {
      email: anna.email,
      password: 'another long password',
      displayName: 'Someone',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EMAIL_TAKEN');
  });

  it('ends a session that sat idle past its idle expiry, and one past its absolute expiry', async () => {
    const idle = await Person.signUp(h.app, 'Ida Idle');
    const old = await Person.signUp(h.app, 'Olga Old');
    await h.app.db.execute(sql`update auth_sessions set idle_expires_at = now() - interval '1 minute' where user_id = ${idle.id}`);
    await h.app.db.execute(sql`update auth_sessions set absolute_expires_at = now() - interval '1 minute' where user_id = ${old.id}`);
    expect((await idle.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await old.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses cookie-authenticated writes without the Hearth header or from another origin', async () => {
    const anna = await Person.signUp(h.app, 'Anna Csrf');
    const noHeader = await h.app.inject({
      method: 'POST',
      url: '/api/groups',
      headers: { cookie: `hearth_session=${anna.cookie}` },
      payload: {},
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().code).toBe('CROSS_SITE_REQUEST');

    const foreign = await anna.request('POST', '/api/auth/signout', undefined, { origin: 'https://evil.example' });
    expect(foreign.json().code).toBe('CROSS_SITE_REQUEST');
    expect((await anna.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: 'long enough password', displayName: 'A' }, 'body.email'],
    ['a short password', { email: 'short@example.test', password: 'short', displayName: 'A' }, 'body.password'],
    ['no display name', { email: 'noname@example.test', password: 'long enough password' }, 'body.displayName'],
  ])('answers sign-up with %s with a 400 naming the field', async (_, payload, field) => {
    const res = await new Person(h.app, '', '').request('POST', '/api/auth/signup', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('answers a body that is not JSON with a 400, not a 500', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      headers: { 'x-hearth-request': '1', 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describeEachDatabase(
  'sign-in rate limit',
  (h) => {
    it('slows down repeated sign-in attempts with RATE_LIMITED', async () => {
      const guesser = new Person(h.app, 'x', 'x');
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await guesser.request('POST', '/api/auth/signin', { email: 'victim@example.test', password: `guess ${i}` })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
      const limited = await guesser.request('POST', '/api/auth/signin', { email: 'victim@example.test', password: 'again' });
      expect(limited.json().code).toBe('RATE_LIMITED');
    });
  },
  { SIGNIN_RATE_LIMIT_PER_MINUTE: '3' },
);
