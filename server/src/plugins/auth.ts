import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER, type User } from '@hearth/shared';
import { cookieSecure } from '../config.js';
import { AppError, unauthenticated } from '../lib/errors.js';

export const SESSION_COOKIE = 'hearth_session';

declare module 'fastify' {
  interface FastifyInstance {
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

export interface AuthPluginOptions {
  /** The user a cookie token belongs to, if that sign-in is still good. */
  resolveUser(token: string): Promise<User | undefined>;
}

/** Cookie sign-in on every request, and the same-site check on every write; it knows nothing of how accounts work. */
export default fp<AuthPluginOptions>(
  async (app, { resolveUser }) => {
    await app.register(cookie);
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
      request.user = (await signInFrom(request.cookies, resolveUser))?.user ?? null;
    });
  },
  { name: 'auth', dependencies: ['config'] },
);

/** Cookie → her sign-in, written once for HTTP requests and the live socket's handshake alike. */
export async function signInFrom(cookies: Record<string, string | undefined>, resolveUser: AuthPluginOptions['resolveUser']) {
  const token = cookies[SESSION_COOKIE];
  const user = token ? await resolveUser(token) : undefined;
  return token && user ? { token, user } : undefined;
}

/**
 * Cookie-authenticated writes must come from our own pages: they carry a custom header, which a
 * cross-site form cannot send and a cross-site script cannot send without a CORS grant we never give,
 * and when the browser names an Origin it must be ours.
 */
function assertSameSite(request: FastifyRequest, publicUrl: string) {
  if (request.headers[CSRF_HEADER] !== '1' || !originAllowed(request.headers.origin, request.headers.host, publicUrl)) {
    throw new AppError('CROSS_SITE_REQUEST', 'This request did not come from a Hearth page. Reload and try again.');
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
