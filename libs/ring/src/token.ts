// Murmur3Partitioner tokens: signed 64-bit integers, as in Cassandra's LongToken.

import { murmur3Halves, signedFromHalves } from './murmur3.js';

/** A position on the ring: a signed 64-bit integer (Cassandra's Murmur3Partitioner LongToken). */
export type Token = bigint;

/** Long.MIN_VALUE: the ring's minimum. No non-empty partition key hashes to it. */
export const MIN_TOKEN: Token = -(2n ** 63n);
/** Long.MAX_VALUE. */
export const MAX_TOKEN: Token = 2n ** 63n - 1n;

/** Longest decimal accepted by parseToken once leading zeros are dropped (19 digits + sign). */
const TOKEN_DIGITS_MAX = 19;
const TOKEN_PATTERN = /^([+-]?)0*([0-9]{1,19})$/;
/** Bound on the text parseToken will look at, in characters (sign + leading zeros + digits). */
export const TOKEN_STRING_CHARS_MAX = 64;

const SCRATCH = new Uint32Array(4);

/** Whether `t` is a bigint within [MIN_TOKEN, MAX_TOKEN]. */
export function isToken(t: unknown): t is Token {
  return typeof t === 'bigint' && t >= MIN_TOKEN && t <= MAX_TOKEN;
}

/**
 * Murmur3Partitioner.getToken: the first half of hash3_x64_128(key, seed 0), with
 * Long.MIN_VALUE normalized to Long.MAX_VALUE. As in Cassandra, an empty key maps to
 * MIN_TOKEN (the ring minimum) without hashing.
 */
export function murmur3Token(partitionKey: Uint8Array): Token {
  if (partitionKey.length === 0) return MIN_TOKEN;
  murmur3Halves(partitionKey, 0, 0, SCRATCH);
  const t = signedFromHalves(SCRATCH[0]!, SCRATCH[1]!);
  return t === MIN_TOKEN ? MAX_TOKEN : t;
}

/** Decimal text of a token, as Cassandra prints it. Throws RangeError outside the token range. */
export function tokenToString(t: Token): string {
  if (!isToken(t)) throw new RangeError(`not a signed 64-bit token: ${String(t)}`);
  return t.toString();
}

/**
 * Parses a signed 64-bit decimal (optional sign, digits only, as Java's Long.parseLong).
 * Throws RangeError on anything else, including values outside [MIN_TOKEN, MAX_TOKEN].
 */
export function parseToken(s: string): Token {
  const shown = s.length > TOKEN_STRING_CHARS_MAX ? `${s.slice(0, TOKEN_STRING_CHARS_MAX)}...` : s;
  const m = s.length <= TOKEN_STRING_CHARS_MAX ? TOKEN_PATTERN.exec(s) : null;
  if (m === null || (m[2] ?? '').length > TOKEN_DIGITS_MAX) {
    throw new RangeError(`Invalid token for Murmur3Partitioner. Got ${JSON.stringify(shown)} but expected a signed 64-bit decimal.`);
  }
  const magnitude = BigInt(m[2] ?? '');
  const t = m[1] === '-' ? -magnitude : magnitude;
  if (!isToken(t)) {
    throw new RangeError(`Invalid token for Murmur3Partitioner. Got ${JSON.stringify(shown)}, outside the signed 64-bit range.`);
  }
  return t;
}
