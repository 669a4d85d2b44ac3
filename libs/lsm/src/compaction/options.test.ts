import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { FaultInjectingFileSystem } from '../fault-fs.js';
import { SSTableWriter } from '../sstable/index.js';
import { del, expiring, live, partition, row, tombstone } from '../testing/fixtures.js';
import type { PartitionData } from '../types.js';
import { describeSSTable } from './descriptor.js';
import { levelTargetBytes } from './leveled.js';
import { CompactionOptionsError, LEVELED_DEFAULTS, SIZE_TIERED_DEFAULTS, resolveLeveledOptions, resolveSizeTieredOptions } from './options.js';
import { validateStrategyOptions } from './strategy.js';

const MiB = 1024 * 1024;

describe('strategy options', () => {
  it("defaults are Cassandra's", () => {
    expect(resolveSizeTieredOptions()).toEqual(SIZE_TIERED_DEFAULTS);
    expect(SIZE_TIERED_DEFAULTS).toMatchObject({ minThreshold: 4, maxThreshold: 32, bucketLow: 0.5, bucketHigh: 1.5, minSSTableSizeBytes: 50 * MiB, tombstoneThreshold: 0.2 });
    expect(resolveLeveledOptions()).toEqual({ ...LEVELED_DEFAULTS, levelBaseBytes: 1600 * MiB });
    expect(levelTargetBytes(1)).toBe(1600 * MiB);
    expect(levelTargetBytes(3)).toBe(160_000 * MiB);
    expect(levelTargetBytes(2, { sstableSizeBytesTarget: MiB, fanout: 4 })).toBe(40 * MiB);
  });

  it('an explicit undefined keeps the default; the other strategy\'s options and `strategy` are ignored', () => {
    expect(resolveSizeTieredOptions({ minThreshold: undefined })).toEqual(SIZE_TIERED_DEFAULTS);
    const mixed = { strategy: 'size-tiered', minThreshold: 6, fanout: 3 } as const;
    expect(resolveSizeTieredOptions(mixed)).toEqual({ ...SIZE_TIERED_DEFAULTS, minThreshold: 6 });
  });

  it.each([
    [{ strategy: 'size-tiered', minThreshold: 1 }, /minThreshold/],
    [{ strategy: 'size-tiered', minThreshold: 8, maxThreshold: 4 }, /maxThreshold/],
    [{ strategy: 'size-tiered', bucketLow: 1 }, /bucketLow/],
    [{ strategy: 'size-tiered', bucketHigh: 1 }, /bucketHigh/],
    [{ strategy: 'size-tiered', tombstoneThreshold: 2 }, /tombstoneThreshold/],
    [{ strategy: 'leveled', sstableSizeBytesTarget: 0 }, /sstableSizeBytesTarget/],
    [{ strategy: 'leveled', fanout: 1 }, /fanout/],
    [{ strategy: 'leveled', l0CompactionTrigger: 0 }, /l0CompactionTrigger/],
    [{ strategy: 'leveled', l0CompactionTrigger: 8, l0FilesMax: 4 }, /l0FilesMax/],
    [{ strategy: 'time-window' }, /unknown compaction strategy/],
  ] as const)('refuses %o', (options, message) => {
    expect(() => validateStrategyOptions(options as never)).toThrow(CompactionOptionsError);
    expect(() => validateStrategyOptions(options as never)).toThrow(message);
  });
});

describe('describeSSTable', () => {
  async function meta(partitions: PartitionData[]) {
    const fs = new FaultInjectingFileSystem();
    await fs.mkdirp('/d');
    const w = await SSTableWriter.create({ fs, path: '/d/1.sst', expectedPartitions: partitions.length, clock: new ManualClock(5_000_000_123n) });
    for (const p of partitions) await w.add(p);
    return w.finish();
  }

  it('carries the range, timestamps, size and creation time of the file', async () => {
    const m = await meta([partition([row('a', { x: live('v', 7n) })], undefined, 1n, 'a'), partition([row('a', { x: live('v', 9n) })], undefined, 5n, 'b')]);
    const d = describeSSTable(m, 42, 2);
    expect(d).toMatchObject({ generation: 42, level: 2, fileBytes: m.fileBytes, minTimestamp: 7n, maxTimestamp: 9n, createdAtSeconds: 5_000 });
    expect(d.first.token).toBe(1n);
    expect(d.last.token).toBe(5n);
    expect(d.droppableTombstoneRatio).toBeUndefined();
  });

  it('estimates the droppable-tombstone ratio: 1 when everything is past gcBefore, else 0', async () => {
    const dead = await meta([partition([row('a', { x: tombstone(1n, 100), y: expiring('v', 1n, 10, 150) })], del(1n, 120))]);
    expect(describeSSTable(dead, 1, 0, 151).droppableTombstoneRatio).toBe(1);
    expect(describeSSTable(dead, 1, 0, 150).droppableTombstoneRatio).toBe(0);
    const alive = await meta([partition([row('a', { x: tombstone(1n, 100), y: live('v', 1n) })])]);
    expect(describeSSTable(alive, 1, 0, 1_000_000).droppableTombstoneRatio).toBe(0);
  });
});
