import { isIP } from 'node:net';
import { z } from 'zod';

/** Names proxy-addr (Fastify's trustProxy) understands besides addresses and CIDR ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string) {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: which X-Forwarded-For entries name the client. Off by default, because a header
 * anyone can send would otherwise choose the address that rate limits count.
 * "false" | "true" (every hop: only when nothing but your proxy can reach Hearth) | a hop count |
 * a comma-separated list of proxy addresses and CIDR ranges.
 */
export const trustProxySchema = z.string().transform((value, ctx): boolean | number | string[] => {
  const v = value.trim();
  if (v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v) === 0 ? false : Number(v);
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (entries.length === 0 || bad.length > 0) {
    ctx.addIssue({ code: 'custom', message: `expected true, false, a hop count, or addresses/CIDR ranges; not ${bad.join(', ') || 'empty'}` });
    return z.NEVER;
  }
  return entries;
});

/**
 * What Fastify's trustProxy takes. Fastify 5.12 no longer reads a number as a hop count (it trusts
 * nothing then), so a count becomes a function trusting that many hops nearest to Hearth.
 */
export function trustProxyOption(setting: boolean | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}
