/**
 * The data model the storage engine stores and reconciles. Keys are opaque bytes: the caller
 * (the node, from the schema) serializes partition keys and encodes clustering keys so that
 * plain unsigned bytewise comparison is the clustering order.
 *
 * Immutability contract: every object handed to the engine is copied on apply, and every object
 * the engine hands out (read results, replayed mutations) must be treated as read-only —
 * the memtable shares row objects with read results and never mutates them in place.
 */

/**
 * One column value of one row.
 * - live, non-expiring: `value !== null`, `ttlSeconds === 0`, `localDeletionTime === 0`
 * - expiring:           `value !== null`, `ttlSeconds > 0`,  `localDeletionTime` = expiry (s since epoch)
 * - tombstone:          `value === null`, `ttlSeconds === 0`, `localDeletionTime` = when deleted (s)
 */
export interface Cell {
  readonly value: Uint8Array | null;
  /** Write timestamp in microseconds since the epoch (Cassandra's `USING TIMESTAMP`). */
  readonly timestamp: bigint;
  readonly ttlSeconds: number;
  readonly localDeletionTime: number;
}

/** A row or partition deletion: shadows everything with `timestamp <= this.timestamp`. */
export interface DeletionTime {
  /** Cassandra's `markedForDeleteAt`, microseconds. */
  readonly timestamp: bigint;
  /** Seconds since the epoch when the deletion happened (used for gc grace later). */
  readonly localDeletionTime: number;
}

/** The row marker an INSERT writes (Cassandra's primary-key `LivenessInfo`). */
export interface Liveness {
  readonly timestamp: bigint;
  /** 0 = the marker never expires. */
  readonly ttlSeconds: number;
  /** Seconds since the epoch when the marker expires; 0 when `ttlSeconds === 0`. */
  readonly localExpirationTime: number;
}

export interface CellUpdate {
  readonly column: string;
  readonly cell: Cell;
}

/**
 * A range tombstone: deletes every row whose clustering key lies in the slice (same bound rules
 * as ClusteringSlice: bounds are byte prefixes) for data with `timestamp <= deletion.timestamp`.
 */
export interface RangeTombstone {
  readonly start?: Uint8Array;
  readonly startInclusive: boolean;
  readonly end?: Uint8Array;
  readonly endInclusive: boolean;
  readonly deletion: DeletionTime;
}

export interface RowUpdate {
  /** Byte-comparable clustering key; empty for the single row of a table without clustering columns. */
  readonly clustering: Uint8Array;
  readonly liveness?: Liveness;
  readonly deletion?: DeletionTime;
  readonly cells: readonly CellUpdate[];
}

/** All changes to one partition of one table, applied atomically by the engine. */
export interface Mutation {
  readonly tableId: string;
  /** Signed 64-bit partitioner token, computed by the caller. */
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  readonly partitionDeletion?: DeletionTime;
  /** Range deletions within the partition (CQL `DELETE ... WHERE ck > x`). */
  readonly rangeTombstones?: readonly RangeTombstone[];
  readonly rows: readonly RowUpdate[];
}

export interface RowData {
  readonly clustering: Uint8Array;
  readonly liveness?: Liveness;
  readonly deletion?: DeletionTime;
  /** The current version of each column (the reconciled winner). */
  readonly cells: ReadonlyMap<string, Cell>;
  /**
   * Older versions of a column, newest first, kept only for tables with `versions` > 1
   * (Bigtable's timestamped versions): at most `versions - 1` per column, each with a
   * timestamp lower than the current cell's, none shadowed by a deletion; a tombstone ends
   * the history (it shadows everything older). Absent when there are none.
   */
  readonly history?: ReadonlyMap<string, readonly Cell[]>;
}

/** A partition (or the part of it a read selected): rows are always sorted by clustering ascending. */
export interface PartitionData {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  readonly partitionDeletion?: DeletionTime;
  /**
   * Range tombstones not superseded by the partition deletion, sorted by start bound (an absent
   * start first), then by end. Rows they shadow are already removed from `rows`, but the
   * tombstones themselves are kept (they shadow data in other sources: SSTables, replicas).
   */
  readonly rangeTombstones?: readonly RangeTombstone[];
  readonly rows: readonly RowData[];
}
