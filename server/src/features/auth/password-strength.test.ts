import { expect, it } from 'vitest';
import { describeEachDatabase, Person } from '../../../test/harness.js';

const EMAIL = 'maria.lindqvist@example.test';

describeEachDatabase('password strength at sign-up', (h) => {
  const signUp = (password: string, email = EMAIL) =>
    new Person(h.app, email, 'Maria').request('POST', '/api/auth/signup', { email, password, displayName: 'Maria Lindqvist' });

  it.each([
    ['a common password', 'password12', 'commonly used'],
    ['ten spaces', ' '.repeat(10), 'Repeated characters'],
    ['her own email', EMAIL, 'personal'],
    ['her own name', 'Maria Lindqvist', 'personal'],
  ])('refuses %s with WEAK_PASSWORD and the estimator’s advice', async (_, password, advice) => {
    const res = await signUp(password);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('WEAK_PASSWORD');
    expect(res.json().message).toContain(advice);
  });

  it('accepts a passphrase of a few unrelated words', async () => {
    const res = await signUp('lantern orchard velvet', 'maria.passphrase@example.test');
    expect(res.statusCode).toBe(201);
  });
});
