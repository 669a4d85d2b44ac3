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
 * The engine bounds memory: it switches to a new memtable once `bytes` reaches its limit and
 * flushes the old one to SSTables (engine.ts). Range tombstones are kept per partition and
 * shadow the rows they cover; tables with `versions` > 1 keep older cell versions.
 */
import assert from 'node:assert/strict';
import { bytesKey, comparePartitionPositions, compareBytes, copyBytes } from './bytes.js';
import { MEMTABLE_CELL_OVERHEAD_BYTES, MEMTABLE_PARTITION_OVERHEAD_BYTES, MEMTABLE_ROW_OVERHEAD_BYTES } from './limits.js';
import { isRowLive } from './purge.js';
import {
  copyRangeTombstone,
  deletionSupersedes,
  makePartition,
  mergeRangeTombstones,
  mergeRows,
  normalizeRow,
  outerDeletion,
  rowFromUpdate,
} from './reconcile.js';
import { satisfiesEnd, satisfiesStart } from './slice.js';
import type { ClusteringSlice } from './slice.js';
import type { DeletionTime, Mutation, PartitionData, RangeTombstone, RowData } from './types.js';

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
  rangeTombstones: readonly RangeTombstone[] | undefined;
  rows: RowData[];
}

interface MemTable {
  readonly partitions: Map<string, MemPartition>;
  /** The partitions in partition order, built on demand and dropped when a partition is added. */
  sorted: MemPartition[] | undefined;
  /** Smallest timestamp of anything ever applied to this table here (for tombstone purging). */
  minTimestamp: bigint;
}

export class Memtable {
  private readonly tables = new Map<string, MemTable>();
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

  /** The smallest timestamp applied to a table here, or undefined when it has nothing here. */
  minTimestamp(tableId: string): bigint | undefined {
    return this.tables.get(tableId)?.minTimestamp;
  }

  /** Whether the table may hold the partition here. */
  has(tableId: string, token: bigint, partitionKey: Uint8Array): boolean {
    return this.tables.get(tableId)?.partitions.has(partitionMapKey(token, partitionKey)) ?? false;
  }

  /**
   * Reconciles a (valid, see validateMutation) mutation into the memtable; `versions` is the
   * table's number of cell versions to keep (1: Cassandra's behaviour).
   */
  apply(m: Mutation, versions = 1): void {
    let table = this.tables.get(m.tableId);
    if (table === undefined) {
      table = { partitions: new Map(), sorted: undefined, minTimestamp: MUTATION_TIMESTAMP_UNSET };
      this.tables.set(m.tableId, table);
    }
    const minTs = mutationMinTimestamp(m);
    if (minTs < table.minTimestamp) table.minTimestamp = minTs;
    const key = partitionMapKey(m.token, m.partitionKey);
    let p = table.partitions.get(key);
    if (p === undefined) {
      p = { token: m.token, partitionKey: copyBytes(m.partitionKey), partitionDeletion: undefined, rangeTombstones: undefined, rows: [] };
      table.partitions.set(key, p);
      table.sorted = undefined;
      this.partitionsTotal++;
      this.bytesTotal += MEMTABLE_PARTITION_OVERHEAD_BYTES + p.partitionKey.length;
    }
    let sweep = false;
    if (m.partitionDeletion && (!p.partitionDeletion || deletionSupersedes(m.partitionDeletion, p.partitionDeletion))) {
      p.partitionDeletion = { ...m.partitionDeletion };
      sweep = true;
    }
    if (m.rangeTombstones !== undefined && m.rangeTombstones.length > 0) {
      const before = p.rangeTombstones?.length ?? 0;
      p.rangeTombstones = mergeRangeTombstones(p.rangeTombstones, m.rangeTombstones.map(copyRangeTombstone), p.partitionDeletion);
      this.bytesTotal += ((p.rangeTombstones?.length ?? 0) - before) * MEMTABLE_ROW_OVERHEAD_BYTES;
      sweep = true;
    } else if (sweep && p.rangeTombstones !== undefined) {
      p.rangeTombstones = mergeRangeTombstones(p.rangeTombstones, undefined, p.partitionDeletion);
    }
    if (sweep) this.sweep(p);
    for (const update of m.rows) this.applyRow(p, rowFromUpdate(update), versions);
    if (p.rows.length === 0 && p.partitionDeletion === undefined && p.rangeTombstones === undefined) {
      this.removePartition(table, key, p);
    }
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
    const p = this.tables.get(tableId)?.partitions.get(partitionMapKey(token, partitionKey));
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
    if (rows.length === 0 && p.partitionDeletion === undefined && p.rangeTombstones === undefined) return undefined;
    return makePartition(p.token, p.partitionKey, p.partitionDeletion, rows, p.rangeTombstones);
  }

  /** Every partition of a table in partition order (for flush). */
  partitions(tableId: string): PartitionData[] {
    return [...this.iterate(tableId)];
  }

  /**
   * The partitions of a table in partition order, starting after `after` (exclusive) when
   * given. A snapshot of each partition as it is when the iterator reaches it.
   */
  *iterate(tableId: string, after?: { token: bigint; partitionKey: Uint8Array }): Generator<PartitionData> {
    const table = this.tables.get(tableId);
    if (table === undefined) return;
    table.sorted ??= [...table.partitions.values()].sort(comparePartitionPositions);
    const sorted = table.sorted;
    let i = after === undefined ? 0 : firstIndex(sorted, (p) => comparePartitionPositions(p, after) > 0);
    for (; i < sorted.length; i++) {
      const p = sorted[i] as MemPartition;
      if (p.rows.length === 0 && p.partitionDeletion === undefined && p.rangeTombstones === undefined) continue; // removed
      yield makePartition(p.token, p.partitionKey, p.partitionDeletion, [...p.rows], p.rangeTombstones);
    }
  }

  /** Forgets everything of a table. */
  dropTable(tableId: string): void {
    const table = this.tables.get(tableId);
    if (table === undefined) return;
    for (const [key, p] of table.partitions) this.removePartition(table, key, p);
    this.tables.delete(tableId);
  }

  private applyRow(p: MemPartition, update: RowData, versions: number): void {
    const outer = outerDeletion(p.partitionDeletion, p.rangeTombstones, update.clustering);
    const i = firstIndex(p.rows, (r) => compareBytes(r.clustering, update.clustering) >= 0);
    const existing = p.rows[i];
    if (existing !== undefined && compareBytes(existing.clustering, update.clustering) === 0) {
      const merged = mergeRows(existing, update, outer, versions);
      this.bytesTotal -= rowBytes(existing);
      if (merged === undefined) p.rows.splice(i, 1);
      else {
        p.rows[i] = merged;
        this.bytesTotal += rowBytes(merged);
      }
      return;
    }
    const normalized = normalizeRow(update, outer);
    if (normalized === undefined) return;
    p.rows.splice(i, 0, normalized);
    this.bytesTotal += rowBytes(normalized);
  }

  /** Drops what a new partition deletion or range tombstone shadows. */
  private sweep(p: MemPartition): void {
    const kept: RowData[] = [];
    for (const row of p.rows) {
      const normalized = normalizeRow(row, outerDeletion(p.partitionDeletion, p.rangeTombstones, row.clustering));
      this.bytesTotal -= rowBytes(row);
      if (normalized !== undefined) {
        kept.push(normalized);
        this.bytesTotal += rowBytes(normalized);
      }
    }
    p.rows = kept;
  }

  private removePartition(table: MemTable, key: string, p: MemPartition): void {
    for (const row of p.rows) this.bytesTotal -= rowBytes(row);
    this.bytesTotal -= MEMTABLE_PARTITION_OVERHEAD_BYTES + p.partitionKey.length + (p.rangeTombstones?.length ?? 0) * MEMTABLE_ROW_OVERHEAD_BYTES;
    this.partitionsTotal--;
    p.rows = [];
    p.partitionDeletion = undefined;
    p.rangeTombstones = undefined;
    table.partitions.delete(key);
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
  if (row.history !== undefined) {
    for (const versions of row.history.values()) for (const c of versions) n += MEMTABLE_CELL_OVERHEAD_BYTES + (c.value?.length ?? 0);
  }
  return n;
}

/** Larger than any timestamp: a table's minimum before anything is applied. */
const MUTATION_TIMESTAMP_UNSET = 2n ** 63n;

function mutationMinTimestamp(m: Mutation): bigint {
  let min = MUTATION_TIMESTAMP_UNSET;
  const see = (t: bigint) => {
    if (t < min) min = t;
  };
  if (m.partitionDeletion) see(m.partitionDeletion.timestamp);
  for (const rt of m.rangeTombstones ?? []) see(rt.deletion.timestamp);
  for (const row of m.rows) {
    if (row.liveness) see(row.liveness.timestamp);
    if (row.deletion) see(row.deletion.timestamp);
    for (const { cell } of row.cells) see(cell.timestamp);
  }
  return min;
}
