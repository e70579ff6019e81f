import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { RecoveryCodes, TwoStepEnrolment, TwoStepStatus, User } from '@hearth/shared';
import { AppError, notFound } from '../../lib/errors.js';
import { sha256 } from '../../lib/crypto.js';
import type { Sealer } from '../../lib/sealing.js';
import type { Audit } from '../audit/service.js';
import type { Throttle } from '../auth/throttle.js';
import type { TwoStepRepository } from './repository.js';

const ISSUER = 'Hearth';
const RECOVERY_CODE_COUNT = 10;
// 16 characters from 32 (no 0/O, 1/I): 80 random bits, easy to read off paper.
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const RECOVERY_LENGTH = 16;
// One 30-second step either side of now, for clocks that drift and people who type slowly.
const EPOCH_TOLERANCE_SECONDS = 30;

interface Deps {
  repo: TwoStepRepository;
  audit: Audit;
  throttle: Throttle;
  sealer: Sealer;
  now?: () => Date;
}

export type SecondFactor = 'totp' | 'recovery_code';

const normalise = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
const isTotpCode = (code: string) => /^\d{6}$/.test(code);

function newRecoveryCode() {
  const chars = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET.charAt(randomInt(RECOVERY_ALPHABET.length)));
  return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
}

const invalidCode = () => new AppError('TWO_STEP_CODE_INVALID', 'That code did not work. Check your app and enter the newest code.');

export function createTwoStep({ repo, audit, throttle, sealer, now = () => new Date() }: Deps) {
  /** The time step of a code for her secret, or undefined when it matches none near now. */
  async function matchTotp(row: { userId: string; secretSealed: string }, code: string) {
    const secret = sealer.open(row.secretSealed, row.userId);
    const result = await verify({ secret, token: code, epoch: Math.floor(now().getTime() / 1000), epochTolerance: EPOCH_TOLERANCE_SECONDS });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  }

  async function useSecondFactor(userId: string, code: string): Promise<SecondFactor | undefined> {
    const row = await repo.find(userId);
    if (!row?.enabledAt) return undefined;
    if (isTotpCode(code)) {
      const step = await matchTotp(row, code);
      // A code already taken (this step or a later one) is a replay, refused like a wrong one.
      return step !== undefined && (await repo.claimStep(userId, step)) ? 'totp' : undefined;
    }
    if (code.length !== RECOVERY_LENGTH) return undefined;
    return (await repo.useRecoveryCode(userId, sha256(code), now())) ? 'recovery_code' : undefined;
  }

  /**
   * Checks a code from her app or one of her recovery codes, throttled per account like the
   * password: a stolen password alone gives five tries at six digits per window, not a million.
   */
  async function verifySecondFactor(userId: string, rawCode: string): Promise<SecondFactor> {
    const key = `two-step:${userId}`;
    await throttle.begin(key);
    const code = normalise(rawCode);
    const used = await useSecondFactor(userId, code);
    if (!used) {
      await throttle.failed(key);
      throw invalidCode();
    }
    await throttle.succeeded(key);
    if (used === 'recovery_code') {
      const left = await repo.unusedRecoveryCodes(userId);
      await audit.record({ actorId: userId, action: 'user.two_step_recovery_code_used', subjectId: userId, detail: { left } });
    }
    return used;
  }

  return {
    verify: verifySecondFactor,

    isEnabled: async (userId: string) => Boolean((await repo.find(userId))?.enabledAt),

    async requireEnabled(userId: string) {
      if (!(await repo.find(userId))?.enabledAt) {
        throw new AppError('TWO_STEP_REQUIRED', 'Turn on two-step sign-in in your account settings before you open a session.');
      }
    },

    async status(userId: string): Promise<TwoStepStatus> {
      const enabled = Boolean((await repo.find(userId))?.enabledAt);
      return { enabled, recoveryCodesLeft: enabled ? await repo.unusedRecoveryCodes(userId) : 0 };
    },

    async begin(user: User): Promise<TwoStepEnrolment> {
      if ((await repo.find(user.id))?.enabledAt) {
        throw new AppError('TWO_STEP_ALREADY_ON', 'Two-step sign-in is already on. Turn it off first to move it to another app.');
      }
      const secret = generateSecret();
      await repo.saveUnconfirmed(user.id, sealer.seal(secret, user.id));
      const otpauthUri = generateURI({ issuer: ISSUER, label: user.email, secret });
      const svg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return { secret, otpauthUri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` };
    },

    /** The first code proves the app has the secret; only then is it on, with fresh recovery codes. */
    async confirm(userId: string, rawCode: string): Promise<RecoveryCodes> {
      const row = await repo.find(userId);
      if (row?.enabledAt) throw new AppError('TWO_STEP_ALREADY_ON', 'Two-step sign-in is already on.');
      if (!row) throw notFound('Two-step set-up');
      const code = normalise(rawCode);
      const step = isTotpCode(code) ? await matchTotp(row, code) : undefined;
      if (step === undefined) throw invalidCode();
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      const enabled = await repo.enable(
        userId,
        step,
        recoveryCodes.map((c) => sha256(normalise(c))),
        now(),
      );
      if (!enabled) throw new AppError('TWO_STEP_ALREADY_ON', 'Two-step sign-in is already on.');
      await audit.record({ actorId: userId, action: 'user.two_step_enable', subjectId: userId });
      return { recoveryCodes };
    },

    /** Off again, with a current code (or a recovery code, for someone who lost her phone). */
    async disable(userId: string, code: string) {
      if (!(await repo.find(userId))?.enabledAt) throw notFound('Two-step sign-in');
      const used = await verifySecondFactor(userId, code);
      await repo.remove(userId);
      await audit.record({ actorId: userId, action: 'user.two_step_disable', subjectId: userId, detail: { with: used } });
    },
  };
}
export type TwoStep = ReturnType<typeof createTwoStep>;
