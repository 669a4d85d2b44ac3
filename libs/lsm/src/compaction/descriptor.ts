/**
 * What a compaction strategy knows about an SSTable (a descriptor the engine keeps per live file),
 * and what it answers (a pick). Strategies are pure functions of descriptors: they never open files.
 */
import assert from 'node:assert/strict';
import { comparePartitionPositions } from '../bytes.js';
import type { PartitionPosition, SSTableMeta } from '../sstable/types.js';

export type { PartitionPosition };

/** One live SSTable of a table, as a strategy sees it. */
export interface SSTableDescriptor {
  /** Engine-wide, increasing, never reused; also the age order (a lower generation is older). */
  readonly generation: number;
  /** 0 for flush outputs and every file of a size-tiered table; 1.. for leveled levels. */
  readonly level: number;
  /** Size of the file on disk. */
  readonly fileBytes: number;
  /** Positions of its first and last partition (inclusive). */
  readonly first: PartitionPosition;
  readonly last: PartitionPosition;
  /** Smallest and largest write timestamp of anything in it (microseconds). */
  readonly minTimestamp: bigint;
  readonly maxTimestamp: bigint;
  /** Largest local deletion / expiration time of anything in it (seconds). */
  readonly maxLocalDeletionTime: number;
  /**
   * Estimated fraction of its cells that are tombstones droppable now (deleted before
   * `now - gcGraceSeconds`), computed by the caller; only single-SSTable tombstone compactions use it.
   */
  readonly droppableTombstoneRatio?: number;
  /** When the file was written (seconds); tombstone compactions skip younger files. */
  readonly createdAtSeconds?: number;
}

/** Why a strategy picked a compaction (a metrics label; `CompactionPick.reason` holds one, or the caller's own for manual compactions). */
export type CompactionReason =
  /** Size-tiered: a bucket of similar-sized files reached `minThreshold`. */
  | 'size-tiered-bucket'
  /** Size-tiered: one file whose droppable tombstones exceed `tombstoneThreshold`. */
  | 'droppable-tombstones'
  /** Leveled: L0 holds `l0CompactionTrigger` files or more. */
  | 'l0-file-count'
  /** Leveled: a level holds more bytes than its target. */
  | 'level-size';

/** A compaction to run: merge `inputs` into new files at `outputLevel`. */
export interface CompactionPick {
  /** Generations of the input files, ascending. Never empty. */
  readonly inputs: readonly number[];
  readonly outputLevel: number;
  /** Start a new output file once one reaches this size (absent: a single output). */
  readonly maxOutputFileBytes?: number;
  /** A `CompactionReason` when a strategy picked it. */
  readonly reason: CompactionReason | (string & {});
}

/**
 * The descriptor of an SSTable from its metadata. With `gcBeforeSeconds` (now − the table's
 * gcGraceSeconds) it also estimates the droppable-tombstone ratio from what the statistics
 * allow: when even the newest deletion or expiration time is before gcBefore, everything in the
 * file is a droppable tombstone or an expired cell (Cassandra's "fully expired" file): 1;
 * otherwise 0 (unknown; we keep no histogram of deletion times).
 */
export function describeSSTable(meta: SSTableMeta, generation: number, level: number, gcBeforeSeconds?: number): SSTableDescriptor {
  const d: { -readonly [K in keyof SSTableDescriptor]: SSTableDescriptor[K] } = {
    generation,
    level,
    fileBytes: meta.fileBytes,
    first: meta.firstPosition,
    last: meta.lastPosition,
    minTimestamp: meta.minTimestamp,
    maxTimestamp: meta.maxTimestamp,
    maxLocalDeletionTime: meta.maxLocalDeletionTime,
    createdAtSeconds: Number(meta.createdAtMicros / 1_000_000n),
  };
  if (gcBeforeSeconds !== undefined) d.droppableTombstoneRatio = meta.maxLocalDeletionTime < gcBeforeSeconds ? 1 : 0;
  return d;
}

/** Whether two inclusive position ranges share a position. */
export function rangesOverlap(
  a: { readonly first: PartitionPosition; readonly last: PartitionPosition },
  b: { readonly first: PartitionPosition; readonly last: PartitionPosition },
): boolean {
  return comparePartitionPositions(a.first, b.last) <= 0 && comparePartitionPositions(b.first, a.last) <= 0;
}

/** The smallest range holding every given range. */
export function rangeHull(ranges: readonly { readonly first: PartitionPosition; readonly last: PartitionPosition }[]): {
  first: PartitionPosition;
  last: PartitionPosition;
} {
  assert.ok(ranges.length > 0, 'rangeHull: no ranges');
  let first = ranges[0]!.first;
  let last = ranges[0]!.last;
  for (const r of ranges) {
    if (comparePartitionPositions(r.first, first) < 0) first = r.first;
    if (comparePartitionPositions(r.last, last) > 0) last = r.last;
  }
  return { first, last };
}

/** Order of files within a level: by first position, then generation. */
export function compareByFirst(a: SSTableDescriptor, b: SSTableDescriptor): number {
  return comparePartitionPositions(a.first, b.first) || a.generation - b.generation;
}

/** Asserts the shape of descriptors (programmer errors): unique generations, first <= last, sane sizes. */
export function assertDescriptors(sstables: readonly SSTableDescriptor[]): void {
  const seen = new Set<number>();
  for (const s of sstables) {
    assert.ok(Number.isSafeInteger(s.generation) && s.generation >= 0, `generation ${s.generation} is not a non-negative integer`);
    assert.ok(!seen.has(s.generation), `generation ${s.generation} appears twice`);
    seen.add(s.generation);
    assert.ok(Number.isInteger(s.level) && s.level >= 0, `generation ${s.generation}: bad level ${s.level}`);
    assert.ok(Number.isFinite(s.fileBytes) && s.fileBytes >= 0, `generation ${s.generation}: bad fileBytes ${s.fileBytes}`);
    assert.ok(comparePartitionPositions(s.first, s.last) <= 0, `generation ${s.generation}: first position after last`);
  }
}

/** Sum of `fileBytes`. */
export function totalBytes(sstables: readonly SSTableDescriptor[]): number {
  let n = 0;
  for (const s of sstables) n += s.fileBytes;
  return n;
}
