import fp from 'fastify-plugin';
import { createServer, type Server } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Where the people wait: the token route is the door to the video room. */
const TOKEN_ROUTE = '/api/sessions/:sessionId/token';
const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Every figure Hearth exports, on a registry of its own (one per app, so tests can run several). */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hearth_process_' });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'hearth_http_request_duration_seconds',
      help: 'HTTP answers by route pattern (never the URL: an invite URL holds its token), method and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: SECONDS,
      registers,
    }),
    tokensIssued: new Counter({ name: 'hearth_room_tokens_issued_total', help: 'LiveKit room tokens signed after the gate let her through', registers }),
    refusals: new Counter({
      name: 'hearth_gate_refusals_total',
      help: 'Refusals at a door to the room, by stable error code: `token` (the room token) or `live` (the facilitation channel)',
      labelNames: ['door', 'code'] as const,
      registers,
    }),
    liveCommands: new Histogram({
      name: 'hearth_live_command_duration_seconds',
      help: 'A live command from arrival to its ack (the transaction included), by type and outcome code',
      labelNames: ['type', 'outcome'] as const,
      buckets: SECONDS,
      registers,
    }),
    fanout: new Histogram({
      name: 'hearth_live_fanout_duration_seconds',
      help: "Handing one new state to this process's sockets (each her own view)",
      buckets: SECONDS,
      registers,
    }),
    liveSockets: new Gauge({ name: 'hearth_live_sockets', help: 'Live-channel sockets connected to this process', registers }),
    webhookEvents: new Counter({
      name: 'hearth_livekit_webhook_events_total',
      help: 'Signed LiveKit webhooks by event and what became of them (applied, ignored, replay)',
      labelNames: ['event', 'result'] as const,
      registers,
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
  interface FastifyRequest {
    /** The stable code of the error this request was answered with, set by the errors plugin. */
    errorCode: string | null;
  }
}

/**
 * Prometheus metrics, served on their own listener (METRICS_PORT, loopback by default) and never on the
 * public port: they say how busy each group's evening is, which is nobody else's business.
 */
export default fp(
  async (app) => {
    const metrics = createMetrics();
    app.decorate('metrics', metrics);
    app.decorateRequest('errorCode', null);

    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      if (route !== TOKEN_ROUTE || request.method !== 'POST') return;
      if (reply.statusCode === 200) metrics.tokensIssued.inc();
      else if (request.errorCode) metrics.refusals.inc({ door: 'token', code: request.errorCode });
    });

    const port = app.config.METRICS_PORT;
    if (port === undefined) return;
    const server: Server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      metrics.liveSockets.set(app.hasDecorator('io') ? app.io.of('/live').sockets.size : 0);
      metrics.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
        (err: unknown) => {
          app.log.warn({ err }, 'metrics failed');
          res.writeHead(500).end();
        },
      );
    });
    app.addHook('onReady', () => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, app.config.METRICS_HOST, () => resolve())));
    app.addHook('onClose', () => new Promise<void>((resolve) => server.close(() => resolve())));
  },
  { name: 'metrics', dependencies: ['config'] },
);
