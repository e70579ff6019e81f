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
});
