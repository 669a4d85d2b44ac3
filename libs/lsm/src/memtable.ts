/**
 * The in-memory table of recent writes: per table, partitions in a Map keyed by token and
 * partition key bytes (Cassandra's DecoratedKey: a caller bug that computes two tokens for one key
 * makes two partitions, never a broken replay); per partition, rows in an array sorted by clustering bytes (binary search; insertion is
 * O(rows) — a B-tree can replace it without changing the interface). Every apply reconciles with
 * what is there (`mergeRows`), so the memtable always holds one reconciled version per row with
 * shadowed data dropped.
 *
 * Rows are immutable once stored: apply replaces them, so read results can share them safely.
 * Everything stored is copied from the mutation (the caller may reuse its buffers).
 * Bounded memory (flush to SSTables at a size threshold) arrives with the SSTable milestone;
 * until then `bytes` only reports the approximate size.
 */
import assert from 'node:assert/strict';
import { bytesKey, comparePartitionPositions, compareBytes, copyBytes } from './bytes.js';
import { MEMTABLE_CELL_OVERHEAD_BYTES, MEMTABLE_PARTITION_OVERHEAD_BYTES, MEMTABLE_ROW_OVERHEAD_BYTES } from './limits.js';
import { isRowLive } from './purge.js';
import { deletionSupersedes, makePartition, mergeRows, normalizeRow, rowFromUpdate } from './reconcile.js';
import { satisfiesEnd, satisfiesStart } from './slice.js';
import type { ClusteringSlice } from './slice.js';
import type { DeletionTime, Mutation, PartitionData, RowData } from './types.js';

export interface MemtableReadOptions {
  /** Select rows from the end of the slice (with `limitRows`: the last N). Rows still come back ascending. */
  readonly reversed?: boolean;
  /** Stop after this many rows that are live at `nowSeconds` (tombstoned rows on the way are included). */
  readonly limitRows?: number;
  /** Decides liveness (TTL) for `limitRows`. */
  readonly nowSeconds: number;
}

interface MemPartition {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  partitionDeletion: DeletionTime | undefined;
  rows: RowData[];
}

export class Memtable {
  private readonly tables = new Map<string, Map<string, MemPartition>>();
  private bytesTotal = 0;
  private partitionsTotal = 0;

  /** Approximate memory held, in bytes (keys, values and fixed per-object overheads). */
  get bytes(): number {
    return this.bytesTotal;
  }

  get partitionCount(): number {
    return this.partitionsTotal;
  }

  tableIds(): string[] {
    return [...this.tables.keys()];
  }

  /** Reconciles a (valid, see validateMutation) mutation into the memtable. */
  apply(m: Mutation): void {
    let table = this.tables.get(m.tableId);
    if (table === undefined) {
      table = new Map();
      this.tables.set(m.tableId, table);
    }
    const key = partitionMapKey(m.token, m.partitionKey);
    let p = table.get(key);
    if (p === undefined) {
      p = { token: m.token, partitionKey: copyBytes(m.partitionKey), partitionDeletion: undefined, rows: [] };
      table.set(key, p);
      this.partitionsTotal++;
      this.bytesTotal += MEMTABLE_PARTITION_OVERHEAD_BYTES + p.partitionKey.length;
    }
    if (m.partitionDeletion && (!p.partitionDeletion || deletionSupersedes(m.partitionDeletion, p.partitionDeletion))) {
      p.partitionDeletion = { ...m.partitionDeletion };
      this.sweep(p);
    }
    for (const update of m.rows) this.applyRow(p, rowFromUpdate(update));
    if (p.rows.length === 0 && p.partitionDeletion === undefined) this.removePartition(table, key, p);
  }

  /**
   * The part of a partition within `slice`: its partition deletion and the selected rows
   * (tombstones included), ascending. `undefined` if the partition is absent or has neither a
   * partition deletion nor rows in the slice.
   */
  read(
    tableId: string,
    token: bigint,
    partitionKey: Uint8Array,
    slice: ClusteringSlice,
    options: MemtableReadOptions,
  ): PartitionData | undefined {
    const { limitRows } = options;
    assert.ok(limitRows === undefined || (Number.isInteger(limitRows) && limitRows > 0), 'limitRows must be a positive integer');
    const p = this.tables.get(tableId)?.get(partitionMapKey(token, partitionKey));
    if (p === undefined) return undefined;
    const lo = firstIndex(p.rows, (r) => satisfiesStart(r.clustering, slice));
    const hi = firstIndex(p.rows, (r) => !satisfiesEnd(r.clustering, slice));
    let rows: RowData[] = [];
    if (lo < hi) {
      if (limitRows === undefined) rows = p.rows.slice(lo, hi);
      else {
        let live = 0;
        for (let i = options.reversed ? hi - 1 : lo; live < limitRows && i >= lo && i < hi; i += options.reversed ? -1 : 1) {
          const row = p.rows[i] as RowData;
          rows.push(row);
          if (isRowLive(row, options.nowSeconds)) live++;
        }
        if (options.reversed) rows.reverse();
      }
    }
    if (rows.length === 0 && p.partitionDeletion === undefined) return undefined;
    return makePartition(p.token, p.partitionKey, p.partitionDeletion, rows);
  }

  /** Every partition of a table in token order (for scans, and for flush later). */
  partitions(tableId: string): PartitionData[] {
    const table = this.tables.get(tableId);
    if (table === undefined) return [];
    return [...table.values()]
      .map((p) => makePartition(p.token, p.partitionKey, p.partitionDeletion, [...p.rows]))
      .sort(comparePartitionPositions);
  }

  /** Forgets everything of a table. */
  dropTable(tableId: string): void {
    const table = this.tables.get(tableId);
    if (table === undefined) return;
    for (const [key, p] of table) this.removePartition(table, key, p);
    this.tables.delete(tableId);
  }

  private applyRow(p: MemPartition, update: RowData): void {
    const i = firstIndex(p.rows, (r) => compareBytes(r.clustering, update.clustering) >= 0);
    const existing = p.rows[i];
    if (existing !== undefined && compareBytes(existing.clustering, update.clustering) === 0) {
      const merged = mergeRows(existing, update, p.partitionDeletion);
      this.bytesTotal -= rowBytes(existing);
      if (merged === undefined) p.rows.splice(i, 1);
      else {
        p.rows[i] = merged;
        this.bytesTotal += rowBytes(merged);
      }
      return;
    }
    const normalized = normalizeRow(update, p.partitionDeletion);
    if (normalized === undefined) return;
    p.rows.splice(i, 0, normalized);
    this.bytesTotal += rowBytes(normalized);
  }

  /** Drops what a new partition deletion shadows. */
  private sweep(p: MemPartition): void {
    const kept: RowData[] = [];
    for (const row of p.rows) {
      const normalized = normalizeRow(row, p.partitionDeletion);
      this.bytesTotal -= rowBytes(row);
      if (normalized !== undefined) {
        kept.push(normalized);
        this.bytesTotal += rowBytes(normalized);
      }
    }
    p.rows = kept;
  }

  private removePartition(table: Map<string, MemPartition>, key: string, p: MemPartition): void {
    for (const row of p.rows) this.bytesTotal -= rowBytes(row);
    this.bytesTotal -= MEMTABLE_PARTITION_OVERHEAD_BYTES + p.partitionKey.length;
    this.partitionsTotal--;
    table.delete(key);
  }
}

function partitionMapKey(token: bigint, partitionKey: Uint8Array): string {
  return `${token}:${bytesKey(partitionKey)}`;
}

/** Index of the first element satisfying a predicate that is false…false then true…true. */
function firstIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(items[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function rowBytes(row: RowData): number {
  let n = MEMTABLE_ROW_OVERHEAD_BYTES + row.clustering.length;
  for (const [column, cell] of row.cells) n += MEMTABLE_CELL_OVERHEAD_BYTES + column.length + (cell.value?.length ?? 0);
  return n;
}
