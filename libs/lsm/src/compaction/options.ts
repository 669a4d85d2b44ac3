/**
 * Strategy options with their defaults (Cassandra's), validation, and what every strategy takes
 * and estimates. Option values come from table schemas (user input): a bad value is a
 * `CompactionOptionsError`, not an assertion.
 */
import type { SSTableDescriptor } from './descriptor.js';

const MiB = 1024 * 1024;

/** Size-tiered compaction (Cassandra's `SizeTieredCompactionStrategy`). */
export interface SizeTieredOptions {
  /** Fewest similar-sized files worth compacting (Cassandra `min_threshold`). */
  readonly minThreshold: number;
  /** Most files in one compaction (`max_threshold`). */
  readonly maxThreshold: number;
  /** A file joins a bucket when its size is within (bucketLow, bucketHigh) × the bucket's average. */
  readonly bucketLow: number;
  readonly bucketHigh: number;
  /** Files smaller than this all share one bucket (`min_sstable_size`). */
  readonly minSSTableSizeBytes: number;
  /** Single-file tombstone compaction above this droppable-tombstone ratio (`tombstone_threshold`). */
  readonly tombstoneThreshold: number;
  /** ... and only for files at least this old (`tombstone_compaction_interval`). */
  readonly tombstoneCompactionIntervalSeconds: number;
  /** Skip the check that no other file may hold data its tombstones shadow (`unchecked_tombstone_compaction`). */
  readonly uncheckedTombstoneCompaction: boolean;
}

export const SIZE_TIERED_DEFAULTS: SizeTieredOptions = {
  minThreshold: 4,
  maxThreshold: 32,
  bucketLow: 0.5,
  bucketHigh: 1.5,
  minSSTableSizeBytes: 50 * MiB,
  tombstoneThreshold: 0.2,
  tombstoneCompactionIntervalSeconds: 86_400,
  uncheckedTombstoneCompaction: false,
};

/** Leveled compaction (Cassandra's `LeveledCompactionStrategy`, LevelDB's levels). */
export interface LeveledOptions {
  /** Size of each output file of a level ≥ 1 (`sstable_size_in_mb`). */
  readonly sstableSizeBytesTarget: number;
  /** Each level ≥ 2 targets `fanout` × the previous one (`fanout_size`). */
  readonly fanout: number;
  /** Target size of L1; absent: 10 × `sstableSizeBytesTarget` (Cassandra's). */
  readonly levelBaseBytes?: number;
  /** Compact L0 once it holds this many files (LevelDB's `kL0_CompactionTrigger`). */
  readonly l0CompactionTrigger: number;
  /** Most L0 files in one compaction (Cassandra's `MAX_COMPACTING_L0`). */
  readonly l0FilesMax: number;
}

export const LEVELED_DEFAULTS: LeveledOptions = {
  sstableSizeBytesTarget: 160 * MiB,
  fanout: 10,
  l0CompactionTrigger: 4,
  l0FilesMax: 32,
};

/** Levels L0..L8 (Cassandra's `MAX_LEVEL_COUNT`); the last level is never compacted further. */
export const LEVEL_COUNT_MAX = 9;

export type CompactionStrategyName = 'size-tiered' | 'leveled';

/**
 * A table's compaction options: the strategy, and any options of either strategy (absent ones
 * take the defaults; the other strategy's are ignored, so switching strategy keeps them).
 */
export interface CompactionStrategyOptions extends Partial<SizeTieredOptions>, Partial<LeveledOptions> {
  readonly strategy: CompactionStrategyName;
}

/** What every strategy decides from. */
export interface StrategyInput {
  /** Every live SSTable of the table (including those being compacted). */
  readonly sstables: readonly SSTableDescriptor[];
  /** Generations currently being compacted: never picked again. */
  readonly compacting: ReadonlySet<number>;
  /** Now, in seconds; needed only for tombstone compactions (absent: none are picked). */
  readonly nowSeconds?: number;
}

/** What a strategy would still do if nothing more were written ("compaction pending work"). */
export interface PendingCompactions {
  readonly compactions: number;
  /** Estimated bytes those compactions would read. */
  readonly bytes: number;
}

/** Per-level figures for metrics. */
export interface LevelSummary {
  readonly level: number;
  readonly fileCount: number;
  readonly bytes: number;
  /** Leveled levels ≥ 1 only. */
  readonly targetBytes?: number;
  /** bytes / targetBytes for levels ≥ 1; fileCount / l0CompactionTrigger for L0 (leveled only). */
  readonly score?: number;
}

/** A strategy option out of range; the table's options are refused. */
export class CompactionOptionsError extends Error {
  override readonly name = 'CompactionOptionsError';
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new CompactionOptionsError(message);
}

const isPositiveInt = (n: number): boolean => Number.isSafeInteger(n) && n > 0;

/** Defaults filled in and every value checked (Cassandra's `validateOptions` rules). */
export function resolveSizeTieredOptions(partial: Partial<SizeTieredOptions> = {}): SizeTieredOptions {
  const o: SizeTieredOptions = withDefaults(SIZE_TIERED_DEFAULTS, partial);
  check(Number.isSafeInteger(o.minThreshold) && o.minThreshold >= 2, `minThreshold must be an integer >= 2, got ${o.minThreshold}`);
  check(Number.isSafeInteger(o.maxThreshold) && o.maxThreshold >= o.minThreshold, `maxThreshold must be an integer >= minThreshold, got ${o.maxThreshold}`);
  check(o.bucketLow > 0 && o.bucketLow < 1, `bucketLow must be in (0, 1), got ${o.bucketLow}`);
  check(o.bucketHigh > 1 && Number.isFinite(o.bucketHigh), `bucketHigh must be > 1, got ${o.bucketHigh}`);
  check(Number.isFinite(o.minSSTableSizeBytes) && o.minSSTableSizeBytes >= 0, `minSSTableSizeBytes must be >= 0, got ${o.minSSTableSizeBytes}`);
  check(o.tombstoneThreshold >= 0 && o.tombstoneThreshold <= 1, `tombstoneThreshold must be in [0, 1], got ${o.tombstoneThreshold}`);
  check(
    Number.isSafeInteger(o.tombstoneCompactionIntervalSeconds) && o.tombstoneCompactionIntervalSeconds >= 0,
    `tombstoneCompactionIntervalSeconds must be an integer >= 0, got ${o.tombstoneCompactionIntervalSeconds}`,
  );
  return o;
}

/** Defaults filled in and every value checked. */
export function resolveLeveledOptions(partial: Partial<LeveledOptions> = {}): LeveledOptions & { readonly levelBaseBytes: number } {
  const o: LeveledOptions = withDefaults(LEVELED_DEFAULTS, partial, ['levelBaseBytes']);
  check(isPositiveInt(o.sstableSizeBytesTarget), `sstableSizeBytesTarget must be a positive integer, got ${o.sstableSizeBytesTarget}`);
  check(Number.isSafeInteger(o.fanout) && o.fanout >= 2, `fanout must be an integer >= 2, got ${o.fanout}`);
  const levelBaseBytes = o.levelBaseBytes ?? 10 * o.sstableSizeBytesTarget;
  check(isPositiveInt(levelBaseBytes), `levelBaseBytes must be a positive integer, got ${levelBaseBytes}`);
  check(Number.isSafeInteger(o.l0CompactionTrigger) && o.l0CompactionTrigger >= 1, `l0CompactionTrigger must be a positive integer, got ${o.l0CompactionTrigger}`);
  check(Number.isSafeInteger(o.l0FilesMax) && o.l0FilesMax >= o.l0CompactionTrigger, `l0FilesMax must be an integer >= l0CompactionTrigger, got ${o.l0FilesMax}`);
  return { ...o, levelBaseBytes };
}

/**
 * The defaults overridden by the values `partial` defines for the keys of `defaults` (plus
 * `optionalKeys`); other keys (the other strategy's options, `strategy`) are left out, and an
 * explicit `undefined` does not erase a default.
 */
function withDefaults<T extends object>(defaults: T, partial: Partial<T>, optionalKeys: readonly (keyof T)[] = []): T {
  const out = { ...defaults };
  for (const key of [...(Object.keys(defaults) as (keyof T)[]), ...optionalKeys]) {
    const v = partial[key];
    if (v !== undefined) out[key] = v as T[keyof T];
  }
  return out;
}
