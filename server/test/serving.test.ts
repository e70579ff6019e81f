import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { testConfig } from './harness.js';

// A client build as Vite lays it out: index.html, content-hashed assets with their hidden maps, public files.
const SCRIPT = `export const words = ${JSON.stringify('a calm place to talk '.repeat(200))};\n`;
const HASHED = '/assets/index-Bq3x_9Zk.js';

describe('serving the built client', () => {
  let app: App;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'hearth-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>Hearth</title><script type="module" src="${HASHED}"></script>`);
    writeFileSync(join(dist, HASHED), SCRIPT);
    writeFileSync(join(dist, `${HASHED}.map`), '{"version":3,"sources":["src/secret-internals.ts"]}');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await buildApp(testConfig({ DATA_DIR: 'memory://', CLIENT_DIST: dist }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('sends text compressed: brotli when the browser takes it, else gzip, the same bytes either way', async () => {
    const br = await get(HASHED, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gz = await get(HASHED, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    expect((await get(HASHED)).headers['content-encoding']).toBeUndefined();
    // API answers too, once they are big enough to be worth it.
    const docs = await get('/api/docs/json', { 'accept-encoding': 'br' });
    expect(docs.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(docs.rawPayload).toString()).openapi).toMatch(/^3\./);
  });

  it('caches hashed assets for a year as immutable, and has the page revalidated every time', async () => {
    expect((await get(HASHED)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/sign-in', '/groups/1234/sessions?x=1']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/^text\/html/);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    for (const url of ['/sign-in', '/', HASHED]) {
      const head = await app.inject({ method: 'HEAD', url });
      const got = await get(url);
      expect(head.statusCode, url).toBe(200);
      expect(head.headers['content-type'], url).toBe(got.headers['content-type']);
      expect(head.body, url).toBe('');
    }
  });

  it('never serves a source map, and a missing file is a 404 rather than the page', async () => {
    for (const url of [`${HASHED}.map`, '/assets/nothing-here.js', '/robots.txt.map', '/%2e%2e/package.json']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('secret-internals');
      expect(res.headers['content-type'], url).toMatch(/json/);
    }
  });

  it('has a favicon, at the address browsers ask for too', async () => {
    const ico = await get('/favicon.ico');
    expect(ico.statusCode).toBe(301);
    expect(ico.headers.location).toBe('/favicon.svg');
    const svg = await get('/favicon.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });
});
