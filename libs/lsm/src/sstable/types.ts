/** Public types of the SSTable module. */

/** A partition's place in partition order: by signed token, then key bytes unsigned. */
export interface PartitionPosition {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
}

/** What the statistics section records (doc/sstable_format.md, "Statistics section"). */
export interface SSTableStatistics {
  readonly partitionCount: number;
  readonly rowCount: number;
  /** Cells stored, current ones and history versions. */
  readonly cellCount: number;
  /** Of those, tombstones. */
  readonly cellTombstoneCount: number;
  readonly rowDeletionCount: number;
  readonly rangeTombstoneCount: number;
  readonly partitionDeletionCount: number;
  /** Data blocks (row-index blocks not included). */
  readonly dataBlockCount: number;
  readonly rowIndexBlockCount: number;
  /** Smallest / largest timestamp of anything in the file (cells, history, row markers, deletions). */
  readonly minTimestamp: bigint;
  readonly maxTimestamp: bigint;
  /**
   * Largest deletion or expiration time (s) of any tombstone, deletion or expiring cell / row
   * marker; 2^32 − 1 when some cell or row marker is live and never expires; 0 if none.
   */
  readonly maxLocalDeletionTime: number;
  readonly firstPosition: PartitionPosition;
  readonly lastPosition: PartitionPosition;
  /** The writer's clock when the file was started (microseconds since the epoch). */
  readonly createdAtMicros: bigint;
  /**
   * When tombstones become droppable: deletion times of cell tombstones, row, range and
   * partition deletions, and expiry times of expiring cells and row markers, as at most 100
   * bins of (time rounded to the minute, count), increasing times. See
   * `estimateDroppableTombstoneRatio`.
   */
  readonly tombstoneDropTimes: readonly TombstoneDropTimeBin[];
}

export interface TombstoneDropTimeBin {
  /** Seconds since the epoch. */
  readonly timeSeconds: number;
  readonly count: number;
}

/** An SSTable's description: its statistics plus where and what it is. */
export interface SSTableMeta extends SSTableStatistics {
  readonly path: string;
  readonly formatVersion: number;
  readonly fileBytes: number;
  /** Size of the data section (blocks), i.e. the file minus index, bloom filter, statistics, footer. */
  readonly dataBytes: number;
  readonly minToken: bigint;
  readonly maxToken: bigint;
}
