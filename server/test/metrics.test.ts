import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase, Person, requireLivekit } from './harness.js';
import { liveClient, refusal, type LiveClient } from './live-client.js';
import { openLiveSession } from './live-session.js';

const METRICS_PORT = 17_809;

/** One scrape, as Prometheus reads it: `name{labels} value` lines, comments left out. */
async function scrape() {
  const res = await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    samples.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return samples;
}

describeEachDatabase(
  '/metrics',
  (h) => {
    requireLivekit();
    const open: LiveClient[] = [];
    afterEach(() => open.splice(0).forEach((c) => c.close()));

    it('counts tokens, refusals by code at each door, live commands and requests by route pattern, on a port of their own', async () => {
      const { sessionId, facilitator, mina, base } = await openLiveSession(h, open);
      expect((await facilitator.request('POST', `/api/sessions/${sessionId}/token`)).statusCode).toBe(200);
      const stranger = await Person.signUp(h.app, 'Stella Stranger');
      expect((await stranger.request('POST', `/api/sessions/${sessionId}/token`)).statusCode).toBe(403);
      const strangerLive = liveClient(base, stranger, sessionId);
      open.push(strangerLive);
      expect(await refusal(strangerLive)).toBe('NOT_A_MEMBER');
      expect(await mina.emitWithAck('hand:raise', {})).toMatchObject({ ok: true });
      expect(await mina.emitWithAck('session:end', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });

      const m = await scrape();
      expect(m.get('hearth_room_tokens_issued_total')).toBe(1);
      expect(m.get('hearth_gate_refusals_total{door="token",code="NOT_A_MEMBER"}')).toBe(1);
      expect(m.get('hearth_gate_refusals_total{door="live",code="NOT_A_MEMBER"}')).toBe(1);
      expect(m.get('hearth_live_command_duration_seconds_count{type="hand:raise",outcome="ok"}')).toBe(1);
      expect(m.get('hearth_live_command_duration_seconds_count{type="session:end",outcome="FORBIDDEN"}')).toBe(1);
      expect(m.get('hearth_live_sockets')).toBe(2);
      expect(m.get('hearth_http_request_duration_seconds_count{method="POST",route="/api/sessions/:sessionId/token",status="200"}')).toBe(1);
      // The route's pattern, never its URL: no session id (nor an invite's token) is ever a label.
      expect([...m.keys()].some((name) => name.includes(sessionId))).toBe(false);
      expect(m.get('hearth_process_process_resident_memory_bytes')).toBeGreaterThan(0);
    });

    it('is not on the public port (there it is just a page path the client does not know)', async () => {
      const res = await h.app.inject({ method: 'GET', url: '/metrics' });
      expect(res.headers['content-type']).not.toMatch(/^text\/plain/);
      expect(res.body).not.toContain('hearth_room_tokens_issued_total');
    });
  },
  { METRICS_PORT: String(METRICS_PORT) },
);
