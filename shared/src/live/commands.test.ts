import { describe, expect, it } from 'vitest';
import { commandSchemas, SECONDS_LIMITS, withinSeconds } from './commands.js';

describe('the limits the panel offers are the limits the server takes', () => {
  it.each([
    ['timer:start', SECONDS_LIMITS.timer, (s: number) => ({ seconds: s })],
    ['timer:extend', SECONDS_LIMITS.extend, (s: number) => ({ seconds: s })],
    ['settings:update', SECONDS_LIMITS.turn, (s: number) => ({ turnSeconds: s, roundSeconds: s })],
    ['round:start', SECONDS_LIMITS.turn, (s: number) => ({ kind: 'open', seconds: s })],
  ] as const)('%s', (type, limit, payload) => {
    for (const s of [limit.min, limit.max]) {
      expect(withinSeconds(s, limit)).toBe(true);
      expect(commandSchemas[type].safeParse(payload(s)).success).toBe(true);
    }
    for (const s of [limit.min - 1, limit.max + 1, limit.min + 0.5]) {
      expect(withinSeconds(s, limit)).toBe(false);
      expect(commandSchemas[type].safeParse(payload(s)).success).toBe(false);
    }
  });
});
