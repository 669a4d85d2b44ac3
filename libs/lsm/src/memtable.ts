/**
 * The in-memory table of recent writes. Per table, partitions in a PartitionSlots hash table
 * (partition-slots.ts: typed arrays, nothing for the garbage collector) by token and key, put
 * in partition order when a scan or flush needs it. A partition is kept one of two ways:
 * - small ones (at most MEMTABLE_BLOB_ROWS_MAX rows) as an encoded blob in an append-only
 *   arena (memtable-codec.ts): a few hundred bytes each instead of kilobytes of JS objects;
 *   an update decodes, merges and appends a new blob (the old one is dead space, counted);
 * - larger ones as objects — rows in an array sorted by clustering bytes (binary search).
 * Every apply reconciles with what is there (`mergePartitions` / `mergeRows`), so the memtable
 * always holds one reconciled version per row with shadowed data dropped. Range tombstones
 * shadow the rows they cover; tables with `versions` > 1 keep older cell versions.
 *
 * `bytes` approximates the memory held (every blob written to the arena, dead ones included,
 * object estimates, the slot tables): the engine switches to a new memtable once it reaches its limit and
 * flushes this one to SSTables. Read results and the rows stored are never mutated in place,
 * so they can be shared; they never point into the arena (decodePartitionBlob copies), whose
 * chunks go back to the engine's pool once the memtable is retired and released (arena.ts).
 *
 * Lifetime: a memtable is written while active, read while active or flushing, then `retire`d
 * by the engine. A reader that reads it across awaits (a scan) brackets that with `retain` /
 * `release`; the arena is released when the memtable is retired and no reader holds it.
 */
import assert from 'node:assert/strict';
import { compareBytes } from './bytes.js';
import {
  MEMTABLE_BLOB_ROWS_MAX,
  MEMTABLE_CELL_OVERHEAD_BYTES,
  MEMTABLE_PARTITION_OVERHEAD_BYTES,
  MEMTABLE_ROW_OVERHEAD_BYTES,
} from './limits.js';
import { ARENA_CHUNK_BYTES, ARENA_POSITION_SPAN, Arena, ArenaChunkPool } from './arena.js';
import { BlobWriter, blobKeyView, compareBlobKey, decodePartitionBlob, encodePartitionBlob, encodeSimpleMutationBlob } from './memtable-codec.js';
import { PartitionSlots } from './partition-slots.js';
import { isRowLive } from './purge.js';
import {
  copyRangeTombstone,
  deletionSupersedes,
  makePartition,
  makeRow,
  mergePartitions,
  mergeRangeTombstones,
  mergeRows,
  normalizeRow,
  outerDeletion,
  partitionFromMutation,
  rowFromUpdate,
} from './reconcile.js';
import { satisfiesEnd, satisfiesStart } from './slice.js';
import type { ClusteringSlice } from './slice.js';
import type { Cell, DeletionTime, Mutation, PartitionData, RangeTombstone, RowData } from './types.js';

export interface MemtableReadOptions {
  /** Select rows from the end of the slice (with `limitRows`: the last N). Rows still come back ascending. */
  readonly reversed?: boolean;
  /** Stop after this many rows that are live at `nowSeconds` (tombstoned rows on the way are included). */
  readonly limitRows?: number;
  /** Decides liveness (TTL) for `limitRows`. */
  readonly nowSeconds: number;
}

/** A large partition, kept as objects. */
interface MemPartition {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  partitionDeletion: DeletionTime | undefined;
  rangeTombstones: readonly RangeTombstone[] | undefined;
  rows: RowData[];
  /** Bytes counted for it in `bytes`. */
  counted: number;
}

/** A partition blob encoded into the arena by `Memtable.stage`, not yet indexed. */
export interface StagedBlob {
  readonly position: number;
  readonly bytes: number;
}

/** A blob position in the arena, or a large partition. */
type Slot = number | MemPartition;

interface MemTable {
  readonly partitions: PartitionSlots<MemPartition>;
  /** Slot indexes in partition order, valid while `partitions.layout` is `sortedLayout`. */
  sorted: Int32Array | undefined;
  sortedLayout: number;
  /** Smallest timestamp of anything ever applied to this table here (for tombstone purging). */
  minTimestamp: bigint;
}

function isEmpty(p: { rows: readonly RowData[]; partitionDeletion?: DeletionTime | undefined; rangeTombstones?: readonly RangeTombstone[] | undefined }): boolean {
  return p.rows.length === 0 && p.partitionDeletion === undefined && p.rangeTombstones === undefined;
}

export class Memtable {
  private readonly tables = new Map<string, MemTable>();
  private readonly arena: Arena;
  private readonly writer = new BlobWriter();
  /** Orders a stored partition's key against `key` (PartitionSlots compares keys through it). */
  private readonly compareKeyAt = (slot: Slot, key: Uint8Array): number =>
    typeof slot === 'number' ? compareBlobKey(this.arena.chunks, slot, key) : compareBytes(slot.partitionKey, key);
  private readonly keyAt = (slot: Slot): Uint8Array => (typeof slot === 'number' ? blobKeyView(this.arena.chunks, slot) : slot.partitionKey);
  /** Object estimates plus keys (the arena's blobs are counted by the arena). */
  private bytesTotal = 0;
  private partitionsTotal = 0;
  private refs = 0;
  private retired = false;

  /** `pool`: where arena chunks come from (the engine's); by default a pool of this memtable's own. */
  constructor(pool: ArenaChunkPool = new ArenaChunkPool(ARENA_CHUNK_BYTES, 0)) {
    this.arena = new Arena(pool);
  }

  /**
   * Approximate memory held, in bytes. Every blob written to the arena counts (replaced and
   * unused staged ones too) until the memtable goes; the arena's chunks hold at most a chunk
   * more, plus what blobs left unused at chunk ends (each blob is at most a quarter chunk).
   */
  get bytes(): number {
    let n = this.bytesTotal + this.arena.blobBytes;
    for (const table of this.tables.values()) n += table.partitions.bytes;
    return n;
  }

  /** Bytes of the blobs written to the arena (part of `bytes`). */
  get arenaBytes(): number {
    return this.arena.blobBytes;
  }

  /** Keeps the arena for a reader that reads this memtable across awaits; pair with `release`. */
  retain(): void {
    this.refs++;
  }

  release(): void {
    assert.ok(this.refs > 0, 'Memtable.release without retain');
    this.refs--;
    if (this.refs === 0 && this.retired) this.arena.release();
  }

  /**
   * No new reader or writer will reach this memtable (it is flushed): its arena goes back to
   * the pool now, or when the last `retain` is released. Idempotent.
   */
  retire(): void {
    this.retired = true;
    if (this.refs === 0) this.arena.release();
  }

  get partitionCount(): number {
    return this.partitionsTotal;
  }

  tableIds(): string[] {
    return [...this.tables.keys()];
  }

  /** Partitions a table has here. */
  tablePartitionCount(tableId: string): number {
    return this.tables.get(tableId)?.partitions.size ?? 0;
  }

  /** The smallest timestamp applied to a table here, or undefined when it has nothing here. */
  minTimestamp(tableId: string): bigint | undefined {
    return this.tables.get(tableId)?.minTimestamp;
  }

  /** Whether the table may hold the partition here. */
  has(tableId: string, token: bigint, partitionKey: Uint8Array): boolean {
    const table = this.tables.get(tableId);
    return table !== undefined && table.partitions.has(token, partitionKey);
  }

  /**
   * Reconciles a (valid, see validateMutation) mutation into the memtable; `versions` is the
   * table's number of cell versions to keep (1: Cassandra's behaviour).
   */
  apply(m: Mutation, versions = 1, staged?: StagedBlob): void {
    let table = this.tables.get(m.tableId);
    if (table === undefined) {
      table = { partitions: new PartitionSlots(this.compareKeyAt), sorted: undefined, sortedLayout: -1, minTimestamp: MUTATION_TIMESTAMP_UNSET };
      this.tables.set(m.tableId, table);
    }
    const minTs = mutationMinTimestamp(m);
    if (minTs < table.minTimestamp) table.minTimestamp = minTs;
    const { token, partitionKey } = m;
    const slot = table.partitions.get(token, partitionKey);
    if (typeof slot === 'object') {
      this.applyToObject(table, slot, m, versions);
      return;
    }
    if (slot === undefined) {
      if (staged !== undefined) {
        this.partitionsTotal++;
        table.partitions.set(token, partitionKey, staged.position);
        return;
      }
      const blob = encodeSimpleMutationBlob(this.writer, m);
      if (blob !== undefined) {
        this.partitionsTotal++;
        table.partitions.set(token, partitionKey, this.arena.add(blob));
        return;
      }
    }
    let p = simplePartition(m) ?? partitionFromMutation(m, { versions });
    if (slot !== undefined) p = mergePartitions(decodePartitionBlob(this.arena, slot), p, { versions });
    else this.partitionsTotal++;
    if (isEmpty(p)) {
      table.partitions.delete(token, partitionKey);
      this.partitionsTotal--;
      return;
    }
    if (p.rows.length > MEMTABLE_BLOB_ROWS_MAX) {
      const obj: MemPartition = {
        token,
        partitionKey: partitionKey.slice(),
        partitionDeletion: p.partitionDeletion,
        rangeTombstones: p.rangeTombstones,
        rows: [...p.rows],
        counted: 0,
      };
      this.recount(obj);
      table.partitions.set(token, partitionKey, obj);
      return;
    }
    table.partitions.set(token, partitionKey, this.arena.add(encodePartitionBlob(this.writer, p)));
  }

  /**
   * The part of a partition within `slice`: its partition deletion, range tombstones and the
   * selected rows (tombstones included), ascending. `undefined` if the partition is absent or
   * has neither deletions nor rows in the slice.
   */
  read(tableId: string, token: bigint, partitionKey: Uint8Array, slice: ClusteringSlice, options: MemtableReadOptions): PartitionData | undefined {
    const { limitRows } = options;
    assert.ok(limitRows === undefined || (Number.isInteger(limitRows) && limitRows > 0), 'limitRows must be a positive integer');
    const table = this.tables.get(tableId);
    if (table === undefined) return undefined;
    const slot = table.partitions.get(token, partitionKey);
    if (slot === undefined) return undefined;
    const p = typeof slot === 'number' ? decodePartitionBlob(this.arena, slot) : slot;
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
    const cursor = this.cursor(tableId, after);
    for (let p = cursor.next(); p !== undefined; p = cursor.next()) yield p;
  }

  /** What `iterate` yields, as a cursor: no generator resumption per partition (scans call it per partition). */
  cursor(tableId: string, after?: { token: bigint; partitionKey: Uint8Array }): MemtableCursor {
    return new MemtableCursor(this, this.tables.get(tableId), after);
  }

  /** (For MemtableCursor.) The table's slot indexes in partition order, sorted again only after partitions were added or removed. */
  sortedOf(table: MemTable): Int32Array {
    if (table.sortedLayout !== table.partitions.layout || table.sorted === undefined) {
      table.sorted = table.partitions.sortedSlots(this.keyAt);
      table.sortedLayout = table.partitions.layout;
    }
    return table.sorted;
  }

  /** (For MemtableCursor.) The partition a slot holds, decoded (a blob) or copied (an object's row list). */
  partitionOf(slot: Slot): PartitionData {
    return typeof slot === 'number'
      ? decodePartitionBlob(this.arena, slot)
      : makePartition(slot.token, slot.partitionKey, slot.partitionDeletion, [...slot.rows], slot.rangeTombstones);
  }

  /**
   * Encodes a one-row mutation (see encodeSimpleMutationBlob) into the arena ahead of `apply`,
   * e.g. while its commit-log write is being synced: invisible until `apply(m, versions, staged)`
   * indexes it — which uses it if the partition is still new here, else merges `m` as usual (the
   * staged bytes then stay unused in the arena until the memtable goes). `undefined` for other
   * mutations.
   */
  stage(m: Mutation): StagedBlob | undefined {
    const blob = encodeSimpleMutationBlob(this.writer, m);
    if (blob === undefined) return undefined;
    return { position: this.arena.add(blob), bytes: blob.length };
  }

  /**
   * A table's partitions as blobs, for a flush in a worker thread: the arena's chunks (shared
   * memory, or ordinary memory for the few blobs of a chunk of their own) and one position per
   * partition, in no particular order (sortBlobPositions orders them). Large partitions, kept
   * as objects, are encoded into buffers of their own (ordinary memory), appended. The chunks
   * stay valid until the memtable is retired: the job must be done by then.
   */
  flushBlobs(tableId: string): { chunks: Uint8Array[]; positions: number[] } {
    const table = this.tables.get(tableId);
    const chunks = [...this.arena.chunks];
    const positions: number[] = [];
    if (table === undefined) return { chunks, positions };
    for (const slot of table.partitions.values()) {
      if (typeof slot === 'number') positions.push(slot);
      else {
        const p = makePartition(slot.token, slot.partitionKey, slot.partitionDeletion, slot.rows, slot.rangeTombstones);
        positions.push(chunks.length * ARENA_POSITION_SPAN);
        chunks.push(encodePartitionBlob(this.writer, p).slice());
      }
    }
    return { chunks, positions };
  }

  /** Forgets everything of a table (its blobs stay in the arena, counted, until the memtable goes). */
  dropTable(tableId: string): void {
    const table = this.tables.get(tableId);
    if (table === undefined) return;
    for (const slot of table.partitions.values()) if (typeof slot === 'object') this.bytesTotal -= slot.counted;
    this.partitionsTotal -= table.partitions.size;
    this.tables.delete(tableId);
  }

  private applyToObject(table: MemTable, p: MemPartition, m: Mutation, versions: number): void {
    let sweep = false;
    if (m.partitionDeletion && (!p.partitionDeletion || deletionSupersedes(m.partitionDeletion, p.partitionDeletion))) {
      p.partitionDeletion = { ...m.partitionDeletion };
      sweep = true;
    }
    if (m.rangeTombstones !== undefined && m.rangeTombstones.length > 0) {
      p.rangeTombstones = mergeRangeTombstones(p.rangeTombstones, m.rangeTombstones.map(copyRangeTombstone), p.partitionDeletion);
      sweep = true;
    } else if (sweep && p.rangeTombstones !== undefined) {
      p.rangeTombstones = mergeRangeTombstones(p.rangeTombstones, undefined, p.partitionDeletion);
    }
    if (sweep) {
      const kept: RowData[] = [];
      for (const row of p.rows) {
        const normalized = normalizeRow(row, outerDeletion(p.partitionDeletion, p.rangeTombstones, row.clustering));
        if (normalized !== undefined) kept.push(normalized);
      }
      p.rows = kept;
    }
    for (const update of m.rows) this.applyRow(p, rowFromUpdate(update), versions);
    if (isEmpty(p)) {
      this.bytesTotal -= p.counted;
      this.partitionsTotal--;
      table.partitions.delete(p.token, p.partitionKey);
      return;
    }
    this.recount(p);
  }

  private applyRow(p: MemPartition, update: RowData, versions: number): void {
    const outer = outerDeletion(p.partitionDeletion, p.rangeTombstones, update.clustering);
    const i = firstIndex(p.rows, (r) => compareBytes(r.clustering, update.clustering) >= 0);
    const existing = p.rows[i];
    if (existing !== undefined && compareBytes(existing.clustering, update.clustering) === 0) {
      const merged = mergeRows(existing, update, outer, versions);
      if (merged === undefined) p.rows.splice(i, 1);
      else p.rows[i] = merged;
      return;
    }
    const normalized = normalizeRow(update, outer);
    if (normalized !== undefined) p.rows.splice(i, 0, normalized);
  }

  /** Re-estimates a large partition's size (rows are the bulk; cheap enough per update). */
  private recount(p: MemPartition): void {
    let n = MEMTABLE_PARTITION_OVERHEAD_BYTES + p.partitionKey.length + (p.rangeTombstones?.length ?? 0) * MEMTABLE_ROW_OVERHEAD_BYTES;
    for (const row of p.rows) n += rowBytes(row);
    this.bytesTotal += n - p.counted;
    p.counted = n;
  }
}

/**
 * The partition a mutation makes when it is a plain write of one row (no deletion, no range
 * tombstone, each column once): already normalized, built without copying (the arena copies
 * it). Otherwise undefined (use partitionFromMutation).
 */
function simplePartition(m: Mutation): PartitionData | undefined {
  if (m.partitionDeletion !== undefined || (m.rangeTombstones !== undefined && m.rangeTombstones.length > 0) || m.rows.length !== 1) return undefined;
  const u = m.rows[0]!;
  if (u.deletion !== undefined || (u.liveness === undefined && u.cells.length === 0)) return undefined;
  const cells = new Map<string, Cell>();
  for (const { column, cell } of u.cells) {
    if (cells.has(column)) return undefined;
    cells.set(column, cell);
  }
  return makePartition(m.token, m.partitionKey, undefined, [makeRow(u.clustering, u.liveness, undefined, cells)]);
}

/**
 * A position in one memtable table's partition order (see Memtable.iterate). When partitions
 * are added or removed while it is held (the slot order changes), it finds its place again,
 * after the last partition it returned.
 */
export class MemtableCursor {
  private last: { token: bigint; partitionKey: Uint8Array } | undefined;
  private sorted: Int32Array = new Int32Array(0);
  private layout = -1;
  private i = 0;

  constructor(
    private readonly memtable: Memtable,
    private readonly table: MemTable | undefined,
    after: { token: bigint; partitionKey: Uint8Array } | undefined,
  ) {
    this.last = after;
  }

  /** The next partition, or undefined at the end. */
  next(): PartitionData | undefined {
    const table = this.table;
    if (table === undefined) return undefined;
    const slots = table.partitions;
    for (;;) {
      if (this.layout !== slots.layout) {
        this.sorted = this.memtable.sortedOf(table);
        this.layout = slots.layout;
        const from = this.last;
        this.i = from === undefined ? 0 : slots.firstAfter(this.sorted, from.token, from.partitionKey);
      }
      if (this.i >= this.sorted.length) return undefined;
      const slot = slots.valueAt(this.sorted[this.i++]!);
      if (slot === undefined) continue;
      const p = this.memtable.partitionOf(slot);
      this.last = p;
      return p;
    }
  }
}

/** Index of the first element satisfying a predicate that is false…false then true…true. */
function firstIndex<T>(items: ArrayLike<T>, pred: (item: T) => boolean): number {
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
  if (m.partitionDeletion && m.partitionDeletion.timestamp < min) min = m.partitionDeletion.timestamp;
  if (m.rangeTombstones !== undefined) for (const rt of m.rangeTombstones) if (rt.deletion.timestamp < min) min = rt.deletion.timestamp;
  for (const row of m.rows) {
    if (row.liveness && row.liveness.timestamp < min) min = row.liveness.timestamp;
    if (row.deletion && row.deletion.timestamp < min) min = row.deletion.timestamp;
    for (const { cell } of row.cells) if (cell.timestamp < min) min = cell.timestamp;
  }
  return min;
}
