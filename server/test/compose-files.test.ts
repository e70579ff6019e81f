import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runLivekit, type RunningLivekit } from '../../scripts/livekit.js';
import { requireLivekit } from './harness.js';
import { startRedis } from './redis.js';

// No Docker engine runs here, so what docker-compose.yml relies on is checked another way: its
// wiring read from the files, and the real LiveKit started from the very config files it mounts.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}/${file}`, 'utf8');
const yamlOf = (file: string) => parse(read(file), { merge: true }) as Record<string, unknown>;

interface Service {
  profiles?: string[];
  environment: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string; required?: boolean }>;
}
interface NodeConfig {
  port: number;
  rtc: { tcp_port: number; udp_port: number };
  webhook: { api_key: string };
}
const services = (yamlOf('docker-compose.yml') as { services: Record<string, Service> }).services;
const NODES = [
  { service: 'livekit', file: 'livekit.yaml', app: 'app' },
  { service: 'livekit-2', file: 'livekit-2.yaml', app: 'app-2' },
].map((n) => ({ ...n, config: yamlOf(n.file) as unknown as NodeConfig }));

/** `${NAME:-default}` → default; a plain value as it is. */
const defaultOf = (value: string) => value.match(/^\$\{\w+:-(.*)\}$/)?.[1] ?? value;

describe('docker-compose.yml', () => {
  it('mounts each LiveKit node its own config and publishes that config’s ports on the same numbers', () => {
    for (const { service, file, config } of NODES) {
      expect(services[service]!.volumes).toContain(`./${file}:/etc/livekit.yaml:ro`);
      const { port, rtc } = config;
      // The media ports must match inside and out: LiveKit advertises its own numbers to browsers.
      expect(services[service]!.ports?.sort()).toEqual([`${port}:${port}`, `${rtc.tcp_port}:${rtc.tcp_port}`, `${rtc.udp_port}:${rtc.udp_port}/udp`].sort());
    }
    const portsOf = (c: NodeConfig) => [c.port, c.rtc.tcp_port, c.rtc.udp_port];
    expect(portsOf(NODES[0]!.config).filter((p) => portsOf(NODES[1]!.config).includes(p))).toEqual([]);
  });

  it('points each Hearth process at its own node, for the browsers and for its API calls', () => {
    for (const { service, app, config } of NODES) {
      const env = services[app]!.environment;
      expect(defaultOf(env.LIVEKIT_URL!)).toBe(`ws://localhost:${config.port}`);
      expect(env.LIVEKIT_API_URL).toBe(`http://${service}:${config.port}`);
      expect(env.LIVEKIT_API_KEY).toBe(config.webhook.api_key);
    }
    // The second process is the first's, apart from its node and its port.
    const { LIVEKIT_URL: _a, LIVEKIT_API_URL: _b, ...first } = services.app!.environment;
    const { LIVEKIT_URL: _c, LIVEKIT_API_URL: _d, ...second } = services['app-2']!.environment;
    expect(second).toEqual(first);
    // It starts once the first has migrated the shared database.
    expect(services['app-2']!.depends_on?.app?.condition).toBe('service_healthy');
  });

  it('adds Redis, the second node and the second process only in the cluster profile, and the first node joins it when .env asks', () => {
    for (const name of ['redis', 'livekit-2', 'app-2']) expect(services[name]!.profiles).toEqual(['cluster']);
    for (const name of ['postgres', 'livekit', 'app']) expect(services[name]!.profiles).toBeUndefined();
    expect(services.livekit!.environment.REDIS_HOST).toBe('${LIVEKIT_REDIS_HOST:-}');
    expect(services.livekit!.depends_on?.redis).toEqual({ condition: 'service_healthy', required: false });
    expect(services['livekit-2']!.environment.REDIS_HOST).toBe('redis:6379');
    const example = read('.env.example');
    expect(example).toContain('# COMPOSE_PROFILES=cluster\n');
    expect(example).toContain('# LIVEKIT_REDIS_HOST=redis:6379\n');
  });

  it('keeps the second node’s config the first’s, apart from its ports', () => {
    const withoutPorts = (c: NodeConfig) => ({ ...c, port: undefined, rtc: { ...c.rtc, tcp_port: undefined, udp_port: undefined } });
    expect(withoutPorts(NODES[1]!.config)).toEqual(withoutPorts(NODES[0]!.config));
  });
});

describe('the LiveKit config files Compose mounts', () => {
  const running: RunningLivekit[] = [];
  let redis: Awaited<ReturnType<typeof startRedis>>;
  afterAll(async () => {
    await Promise.all(running.map((n) => n.stop()));
    await redis?.stop();
  });

  it('start the real LiveKit, which keys them as Compose does and forms one cluster over Redis', async (ctx) => {
    if (!requireLivekit()) return ctx.skip();
    redis = await startRedis(18_989);
    if (!redis) return ctx.skip(); // said loudly by missingService, and a failure under CI
    const secret = 'compose-files-test-secret-0123456789abcdef';
    for (const { file, config } of NODES) {
      // As docker-compose.yml passes them: the key named in the webhook section, and the cluster's Redis.
      const env = { LIVEKIT_KEYS: `hearth: ${secret}`, REDIS_HOST: redis.address };
      running.push(await runLivekit({ configPath: `${ROOT}/${file}`, apiUrl: `http://127.0.0.1:${config.port}`, env }));
    }
    const [first, second] = running.map((n) => new RoomServiceClient(n.apiUrl, 'hearth', secret));
    await first!.createRoom({ name: 'made-on-the-first-node' });
    expect((await second!.listRooms()).map((r) => r.name)).toContain('made-on-the-first-node');
  });
});
