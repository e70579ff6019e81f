import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { trustProxyOption } from './lib/trust-proxy.js';
import { serializeError } from './lib/log.js';
import configPlugin from './plugins/config.js';
import dbPlugin from './plugins/db.js';
import sealingPlugin from './plugins/sealing.js';
import errorsPlugin from './plugins/errors.js';
import metricsPlugin from './plugins/metrics.js';
import securityHeadersPlugin from './plugins/security-headers.js';
import authPlugin from './plugins/auth.js';
import livekitPlugin from './plugins/livekit.js';
import openapiPlugin from './plugins/openapi.js';
import staticPlugin from './plugins/static.js';
import ioPlugin from './plugins/io.js';
import { registerFeatures } from './features/index.js';
import { createAccounts } from './features/auth/accounts.js';

/** pino-pretty is a development dependency: a production install has none, and logs JSON lines. */
function prettyInDevelopment(config: Config) {
  if (config.NODE_ENV !== 'development') return {};
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
  } catch {
    return {};
  }
  return { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } };
}

/** Logs carry method, route and status; never bodies, cookies or tokens. Pretty in development, JSON elsewhere. */
const logger = (config: Config, stream?: Writable): FastifyServerOptions['logger'] => ({
  level: config.LOG_LEVEL,
  ...(stream ? { stream } : prettyInDevelopment(config)),
  redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  serializers: {
    // The URL of an invite holds its token; log the route pattern instead.
    req: (req: { method: string; routeOptions?: { url?: string }; url: string }) => ({
      method: req.method,
      route: req.routeOptions?.url ?? 'unknown',
    }),
    // A failed query's message carries its parameters; see lib/log.ts.
    err: serializeError,
  },
});

export interface BuildOptions {
  /** Where logs go instead of stdout (tests read them to check nothing private is written). */
  logStream?: Writable;
}

export async function buildApp(config: Config, options: BuildOptions = {}) {
  const app = Fastify({
    logger: logger(config, options.logStream),
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    bodyLimit: 256 * 1024,
    // Errors raised before routing (a malformed URL) get the same shape as every other error.
    frameworkErrors: (error, request, reply) => {
      // The reply here is not typed by any route schema; widen it to send our error shape.
      const raw = reply as unknown as FastifyReply;
      void raw.code(400).send({ statusCode: 400, code: 'VALIDATION_FAILED', message: error.message, requestId: request.id });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(configPlugin, { config });
  await app.register(metricsPlugin);
  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin);
  // Brotli, else gzip, for every text answer over 1 KB; it hooks routes as they are added, so before any.
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(dbPlugin);
  // Before anything reads a sealed value: a wrong DATA_ENCRYPTION_KEY stops the start here.
  await app.register(sealingPlugin);
  await app.register(rateLimit, { global: false });
  const accounts = createAccounts(app.db, config, app.sealer, app.log);
  await app.register(authPlugin, { resolveUser: accounts.auth.resolve });
  await app.register(livekitPlugin);
  await app.register(openapiPlugin);

  await app.register(ioPlugin);
  await registerFeatures(app, accounts);
  await app.register(staticPlugin);
  return app;
}
export type App = Awaited<ReturnType<typeof buildApp>>;
