import { expect, it } from 'vitest';
import { describeEachDatabase } from './harness.js';

describeEachDatabase(
  'security headers',
  (h) => {
    it('sends a strict policy on pages and API answers alike, errors included', async () => {
      for (const url of ['/', '/api/auth/me', '/api/no-such-thing', '/invite/some-token']) {
        const res = await h.app.inject({ method: 'GET', url });
        const csp = String(res.headers['content-security-policy']);
        expect(csp, url).toContain("default-src 'self'");
        expect(csp, url).toContain("script-src 'self'");
        expect(csp, url).toContain("frame-ancestors 'none'");
        expect(csp, url).toContain("object-src 'none'");
        // The browser may reach LiveKit's signalling, and nothing else outside.
        expect(csp, url).toContain("connect-src 'self' wss://video.hearth.test https://video.hearth.test");
        expect(res.headers['referrer-policy'], url).toBe('no-referrer');
        expect(res.headers['x-content-type-options'], url).toBe('nosniff');
        expect(String(res.headers['permissions-policy']), url).toContain('camera=(self), microphone=(self)');
        expect(String(res.headers['permissions-policy']), url).toContain('geolocation=()');
      }
    });

    it('still serves the API documentation page under its own policy', async () => {
      const res = await h.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-security-policy']).toBeDefined();
    });
  },
  { LIVEKIT_URL: 'wss://video.hearth.test', LIVEKIT_API_URL: 'http://127.0.0.1:1' },
);
