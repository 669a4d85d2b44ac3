/**
 * Every limit of the engine in one place, each with its unit. Limits that are embedded in the
 * on-disk format live in `commitlog/format.ts` instead (DO NOT CHANGE those).
 */

/** Cassandra's limit on a serialized partition key (a u16 length there). */
export const PARTITION_KEY_BYTES_MAX = 65_535;
/** Cassandra's limit on one clustering component is 64 KiB; ours applies to the whole key. */
export const CLUSTERING_KEY_BYTES_MAX = 65_535;
/** Column names are CQL identifiers; Cassandra's practical limit is 48 chars for table names, we allow more. */
export const COLUMN_NAME_BYTES_MAX = 65_535;
/** Table ids are short (a UUID or `keyspace.table`). */
export const TABLE_ID_BYTES_MAX = 1_024;
/** Cassandra's `Attributes.MAX_TTL`: 20 years. */
export const TTL_SECONDS_MAX = 630_720_000;
/** Deletion / expiration times are Cassandra `int` seconds since the epoch (unsigned 32 bit here). */
export const LOCAL_TIME_SECONDS_MAX = 0xffff_ffff;
/** Timestamps are Java longs (microseconds). */
export const TIMESTAMP_MIN = -(2n ** 63n);
export const TIMESTAMP_MAX = 2n ** 63n - 1n;
/** Tokens are signed 64-bit (Murmur3Partitioner). */
export const TOKEN_MIN = TIMESTAMP_MIN;
export const TOKEN_MAX = TIMESTAMP_MAX;

/** Default commit-log segment size before rolling to a new segment (Cassandra's default). */
export const COMMITLOG_SEGMENT_SIZE_BYTES_DEFAULT = 32 * 1024 * 1024;
/** Smallest segment size accepted (tests use small segments to exercise rolling). */
export const COMMITLOG_SEGMENT_SIZE_BYTES_MIN = 1024;
/** Largest segment size accepted; replay reads a whole segment into memory. */
export const COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT = 1024 * 1024 * 1024;
/**
 * Default bound on bytes appended but not yet acknowledged (queued + being written/synced).
 * Appends beyond it wait (backpressure). It is also the largest single write the log issues.
 */
export const COMMITLOG_PENDING_BYTES_DEFAULT = 4 * 1024 * 1024;
/** Smallest accepted `pendingBytesMax`. */
export const COMMITLOG_PENDING_BYTES_MIN = 1024;
/**
 * Group-commit segments are extended with zeros this far ahead of the last entry, and synced, before
 * entries land there: an fdatasync that covers only overwritten blocks skips the inode and journal
 * update an append needs (≈ 2x fewer microseconds per sync on ext4 here). Cassandra preallocates
 * whole segments; a chunk keeps small segments and in-memory test filesystems small.
 */
export const COMMITLOG_PREALLOCATE_CHUNK_BYTES = 1024 * 1024;
/** Default sync interval of the (not crash-durable) periodic sync mode. Cassandra's default is 10 s. */
export const COMMITLOG_PERIODIC_SYNC_INTERVAL_MS_DEFAULT = 1_000;
/** Bound on appends waiting for queue space; beyond it an append fails with CommitLogOverloadedError. */
export const COMMITLOG_WAITING_APPENDS_MAX = 100_000;

/**
 * Memtable size accounting, in bytes: what V8 spends beyond the data itself for the objects of
 * a large partition, measured with --expose-gc on Node 22 (the partition index is typed arrays,
 * counted exactly: partition-slots.ts).
 */
export const MEMTABLE_PARTITION_OVERHEAD_BYTES = 400;
export const MEMTABLE_ROW_OVERHEAD_BYTES = 300;
export const MEMTABLE_CELL_OVERHEAD_BYTES = 200;
/** Partitions with at most this many rows are kept encoded in the memtable's arena. */
export const MEMTABLE_BLOB_ROWS_MAX = 8;
