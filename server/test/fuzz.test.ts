import { expect, it } from 'vitest';
import fc from 'fast-check';
import { CSRF_HEADER, ERROR_CODES } from '@hearth/shared';
import type { App } from '../src/app.js';
import { describeEachDatabase, requireLivekit } from './harness.js';
import { fuzzFixture, ROLES } from './fuzz-fixture.js';
import { hostileValue, pathValue, valueFor, type JsonSchema, type Known } from './fuzz-values.js';

// Enough to reach every branch of every route a few times in about half a minute per database (password
// hashing on sign-up and sign-in is most of it); FUZZ_RUNS raises it for a longer hunt.
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 30);
const ROUNDS = 2;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Errors only: a 5xx logs its cause (safely, see lib/log.ts) beside the list of failed requests.
const LOG_ERRORS = { LOG_LEVEL: 'error' };
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface Operation {
  method: Method;
  path: string;
  params: { name: string; in: string; schema: JsonSchema }[];
  body?: JsonSchema;
}

interface Sample {
  url: string;
  payload?: unknown;
  csrf: boolean;
}

/** Every operation the app documents about itself. */
async function operations(app: App): Promise<Operation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: Operation['params']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase() as Method,
      path,
      params: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
}

/** Requests for one operation: mostly well-formed with the fixture's real ids, often broken in one place. */
function requestsFor(op: Operation, known: Known): fc.Arbitrary<Sample> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const params = fc.record(
    Object.fromEntries(
      pathParams.map((p) => [
        p.name,
        fc.oneof({ weight: 4, arbitrary: valueFor(p.schema, false, known, p.name) }, { weight: 1, arbitrary: valueFor(p.schema, true, known, p.name) }),
      ]),
    ),
  );
  const body: fc.Arbitrary<unknown> = op.body
    ? fc.oneof(
        { weight: 3, arbitrary: valueFor(op.body, false, known) },
        { weight: 5, arbitrary: valueFor(op.body, true, known) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileValue });
  return fc.record({ params, payload: body, csrf: fc.boolean() }).map(({ params: values, payload, csrf }) => ({
    url: op.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValue(values[name])),
    payload,
    csrf,
  }));
}

describeEachDatabase(
  'an HTTP fuzz over every route of the API description',
  (h) => {
    requireLivekit();

    it('answers no request with a 5xx and every refusal with a stable code, as anyone', { timeout: 240_000 }, async () => {
      const { facilitator, member, groupId, firstSessionId, known, cookies, restore } = await fuzzFixture(h.app);

      const failures: string[] = [];
      let sent = 0;
      const ops = await operations(h.app);
      // In rounds, so every read also meets what the writes of the round before stored.
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [op, role] of ops.flatMap((o) => ROLES.map((r) => [o, r] as const))) {
          const seed = SEED + sent;
          // An operation with no parameters and no body varies only in what junk is sent along; a few tries do.
          const runs = op.params.length === 0 && !op.body ? Math.ceil(RUNS_PER_OPERATION / 4) : RUNS_PER_OPERATION;
          for (const sample of fc.sample(requestsFor(op, known), { numRuns: Math.ceil(runs / ROUNDS), seed })) {
            const res = await h.app.inject({
              method: op.method,
              url: sample.url,
              headers: {
                // Signed-in people send it as their pages do; anonymous requests sometimes forget it.
                ...(role !== 'anonymous' || sample.csrf ? { [CSRF_HEADER]: '1' } : {}),
                ...(cookies[role] ? { cookie: `hearth_session=${cookies[role]}` } : {}),
                ...(sample.payload === undefined ? {} : { 'content-type': 'application/json' }),
              },
              ...(sample.payload === undefined ? {} : { payload: JSON.stringify(sample.payload) }),
            });
            sent += 1;
            const code = String(res.headers['content-type'] ?? '').includes('json') ? (res.json() as { code?: string }).code : undefined;
            const stable = res.statusCode < 400 || res.statusCode >= 500 || ERROR_CODES.includes(code as (typeof ERROR_CODES)[number]);
            if (res.statusCode >= 500 || !stable) {
              failures.push(
                `${role} ${op.method} ${sample.url.slice(0, 200)} ${JSON.stringify(sample.payload)?.slice(0, 300)} -> ${res.statusCode} ${res.body.slice(0, 200)}`,
              );
            }
            await restore(role, op.method, sample.url, res.statusCode, res.body);
          }
        }
      }
      console.info(`fuzz [${h.driver}]: ${sent} requests, seed ${SEED}, ${failures.length} failures`);
      expect(failures).toEqual([]);

      for (const [who, reads] of [
        [
          member,
          [
            '/api/auth/me',
            '/api/groups',
            `/api/groups/${groupId}`,
            `/api/groups/${groupId}/sessions`,
            `/api/groups/${groupId}/agreement`,
            `/api/sessions/${firstSessionId}`,
          ],
        ],
        [
          facilitator,
          [
            '/api/groups',
            `/api/groups/${groupId}/sessions`,
            `/api/groups/${groupId}/members`,
            `/api/groups/${groupId}/invites`,
            `/api/groups/${groupId}/agreements`,
            `/api/sessions/${firstSessionId}/attendance`,
          ],
        ],
      ] as const) {
        for (const url of reads) expect({ url, status: (await who.request('GET', url)).statusCode }).toEqual({ url, status: 200 });
      }
    });
  },
  LOG_ERRORS,
);
