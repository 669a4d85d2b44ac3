// Clustering restrictions → the ClusteringSlices of a partition they select, in stored
// order (see slice.ts for how bounds over prefixes are read).
//
// Contract: clusteringSlices takes restrictions that need no filtering (equalities, IN
// included, on a prefix of the clustering columns, then at most one slice) and returns
// `slices`: non-empty, non-overlapping slices sorted in the table's stored order, one per
// combination of IN values (their cartesian product, at most CLUSTERING_SLICES_MAX; none
// for `IN ()`); and `span`: the one slice from the first to the last of them (with a
// single combination, its slice even when empty; with none, a slice that selects nothing).
// A slice over a tuple of columns with mixed ASC/DESC order is not one run of stored keys
// and is rejected as not supported yet.

import { clusteringTypes } from './bind.js';
import { compareBytes } from './bytes.js';
import { encodeClustering } from './clustering.js';
import { InvalidRequest } from './errors.js';
import type { ClusteringRestriction, TupleBound, WhereRestrictions } from './restrictions.js';
import type { TableSchema } from './schema.js';
import { sliceIsEmpty, type ClusteringSlice } from './slice.js';

/** Most slices (combinations of clustering IN values) one statement may read or delete. */
export const CLUSTERING_SLICES_MAX = 1000;

/** A slice that selects no key: it starts after every key that starts with 0x00 and ends before them. */
const NOTHING: Readonly<ClusteringSlice> = Object.freeze({
  start: Uint8Array.of(0),
  startInclusive: false,
  end: Uint8Array.of(0),
  endInclusive: false,
});

export function clusteringSlices(table: TableSchema, r: WhereRestrictions): { slices: ClusteringSlice[]; span: ClusteringSlice } {
  const types = clusteringTypes(table);
  const encode = (values: Uint8Array[]): Uint8Array =>
    encodeClustering(types.slice(0, values.length), table.clusteringOrder.slice(0, values.length), values);
  let prefixes: Uint8Array[][] = [[]];
  let slice: ClusteringRestriction | undefined;
  for (const c of r.clustering) {
    if (c.tuples === undefined) {
      slice = c;
      break;
    }
    const count = prefixes.length * c.tuples.length;
    if (count > CLUSTERING_SLICES_MAX) {
      throw new InvalidRequest(
        `Query cannot be completed because it selects ${count} clustering key combinations - more than the maximum allowed ${CLUSTERING_SLICES_MAX}`,
      );
    }
    const tuples = c.tuples;
    prefixes = prefixes.flatMap((p) => tuples.map((t) => [...p, ...t]));
  }
  const keyed = prefixes.map((p) => ({ prefix: p.length === 0 ? new Uint8Array(0) : encode(p), values: p }));
  keyed.sort((a, b) => compareBytes(a.prefix, b.prefix));
  const all = keyed.map(({ prefix, values }) => sliceUnder(table, values, prefix, slice, encode));
  const slices = all.filter((s) => !sliceIsEmpty(s));
  const first = all[0];
  const last = all[all.length - 1];
  if (first === undefined || last === undefined) return { slices, span: { ...NOTHING } };
  if (all.length === 1) return { slices, span: first };
  const span: ClusteringSlice = {
    ...(first.start === undefined ? {} : { start: first.start }),
    startInclusive: first.startInclusive,
    ...(last.end === undefined ? {} : { end: last.end }),
    endInclusive: last.endInclusive,
  };
  return { slices, span };
}

/** The slice of keys starting with `values` (encoded: `prefix`) within the slice restriction. */
function sliceUnder(
  table: TableSchema,
  values: Uint8Array[],
  prefix: Uint8Array,
  slice: ClusteringRestriction | undefined,
  encode: (values: Uint8Array[]) => Uint8Array,
): ClusteringSlice {
  const k = values.length;
  let start: Uint8Array | undefined = k > 0 ? prefix : undefined;
  let end = start;
  let startInclusive = true;
  let endInclusive = true;
  if (slice !== undefined) {
    const width = Math.max(slice.lower?.values.length ?? 0, slice.upper?.values.length ?? 0);
    const orders = table.clusteringOrder.slice(k, k + width);
    if (orders.some((o) => o !== orders[0])) {
      const names = slice.columns.slice(0, width).map((c) => c.name).join(', ');
      throw new InvalidRequest(`Slices over (${names}) with mixed ASC and DESC clustering order are not supported yet`);
    }
    // In stored order an ASC column's lower bound comes first; a DESC column's upper bound does.
    const desc = orders[0] === 'DESC';
    const firstBound: TupleBound | undefined = desc ? slice.upper : slice.lower;
    const secondBound: TupleBound | undefined = desc ? slice.lower : slice.upper;
    if (firstBound !== undefined) {
      start = encode([...values, ...firstBound.values]);
      startInclusive = firstBound.inclusive;
    }
    if (secondBound !== undefined) {
      end = encode([...values, ...secondBound.values]);
      endInclusive = secondBound.inclusive;
    }
  }
  return { ...(start === undefined ? {} : { start }), startInclusive, ...(end === undefined ? {} : { end }), endInclusive };
}
