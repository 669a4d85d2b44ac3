/**
 * Cell, row and partition reconciliation — pure functions, independent of the memtable, shared by
 * the engine (on every apply) and the coordinator (merging answers from several replicas).
 *
 * Followed from Apache Cassandra (trunk):
 * - `db/rows/Cells.java` `reconcile` / `resolveRegular` for cells (counters are not supported);
 * - `db/LivenessInfo.java` `supersedes` for row markers;
 * - `db/DeletionTime.java` `supersedes` / `deletes` for row and partition deletions;
 * - `db/rows/Row.Merger`: a row deletion superseded by the partition deletion is dropped, and
 *   everything (row marker, cells) with `timestamp <= active deletion` is shadowed and dropped.
 * Where Cassandra's choice depends on argument order (complete ties), we add a final tie-break so
 * every merge is commutative and associative (see `reconcileCell`).
 */
import { compareBytes, bytesEqual, copyBytes } from './bytes.js';
import type { Cell, DeletionTime, Liveness, Mutation, PartitionData, RowData, RowUpdate } from './types.js';
import assert from 'node:assert/strict';

const EMPTY = new Uint8Array(0);

/** Expiring or tombstone: Cassandra's `localDeletionTime != NO_DELETION_TIME`. */
function isExpiringOrTombstone(c: Cell): boolean {
  return c.value === null || c.ttlSeconds > 0;
}

/**
 * The winner of two versions of the same cell (Cassandra `Cells.resolveRegular`):
 * 1. the higher timestamp wins;
 * 2. on equal timestamps an expiring cell or tombstone beats a plain live cell (CASSANDRA-14592);
 * 3. then a tombstone beats an expiring cell;
 * 4. then (both expiring, or both tombstones) the greater localDeletionTime wins;
 * 5. then the greater value, unsigned bytewise (a tombstone's value counts as empty);
 * 6. (ours, for commutativity; Cassandra returns the left cell) then the greater ttl.
 * Returns one of its arguments.
 */
export function reconcileCell(a: Cell, b: Cell): Cell {
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp ? a : b;
  const aExpOrTomb = isExpiringOrTombstone(a);
  const bExpOrTomb = isExpiringOrTombstone(b);
  if (aExpOrTomb || bExpOrTomb) {
    if (aExpOrTomb !== bExpOrTomb) return aExpOrTomb ? a : b;
    const aTomb = a.value === null;
    const bTomb = b.value === null;
    if (aTomb !== bTomb) return aTomb ? a : b;
    if (a.localDeletionTime !== b.localDeletionTime) return a.localDeletionTime > b.localDeletionTime ? a : b;
  }
  const cmp = compareBytes(a.value ?? EMPTY, b.value ?? EMPTY);
  if (cmp !== 0) return cmp > 0 ? a : b;
  return a.ttlSeconds >= b.ttlSeconds ? a : b;
}

/** `reconcileCell` accepting absent cells. */
export function reconcileOptionalCell(a: Cell | undefined, b: Cell | undefined): Cell | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return reconcileCell(a, b);
}

/** Cassandra `DeletionTime.supersedes`: greater timestamp, then greater localDeletionTime. */
export function deletionSupersedes(a: DeletionTime, b: DeletionTime): boolean {
  return a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.localDeletionTime > b.localDeletionTime);
}

/** The stronger of two deletions (either may be absent). */
export function mergeDeletion(a: DeletionTime | undefined, b: DeletionTime | undefined): DeletionTime | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return deletionSupersedes(b, a) ? b : a;
}

/** Cassandra `DeletionTime.deletes`: a deletion shadows data with `timestamp <= markedForDeleteAt`. */
export function deletes(d: DeletionTime | undefined, timestamp: bigint): boolean {
  return d !== undefined && timestamp <= d.timestamp;
}

/**
 * Cassandra `LivenessInfo.supersedes`: higher timestamp; then, if both or neither expire, the later
 * expiration; otherwise the expiring one. Final tie-break (ours): greater ttl.
 */
export function livenessSupersedes(a: Liveness, b: Liveness): boolean {
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
  const aExp = a.ttlSeconds > 0;
  const bExp = b.ttlSeconds > 0;
  if (aExp !== bExp) return aExp;
  if (a.localExpirationTime !== b.localExpirationTime) return a.localExpirationTime > b.localExpirationTime;
  return a.ttlSeconds > b.ttlSeconds;
}

export function mergeLiveness(a: Liveness | undefined, b: Liveness | undefined): Liveness | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return livenessSupersedes(b, a) ? b : a;
}

/**
 * A row with everything shadowed by `partitionDeletion` (and by its own deletion) removed, and its
 * deletion dropped when the partition deletion supersedes it; `undefined` when nothing remains.
 * Returns the same object when nothing changes.
 */
export function normalizeRow(row: RowData, partitionDeletion: DeletionTime | undefined): RowData | undefined {
  let deletion = row.deletion;
  if (deletion && partitionDeletion && deletionSupersedes(partitionDeletion, deletion)) deletion = undefined;
  const active = mergeDeletion(partitionDeletion, deletion);
  const liveness = row.liveness && deletes(active, row.liveness.timestamp) ? undefined : row.liveness;
  let cells = row.cells;
  if (active) {
    for (const cell of row.cells.values()) {
      if (deletes(active, cell.timestamp)) {
        const kept = new Map<string, Cell>();
        for (const [column, c] of row.cells) if (!deletes(active, c.timestamp)) kept.set(column, c);
        cells = kept;
        break;
      }
    }
  }
  if (liveness === undefined && deletion === undefined && cells.size === 0) return undefined;
  if (liveness === row.liveness && deletion === row.deletion && cells === row.cells) return row;
  return makeRow(row.clustering, liveness, deletion, cells);
}

/**
 * Merges two versions of the same row (same clustering) under a partition deletion:
 * deletions and row markers reconcile as above, cells column by column with `reconcileCell`, then
 * shadowed data is dropped (`normalizeRow`). `undefined` when nothing remains.
 */
export function mergeRows(a: RowData, b: RowData, partitionDeletion: DeletionTime | undefined): RowData | undefined {
  assert.ok(bytesEqual(a.clustering, b.clustering), 'mergeRows: rows have different clustering keys');
  const cells = new Map<string, Cell>(a.cells);
  for (const [column, cell] of b.cells) {
    const existing = cells.get(column);
    cells.set(column, existing === undefined ? cell : reconcileCell(existing, cell));
  }
  const merged = makeRow(a.clustering, mergeLiveness(a.liveness, b.liveness), mergeDeletion(a.deletion, b.deletion), cells);
  return normalizeRow(merged, partitionDeletion);
}

/**
 * Merges two versions of the same partition (same token and key; rows sorted ascending) into a new
 * one: the stronger partition deletion, rows merged by clustering key, shadowed data dropped.
 * Commutative and associative (up to structural equality).
 */
export function mergePartitions(a: PartitionData, b: PartitionData): PartitionData {
  assert.ok(a.token === b.token && bytesEqual(a.partitionKey, b.partitionKey), 'mergePartitions: different partitions');
  const partitionDeletion = mergeDeletion(a.partitionDeletion, b.partitionDeletion);
  const rows: RowData[] = [];
  let i = 0;
  let j = 0;
  while (i < a.rows.length || j < b.rows.length) {
    const ra = a.rows[i];
    const rb = b.rows[j];
    let merged: RowData | undefined;
    if (rb === undefined || (ra !== undefined && compareBytes(ra.clustering, rb.clustering) < 0)) {
      merged = normalizeRow(ra as RowData, partitionDeletion);
      i++;
    } else if (ra === undefined || compareBytes(ra.clustering, rb.clustering) > 0) {
      merged = normalizeRow(rb, partitionDeletion);
      j++;
    } else {
      merged = mergeRows(ra, rb, partitionDeletion);
      i++;
      j++;
    }
    if (merged !== undefined) rows.push(merged);
  }
  return makePartition(a.token, a.partitionKey, partitionDeletion, rows);
}

/** `mergePartitions` accepting absent partitions (a replica that has nothing). */
export function mergeOptionalPartitions(
  a: PartitionData | undefined,
  b: PartitionData | undefined,
): PartitionData | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return mergePartitions(a, b);
}

/**
 * A row update as a RowData owning copies of its bytes; two updates of one column in one row
 * reconcile like any two versions. Not normalized against deletions.
 */
export function rowFromUpdate(u: RowUpdate): RowData {
  const cells = new Map<string, Cell>();
  for (const { column, cell } of u.cells) {
    const copy: Cell = { ...cell, value: cell.value === null ? null : copyBytes(cell.value) };
    const existing = cells.get(column);
    cells.set(column, existing === undefined ? copy : reconcileCell(existing, copy));
  }
  return makeRow(copyBytes(u.clustering), u.liveness && { ...u.liveness }, u.deletion && { ...u.deletion }, cells);
}

/** A mutation as (reconciled, normalized) partition data — e.g. to compare it with a read, or to merge it. */
export function partitionFromMutation(m: Mutation): PartitionData {
  let p = makePartition(m.token, copyBytes(m.partitionKey), m.partitionDeletion && { ...m.partitionDeletion }, []);
  for (const u of m.rows) p = mergePartitions(p, makePartition(p.token, p.partitionKey, undefined, [rowFromUpdate(u)]));
  return p;
}

/** Builds a RowData without `undefined`-valued optional fields (keeps structural equality simple). */
export function makeRow(
  clustering: Uint8Array,
  liveness: Liveness | undefined,
  deletion: DeletionTime | undefined,
  cells: ReadonlyMap<string, Cell>,
): RowData {
  const row: { clustering: Uint8Array; liveness?: Liveness; deletion?: DeletionTime; cells: ReadonlyMap<string, Cell> } = {
    clustering,
    cells,
  };
  if (liveness !== undefined) row.liveness = liveness;
  if (deletion !== undefined) row.deletion = deletion;
  return row;
}

/** Builds a PartitionData without an `undefined`-valued partitionDeletion. */
export function makePartition(
  token: bigint,
  partitionKey: Uint8Array,
  partitionDeletion: DeletionTime | undefined,
  rows: readonly RowData[],
): PartitionData {
  return partitionDeletion === undefined ? { token, partitionKey, rows } : { token, partitionKey, partitionDeletion, rows };
}
