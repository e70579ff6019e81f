import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer } from './sealing.js';

const OLD = 'the key this deployment started with, long enough';
const NEW = 'the key it rotated to, also long enough for the check';

/** A value as the first version of the sealer wrote it (`v1`, no key id), to prove those still open. */
function sealV1(secret: string, plain: string, context: string) {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

describe('sealing secrets at rest', () => {
  const sealer = createSealer('a test key that is long enough to be a real one');

  it('opens what it sealed, and never shows the plain text', () => {
    const sealed = sealer.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealed.startsWith(`v2.${sealer.currentKeyId}.`)).toBe(true);
    expect(sealer.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(sealer.seal('JBSWY3DPEHPK3PXP', 'user-1')).not.toBe(sealed);
  });

  it('refuses a value moved to another owner, changed, or sealed with another key', () => {
    const sealed = sealer.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(() => sealer.open(sealed, 'user-2')).toThrow();
    const [v, id, iv, tag, body = ''] = sealed.split('.');
    const flipped = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`;
    expect(() => sealer.open([v, id, iv, tag, flipped].join('.'), 'user-1')).toThrow();
    expect(() => createSealer('another key, also long enough for the check').open(sealed, 'user-1')).toThrow(/not configured/);
    expect(() => sealer.open('plain words', 'user-1')).toThrow(/not a sealed value/);
  });

  it('after a rotation opens values of the previous key, seals with the new one, and says which need resealing', () => {
    const before = createSealer(OLD).seal('what she said about work', 'journal:1');
    const rotated = createSealer(NEW, [OLD]);
    expect(rotated.open(before, 'journal:1')).toBe('what she said about work');
    expect(rotated.needsReseal(before)).toBe(true);

    const after = rotated.reseal(before, 'journal:1');
    expect(rotated.needsReseal(after)).toBe(false);
    expect(after.split('.')[1]).toBe(rotated.currentKeyId);
    expect(createSealer(NEW).open(after, 'journal:1')).toBe('what she said about work');
    // Without the previous key, what it sealed no longer opens: dropping it before resealing loses data.
    expect(() => createSealer(NEW).open(before, 'journal:1')).toThrow(/not configured/);
  });

  it('keeps opening v1 values (two-step secrets sealed before key ids), under the current or a previous key', () => {
    const v1 = sealV1(OLD, 'JBSWY3DPEHPK3PXP', 'user-1');
    expect(createSealer(OLD).open(v1, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(createSealer(NEW, [OLD]).open(v1, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(createSealer(NEW, [OLD]).needsReseal(v1)).toBe(true);
    expect(() => createSealer(NEW).open(v1, 'user-1')).toThrow();
    expect(() => createSealer(OLD).open(v1, 'user-2')).toThrow();
  });

  it('gives each key its own id, the same for the same key, that is not the key', () => {
    expect(createSealer(OLD).currentKeyId).toBe(createSealer(OLD, [NEW]).currentKeyId);
    expect(createSealer(OLD).currentKeyId).not.toBe(createSealer(NEW).currentKeyId);
    expect(OLD).not.toContain(createSealer(OLD).currentKeyId);
  });
});
