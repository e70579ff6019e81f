import { z } from 'zod';
import { trustProxySchema } from './lib/trust-proxy.js';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting Hearth reads, validated once at start-up. `.env.example` documents each one. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Where people reach Hearth; invite links and the cross-site check use it. */
    PUBLIC_URL: z.url().default('http://localhost:5173'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATA_DIR: z.string().default('.data/pglite'),
    LIVEKIT_URL: z
      .string()
      .regex(/^wss?:\/\//, 'must be a ws:// or wss:// URL')
      .default('ws://localhost:7880'),
    /** Where the server reaches LiveKit's HTTP API; defaults to LIVEKIT_URL with http(s). */
    LIVEKIT_API_URL: z.url().optional(),
    LIVEKIT_API_KEY: z.string().min(1).default('devkey'),
    LIVEKIT_API_SECRET: z.string().min(6).default('secret'),
    LIVEKIT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    /** How often every LiveKit room is checked against the gate (webhooks can be lost); 0 = webhooks only. */
    /** How often presence is held against the sockets really open (a crash leaves people "connected"). */
    LIVE_PRESENCE_SWEEP_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    /** The first sweep waits this long after start-up, so tabs reconnecting after a restart are back first. */
    LIVE_PRESENCE_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
    /** How often open live sockets are checked for a sign-in that expired (sign-out closes them at once). */
    LIVE_SIGNIN_RECHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    LIVEKIT_RECONCILE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    SESSION_IDLE_HOURS: z.coerce.number().positive().default(72),
    SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(30),
    COOKIE_SECURE: bool.optional(),
    SIGNIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
    SIGNUP_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(20),
    /** Whose X-Forwarded-For to believe: off, a hop count, or proxy addresses (lib/trust-proxy.ts). */
    TRUST_PROXY: trustProxySchema.default(false),
    /** Seals two-step secrets at rest. Required in production; elsewhere a public development key. */
    DATA_ENCRYPTION_KEY: z.string().min(32, 'use at least 32 random characters, e.g. `openssl rand -base64 32`').optional(),
    /** Keys rotated out, comma-separated: they still open what they sealed; DATA_ENCRYPTION_KEY seals everything new. */
    DATA_ENCRYPTION_KEYS_PREVIOUS: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().min(32, 'each previous key has at least 32 characters (comma-separated)')))
      .default([]),
    /** Facilitators turn on two-step sign-in before they can open a session. */
    REQUIRE_FACILITATOR_TWO_STEP: bool.default(true),
    CLIENT_DIST: z.string().optional(),
    /** Where mail goes (password reset links): smtp(s)://user:pass@host:port. Unset: the dev mailbox and console, never in production. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    /**
     * Keep mail in a development mailbox (`GET /api/dev/mailbox`) when SMTP_URL is unset. Off unless
     * asked for (`npm run dev` and the browser tests do): anyone who can reach it reads every reset link,
     * so a server started without NODE_ENV must not have it. Never in production.
     */
    DEV_MAILBOX: bool.default(false),
    /** The sender of Hearth's mail. */
    MAIL_FROM: z.string().min(3).default('Hearth <no-reply@localhost>'),
    /** Prometheus metrics at http://METRICS_HOST:METRICS_PORT/metrics, a listener of their own; unset = off. */
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    METRICS_HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && !config.DATA_ENCRYPTION_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DATA_ENCRYPTION_KEY'], message: 'required in production (the development key is public)' });
    }
  });
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Fails fast, naming every missing or bad variable at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const livekitApiUrl = (config: Config) => config.LIVEKIT_API_URL ?? config.LIVEKIT_URL.replace(/^ws/, 'http');

// Public on purpose: outside production nothing sealed with it is worth protecting.
const DEVELOPMENT_DATA_KEY = 'hearth-development-data-key-public-never-use-in-production';
export const dataEncryptionKey = (config: Config) => config.DATA_ENCRYPTION_KEY ?? DEVELOPMENT_DATA_KEY;
/** The key that seals, then the keys that only open (lib/sealing.ts). */
export const dataEncryptionKeys = (config: Config): [current: string, previous: string[]] => [dataEncryptionKey(config), config.DATA_ENCRYPTION_KEYS_PREVIOUS];

export const cookieSecure = (config: Config) => config.COOKIE_SECURE ?? config.PUBLIC_URL.startsWith('https://');
