import { describe, expect, it } from 'vitest';
import { ConfigError, livekitApiUrl, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs with nothing set: embedded PGlite and a local LiveKit', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('.data/pglite');
    expect(livekitApiUrl(config)).toBe('http://localhost:7880');
  });

  it('names every bad variable at once', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LIVEKIT_URL: 'http://nope' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('LIVEKIT_URL');
  });

  it('needs its own DATA_ENCRYPTION_KEY in production, and no other', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATA_ENCRYPTION_KEY: required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEY: 'short' })).toThrow(/DATA_ENCRYPTION_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEY: 'k'.repeat(32) }).DATA_ENCRYPTION_KEY).toHaveLength(32);
    expect(loadConfig({}).DATA_ENCRYPTION_KEY).toBeUndefined();
  });
});
