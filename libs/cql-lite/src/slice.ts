// Clustering slices: which encoded clustering keys of a partition a SELECT reads.
//
// Bounds are encoded clustering prefixes (encodeClustering of the first k values, k ≥ 1),
// compared with plain memcmp, already in the table's stored order (DESC columns are
// inverted by the encoding, so a DESC column's `c > 5` becomes an *end* bound). Because
// components are prefix-free, "the keys that start with prefix P" are one contiguous run.
// The convention, which storage and tests share through clusteringInSlice:
//
//   start inclusive  P   key ≥ P                        (every key starting with P is in)
//   start exclusive  P   key > P and key ∌ prefix P     (after every key starting with P)
//   end   inclusive  P   key ≤ P or key starts with P   (through every key starting with P)
//   end   exclusive  P   key < P                        (before every key starting with P)
//   absent bound         unbounded on that side
//
// For a full key (k = all clustering columns) these are ordinary ≥, >, ≤, <.
// The empty key (the one row of a table without clustering columns, or a partition's static
// row) sorts before every non-empty key: it is in a slice only when the slice has no start.
// Storage reads static rows on their own, not through a slice.

import { compareBytes, copyBytes, startsWith } from './bytes.js';

export interface ClusteringSlice {
  start?: Uint8Array;
  startInclusive: boolean;
  end?: Uint8Array;
  endInclusive: boolean;
}

/** The slice that selects every row of a partition. */
export const FULL_SLICE: Readonly<ClusteringSlice> = Object.freeze({ startInclusive: true, endInclusive: true });

/** True when the encoded clustering `key` lies in `slice` (see the convention above). */
export function clusteringInSlice(key: Uint8Array, slice: ClusteringSlice): boolean {
  if (slice.start !== undefined) {
    const c = compareBytes(key, slice.start);
    if (slice.startInclusive ? c < 0 : c <= 0 || startsWith(key, slice.start)) return false;
  }
  if (slice.end !== undefined) {
    const c = compareBytes(key, slice.end);
    if (slice.endInclusive ? c > 0 && !startsWith(key, slice.end) : c >= 0) return false;
  }
  return true;
}

/**
 * The least byte string greater than every key that starts with `prefix` (a seek target
 * for an exclusive start or the stop point of an inclusive end), or undefined when no such
 * string exists (the prefix is all 0xFF: the bound is then open-ended).
 */
export function clusteringPrefixSuccessor(prefix: Uint8Array): Uint8Array | undefined {
  let i = prefix.length - 1;
  while (i >= 0 && prefix[i] === 0xff) i--;
  if (i < 0) return undefined;
  const out = copyBytes(prefix, 0, i + 1);
  out[i] = (out[i] as number) + 1;
  return out;
}

/** True when no key can lie in the slice (start sorts after end). */
export function sliceIsEmpty(slice: ClusteringSlice): boolean {
  if (slice.start === undefined || slice.end === undefined) return false;
  const startAt = slice.startInclusive ? slice.start : clusteringPrefixSuccessor(slice.start);
  if (startAt === undefined) return true;
  const c = compareBytes(startAt, slice.end);
  if (slice.endInclusive) return c > 0 && !startsWith(startAt, slice.end);
  return c >= 0;
}
