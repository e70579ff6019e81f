import { describe, expect, it } from 'vitest';
import { createSealer } from './sealing.js';

describe('sealing secrets at rest', () => {
  const sealer = createSealer('a test key that is long enough to be a real one');

  it('opens what it sealed, and never shows the plain text', () => {
    const sealed = sealer.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealer.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(sealer.seal('JBSWY3DPEHPK3PXP', 'user-1')).not.toBe(sealed);
  });

  it('refuses a value moved to another owner, changed, or sealed with another key', () => {
    const sealed = sealer.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(() => sealer.open(sealed, 'user-2')).toThrow();
    const [v, iv, tag, body = ''] = sealed.split('.');
    const flipped = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`;
    expect(() => sealer.open([v, iv, tag, flipped].join('.'), 'user-1')).toThrow();
    expect(() => createSealer('another key, also long enough for the check').open(sealed, 'user-1')).toThrow();
  });
});
