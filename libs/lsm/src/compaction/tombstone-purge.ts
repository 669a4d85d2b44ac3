/**
 * What compaction does to one merged partition before writing it (Cassandra's
 * `CompactionIterator` purger, `AbstractCell.purge`, `Row.purge`):
 * 1. expired TTL cells become tombstones (`expireCell`: same timestamp, deleted at expiry − ttl);
 *    a current cell that became one takes its column's older versions with it (a tombstone ends
 *    the history), and an expired older version ends the history there;
 * 2. a tombstone — cell, row deletion, range tombstone, partition deletion, or an expired row
 *    marker (dated by its expiration time, as Cassandra's `shouldPurge(LivenessInfo)`) — is
 *    dropped when `localDeletionTime + gcGraceSeconds < nowSeconds` AND
 *    `timestamp < maxPurgeableTimestamp`. The second condition is the caller's promise that no
 *    data it could shadow lives outside this compaction (other SSTables, memtables): dropping a
 *    tombstone that still shadows something elsewhere would resurrect that data.
 * Rows and partitions left with nothing are dropped. Shadowed data must already be gone (the
 * input is reconciled: `mergePartitions` output, or one SSTable's partition).
 */
import { expireCell } from '../purge.js';
import { makePartition, makeRow } from '../reconcile.js';
import type { Cell, DeletionTime, Liveness, PartitionData, RangeTombstone, RowData } from '../types.js';

export interface TombstonePurgeOptions {
  readonly gcGraceSeconds: number;
  readonly nowSeconds: number;
  /**
   * The max purgeable timestamp of this partition: tombstones strictly older may go. Called at
   * most once per partition, and only when some tombstone is past gc grace (it may be costly:
   * bloom filter probes of the other SSTables).
   */
  readonly maxPurgeableTimestamp: () => bigint;
}

export interface TombstonePurgeResult {
  /** `undefined` when nothing is left. */
  readonly partition: PartitionData | undefined;
  /** Tombstones dropped (cell tombstones including older versions, row deletions, expired row markers, range tombstones, the partition deletion). */
  readonly tombstonesPurged: number;
}

/** Purges one reconciled partition for compaction output. Returns the same object when nothing changes. */
export function purgeTombstones(p: PartitionData, options: TombstonePurgeOptions): TombstonePurgeResult {
  const { gcGraceSeconds, nowSeconds } = options;
  let maxPurgeable: bigint | undefined;
  let purged = 0;
  /** Whether a tombstone with this timestamp and deletion time may be dropped. */
  const purgeable = (timestamp: bigint, localDeletionTime: number): boolean => {
    if (!(localDeletionTime + gcGraceSeconds < nowSeconds)) return false;
    maxPurgeable ??= options.maxPurgeableTimestamp();
    return timestamp < maxPurgeable;
  };
  const purgeDeletion = (d: DeletionTime | undefined): DeletionTime | undefined => {
    if (d === undefined || !purgeable(d.timestamp, d.localDeletionTime)) return d;
    purged++;
    return undefined;
  };

  const partitionDeletion = purgeDeletion(p.partitionDeletion);
  let rangeTombstones: readonly RangeTombstone[] | undefined = p.rangeTombstones;
  if (rangeTombstones !== undefined) {
    const kept = rangeTombstones.filter((rt) => purgeDeletion(rt.deletion) !== undefined);
    if (kept.length !== rangeTombstones.length) rangeTombstones = kept;
  }

  let rows: RowData[] | undefined;
  for (let i = 0; i < p.rows.length; i++) {
    const row = p.rows[i]!;
    const out = purgeRow(row, nowSeconds, purgeable, purgeDeletion, () => purged++);
    if (out !== row) rows ??= p.rows.slice(0, i);
    if (rows !== undefined && out !== undefined) rows.push(out);
  }

  const finalRows = rows ?? p.rows;
  if (partitionDeletion === undefined && (rangeTombstones === undefined || rangeTombstones.length === 0) && finalRows.length === 0) {
    return { partition: undefined, tombstonesPurged: purged };
  }
  if (partitionDeletion === p.partitionDeletion && rangeTombstones === p.rangeTombstones && rows === undefined) return { partition: p, tombstonesPurged: 0 };
  return { partition: makePartition(p.token, p.partitionKey, partitionDeletion, finalRows, rangeTombstones), tombstonesPurged: purged };
}

/** One row purged (see the module comment); the same object when nothing changes, `undefined` when nothing is left. */
function purgeRow(
  row: RowData,
  nowSeconds: number,
  purgeable: (timestamp: bigint, localDeletionTime: number) => boolean,
  purgeDeletion: (d: DeletionTime | undefined) => DeletionTime | undefined,
  countPurged: () => void,
): RowData | undefined {
  const deletion = purgeDeletion(row.deletion);
  let liveness: Liveness | undefined = row.liveness;
  if (liveness !== undefined && liveness.ttlSeconds > 0 && nowSeconds >= liveness.localExpirationTime && purgeable(liveness.timestamp, liveness.localExpirationTime)) {
    liveness = undefined;
    countPurged();
  }
  let changed = deletion !== row.deletion || liveness !== row.liveness;
  const cells = new Map<string, Cell>();
  const history = new Map<string, readonly Cell[]>();
  for (const [column, cell] of row.cells) {
    const versions = row.history?.get(column);
    const current = expireCell(cell, nowSeconds);
    if (current !== cell) changed = true;
    if (current.value === null) {
      // A tombstone (or an expired cell turned into one) ends the history: older versions are shadowed.
      if (versions !== undefined) changed = true;
      if (purgeable(current.timestamp, current.localDeletionTime)) {
        countPurged();
        changed = true;
      } else {
        cells.set(column, current);
      }
      continue;
    }
    cells.set(column, current);
    if (versions === undefined) continue;
    const kept: Cell[] = [];
    for (const v of versions) {
      const e = expireCell(v, nowSeconds);
      if (e !== v) changed = true;
      if (e.value !== null) {
        kept.push(e);
        continue;
      }
      if (purgeable(e.timestamp, e.localDeletionTime)) countPurged();
      else kept.push(e);
      break;
    }
    if (kept.length !== versions.length) changed = true;
    if (kept.length > 0) history.set(column, kept);
  }
  if (!changed) return row;
  if (deletion === undefined && liveness === undefined && cells.size === 0) return undefined;
  return makeRow(row.clustering, liveness, deletion, cells, history.size > 0 ? history : undefined);
}
