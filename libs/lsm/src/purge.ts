/**
 * Time-dependent views of reconciled data (pure, independent of the memtable):
 * `purgeShadowed` canonicalizes a partition at a given time, `liveRows` keeps what a SELECT shows.
 * Followed from Cassandra `AbstractCell.isLive` / `purge` and `LivenessInfo.isLive`.
 */
import { makePartition, makeRow, normalizeRow, outerDeletion } from './reconcile.js';
import type { Cell, Liveness, PartitionData, RowData } from './types.js';

/** Cassandra `Cell.isLive(nowInSec)`: not a tombstone, and not expired (`now < expiration`). */
export function isCellLive(c: Cell, nowSeconds: number): boolean {
  return c.value !== null && (c.ttlSeconds === 0 || nowSeconds < c.localDeletionTime);
}

/** Cassandra `LivenessInfo.isLive(nowInSec)`. */
export function isLivenessLive(l: Liveness | undefined, nowSeconds: number): boolean {
  return l !== undefined && (l.ttlSeconds === 0 || nowSeconds < l.localExpirationTime);
}

/**
 * An expired expiring cell becomes the tombstone Cassandra's `AbstractCell.purge` makes of it:
 * same timestamp, no value, no ttl, deleted at `expiration - ttl` (the time it was written).
 * Other cells are returned unchanged.
 */
export function expireCell(c: Cell, nowSeconds: number): Cell {
  if (c.value === null || c.ttlSeconds === 0 || nowSeconds < c.localDeletionTime) return c;
  return { value: null, timestamp: c.timestamp, ttlSeconds: 0, localDeletionTime: c.localDeletionTime - c.ttlSeconds };
}

/**
 * The partition with every row marker and cell shadowed by a row or partition deletion removed,
 * superseded row deletions dropped, and expired cells turned into tombstones. Tombstones (cell,
 * row, partition) and expired row markers are kept: the coordinator merges replicas before it
 * filters, and a tombstone must still shadow older data held by another replica. Nothing is
 * gc-grace purged here (that arrives with compaction).
 */
export function purgeShadowed(p: PartitionData, nowSeconds: number): PartitionData {
  const rows: RowData[] = [];
  for (const row of p.rows) {
    const normalized = normalizeRow(row, outerDeletion(p.partitionDeletion, p.rangeTombstones, row.clustering));
    if (normalized === undefined) continue;
    let cells: Map<string, Cell> | undefined;
    const expiredColumns = new Set<string>();
    for (const [column, cell] of normalized.cells) {
      const expired = expireCell(cell, nowSeconds);
      if (expired !== cell) {
        cells ??= new Map(normalized.cells);
        cells.set(column, expired);
        expiredColumns.add(column);
      }
    }
    const history = expireHistory(normalized.history, expiredColumns, nowSeconds);
    rows.push(
      cells || history !== normalized.history
        ? makeRow(normalized.clustering, normalized.liveness, normalized.deletion, cells ?? normalized.cells, history)
        : normalized,
    );
  }
  return makePartition(p.token, p.partitionKey, p.partitionDeletion, rows, p.rangeTombstones);
}

/**
 * History with expired versions turned into tombstones (which end the history); a column
 * whose current cell expired keeps none (its tombstone shadows them all).
 */
function expireHistory(
  history: ReadonlyMap<string, readonly Cell[]> | undefined,
  expiredColumns: ReadonlySet<string>,
  nowSeconds: number,
): ReadonlyMap<string, readonly Cell[]> | undefined {
  if (history === undefined) return undefined;
  let changed = false;
  const out = new Map<string, readonly Cell[]>();
  for (const [column, versions] of history) {
    if (expiredColumns.has(column)) {
      changed = true;
      continue;
    }
    const kept: Cell[] = [];
    for (const c of versions) {
      const e = expireCell(c, nowSeconds);
      if (e !== c) changed = true;
      kept.push(e);
      if (e.value === null) break;
    }
    if (kept.length !== versions.length) changed = true;
    if (kept.length > 0) out.set(column, kept);
  }
  if (!changed) return history;
  return out.size === 0 ? undefined : out;
}

/**
 * The rows a SELECT returns at `nowSeconds`: shadowed data removed, only live cells kept, and only
 * rows that are live — a live row marker or at least one live cell (Cassandra `Row.hasLiveData`).
 * Returned rows carry no deletion and keep their row marker only while it is live.
 */
export function liveRows(p: PartitionData, nowSeconds: number): RowData[] {
  const out: RowData[] = [];
  for (const row of p.rows) {
    const normalized = normalizeRow(row, outerDeletion(p.partitionDeletion, p.rangeTombstones, row.clustering));
    if (normalized === undefined) continue;
    const cells = new Map<string, Cell>();
    for (const [column, cell] of normalized.cells) if (isCellLive(cell, nowSeconds)) cells.set(column, cell);
    const liveness = isLivenessLive(normalized.liveness, nowSeconds) ? normalized.liveness : undefined;
    if (liveness === undefined && cells.size === 0) continue;
    out.push(makeRow(normalized.clustering, liveness, undefined, cells, liveHistory(normalized.history, cells, nowSeconds)));
  }
  return out;
}

/** The live older versions of each live column, newest first (up to the first tombstone or expired one). */
function liveHistory(
  history: ReadonlyMap<string, readonly Cell[]> | undefined,
  liveCells: ReadonlyMap<string, Cell>,
  nowSeconds: number,
): ReadonlyMap<string, readonly Cell[]> | undefined {
  if (history === undefined) return undefined;
  const out = new Map<string, readonly Cell[]>();
  for (const [column, versions] of history) {
    if (!liveCells.has(column)) continue;
    const live: Cell[] = [];
    for (const c of versions) {
      if (!isCellLive(c, nowSeconds)) break;
      live.push(c);
    }
    if (live.length > 0) out.set(column, live);
  }
  return out;
}

/** Whether a row has live data at `nowSeconds` (assumes it is already normalized against deletions). */
export function isRowLive(row: RowData, nowSeconds: number): boolean {
  if (isLivenessLive(row.liveness, nowSeconds)) return true;
  for (const cell of row.cells.values()) if (isCellLive(cell, nowSeconds)) return true;
  return false;
}
