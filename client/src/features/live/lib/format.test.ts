import { describe, expect, it } from 'vitest';
import { clock, ordinal, spokenDuration } from './format';

describe('how the live panel writes and says times and places', () => {
  it('writes a countdown as minutes and two-digit seconds', () => {
    expect(clock(95)).toBe('1:35');
    expect(clock(5)).toBe('0:05');
    expect(clock(600)).toBe('10:00');
  });

  it('never writes a negative countdown', () => {
    expect(clock(-3)).toBe('0:00');
  });

  it('says a duration in words, singular where it should be', () => {
    expect(spokenDuration(95)).toBe('1 minute 35 seconds');
    expect(spokenDuration(61)).toBe('1 minute 1 second');
    expect(spokenDuration(120)).toBe('2 minutes');
    expect(spokenDuration(0)).toBe('0 seconds');
    expect(spokenDuration(-10)).toBe('0 seconds');
  });

  it('says a place in the talking order in words, and by number past the tenth', () => {
    expect(ordinal(1)).toBe('first');
    expect(ordinal(2)).toBe('second');
    expect(ordinal(10)).toBe('tenth');
    expect(ordinal(11)).toBe('number 11');
  });
});
