import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER, type User } from '@hearth/shared';
import { cookieSecure, dataEncryptionKey } from '../config.js';
import { AppError, unauthenticated } from '../lib/errors.js';
import { createAuthRepository } from '../features/auth/repository.js';
import { createAuthService, type AuthService } from '../features/auth/service.js';
import { createAudit, type Audit } from '../features/audit/service.js';
import { createThrottle } from '../features/auth/throttle.js';
import { createThrottleRepository } from '../features/auth/throttle-repository.js';
import { createTwoStepRepository } from '../features/two-step/repository.js';
import { createTwoStep, type TwoStep } from '../features/two-step/service.js';
import { createSealer } from '../lib/sealing.js';

export const SESSION_COOKIE = 'hearth_session';

declare module 'fastify' {
  interface FastifyInstance {
    auth: AuthService;
    audit: Audit;
    twoStep: TwoStep;
    setSessionCookie(reply: FastifyReply, token: string): void;
  }
  interface FastifyContextConfig {
    /** A write authenticated by its own signature (LiveKit's webhook), not by our cookie. */
    sameSiteExempt?: boolean;
  }
  interface FastifyRequest {
    user: User | null;
    /** The signed-in user, or a 401. */
    requireUser(): User;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export default fp(
  async (app) => {
    await app.register(cookie);
    const audit = createAudit(app.db);
    const throttle = createThrottle({ repo: createThrottleRepository(app.db) });
    const sealer = createSealer(dataEncryptionKey(app.config));
    const twoStep = createTwoStep({ repo: createTwoStepRepository(app.db), audit, throttle, sealer });
    const auth = createAuthService({
      repo: createAuthRepository(app.db),
      audit,
      throttle,
      twoStep,
      idleHours: app.config.SESSION_IDLE_HOURS,
      absoluteDays: app.config.SESSION_ABSOLUTE_DAYS,
    });
    app.decorate('auth', auth);
    app.decorate('audit', audit);
    app.decorate('twoStep', twoStep);
    app.decorate('setSessionCookie', (reply: FastifyReply, token: string) => {
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: cookieSecure(app.config),
        path: '/',
        maxAge: app.config.SESSION_ABSOLUTE_DAYS * 24 * 3600,
      });
    });

    app.decorateRequest('user', null);
    app.decorateRequest('requireUser', function (this: FastifyRequest) {
      if (!this.user) throw unauthenticated();
      return this.user;
    });

    app.addHook('onRequest', async (request) => {
      // Every write, whatever its URL's spelling (/%61pi/…, //api/…, /API/…, /x/../api/…), unless
      // the matched route itself says it is authenticated another way.
      if (UNSAFE.has(request.method) && !request.routeOptions.config.sameSiteExempt) assertSameSite(request, app.config.PUBLIC_URL);
      const token = request.cookies[SESSION_COOKIE];
      if (token) request.user = (await auth.resolve(token)) ?? null;
    });
  },
  { name: 'auth', dependencies: ['config', 'db'] },
);

/**
 * Cookie-authenticated writes must come from our own pages: they carry a custom header, which a
 * cross-site form cannot send and a cross-site script cannot send without a CORS grant we never give,
 * and when the browser names an Origin it must be ours.
 */
function assertSameSite(request: FastifyRequest, publicUrl: string) {
  if (request.headers[CSRF_HEADER] !== '1' || !originAllowed(request.headers.origin, request.headers.host, publicUrl)) {
    throw new AppError(403, 'CROSS_SITE_REQUEST', 'This request did not come from a Hearth page. Reload and try again.');
  }
}

/** No Origin (not a browser, or same-origin GET), our public origin, or the host the request came to. */
export function originAllowed(origin: string | undefined, host: string | undefined, publicUrl: string) {
  return !origin || origin === new URL(publicUrl).origin || hostOf(origin) === host;
}

function hostOf(origin: string) {
  try {
    return new URL(origin).host;
  } catch {
    return undefined; // "null" or garbage: never same-site
  }
}
