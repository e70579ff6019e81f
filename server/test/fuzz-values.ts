import fc from 'fast-check';

/** The part of JSON Schema the app's OpenAPI document uses. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** Real values by field or parameter name (the fixture's ids, its agreement hash), so deep code runs too. */
export type Known = Record<string, readonly string[]>;

// C0, DEL, C1 and the line breaks a single-line field must not take; U+0000 is what Postgres refuses outright.
const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\u000c', '\r', '\n', '\t', '\u001b', '\u007f', '\u0085', '\u009f'];

const ABSURD_DATES = [
  '0020-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-23:59',
  '0000-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2024-02-30T10:00:00Z',
  '+010000-01-01T00:00:00.000Z',
  '2030-13-01T00:00:00Z',
  'infinity',
  '',
];

/** U+0000 most often: the one control character that takes a careless server all the way to a 500. */
const control = fc.oneof({ weight: 4, arbitrary: fc.constant('\u0000') }, { weight: 3, arbitrary: fc.constantFrom(...CONTROL) });

const NUMBERS = [0, -1, 1.5, -0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER];

/** Strings a careless server stores or passes on: control characters, huge, odd code points, absurd dates. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  control.map((c) => `Mina${c}Member`),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...ABSURD_DATES),
  fc.constantFrom('y'.repeat(20_001), 'z'.repeat(300_000), '\ud800', '💥'.repeat(200), "' or 1=1 --", '%00', '../..'),
);

/** Anything at all where a value of some type is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...NUMBERS, null, true, false, [], {}, ['a'], { a: 1 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/** A string of the field's own shape with one control character put somewhere in it. */
const withControl = (valid: fc.Arbitrary<string>) =>
  fc.tuple(valid, control, fc.nat()).map(([s, c, at]) => s.slice(0, at % (s.length + 1)) + c + s.slice(at % (s.length + 1)));

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'email') {
    // fast-check's addresses use every character RFC 5322 allows, which our stricter check refuses; add plain ones.
    const plain = fc.stringMatching(/^[a-z][a-z0-9]{0,15}$/).map((local) => `${local}@example.test`);
    return fc.oneof(
      plain,
      fc.emailAddress().filter((e) => e.length <= 254),
    );
  }
  if (schema.format === 'date-time') {
    const near = fc.date({ min: new Date(Date.now() - 86_400_000), max: new Date(Date.now() + 90 * 86_400_000), noInvalidDate: true });
    // The first absurd dates are well-formed ISO 8601, so a format check alone lets them through.
    return fc.oneof(
      near.map((d) => d.toISOString()),
      fc.constantFrom(...ABSURD_DATES.slice(0, 4)),
    );
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  // Mostly short, sometimes exactly as long as allowed.
  return fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 40)) }) },
    { weight: 1, arbitrary: fc.constant('a'.repeat(max)) },
  );
}

/**
 * Values for a schema: `valid` ones stay within it (as far as a generator can tell), `hostile` ones break
 * it in one place: one property of an object, or the value itself.
 */
export function valueFor(schema: JsonSchema, hostile: boolean, known: Known, name = ''): fc.Arbitrary<unknown> {
  const real = known[name];
  const orReal = <T>(own: fc.Arbitrary<T>) => (real?.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: own }) : own);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valueFor(s, hostile, known, name)));
  if (schema.const !== undefined) return hostile ? hostileValue : fc.constant(schema.const);
  switch (schema.type) {
    case 'object':
      return objectFor(schema, hostile, known);
    case 'array':
      return hostile ? hostileValue : fc.array(valueFor(schema.items ?? {}, false, known), { maxLength: 3 });
    case 'string': {
      const valid = orReal(validString(schema));
      return hostile
        ? fc.oneof({ weight: 3, arbitrary: withControl(valid) }, { weight: 1, arbitrary: hostileString }, { weight: 1, arbitrary: hostileValue })
        : valid;
    }
    case 'integer':
    case 'number': {
      const min = Math.max(schema.minimum ?? -1000, Number.MIN_SAFE_INTEGER);
      const max = Math.min(schema.maximum ?? 1000, Number.MAX_SAFE_INTEGER);
      return hostile ? hostileValue : orReal(fc.integer({ min, max }));
    }
    case 'boolean':
      return hostile ? hostileValue : fc.boolean();
    default:
      return hostileValue;
  }
}

function objectFor(schema: JsonSchema, hostile: boolean, known: Known): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fields = (spoilt: string | undefined) =>
    fc.record(
      Object.fromEntries(keys.map((k) => [k, valueFor(schema.properties?.[k] ?? {}, k === spoilt, known, k)])),
      // Optional fields come and go; a spoilt one is always sent.
      { requiredKeys: keys.filter((k) => required.has(k) || k === spoilt) },
    );
  if (!hostile || keys.length === 0) return hostile ? hostileValue : fields(undefined);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keys).chain(fields) },
    // A required field left out, or one nobody asked for.
    { weight: 1, arbitrary: fc.tuple(fields(undefined), fc.constantFrom(...keys)).map(([o, k]) => ({ ...(o as object), [k]: undefined })) },
    { weight: 1, arbitrary: fields(undefined).map((o) => ({ ...(o as object), extra: '\u0000' })) },
  );
}

/** A path parameter as it goes into the URL: encoded, or raw bytes a browser would never send. */
export const pathValue = (value: unknown): string => {
  try {
    return encodeURIComponent(String(value));
  } catch {
    return '%E0%A4%A'; // a lone surrogate cannot be encoded; send a broken escape instead
  }
};
