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
  readonly rows: readonly RowUpdate[];
}

export interface RowData {
  readonly clustering: Uint8Array;
  readonly liveness?: Liveness;
  readonly deletion?: DeletionTime;
  readonly cells: ReadonlyMap<string, Cell>;
}

/** A partition (or the part of it a read selected): rows are always sorted by clustering ascending. */
export interface PartitionData {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  readonly partitionDeletion?: DeletionTime;
  readonly rows: readonly RowData[];
}
