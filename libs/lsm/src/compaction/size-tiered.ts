/**
 * Size-tiered compaction, after Cassandra's `SizeTieredCompactionStrategy` (trunk):
 * - files are grouped in buckets of similar size (`getBuckets`): sorted by size ascending, a file
 *   joins the first bucket whose average it is within (bucketLow, bucketHigh) of, or any bucket
 *   of "small" files when it is small too (< minSSTableSizeBytes); otherwise it starts a bucket;
 * - buckets with at least minThreshold files are candidates, each trimmed to its maxThreshold
 *   smallest files; the one with the most files wins, then the smallest average size (Cassandra
 *   ranks by read hotness first, which we do not track);
 * - with no candidate bucket, a single file whose droppable-tombstone ratio exceeds
 *   tombstoneThreshold, that is older than tombstoneCompactionIntervalSeconds, and whose
 *   tombstones no other file can be holding shadowed data for (`worthDroppingTombstones`,
 *   simplified: no overlapping file has data as old as its newest), the smallest such first.
 * Levels are ignored (every input is a candidate) and outputs go to level 0, unsplit.
 */
import type { CompactionPick, SSTableDescriptor } from './descriptor.js';
import { assertDescriptors, rangesOverlap, totalBytes } from './descriptor.js';
import { resolveSizeTieredOptions } from './options.js';
import type { PendingCompactions, SizeTieredOptions, StrategyInput } from './options.js';

const bySizeThenGeneration = (a: SSTableDescriptor, b: SSTableDescriptor): number => a.fileBytes - b.fileBytes || a.generation - b.generation;

/** Buckets of similar-sized files (each sorted by size ascending), in order of their smallest file. */
export function sizeTieredBuckets(sstables: readonly SSTableDescriptor[], options: Partial<SizeTieredOptions> = {}): SSTableDescriptor[][] {
  const o = resolveSizeTieredOptions(options);
  const buckets: { files: SSTableDescriptor[]; averageBytes: number }[] = [];
  for (const s of [...sstables].sort(bySizeThenGeneration)) {
    const size = s.fileBytes;
    const bucket = buckets.find(
      (b) =>
        (size > b.averageBytes * o.bucketLow && size < b.averageBytes * o.bucketHigh) ||
        (size < o.minSSTableSizeBytes && b.averageBytes < o.minSSTableSizeBytes),
    );
    if (bucket === undefined) {
      buckets.push({ files: [s], averageBytes: size });
    } else {
      bucket.averageBytes = (bucket.averageBytes * bucket.files.length + size) / (bucket.files.length + 1);
      bucket.files.push(s);
    }
  }
  return buckets.map((b) => b.files);
}

/** The compaction size-tiered would run next, or `undefined`. Never picks a file in `compacting`. */
export function pickSizeTiered(input: StrategyInput, options: Partial<SizeTieredOptions> = {}): CompactionPick | undefined {
  assertDescriptors(input.sstables);
  const o = resolveSizeTieredOptions(options);
  const candidates = input.sstables.filter((s) => !input.compacting.has(s.generation));
  let best: SSTableDescriptor[] | undefined;
  let bestAverage = 0;
  for (const bucket of sizeTieredBuckets(candidates, o)) {
    if (bucket.length < o.minThreshold) continue;
    const trimmed = bucket.slice(0, o.maxThreshold);
    const average = totalBytes(trimmed) / trimmed.length;
    if (best === undefined || trimmed.length > best.length || (trimmed.length === best.length && average < bestAverage)) {
      best = trimmed;
      bestAverage = average;
    }
  }
  if (best !== undefined) return { inputs: generationsOf(best), outputLevel: 0, reason: 'size-tiered-bucket' };

  const nowSeconds = input.nowSeconds;
  if (nowSeconds === undefined) return undefined;
  const worth = candidates
    .filter((s) => worthDroppingTombstones(s, input.sstables, nowSeconds, o))
    .sort(bySizeThenGeneration);
  const single = worth[0];
  return single === undefined ? undefined : { inputs: [single.generation], outputLevel: 0, reason: 'droppable-tombstones' };
}

/**
 * Cassandra's `AbstractCompactionStrategy.worthDroppingTombstones`, simplified: old enough, ratio
 * above the threshold, and (unless unchecked) no other file overlapping its range holds data as
 * old as its newest (then the max purgeable timestamp lets every tombstone go). Cassandra
 * estimates the droppable share when files overlap; we conservatively say no.
 */
function worthDroppingTombstones(s: SSTableDescriptor, all: readonly SSTableDescriptor[], nowSeconds: number, o: SizeTieredOptions): boolean {
  if (s.createdAtSeconds === undefined || nowSeconds < s.createdAtSeconds + o.tombstoneCompactionIntervalSeconds) return false;
  if ((s.droppableTombstoneRatio ?? 0) <= o.tombstoneThreshold) return false;
  if (o.uncheckedTombstoneCompaction) return true;
  return all.every((other) => other.generation === s.generation || !rangesOverlap(s, other) || other.minTimestamp > s.maxTimestamp);
}

/**
 * Cassandra's `getEstimatedRemainingTasks`: each bucket of at least minThreshold files needs
 * ceil(files / maxThreshold) compactions; bytes are those buckets' sizes. Files being compacted
 * are left out.
 */
export function sizeTieredPending(input: StrategyInput, options: Partial<SizeTieredOptions> = {}): PendingCompactions {
  const o = resolveSizeTieredOptions(options);
  let compactions = 0;
  let bytes = 0;
  for (const bucket of sizeTieredBuckets(
    input.sstables.filter((s) => !input.compacting.has(s.generation)),
    o,
  )) {
    if (bucket.length < o.minThreshold) continue;
    compactions += Math.ceil(bucket.length / o.maxThreshold);
    bytes += totalBytes(bucket);
  }
  return { compactions, bytes };
}

function generationsOf(files: readonly SSTableDescriptor[]): number[] {
  return files.map((f) => f.generation).sort((a, b) => a - b);
}
