// @cassia/lsm — the storage engine: commit log, memtables, SSTables, compaction, reconciliation.
// Contract: ../README.md. On-disk formats: ../doc/.

export type { Cell, CellUpdate, DeletionTime, Liveness, Mutation, PartitionData, RangeTombstone, RowData, RowUpdate } from './types.js';
export {
  deletes,
  deletionSupersedes,
  livenessSupersedes,
  makePartition,
  makeRow,
  mergeDeletion,
  mergeLiveness,
  mergeOptionalPartitions,
  mergePartitions,
  mergeRows,
  mergeCellVersions,
  mergeRangeTombstones,
  normalizeRow,
  outerDeletion,
  partitionFromMutation,
  reconcileCell,
  reconcileOptionalCell,
  rowFromUpdate,
} from './reconcile.js';
export { expireCell, isCellLive, isLivenessLive, isRowLive, liveRows, purgeShadowed } from './purge.js';
export { FULL_SLICE, clusteringInSlice } from './slice.js';
export type { ClusteringSlice } from './slice.js';
export { bytesEqual, compareBytes, comparePartitionPositions, hasPrefix } from './bytes.js';
export { validateMutation } from './validate.js';
export {
  ClosedError,
  CommitLogFailedError,
  CommitLogOverloadedError,
  CorruptionError,
  EngineStoppedError,
  InvalidMutationError,
  InvalidTableOptionsError,
  MutationTooLargeError,
  TableDroppedError,
  UnsupportedFormatError,
} from './errors.js';
export {
  CLUSTERING_KEY_BYTES_MAX,
  COLUMN_NAME_BYTES_MAX,
  COMMITLOG_PENDING_BYTES_DEFAULT,
  COMMITLOG_PERIODIC_SYNC_INTERVAL_MS_DEFAULT,
  COMMITLOG_SEGMENT_SIZE_BYTES_DEFAULT,
  PARTITION_KEY_BYTES_MAX,
  TABLE_ID_BYTES_MAX,
  TTL_SECONDS_MAX,
} from './limits.js';
export { ManualClock, systemClock } from './clock.js';
export type { Clock } from './clock.js';
export { FsError, isFsErrorCode } from './fs.js';
export type { FileHandle, FileSystem, OpenMode } from './fs.js';
export { nodeFileSystem } from './node-fs.js';
export { FaultInjectingFileSystem } from './fault-fs.js';
export type { CrashOptions, FaultInjectingFileSystemOptions, FaultInjectingFileSystemStats, FaultOp } from './fault-fs.js';
export { CommitLog } from './commitlog/commit-log.js';
export type {
  CommitLogListener,
  CommitLogOptions,
  CommitLogPosition,
  CommitLogStats,
  ReplayResult,
  SegmentInfo,
  SyncMode,
} from './commitlog/commit-log.js';
export type { CommitLogRecord } from './commitlog/record-codec.js';
export type { TornTail } from './commitlog/segment-reader.js';
export { COMMITLOG_FORMAT_VERSION, segmentFileName } from './commitlog/format.js';
export { ARENA_CHUNK_BYTES, ArenaChunkPool } from './arena.js';
export type { ArenaPoolStats } from './arena.js';
export { Memtable } from './memtable.js';
export type { MemtableReadOptions } from './memtable.js';
export {
  BLOCK_CACHE_BYTES_DEFAULT,
  COMMITLOG_DIR_NAME,
  MEMTABLE_BYTES_MAX_DEFAULT,
  MEMTABLE_FLUSH_QUEUE_MAX_DEFAULT,
  SCAN_PAGE_PARTITIONS_DEFAULT,
  StorageEngine,
} from './engine.js';
export type {
  DiskFailurePolicy,
  EngineCommitLogOptions,
  EngineListener,
  PartitionPosition,
  ReadOptions,
  ScanOptions,
  ScanPage,
  StorageEngineOptions,
  StorageEngineStats,
} from './engine.js';
export { mergePartialAnswers, sliceAfter, type MergedAnswer, type PartialAnswer } from './read-merge.js';
export { DEFAULT_GC_GRACE_SECONDS, DEFAULT_TABLE_OPTIONS, VERSIONS_MAX, resolveTableOptions } from './table-options.js';
export type { CompactionOptions, CompactionStrategyName, TableOptions, TableOptionsInput } from './table-options.js';
export type { CompactionStats } from './compaction-manager.js';
export { MANIFEST_FORMAT_VERSION } from './manifest.js';
export { BlockCache, SSTABLE_FORMAT_VERSION, SSTableReader, SSTableWriter } from './sstable/index.js';
export type { BlockCacheStats, SSTableMeta, SSTableReaderStats } from './sstable/index.js';
