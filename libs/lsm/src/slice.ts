/**
 * Clustering slices. A bound is a byte prefix (a clustering prefix encoded byte-comparably):
 * - inclusive start P: keys >= P (every key starting with P is included);
 * - exclusive start P: keys > P that do not start with P (every key starting with P is excluded);
 * - inclusive end P:   keys <= P, or starting with P (every key starting with P is included);
 * - exclusive end P:   keys < P (every key starting with P is excluded).
 * An absent bound is unbounded. The set of keys satisfying the start bound is upward-closed and the
 * set satisfying the end bound downward-closed in bytewise order, so both can be binary-searched.
 */
import { compareBytes, hasPrefix } from './bytes.js';

export interface ClusteringSlice {
  readonly start?: Uint8Array;
  readonly startInclusive: boolean;
  readonly end?: Uint8Array;
  readonly endInclusive: boolean;
}

/** Every row of the partition. */
export const FULL_SLICE: ClusteringSlice = { startInclusive: true, endInclusive: true };

export function satisfiesStart(key: Uint8Array, slice: ClusteringSlice): boolean {
  const { start } = slice;
  if (start === undefined) return true;
  if (slice.startInclusive) return compareBytes(key, start) >= 0;
  return compareBytes(key, start) > 0 && !hasPrefix(key, start);
}

export function satisfiesEnd(key: Uint8Array, slice: ClusteringSlice): boolean {
  const { end } = slice;
  if (end === undefined) return true;
  if (slice.endInclusive) return compareBytes(key, end) <= 0 || hasPrefix(key, end);
  return compareBytes(key, end) < 0;
}

/** Whether clustering key `key` lies within `slice` (see the module comment for the bound rules). */
export function clusteringInSlice(key: Uint8Array, slice: ClusteringSlice): boolean {
  return satisfiesStart(key, slice) && satisfiesEnd(key, slice);
}
