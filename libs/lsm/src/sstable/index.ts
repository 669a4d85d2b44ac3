/**
 * SSTables: immutable sorted files of partitions (format: ../../doc/sstable_format.md).
 *
 * - `SSTableWriter.create({ fs, path, expectedPartitions, blockSizeBytes?, bloomFpChance?, clock?,
 *   onBytesWritten? })` writes `${path}.tmp`; `add(p)` takes partitions in strictly increasing
 *   partition order (rows strictly increasing; violations are AssertionErrors); `finish()`
 *   returns the `SSTableMeta` once the file is durable at `path` (fdatasync, rename, directory
 *   fsync); `abort()` removes what was written. A crash before `finish()` resolves leaves no
 *   file at `path`. An I/O error fails the writer: every later call rethrows; `abort()` it.
 * - `SSTableReader.open(fs, path, { blockCache, fileId })` verifies footer, index, bloom filter
 *   and statistics (CorruptionError naming file and offset; UnsupportedFormatError for an unknown
 *   magic or version) and holds index and bloom filter in packed arrays (`memoryBytes`).
 *   `get(token, key, slice, { reversed?, limitRows?, nowSeconds })` has `Memtable.read`'s
 *   semantics (plus the range tombstones overlapping the slice) and reads only the blocks it needs
 *   through the cache; `scan({ after?, from?, to? })` yields whole partitions in order with large
 *   sequential reads that bypass the cache; `mightContain` is the key range plus bloom filter;
 *   `stats()` counts blocks and bytes read and bloom checks, negatives and false positives;
 *   `close()` drops the file's blocks from the cache. A block that fails its CRC raises
 *   CorruptionError on every read that needs it; other blocks stay readable.
 * - `BlockCache(capacityBytes)`: LRU over (fileId, block offset), bounded in accounted bytes,
 *   shared by an engine's readers; `stats()`, `evictFile(fileId)`.
 * - Results are read-only snapshots: byte arrays in them may be views into shared 8 KiB slabs
 *   (never into cached blocks); copy a value you keep for long.
 */
export { SSTableWriter } from './writer.js';
export type { SSTableWriterOptions } from './writer.js';
export { SSTableReader } from './reader.js';
export type { SSTableReadOptions, SSTableReaderOptions, SSTableReaderStats, SSTableScanOptions } from './reader.js';
export { BlockCache } from './block-cache.js';
export type { BlockCacheStats } from './block-cache.js';
export type { PartitionPosition, SSTableMeta, SSTableStatistics, TombstoneDropTimeBin } from './types.js';
export { estimateDroppableTombstoneRatio } from './tombstone-histogram.js';
export { SSTABLE_FORMAT_VERSION } from './format.js';
export {
  BLOCK_CACHE_BYTES_DEFAULT,
  SSTABLE_BLOCK_SIZE_BYTES_DEFAULT,
  SSTABLE_BLOOM_FP_CHANCE_DEFAULT,
} from './limits.js';
