import { describe, expect, it } from 'vitest';
import { signatureMatches } from './agreements.js';

describe('a typed signature against her full name', () => {
  it.each([
    ['the same name', 'Maya Okafor'],
    ['other case', 'maya OKAFOR'],
    ['extra spaces around and inside', '  Maya \t  Okafor '],
    ['a no-break space between the names', 'Maya\u00a0Okafor'],
    ['full-width letters', 'Ｍａｙａ Ｏｋａｆｏｒ'],
  ])('takes %s', (_, typed) => {
    expect(signatureMatches(typed, 'Maya Okafor')).toBe(true);
  });

  it('takes a diaeresis typed as a combining mark for the precomposed letter, and the other way round', () => {
    const composed = 'Zo\u00eb Brontë'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(signatureMatches(decomposed, composed)).toBe(true);
    expect(signatureMatches(composed, decomposed)).toBe(true);
    expect(signatureMatches('ZOË BRONTË'.normalize('NFD'), composed)).toBe(true);
  });

  it('folds case the whole way, so a sharp s matches its capital spelling', () => {
    expect(signatureMatches('JOHANNA STRASSER', 'Johanna Straßer')).toBe(true);
  });

  it.each([
    ['her first name only', 'Maya', 'Maya Okafor'],
    ['her last name only', 'Okafor', 'Maya Okafor'],
    ['the names run together', 'MayaOkafor', 'Maya Okafor'],
    ['a different name', 'Maya Okoro', 'Maya Okafor'],
    ['letters without their accents', 'Zoe Bronte', 'Zoë Brontë'],
    ['nothing', '', 'Maya Okafor'],
  ])('refuses %s', (_, typed, fullName) => {
    expect(signatureMatches(typed, fullName)).toBe(false);
  });
});
