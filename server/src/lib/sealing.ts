import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** `v1.<iv>.<tag>.<body>`: one key, no id. Still opened (two-step secrets sealed before rotation existed). */
const V1 = 'v1';
/** `v2.<keyId>.<iv>.<tag>.<body>`: the key id says which configured key opens it. */
const V2 = 'v2';

interface Key {
  id: string;
  bytes: Buffer;
}

/** The AES key is the SHA-256 of a long random configured secret; its id a hash of that key in another domain, so it tells nothing. */
function deriveKey(secret: string): Key {
  const bytes = createHash('sha256').update(secret, 'utf8').digest();
  const id = createHash('sha256').update('hearth sealing key id\u0000').update(bytes).digest('base64url').slice(0, 10);
  return { id, bytes };
}

const b64 = (value: string) => Buffer.from(value, 'base64url');

function openWith(key: Key, iv: string, tag: string, body: string, context: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key.bytes, b64(iv)).setAAD(Buffer.from(context, 'utf8')).setAuthTag(b64(tag));
  return Buffer.concat([decipher.update(b64(body)), decipher.final()]).toString('utf8');
}

/**
 * AES-256-GCM for words and secrets at rest (two-step secrets, facilitator notes, recaps, journals).
 * Each value is bound to what it belongs to (`context`, e.g. `journal_entries:<id>:<user>`), so a sealed
 * value copied onto another row does not open there.
 *
 * Rotation: the first key seals; it and every previous key open. A value names its key by id, so
 * opening never tries keys in turn (except `v1` values, which name none). `needsReseal` tells which
 * values `npm run db:reseal` rewrites with the current key, after which a previous key can be dropped.
 */
export function createSealer(current: string, previous: readonly string[] = []) {
  const sealing = deriveKey(current);
  const keys = [sealing, ...previous.map(deriveKey)];
  const byId = new Map(keys.map((k) => [k.id, k]));

  function open(sealed: string, context: string): string {
    const parts = sealed.split('.');
    if (parts[0] === V2 && parts.length === 5) {
      const [, keyId = '', iv = '', tag = '', body = ''] = parts;
      const key = byId.get(keyId);
      if (!key) throw new Error('sealed with a key that is not configured');
      return openWith(key, iv, tag, body, context);
    }
    if (parts[0] === V1 && parts.length === 4) {
      const [, iv = '', tag = '', body = ''] = parts;
      for (const key of keys) {
        try {
          return openWith(key, iv, tag, body, context);
        } catch {
          // not this key: the next one
        }
      }
      throw new Error('sealed with a key that is not configured');
    }
    throw new Error('not a sealed value');
  }

  function seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', sealing.bytes, iv).setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [V2, sealing.id, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))].join('.');
  }

  return {
    seal,
    /** Throws when the value was changed, belongs elsewhere, or was sealed with a key not configured. */
    open,
    /** The id of the key that seals now (for checks and the reseal script). */
    currentKeyId: sealing.id,
    /** True when the value was sealed with an older key or the older format: `reseal` would rewrite it. */
    needsReseal: (sealed: string) => !sealed.startsWith(`${V2}.${sealing.id}.`),
    /** The same plain text sealed again with the current key (throws as `open` does). */
    reseal: (sealed: string, context: string) => seal(open(sealed, context), context),
  };
}
export type Sealer = ReturnType<typeof createSealer>;
