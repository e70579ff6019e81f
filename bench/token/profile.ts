/**
 * Where the token route's CPU goes: V8's sampling profiler over a loop of token requests (10 in
 * flight, through `inject`, so no sockets) on an in-process app, self time summed by package.
 * A diagnostic beside bench/token, not a measurement of it. Run:
 * `npx tsx bench/token/profile.ts [--database postgres|pglite] [--requests N] [--route token|me]`.
 */
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { startLivekit } from '../../scripts/livekit.js';
import { TEST_LIVEKIT } from '../../server/test/services.js';
import { createCleanup } from '../live/cleanup.js';
import { createDatabase } from '../live/databases.js';
import { freeLivekitPorts } from '../live/processes.js';
import { createGroup, inBatches, openSession, setupApp } from '../live/setup.js';
import { cookieHeaders } from './servers.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

/** The package a frame's file belongs to, or the repository's own folder, or V8's pseudo-frames. */
function owner(url: string, name: string) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] ?? url;
  if (url.includes('undici')) return 'node (undici: fetch)';
  if (url.startsWith('node:')) return `node (${url.slice(5).split('/').slice(0, 2).join('/')})`;
  const own = /\/(server|shared)\/src\/(?:features\/)?([^/]+)/.exec(url);
  return own ? `hearth ${own[1]}/${own[2]}` : url;
}

async function main() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'postgres' },
      requests: { type: 'string', default: '3000' },
      route: { type: 'string', default: 'token' },
      'reconcile-ms': { type: 'string', default: '1000' },
    },
  });
  const cleanup = createCleanup();
  try {
    const port = await freeLivekitPorts();
    const lk = await startLivekit({ ...TEST_LIVEKIT, port, nodeIp: '127.0.0.1', bindAddress: '127.0.0.1', logLevel: 'error' });
    cleanup.add('LiveKit', () => lk.stop());
    const database = values.database === 'postgres' ? (await createDatabase(cleanup)).url : '';
    const app = await setupApp({
      DATABASE_URL: database,
      ...(database ? {} : { DATA_DIR: 'memory://' }),
      LIVEKIT_URL: lk.url,
      LIVEKIT_API_KEY: TEST_LIVEKIT.apiKey,
      LIVEKIT_API_SECRET: TEST_LIVEKIT.apiSecret,
      // 0 turns off the door's pass, and with it the tokens' trust in rooms already made.
      LIVEKIT_RECONCILE_MS: values['reconcile-ms'],
    });
    cleanup.add('app', () => app.close());
    const group = await createGroup(app, 0, 10);
    const sessionId = await openSession(app, group);
    const url = values.route === 'me' ? '/api/auth/me' : `/api/sessions/${sessionId}/token`;
    const method = values.route === 'me' ? 'GET' : 'POST';
    const ask = async (_: unknown, i: number) => {
      const res = await app.inject({ method, url, headers: cookieHeaders(group.members[i % group.members.length]!) });
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body}`);
    };
    const n = Number(values.requests);
    await inBatches(Array.from({ length: 300 }), 10, ask);

    const inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    const cpuBefore = process.cpuUsage();
    await inspector.post('Profiler.start');
    const started = performance.now();
    await inBatches(Array.from({ length: n }), 10, ask);
    const wall = performance.now() - started;
    const { profile } = (await inspector.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    const cpu = process.cpuUsage(cpuBefore);

    const byOwner = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      total += hits;
      const key = owner(node.callFrame.url, node.callFrame.functionName);
      byOwner.set(key, (byOwner.get(key) ?? 0) + hits);
    }
    console.log(
      `${values.database}, ${method} ${values.route}: ${n} requests, ${(n / (wall / 1000)).toFixed(0)} req/s, ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms CPU each (this process, LiveKit and Postgres not counted)`,
    );
    for (const [key, hits] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
  } finally {
    await cleanup.run();
  }
}

await main();
