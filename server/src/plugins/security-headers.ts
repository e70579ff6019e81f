import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import { livekitApiUrl, type Config } from '../config.js';

/** Where the browser may connect: ourselves, and LiveKit's signalling (websocket, and its HTTP check on failure). */
export function connectSources(config: Config): string[] {
  const ws = new URL(config.LIVEKIT_URL);
  const http = new URL(ws.href.replace(/^ws/, 'http'));
  return ["'self'", ws.origin.replace(/^http/, 'ws'), http.origin];
}

/**
 * Strict headers on every answer, pages and API alike. Scripts and styles come only from our own
 * build; the page talks only to us and LiveKit; nobody may frame us (a hidden room in another site's
 * page); invite links carry their token in the URL, so no Referer ever leaves; camera, microphone
 * and screen capture are for our own pages only, everything else is off.
 */
export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // React and LiveKit's components set element styles; the stylesheets themselves are ours.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:', 'mediastream:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: connectSources(app.config),
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(app.config.PUBLIC_URL.startsWith('https://') ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      // Only worth sending where the site is https; browsers ignore it over http anyway.
      strictTransportSecurity: app.config.PUBLIC_URL.startsWith('https://') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    });
    app.addHook('onSend', async (_request, reply) => {
      reply.header('permissions-policy', PERMISSIONS_POLICY);
    });
  },
  { name: 'security-headers', dependencies: ['config'] },
);

export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=(self)',
  'display-capture=(self)',
  'autoplay=(self)',
  'fullscreen=(self)',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'midi=()',
  'magnetometer=()',
  'gyroscope=()',
  'accelerometer=()',
].join(', ');
