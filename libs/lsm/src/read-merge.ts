/**
 * Merging partial answers for one partition slice — the answers of several sources (memtables
 * and SSTables inside a node, replicas at the coordinator), each possibly cut short by a row
 * limit or a size limit.
 *
 * A source that stopped early only vouches for the slice up to its last row in scan order:
 * beyond that it may hold tombstones it did not send. So the merge keeps only what every
 * answer covers — up to the nearest such boundary — and says where to resume (Cassandra's
 * short-read protection, in its simplest form).
 */
import { compareBytes } from './bytes.js';
import { isRowLive } from './purge.js';
import { makePartition, mergePartitions, type MergeOptions } from './reconcile.js';
import type { ClusteringSlice } from './slice.js';
import type { PartitionData } from './types.js';

export interface PartialAnswer {
  readonly partition: PartitionData | undefined;
  /** The source stopped before the end of the slice: rows may follow its last one, in scan order. */
  readonly truncated: boolean;
}

export interface MergedAnswer {
  /** The reconciled part every answer covers (tombstones included). */
  readonly partition: PartitionData | undefined;
  /** Where to read again for the rest (exclusive, in scan order); undefined when nothing is left. */
  readonly resumeAfter: Uint8Array | undefined;
}

export function mergePartialAnswers(answers: readonly PartialAnswer[], reversed: boolean, options: MergeOptions = {}): MergedAnswer {
  let boundary: Uint8Array | undefined;
  for (const a of answers) {
    if (!a.truncated || a.partition === undefined || a.partition.rows.length === 0) continue;
    const rows = a.partition.rows;
    const last = reversed ? rows[0]!.clustering : rows[rows.length - 1]!.clustering;
    if (boundary === undefined || (reversed ? compareBytes(last, boundary) > 0 : compareBytes(last, boundary) < 0)) boundary = last;
  }
  let merged: PartitionData | undefined;
  for (const a of answers) {
    if (a.partition === undefined) continue;
    merged = merged === undefined ? a.partition : mergePartitions(merged, a.partition, options);
  }
  if (merged !== undefined && boundary !== undefined) {
    const b = boundary;
    const rows = merged.rows.filter((r) => (reversed ? compareBytes(r.clustering, b) >= 0 : compareBytes(r.clustering, b) <= 0));
    merged = makePartition(merged.token, merged.partitionKey, merged.partitionDeletion, rows, merged.rangeTombstones);
  }
  return { partition: merged, resumeAfter: boundary };
}

/**
 * `slice` narrowed to the keys strictly after `key` in scan order (`key` is a full clustering
 * key that lies in the slice). Forward, the new start is `key` + 0x00 inclusive — the
 * immediate successor of `key` in byte order — and not an exclusive start at `key`, which
 * would exclude every key `key` is a prefix of (all of them, for the empty key).
 */
export function sliceAfter(slice: ClusteringSlice, key: Uint8Array, reversed: boolean): ClusteringSlice {
  if (reversed) return { ...slice, end: key, endInclusive: false };
  const successor = new Uint8Array(key.length + 1);
  successor.set(key);
  return { ...slice, start: successor, startInclusive: true };
}

/** Whether a source answer stopped at `limitRows` live rows (so it may have more). */
export function hitLimit(p: PartitionData | undefined, limitRows: number | undefined, nowSeconds: number): boolean {
  if (p === undefined || limitRows === undefined) return false;
  let live = 0;
  for (const row of p.rows) if (isRowLive(row, nowSeconds) && ++live >= limitRows) return true;
  return false;
}

/**
 * The partition with only the first `limitRows` live rows in scan order kept (and the
 * tombstoned rows before them).
 */
export function keepFirstLive(p: PartitionData, limitRows: number, reversed: boolean, nowSeconds: number): PartitionData {
  const rows = reversed ? [...p.rows].reverse() : [...p.rows];
  let live = 0;
  let end = rows.length;
  for (let i = 0; i < rows.length; i++) {
    if (isRowLive(rows[i]!, nowSeconds) && ++live === limitRows) {
      end = i + 1;
      break;
    }
  }
  if (end === rows.length) return p;
  const kept = rows.slice(0, end);
  if (reversed) kept.reverse();
  return makePartition(p.token, p.partitionKey, p.partitionDeletion, kept, p.rangeTombstones);
}
