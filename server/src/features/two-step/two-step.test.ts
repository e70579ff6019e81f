import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { describeEachDatabase, Person, query, type Harness } from '../../../test/harness.js';

/**
 * The code for the time step `offset` steps from now. Never in the last two seconds of a step, so
 * the server, a moment later, still counts from the same step.
 */
async function codeFor(secret: string, offset = 0) {
  const into = (Date.now() / 1000) % 30;
  if (into > 28) await sleep((30 - into + 0.1) * 1000);
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });
}

/** Turns two-step sign-in on with the previous step's code, leaving this step's and the next for the tests. */
async function enrol(person: Person) {
  const begin = await person.request('POST', '/api/auth/two-step/begin');
  expect(begin.statusCode).toBe(200);
  const { secret } = begin.json() as { secret: string };
  const confirm = await person.request('POST', '/api/auth/two-step/confirm', { code: await codeFor(secret, -1) });
  expect(confirm.statusCode).toBe(200);
  return { secret, recoveryCodes: confirm.json().recoveryCodes as string[] };
}

/** The password step from a fresh browser: no session yet, only the pending cookie. */
async function passwordStep(h: Harness, person: Person) {
  const browser = new Person(h.app, person.email, person.displayName, person.password);
  const res = await browser.request('POST', '/api/auth/signin', { email: person.email, password: person.password });
  expect(res.statusCode).toBe(202);
  expect(res.json()).toEqual({ twoStepRequired: true });
  expect(browser.cookie).toBe('');
  const pending = res.cookies.find((c) => c.name === 'hearth_two_step')?.value ?? '';
  const secondStep = (code: string) => browser.request('POST', '/api/auth/signin/two-step', { code }, pending ? { cookie: `hearth_two_step=${pending}` } : {});
  return { browser, pending, secondStep };
}

const auditActions = async (h: Harness, userId: string) =>
  (await query<{ action: string }>(h.app, sql`select action from audit_log where actor_id = ${userId} order by at`)).map((r) => r.action);

describeEachDatabase('two-step sign-in', (h) => {
  it('sets up with a QR code and turns on only once a right code confirms it, with ten recovery codes', async () => {
    const anna = await Person.signUp(h.app, 'Anna Enrol');
    const begin = (await anna.request('POST', '/api/auth/two-step/begin')).json();
    expect(begin.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(begin.qrCode.split(',')[1], 'base64').toString()).toContain('<svg');
    expect(begin.otpauthUri).toMatch(/^otpauth:\/\/totp\/Hearth:/);
    expect(begin.otpauthUri).toContain(`secret=${begin.secret}`);
    const [stored] = await query<{ secret_sealed: string }>(h.app, sql`select secret_sealed from two_step_secrets where user_id = ${anna.id}`);
    expect(stored?.secret_sealed).not.toContain(begin.secret);

    const wrong = await anna.request('POST', '/api/auth/two-step/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('TWO_STEP_CODE_INVALID');
    expect((await anna.request('GET', '/api/auth/two-step')).json()).toEqual({ enabled: false, recoveryCodesLeft: 0 });

    const confirm = await anna.request('POST', '/api/auth/two-step/confirm', { code: await codeFor(begin.secret) });
    const codes = confirm.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect((await anna.request('GET', '/api/auth/two-step')).json()).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    expect(await auditActions(h, anna.id)).toContain('user.two_step_enable');

    const again = await anna.request('POST', '/api/auth/two-step/begin');
    expect(again.json().code).toBe('TWO_STEP_ALREADY_ON');
  });

  it('asks for the second step after the password, with no session before it, and refuses the same code twice', async () => {
    const anna = await Person.signUp(h.app, 'Anna Second');
    const { secret } = await enrol(anna);
    const first = await passwordStep(h, anna);
    expect((await first.browser.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await first.browser.request('GET', '/api/auth/me', undefined, { cookie: `hearth_session=${first.pending}` })).statusCode).toBe(401);

    const wrong = await first.secondStep('123456');
    expect(wrong.json().code).toBe('TWO_STEP_CODE_INVALID');
    const code = await codeFor(secret);
    const done = await first.secondStep(code);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ id: anna.id, email: anna.email, displayName: anna.displayName });
    expect((await first.browser.request('GET', '/api/auth/me')).statusCode).toBe(200);

    const replay = await (await passwordStep(h, anna)).secondStep(code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('TWO_STEP_CODE_INVALID');
    const older = await (await passwordStep(h, anna)).secondStep(await codeFor(secret, -1));
    expect(older.json().code).toBe('TWO_STEP_CODE_INVALID');
  });

  it('takes a recovery code once, however it is typed, and audits its use', async () => {
    const anna = await Person.signUp(h.app, 'Anna Recovery');
    const { recoveryCodes } = await enrol(anna);
    const code = recoveryCodes[3] ?? '';
    const typed = code.toLowerCase().replaceAll('-', ' ');
    expect((await (await passwordStep(h, anna)).secondStep(typed)).statusCode).toBe(200);
    expect((await anna.request('GET', '/api/auth/two-step')).json().recoveryCodesLeft).toBe(9);
    expect(await auditActions(h, anna.id)).toContain('user.two_step_recovery_code_used');

    const again = await (await passwordStep(h, anna)).secondStep(code);
    expect(again.json().code).toBe('TWO_STEP_CODE_INVALID');
  });

  it('starts over without the pending cookie or once it has expired', async () => {
    const anna = await Person.signUp(h.app, 'Anna Late');
    const { secret } = await enrol(anna);
    const noCookie = await new Person(h.app, anna.email, 'x').request('POST', '/api/auth/signin/two-step', { code: await codeFor(secret) });
    expect(noCookie.json().code).toBe('TWO_STEP_EXPIRED');

    const late = await passwordStep(h, anna);
    await h.app.db.execute(sql`update pending_sign_ins set expires_at = now() - interval '1 second' where user_id = ${anna.id}`);
    const res = await late.secondStep(await codeFor(secret));
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('TWO_STEP_EXPIRED');
  });

  it('locks the second step after five wrong codes, even for a right one', async () => {
    const anna = await Person.signUp(h.app, 'Anna Guessed');
    const { secret } = await enrol(anna);
    const step = await passwordStep(h, anna);
    for (let i = 0; i < 5; i++) expect((await step.secondStep(`00000${i}`)).statusCode).toBe(401);
    const locked = await step.secondStep(await codeFor(secret));
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('SIGNIN_LOCKED');
  });

  it('turns off with a current code, after which the password alone signs in', async () => {
    const anna = await Person.signUp(h.app, 'Anna Off');
    const { secret } = await enrol(anna);
    expect((await anna.request('POST', '/api/auth/two-step/disable', { code: '000000' })).json().code).toBe('TWO_STEP_CODE_INVALID');
    expect((await anna.request('GET', '/api/auth/two-step')).json().enabled).toBe(true);
    expect((await anna.request('POST', '/api/auth/two-step/disable', { code: await codeFor(secret) })).statusCode).toBe(204);
    expect((await anna.request('GET', '/api/auth/two-step')).json()).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect(await auditActions(h, anna.id)).toContain('user.two_step_disable');

    const browser = new Person(h.app, anna.email, anna.displayName);
    expect((await browser.request('POST', '/api/auth/signin', { email: anna.email, password: anna.password })).statusCode).toBe(200);
  });
});
