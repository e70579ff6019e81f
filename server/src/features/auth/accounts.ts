import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { createMailer } from '../../lib/mail.js';
import type { Sealer } from '../../lib/sealing.js';
import { createAudit } from '../audit/service.js';
import { createTwoStepRepository } from '../two-step/repository.js';
import { createTwoStep } from '../two-step/service.js';
import { createAuthRepository } from './repository.js';
import { createPasswordReset } from './password-reset.js';
import { createResetRepository } from './reset-repository.js';
import { createAuthService } from './service.js';
import { createThrottle } from './throttle.js';
import { createThrottleRepository } from './throttle-repository.js';

/** Accounts, sign-in and its second step, and the audit log they write to: built once, handed to whoever needs them. */
export function createAccounts(db: Db, config: Config, sealer: Sealer, log: FastifyBaseLogger) {
  const audit = createAudit(db);
  const throttle = createThrottle({ repo: createThrottleRepository(db) });
  const twoStep = createTwoStep({ repo: createTwoStepRepository(db), audit, throttle, sealer });
  const auth = createAuthService({
    repo: createAuthRepository(db),
    audit,
    throttle,
    twoStep,
    idleHours: config.SESSION_IDLE_HOURS,
    absoluteDays: config.SESSION_ABSOLUTE_DAYS,
  });
  const mailer = createMailer(config, log);
  const passwordReset = createPasswordReset({
    repo: createResetRepository(db),
    audit,
    throttle,
    mailer,
    publicUrl: config.PUBLIC_URL,
    signedOut: auth.signedOut,
    // The error's kind only: a transport's message can hold the address it failed to reach.
    onMailError: (error) => log.error({ kind: error instanceof Error ? error.name : typeof error }, 'a password reset mail could not be sent'),
  });
  return { audit, twoStep, auth, passwordReset, mailer };
}
export type Accounts = ReturnType<typeof createAccounts>;
