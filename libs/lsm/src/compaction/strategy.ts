/**
 * One entry point over both strategies, for the engine. It keeps, per table: the options, a
 * `LeveledState` (start with `{}`), and the descriptors of the live SSTables.
 */
import type { CompactionPick, SSTableDescriptor } from './descriptor.js';
import { leveledPending, pickLeveled, summarizeLevels } from './leveled.js';
import type { LeveledState } from './leveled.js';
import type { CompactionStrategyOptions, LevelSummary, PendingCompactions, StrategyInput } from './options.js';
import { CompactionOptionsError, resolveLeveledOptions, resolveSizeTieredOptions } from './options.js';
import { pickSizeTiered, sizeTieredPending } from './size-tiered.js';

/** Checks the options (throws `CompactionOptionsError`); call when a table's options are set. */
export function validateStrategyOptions(strategy: CompactionStrategyOptions): void {
  if (strategy.strategy === 'size-tiered') resolveSizeTieredOptions(strategy);
  else if (strategy.strategy === 'leveled') resolveLeveledOptions(strategy);
  else throw new CompactionOptionsError(`unknown compaction strategy ${String(strategy.strategy)}`);
}

/**
 * The next compaction for a table, or `undefined` when there is nothing worth doing.
 * - `sstables`: every live SSTable of the table that may be compacted (leave out quarantined ones);
 * - `compacting`: generations being compacted now (never picked again);
 * - `state`: the table's leveled round-robin state, updated by a leveled pick (`{}` to start);
 * - `nowSeconds`: enables size-tiered single-file tombstone compactions.
 */
export function pickCompaction(
  strategy: CompactionStrategyOptions,
  sstables: readonly SSTableDescriptor[],
  compacting: ReadonlySet<number>,
  state: LeveledState,
  nowSeconds?: number,
): CompactionPick | undefined {
  const input: StrategyInput = nowSeconds === undefined ? { sstables, compacting } : { sstables, compacting, nowSeconds };
  return strategy.strategy === 'size-tiered' ? pickSizeTiered(input, strategy) : pickLeveled(input, state, strategy);
}

/** Estimated work left for a table (metrics: Cassandra's "pending compactions" and RocksDB's pending bytes). */
export function estimatePendingCompactions(
  strategy: CompactionStrategyOptions,
  sstables: readonly SSTableDescriptor[],
  compacting: ReadonlySet<number> = new Set(),
): PendingCompactions {
  const input: StrategyInput = { sstables, compacting };
  return strategy.strategy === 'size-tiered' ? sizeTieredPending(input, strategy) : leveledPending(input, strategy);
}

/** Number of compactions a table's strategy would still run (`estimatePendingCompactions(...).compactions`). */
export function pendingCompactions(strategy: CompactionStrategyOptions, sstables: readonly SSTableDescriptor[], compacting?: ReadonlySet<number>): number {
  return estimatePendingCompactions(strategy, sstables, compacting).compactions;
}

/** Files and bytes per level (size-tiered tables: everything counts as level 0). */
export function levels(strategy: CompactionStrategyOptions, sstables: readonly SSTableDescriptor[]): LevelSummary[] {
  if (strategy.strategy === 'leveled') return summarizeLevels(sstables, strategy);
  let bytes = 0;
  for (const s of sstables) bytes += s.fileBytes;
  return [{ level: 0, fileCount: sstables.length, bytes }];
}
