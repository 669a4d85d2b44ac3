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
import { clusteringInSlice } from './slice.js';
import { decodedPartition as makePartition, decodedRow as makeRow, newList } from './decoded.js';
import type { Cell, DeletionTime, Liveness, Mutation, PartitionData, RangeTombstone, RowData, RowUpdate } from './types.js';
import assert from 'node:assert/strict';

/** Build a RowData / PartitionData without `undefined`-valued optional fields (decoded.ts). */
export { makePartition, makeRow };

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
 * A row with everything shadowed by `outer` (the partition deletion and any range tombstone
 * covering the row, see `outerDeletion`) and by its own deletion removed, and its deletion
 * dropped when `outer` supersedes it; `undefined` when nothing remains. Returns the same object
 * when nothing changes.
 */
export function normalizeRow(row: RowData, outer: DeletionTime | undefined): RowData | undefined {
  let deletion = row.deletion;
  if (deletion && outer && deletionSupersedes(outer, deletion)) deletion = undefined;
  const active = mergeDeletion(outer, deletion);
  const liveness = row.liveness && deletes(active, row.liveness.timestamp) ? undefined : row.liveness;
  let cells = row.cells;
  let history = row.history;
  if (active) {
    for (const cell of row.cells.values()) {
      if (deletes(active, cell.timestamp)) {
        const kept = new Map<string, Cell>();
        for (const [column, c] of row.cells) if (!deletes(active, c.timestamp)) kept.set(column, c);
        cells = kept;
        break;
      }
    }
    if (history !== undefined) history = shadowHistory(history, cells, active);
  }
  if (liveness === undefined && deletion === undefined && cells.size === 0) return undefined;
  if (liveness === row.liveness && deletion === row.deletion && cells === row.cells && history === row.history) return row;
  return makeRow(row.clustering, liveness, deletion, cells, history);
}

/** History without versions a deletion shadows, nor versions of columns that lost their current cell. */
function shadowHistory(
  history: ReadonlyMap<string, readonly Cell[]>,
  cells: ReadonlyMap<string, Cell>,
  active: DeletionTime,
): ReadonlyMap<string, readonly Cell[]> | undefined {
  let changed = false;
  const out = new Map<string, readonly Cell[]>();
  for (const [column, versions] of history) {
    const kept = cells.has(column) ? versions.filter((c) => !deletes(active, c.timestamp)) : [];
    if (kept.length !== versions.length) changed = true;
    if (kept.length > 0) out.set(column, kept);
  }
  if (!changed) return history;
  return out.size === 0 ? undefined : out;
}

/**
 * The deletion that applies to a row from outside it: the partition deletion merged with every
 * range tombstone whose slice holds the row's clustering key.
 */
export function outerDeletion(
  partitionDeletion: DeletionTime | undefined,
  rangeTombstones: readonly RangeTombstone[] | undefined,
  clustering: Uint8Array,
): DeletionTime | undefined {
  let d = partitionDeletion;
  if (rangeTombstones !== undefined) {
    for (const rt of rangeTombstones) if (clusteringInSlice(clustering, rt)) d = mergeDeletion(d, rt.deletion);
  }
  return d;
}

function compareOptionalBound(a: Uint8Array | undefined, b: Uint8Array | undefined, absentFirst: boolean): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return (a === undefined) === absentFirst ? -1 : 1;
  }
  return compareBytes(a, b);
}

/** Order of range tombstones: start (absent first), start inclusive first, end (absent last), then deletion. */
export function compareRangeTombstones(a: RangeTombstone, b: RangeTombstone): number {
  return (
    compareOptionalBound(a.start, b.start, true) ||
    Number(b.startInclusive) - Number(a.startInclusive) ||
    compareOptionalBound(a.end, b.end, false) ||
    Number(a.endInclusive) - Number(b.endInclusive) ||
    (a.deletion.timestamp === b.deletion.timestamp ? 0 : a.deletion.timestamp < b.deletion.timestamp ? -1 : 1) ||
    a.deletion.localDeletionTime - b.deletion.localDeletionTime
  );
}

/**
 * The union of two lists of range tombstones, sorted and without duplicates, leaving out those
 * the partition deletion makes redundant (it deletes at least as much, as late). `undefined`
 * when none remain.
 */
export function mergeRangeTombstones(
  a: readonly RangeTombstone[] | undefined,
  b: readonly RangeTombstone[] | undefined,
  partitionDeletion: DeletionTime | undefined,
): readonly RangeTombstone[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  const all = [...(a ?? []), ...(b ?? [])].filter(
    (rt) => partitionDeletion === undefined || !(partitionDeletion.timestamp >= rt.deletion.timestamp && partitionDeletion.localDeletionTime >= rt.deletion.localDeletionTime),
  );
  if (all.length === 0) return undefined;
  all.sort(compareRangeTombstones);
  const out: RangeTombstone[] = [];
  for (const rt of all) if (out.length === 0 || compareRangeTombstones(out[out.length - 1]!, rt) !== 0) out.push(rt);
  if (a !== undefined && out.length === a.length && out.every((rt, i) => rt === a[i])) return a;
  return out;
}

/**
 * Merges two versions of the same row (same clustering) under an outer deletion (see
 * `outerDeletion`): deletions and row markers reconcile as above, cells column by column with
 * `reconcileCell`, then shadowed data is dropped (`normalizeRow`). With `versions` > 1 the
 * older versions of each cell are kept in `history` (see `mergeCellVersions`).
 * `undefined` when nothing remains.
 */
export function mergeRows(a: RowData, b: RowData, outer: DeletionTime | undefined, versions = 1): RowData | undefined {
  assert.ok(bytesEqual(a.clustering, b.clustering), 'mergeRows: rows have different clustering keys');
  // The common case of an overwritten row: one version wins everywhere, so the merge is that
  // version (no new cell map).
  if (versions === 1) {
    if (supersedesRow(a, b)) return normalizeRow(a, outer);
    if (supersedesRow(b, a)) return normalizeRow(b, outer);
  }
  const cells = new Map<string, Cell>(a.cells);
  let history: Map<string, readonly Cell[]> | undefined;
  if (versions > 1 && (a.history !== undefined || b.history !== undefined || sharesColumn(a.cells, b.cells))) {
    history = new Map();
    for (const column of new Set([...a.cells.keys(), ...b.cells.keys()])) {
      const all: Cell[] = [];
      for (const row of [a, b]) {
        const current = row.cells.get(column);
        if (current !== undefined) all.push(current, ...(row.history?.get(column) ?? []));
      }
      const merged = mergeCellVersions(all, versions);
      cells.set(column, merged.current);
      if (merged.older.length > 0) history.set(column, merged.older);
    }
  } else {
    for (const [column, cell] of b.cells) {
      const existing = cells.get(column);
      cells.set(column, existing === undefined ? cell : reconcileCell(existing, cell));
    }
  }
  const merged = makeRow(
    a.clustering,
    mergeLiveness(a.liveness, b.liveness),
    mergeDeletion(a.deletion, b.deletion),
    cells,
    history !== undefined && history.size > 0 ? history : undefined,
  );
  return normalizeRow(merged, outer);
}

/**
 * Whether merging `loser` into `winner` (one version kept per cell) gives `winner` back: it has
 * no history, each of the loser's cells loses to its cell of the same column, and its row marker
 * and deletion are at least as strong.
 */
function supersedesRow(winner: RowData, loser: RowData): boolean {
  if (winner.history !== undefined || loser.cells.size > winner.cells.size) return false;
  if (mergeLiveness(winner.liveness, loser.liveness) !== winner.liveness || mergeDeletion(winner.deletion, loser.deletion) !== winner.deletion) return false;
  for (const [column, cell] of loser.cells) {
    const w = winner.cells.get(column);
    if (w === undefined || reconcileCell(w, cell) !== w) return false;
  }
  return true;
}

function sharesColumn(a: ReadonlyMap<string, Cell>, b: ReadonlyMap<string, Cell>): boolean {
  for (const column of b.keys()) if (a.has(column)) return true;
  return false;
}

/**
 * Bigtable-style versions of one cell: the winner (`reconcileCell` over all) and, newest first,
 * up to `versions - 1` older live versions with distinct, lower timestamps (at equal timestamps
 * only the reconciled winner survives). A tombstone ends the list, kept as its last entry so
 * that it still shadows older versions held elsewhere; when the winner is a tombstone there is
 * no history.
 */
export function mergeCellVersions(cells: readonly Cell[], versions: number): { current: Cell; older: Cell[] } {
  assert.ok(cells.length > 0 && versions >= 1, 'mergeCellVersions: no cells or versions < 1');
  const byTimestamp = new Map<bigint, Cell>();
  for (const c of cells) {
    const existing = byTimestamp.get(c.timestamp);
    byTimestamp.set(c.timestamp, existing === undefined ? c : reconcileCell(existing, c));
  }
  const sorted = [...byTimestamp.values()].sort((x, y) => (x.timestamp === y.timestamp ? 0 : x.timestamp > y.timestamp ? -1 : 1));
  const current = sorted[0]!;
  const older: Cell[] = [];
  if (current.value !== null) {
    for (let i = 1; i < sorted.length && older.length < versions - 1; i++) {
      const c = sorted[i]!;
      older.push(c);
      if (c.value === null) break;
    }
  }
  return { current, older };
}

/** How a table keeps its data: `versions` of each cell (default 1, Cassandra's behaviour). */
export interface MergeOptions {
  readonly versions?: number;
}

/**
 * Merges two versions of the same partition (same token and key; rows sorted ascending) into a new
 * one: the stronger partition deletion, the union of range tombstones, rows merged by clustering
 * key, shadowed data dropped. Commutative and associative (up to structural equality).
 */
export function mergePartitions(a: PartitionData, b: PartitionData, options: MergeOptions = {}): PartitionData {
  assert.ok(a.token === b.token && bytesEqual(a.partitionKey, b.partitionKey), 'mergePartitions: different partitions');
  const versions = options.versions ?? 1;
  const partitionDeletion = mergeDeletion(a.partitionDeletion, b.partitionDeletion);
  const rangeTombstones = mergeRangeTombstones(a.rangeTombstones, b.rangeTombstones, partitionDeletion);
  const rows = newList<RowData>();
  let i = 0;
  let j = 0;
  while (i < a.rows.length || j < b.rows.length) {
    const ra = a.rows[i];
    const rb = b.rows[j];
    let merged: RowData | undefined;
    if (rb === undefined || (ra !== undefined && compareBytes(ra.clustering, rb.clustering) < 0)) {
      const row = ra as RowData;
      merged = normalizeRow(row, outerDeletion(partitionDeletion, rangeTombstones, row.clustering));
      i++;
    } else if (ra === undefined || compareBytes(ra.clustering, rb.clustering) > 0) {
      merged = normalizeRow(rb, outerDeletion(partitionDeletion, rangeTombstones, rb.clustering));
      j++;
    } else {
      merged = mergeRows(ra, rb, outerDeletion(partitionDeletion, rangeTombstones, ra.clustering), versions);
      i++;
      j++;
    }
    if (merged !== undefined) rows.push(merged);
  }
  return makePartition(a.token, a.partitionKey, partitionDeletion, rows, rangeTombstones);
}

/** `mergePartitions` accepting absent partitions (a replica that has nothing). */
export function mergeOptionalPartitions(
  a: PartitionData | undefined,
  b: PartitionData | undefined,
  options: MergeOptions = {},
): PartitionData | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return mergePartitions(a, b, options);
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
export function partitionFromMutation(m: Mutation, options: MergeOptions = {}): PartitionData {
  const rangeTombstones = m.rangeTombstones?.map(copyRangeTombstone);
  let p = makePartition(
    m.token,
    copyBytes(m.partitionKey),
    m.partitionDeletion && { ...m.partitionDeletion },
    [],
    mergeRangeTombstones(rangeTombstones, undefined, m.partitionDeletion),
  );
  for (const u of m.rows) p = mergePartitions(p, makePartition(p.token, p.partitionKey, undefined, [rowFromUpdate(u)]), options);
  return p;
}

/** A range tombstone owning copies of its bounds. */
export function copyRangeTombstone(rt: RangeTombstone): RangeTombstone {
  const out: { -readonly [K in keyof RangeTombstone]: RangeTombstone[K] } = {
    startInclusive: rt.startInclusive,
    endInclusive: rt.endInclusive,
    deletion: { ...rt.deletion },
  };
  if (rt.start !== undefined) out.start = copyBytes(rt.start);
  if (rt.end !== undefined) out.end = copyBytes(rt.end);
  return out;
}

