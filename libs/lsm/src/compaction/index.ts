/**
 * Compaction: which files to merge (strategies, pure functions of descriptors), the merge itself
 * (a streaming task over SSTable readers and writers), and the throughput limit.
 *
 * ## Strategies
 * `pickCompaction(options, sstables, compacting, state, nowSeconds?)` → `CompactionPick | undefined`
 * (`{ inputs: generations, outputLevel, maxOutputFileBytes?, reason }`). The caller keeps per
 * table: its `CompactionStrategyOptions` (`strategy: 'size-tiered' | 'leveled'` plus either's
 * options; defaults are Cassandra's), an `SSTableDescriptor` per live file (`describeSSTable`
 * builds one from `SSTableMeta`; the level is the caller's: 0 for flush outputs, the pick's
 * `outputLevel` for compaction outputs, kept in the manifest), a `LeveledState` (`{}` to start;
 * a leveled pick advances its round-robin key), and the set of generations being compacted
 * (never picked; a file in it stays there until its compaction ends either way).
 * - size-tiered (`size-tiered.ts`): the fullest bucket of similar-sized files, min 4, max 32;
 *   else, with `nowSeconds`, one old file with a droppable-tombstone ratio above 0.2.
 * - leveled (`leveled.ts`): L0 (overlapping flush outputs) into L1 once it holds 4 files; level
 *   n ≥ 1 (target `levelBaseBytes × fanout^(n-1)`) one file round-robin plus its n+1 overlaps
 *   into n+1, outputs split at `sstableSizeBytesTarget`. Levels ≥ 1 never overlap, even with
 *   several compactions running; `checkLevelInvariant` / `assertLevelInvariant` verify it.
 * - metrics: `pendingCompactions` (count), `estimatePendingCompactions` (count and bytes),
 *   `levels` (files, bytes, target, score per level).
 * Options from a schema are checked by `validateStrategyOptions` (`CompactionOptionsError`).
 *
 * ## The task
 * `runCompaction({ inputs, outputLevel, maxOutputFileBytes?, newWriter, fs, versions, gcGraceSeconds,
 * nowSeconds, maxPurgeableTimestamp, throttle?, signal? })` merges the inputs (SSTableReaders, any
 * order) in one streaming pass, reconciles equal partitions (`mergePartitions` with `versions`),
 * expires TTL cells into tombstones, drops tombstones past gc grace whose timestamp is below
 * `maxPurgeableTimestamp(token, key)` (the caller's minimum timestamp of every SSTable outside
 * this compaction and every memtable that may hold the partition), drops empty partitions, and
 * writes the rest through writers from `newWriter(expectedPartitions)`, starting a new one once
 * `dataBytes` reaches `maxOutputFileBytes`. Resolves with the durable outputs' metadata (in
 * partition order) and counters. On any error or abort nothing is left at an output's final path
 * (the open writer is aborted, finished outputs are unlinked through `fs`) and the error is
 * rethrown. The inputs are not touched: the caller swaps inputs for outputs in the manifest,
 * then deletes the inputs once no reader needs them.
 *
 * ## Throttle
 * `new Throttle(bytesPerSecond, { clock?, sleep?, burstBytes? })`: a token bucket shared by every
 * compaction of an engine (Cassandra's `compaction_throughput`, default 64 MiB/s; 0 = unlimited);
 * the task consumes each input's bytes as it reads them.
 */
export { describeSSTable, rangesOverlap } from './descriptor.js';
export type { CompactionPick, CompactionReason, PartitionPosition, SSTableDescriptor } from './descriptor.js';
export {
  CompactionOptionsError,
  LEVEL_COUNT_MAX,
  LEVELED_DEFAULTS,
  SIZE_TIERED_DEFAULTS,
  resolveLeveledOptions,
  resolveSizeTieredOptions,
} from './options.js';
export type {
  CompactionStrategyName,
  CompactionStrategyOptions,
  LevelSummary,
  LeveledOptions,
  PendingCompactions,
  SizeTieredOptions,
  StrategyInput,
} from './options.js';
export { estimatePendingCompactions, levels, pendingCompactions, pickCompaction, validateStrategyOptions } from './strategy.js';
export { sizeTieredBuckets, pickSizeTiered, sizeTieredPending } from './size-tiered.js';
export {
  assertLevelInvariant,
  checkLevelInvariant,
  leveledPending,
  levelTargetBytes,
  newLeveledState,
  pickLeveled,
  summarizeLevels,
} from './leveled.js';
export type { LevelInvariantViolation, LeveledState } from './leveled.js';
export { runCompaction } from './task.js';
export type { CompactionSink, CompactionSource, RunCompactionOptions, RunCompactionResult } from './task.js';
export { purgeTombstones } from './tombstone-purge.js';
export type { TombstonePurgeOptions, TombstonePurgeResult } from './tombstone-purge.js';
export { mergePartitionStreams } from './merge-iterator.js';
export { COMPACTION_BYTES_PER_SECOND_DEFAULT, THROTTLE_BURST_SECONDS_DEFAULT, Throttle, realSleep } from './throttle.js';
export type { Sleep, ThrottleOptions } from './throttle.js';
