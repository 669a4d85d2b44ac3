/**
 * Key helpers for the SSTable reader's hot paths: tokens split into two 32-bit words (so binary
 * searches compare numbers, not bigints), comparisons of keys stored inside a block without
 * copying them out, the `ClusteringSlice` bound rules (slice.ts) evaluated in place, and whether a
 * range tombstone overlaps a slice.
 */
import { compareBytes } from '../bytes.js';
import { satisfiesEnd } from '../slice.js';
import type { ClusteringSlice } from '../slice.js';

const scratch = new DataView(new ArrayBuffer(8));

/** High 32 bits of a signed 64-bit token, signed (so it orders like the token). */
export function tokenHigh(token: bigint): number {
  scratch.setBigInt64(0, token, true);
  return scratch.getInt32(4, true);
}

/** Both 32-bit words of a token: `high` signed (orders like the token), `low` unsigned. */
export function tokenWords(token: bigint): { high: number; low: number } {
  scratch.setBigInt64(0, token, true);
  return { high: scratch.getInt32(4, true), low: scratch.getUint32(0, true) };
}

/** Low 32 bits of a token, unsigned. */
export function tokenLow(token: bigint): number {
  scratch.setBigInt64(0, token, true);
  return scratch.getUint32(0, true);
}

/** Unsigned bytewise comparison of `buf[off, off + len)` with `key`. */
export function compareInPlace(buf: Uint8Array, off: number, len: number, key: Uint8Array): number {
  const n = len < key.length ? len : key.length;
  for (let i = 0; i < n; i++) {
    const d = (buf[off + i] as number) - (key[i] as number);
    if (d !== 0) return d;
  }
  return len - key.length;
}

function hasPrefixInPlace(buf: Uint8Array, off: number, len: number, prefix: Uint8Array): boolean {
  if (len < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[off + i] !== prefix[i]) return false;
  return true;
}

/** `satisfiesStart` (slice.ts) of the key stored at `buf[off, off + len)`. */
export function satisfiesStartInPlace(buf: Uint8Array, off: number, len: number, slice: ClusteringSlice): boolean {
  const { start } = slice;
  if (start === undefined) return true;
  const c = compareInPlace(buf, off, len, start);
  if (slice.startInclusive) return c >= 0;
  return c > 0 && !hasPrefixInPlace(buf, off, len, start);
}

/** `satisfiesEnd` (slice.ts) of the key stored at `buf[off, off + len)`. */
export function satisfiesEndInPlace(buf: Uint8Array, off: number, len: number, slice: ClusteringSlice): boolean {
  const { end } = slice;
  if (end === undefined) return true;
  const c = compareInPlace(buf, off, len, end);
  if (slice.endInclusive) return c <= 0 || hasPrefixInPlace(buf, off, len, end);
  return c < 0;
}

/**
 * The smallest key satisfying a start bound: the bound itself when inclusive or absent (empty
 * key); for an exclusive bound P, the smallest key greater than P that does not start with P
 * (P without its trailing 0xff bytes, last byte incremented) — `undefined` when there is none
 * (P empty or all 0xff: no key satisfies the bound).
 */
export function leastKeySatisfyingStart(start: Uint8Array | undefined, inclusive: boolean): Uint8Array | undefined {
  if (start === undefined) return new Uint8Array(0);
  if (inclusive) return start;
  let n = start.length;
  while (n > 0 && start[n - 1] === 0xff) n--;
  if (n === 0) return undefined;
  const out = start.slice(0, n);
  out[n - 1] = (out[n - 1] as number) + 1;
  return out;
}

/**
 * Whether some clustering key lies in both slices (a range tombstone is a slice). Every start
 * bound selects the keys from its least key up and every end bound a downward-closed set, so
 * the intersection is non-empty exactly when the larger of the two least keys satisfies both
 * end bounds.
 */
export function slicesOverlap(a: ClusteringSlice, b: ClusteringSlice): boolean {
  const la = leastKeySatisfyingStart(a.start, a.startInclusive);
  const lb = leastKeySatisfyingStart(b.start, b.startInclusive);
  if (la === undefined || lb === undefined) return false;
  const least = compareBytes(la, lb) >= 0 ? la : lb;
  return satisfiesEnd(least, a) && satisfiesEnd(least, b);
}
