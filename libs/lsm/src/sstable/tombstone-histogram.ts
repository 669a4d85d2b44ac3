/**
 * When the tombstones of an SSTable become droppable: a bounded histogram of local deletion times
 * (Cassandra's `StreamingTombstoneHistogram`, Ben-Haim & Tom-Tov). Times are rounded up to
 * whole minutes and counted exactly until too many distinct minutes are pending, then the
 * closest bins are merged (weighted mean time) down to at most TOMBSTONE_HISTOGRAM_BINS_MAX.
 * Compaction uses it to pick single files worth compacting for their tombstones.
 */
import assert from 'node:assert/strict';
import { TOMBSTONE_HISTOGRAM_BIN_SECONDS, TOMBSTONE_HISTOGRAM_BINS_MAX, TOMBSTONE_HISTOGRAM_PENDING_MAX } from './format.js';
import type { SSTableStatistics, TombstoneDropTimeBin } from './types.js';

export class TombstoneHistogramBuilder {
  private readonly counts = new Map<number, number>();

  /** Records one tombstone (or expiring cell) that deletes at `localDeletionTime` (seconds). */
  add(localDeletionTime: number): void {
    const t = Math.ceil(localDeletionTime / TOMBSTONE_HISTOGRAM_BIN_SECONDS) * TOMBSTONE_HISTOGRAM_BIN_SECONDS;
    this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    if (this.counts.size > TOMBSTONE_HISTOGRAM_PENDING_MAX) {
      const bins = compress(this.sorted(), TOMBSTONE_HISTOGRAM_BINS_MAX);
      this.counts.clear();
      for (const b of bins) this.counts.set(b.timeSeconds, (this.counts.get(b.timeSeconds) ?? 0) + b.count);
    }
  }

  /** At most TOMBSTONE_HISTOGRAM_BINS_MAX bins, strictly increasing times. */
  bins(): TombstoneDropTimeBin[] {
    return compress(this.sorted(), TOMBSTONE_HISTOGRAM_BINS_MAX);
  }

  private sorted(): TombstoneDropTimeBin[] {
    return [...this.counts].map(([timeSeconds, count]) => ({ timeSeconds, count })).sort((a, b) => a.timeSeconds - b.timeSeconds);
  }
}

/** Merges the two closest neighbours until at most `max` bins remain. */
function compress(bins: TombstoneDropTimeBin[], max: number): TombstoneDropTimeBin[] {
  const out = bins.map((b) => ({ ...b }));
  while (out.length > max) {
    let best = 0;
    for (let i = 1; i < out.length - 1; i++) {
      if ((out[i + 1] as TombstoneDropTimeBin).timeSeconds - (out[i] as TombstoneDropTimeBin).timeSeconds < (out[best + 1] as TombstoneDropTimeBin).timeSeconds - (out[best] as TombstoneDropTimeBin).timeSeconds) best = i;
    }
    const a = out[best] as TombstoneDropTimeBin;
    const b = out[best + 1] as TombstoneDropTimeBin;
    const count = a.count + b.count;
    const timeSeconds = Math.round((a.timeSeconds * a.count + b.timeSeconds * b.count) / count);
    out.splice(best, 2, { timeSeconds, count });
  }
  return out;
}

/**
 * Estimated share of an SSTable's cells and deletions that are tombstones droppable at
 * `gcBeforeSeconds` (now − gc_grace_seconds): deleted or expired before it. Like Cassandra's
 * `getEstimatedDroppableTombstoneRatio`, it ignores whether other files overlap (the purge rule
 * decides that when compacting).
 */
export function estimateDroppableTombstoneRatio(
  stats: Pick<SSTableStatistics, 'tombstoneDropTimes' | 'cellCount' | 'rowDeletionCount' | 'rangeTombstoneCount' | 'partitionDeletionCount'>,
  gcBeforeSeconds: number,
): number {
  assert.ok(Number.isFinite(gcBeforeSeconds), 'gcBeforeSeconds must be a number');
  let droppable = 0;
  for (const b of stats.tombstoneDropTimes) if (b.timeSeconds < gcBeforeSeconds) droppable += b.count;
  const total = stats.cellCount + stats.rowDeletionCount + stats.rangeTombstoneCount + stats.partitionDeletionCount;
  return total === 0 ? 0 : Math.min(1, droppable / total);
}
