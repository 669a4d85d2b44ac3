/**
 * SSTable on-disk constants (doc/sstable_format.md). DO NOT CHANGE: every value here is embedded
 * in the on-disk data; a layout change needs a new format version and a reader for the old one.
 */

export const SSTABLE_FORMAT_VERSION = 1;
/** Versions this reader understands. */
export const SSTABLE_FORMAT_VERSIONS_SUPPORTED: readonly number[] = [SSTABLE_FORMAT_VERSION];
/** ASCII `CSST`, bytes 8..12 of the postscript. */
export const SSTABLE_MAGIC = new Uint8Array([0x43, 0x53, 0x53, 0x54]);

/** The postscript: u32 footerLength, u32 formatVersion, magic, u32 CRC. Same layout in every version. */
export const POSTSCRIPT_BYTES = 16;
/** Bound on a footer of any version (so a reader can bound its first read of the tail). */
export const FOOTER_BYTES_MAX = 4080;
/** Version 1 footer: six u64 (offset and length of index, bloom filter, statistics). */
export const FOOTER_BYTES_V1 = 48;

/** Block framing: u32 payload length before the payload, u32 CRC after it. */
export const BLOCK_LENGTH_BYTES = 4;
export const BLOCK_CRC_BYTES = 4;
export const BLOCK_FRAME_BYTES = BLOCK_LENGTH_BYTES + BLOCK_CRC_BYTES;
/** Largest block payload (a block holds at least one whole row, so this bounds a row too). */
export const BLOCK_PAYLOAD_BYTES_MAX = 2 ** 30;

export const BLOCK_KIND_DATA = 1;
export const BLOCK_KIND_ROW_INDEX = 2;

/** Data block header flags. */
export const DATA_BLOCK_FLAG_CONTINUES = 0x01;

/** Body element tags: a terminator, or a row (bit 7 set). */
export const TAG_END = 0x00;
export const TAG_CONTINUED = 0x01;
export const ROW_FLAG_ROW = 0x80;
export const ROW_FLAG_LIVENESS = 0x01;
export const ROW_FLAG_LIVENESS_EXPIRING = 0x02;
export const ROW_FLAG_DELETION = 0x04;
export const ROW_FLAG_HISTORY = 0x08;
export const ROW_FLAGS_KNOWN = 0x8f;

export const PARTITION_FLAG_DELETION = 0x01;
export const PARTITION_FLAG_RANGE_TOMBSTONES = 0x02;
export const PARTITION_FLAGS_KNOWN = 0x03;

export const RT_FLAG_HAS_START = 0x01;
export const RT_FLAG_START_INCLUSIVE = 0x02;
export const RT_FLAG_HAS_END = 0x04;
export const RT_FLAG_END_INCLUSIVE = 0x08;
export const RT_FLAGS_KNOWN = 0x0f;

/** Cell head = columnIndex × CELL_COLUMN_MULTIPLIER + cellFlags. */
export const CELL_COLUMN_MULTIPLIER = 8;
export const CELL_FLAG_TOMBSTONE = 0x1;
export const CELL_FLAG_TTL = 0x2;
export const CELL_FLAG_LOCAL_DELETION_TIME = 0x4;

export const INDEX_FLAG_SPANS = 0x01;

export const BLOOM_HASH_ALGORITHM_MURMUR3_DOUBLE = 1;
export const BLOOM_HASH_COUNT_MAX = 30;
/** Bit counts are multiples of 64 within [64, 2^32 − 64]. */
export const BLOOM_BITS_GRANULE = 64;
export const BLOOM_BITS_MAX = 2 ** 32 - 64;
/** Mixed with h1 and the token to form the second hash. */
export const BLOOM_H2_SALT = 0x5bd1e995;

/** Statistics sentinels (Cassandra's conventions). */
export const STATS_MIN_TIMESTAMP_NONE = 2n ** 63n - 1n;
export const STATS_MAX_TIMESTAMP_NONE = -(2n ** 63n);
/** maxLocalDeletionTime when some cell or row marker is live and never expires. */
export const STATS_LOCAL_DELETION_TIME_LIVE = 0xffff_ffff;

/** Tombstone drop-time histogram (statistics section): bin granularity and bounds. */
export const TOMBSTONE_HISTOGRAM_BIN_SECONDS = 60;
export const TOMBSTONE_HISTOGRAM_BINS_MAX = 100;
/** Distinct pending minutes before the writer merges them into bins (bounds its memory and work). */
export const TOMBSTONE_HISTOGRAM_PENDING_MAX = 2000;
