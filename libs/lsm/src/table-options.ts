/**
 * Per-table storage options (from the table's CQL options, set by the node through
 * `StorageEngine.setTableOptions`). Unknown tables use the defaults.
 */
import { InvalidTableOptionsError } from './errors.js';

export type CompactionStrategyName = 'size-tiered' | 'leveled';

export interface TableOptions {
  /** Cell versions kept (Bigtable's timestamped versions); 1 is Cassandra's behaviour. */
  readonly versions: number;
  /** Tombstones are purged by compaction only this long after their deletion (Cassandra's default: 10 days). */
  readonly gcGraceSeconds: number;
  readonly compaction: CompactionOptions;
  /** Target false-positive chance of each SSTable's bloom filter. */
  readonly bloomFilterFpChance: number;
}

export interface CompactionOptions {
  readonly strategy: CompactionStrategyName;
  /** Size-tiered: files in a bucket before it is compacted (Cassandra min_threshold). */
  readonly minThreshold: number;
  /** Size-tiered: most files compacted at once (Cassandra max_threshold). */
  readonly maxThreshold: number;
  /** Size-tiered: files below this size share one bucket (Cassandra min_sstable_size, 50 MiB). */
  readonly minSSTableSizeBytes: number;
  /** Leveled: size of the files levels 1.. are made of (Cassandra sstable_size_in_mb, 160 MiB). */
  readonly sstableSizeBytesTarget: number;
  /** Leveled: L0 files that trigger an L0 → L1 compaction. */
  readonly l0CompactionTrigger: number;
  /** Leveled: each level holds this many times the previous one. */
  readonly fanout: number;
}

export const DEFAULT_GC_GRACE_SECONDS = 864_000;
export const VERSIONS_MAX = 1_000;

export const DEFAULT_COMPACTION_OPTIONS: CompactionOptions = {
  strategy: 'size-tiered',
  minThreshold: 4,
  maxThreshold: 32,
  minSSTableSizeBytes: 50 * 1024 * 1024,
  sstableSizeBytesTarget: 160 * 1024 * 1024,
  l0CompactionTrigger: 4,
  fanout: 10,
};

export const DEFAULT_TABLE_OPTIONS: TableOptions = {
  versions: 1,
  gcGraceSeconds: DEFAULT_GC_GRACE_SECONDS,
  compaction: DEFAULT_COMPACTION_OPTIONS,
  bloomFilterFpChance: 0.01,
};

export interface TableOptionsInput {
  readonly versions?: number;
  readonly gcGraceSeconds?: number;
  readonly compaction?: Partial<CompactionOptions>;
  readonly bloomFilterFpChance?: number;
}

/** Defaults filled in and every value checked; InvalidTableOptionsError names the first bad one. */
export function resolveTableOptions(input: TableOptionsInput = {}): TableOptions {
  const compaction = { ...DEFAULT_COMPACTION_OPTIONS, ...input.compaction };
  const out: TableOptions = {
    versions: input.versions ?? DEFAULT_TABLE_OPTIONS.versions,
    gcGraceSeconds: input.gcGraceSeconds ?? DEFAULT_TABLE_OPTIONS.gcGraceSeconds,
    compaction,
    bloomFilterFpChance: input.bloomFilterFpChance ?? DEFAULT_TABLE_OPTIONS.bloomFilterFpChance,
  };
  const intIn = (what: string, v: number, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max) throw new InvalidTableOptionsError(`${what} must be an integer in [${min}, ${max}], got ${v}`);
  };
  intIn('versions', out.versions, 1, VERSIONS_MAX);
  intIn('gcGraceSeconds', out.gcGraceSeconds, 0, 0x7fff_ffff);
  if (compaction.strategy !== 'size-tiered' && compaction.strategy !== 'leveled') {
    throw new InvalidTableOptionsError(`unknown compaction strategy ${String(compaction.strategy)}`);
  }
  intIn('compaction.minThreshold', compaction.minThreshold, 2, 1_000);
  intIn('compaction.maxThreshold', compaction.maxThreshold, compaction.minThreshold, 1_000);
  intIn('compaction.minSSTableSizeBytes', compaction.minSSTableSizeBytes, 0, Number.MAX_SAFE_INTEGER);
  intIn('compaction.sstableSizeBytesTarget', compaction.sstableSizeBytesTarget, 1024, Number.MAX_SAFE_INTEGER);
  intIn('compaction.l0CompactionTrigger', compaction.l0CompactionTrigger, 1, 1_000);
  intIn('compaction.fanout', compaction.fanout, 2, 1_000);
  if (!(out.bloomFilterFpChance > 0 && out.bloomFilterFpChance < 1)) {
    throw new InvalidTableOptionsError(`bloomFilterFpChance must be in (0, 1), got ${out.bloomFilterFpChance}`);
  }
  return out;
}
