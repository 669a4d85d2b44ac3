/**
 * Tunables of the SSTable writer, reader and block cache, each with its unit. (Candidates for
 * src/limits.ts; kept here while that file has other writers.) On-disk constants: format.ts.
 */

/** Default target size of a data block's payload. */
export const SSTABLE_BLOCK_SIZE_BYTES_DEFAULT = 4 * 1024;
/** Smallest accepted block size target (tests use small blocks to make partitions span). */
export const SSTABLE_BLOCK_SIZE_BYTES_MIN = 64;
/** Largest accepted block size target. */
export const SSTABLE_BLOCK_SIZE_BYTES_MAX = 4 * 1024 * 1024;
/** Default bloom filter false-positive chance (Cassandra's default for size-tiered tables). */
export const SSTABLE_BLOOM_FP_CHANCE_DEFAULT = 0.01;
/** The writer buffers closed blocks and issues writes of about this size. */
export const SSTABLE_WRITE_CHUNK_BYTES = 1024 * 1024;
/**
 * A scan reads its first blocks, up to this many, through the block cache as point reads do
 * (LevelDB's iterators fill the cache too): a page after a seek (100 partitions of a few
 * hundred bytes) mostly lies in them. The rest streams through the scan's own read-ahead.
 */
export const SSTABLE_SCAN_CACHED_BLOCKS = 4;
/** A scan reads ahead in chunks of this size (bypassing the block cache). */
export const SSTABLE_SCAN_READ_AHEAD_BYTES = 256 * 1024;
/** First read-ahead of a scan; it doubles with each read up to SSTABLE_SCAN_READ_AHEAD_BYTES. */
export const SSTABLE_SCAN_READ_AHEAD_MIN_BYTES = 16 * 1024;
/** First read of a file's tail at open (postscript and footer; more is read if needed). */
export const SSTABLE_TAIL_READ_BYTES = 4096;
/** Block cache accounting: fixed cost of one cached block (node, maps, decoded header objects). */
export const BLOCK_CACHE_ENTRY_OVERHEAD_BYTES = 256;
/** Block cache accounting: fixed cost of one column name in a cached block's dictionary. */
export const BLOCK_CACHE_COLUMN_OVERHEAD_BYTES = 48;
/** Default capacity of a block cache. */
export const BLOCK_CACHE_BYTES_DEFAULT = 64 * 1024 * 1024;
