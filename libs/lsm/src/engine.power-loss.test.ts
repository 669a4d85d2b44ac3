// Simulated power loss with group commit: many writers in flight, flushes and compactions
// running in the background, and the machine loses power at a random disk operation —
// everything not yet synced (file data and directory entries) is gone, and a torn tail of
// random bytes may remain. After every restart, every acknowledged write must be there.
//
// Seeded (rerun one with LSM_TEST_SEEDS=<seed>); LSM_POWER_LOSS_RUNS sets how many.
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { StorageEngine } from './engine.js';
import { FaultInjectingFileSystem } from './fault-fs.js';
import { liveRows } from './purge.js';
import { Random, seeds } from './testing/random.js';
import type { Mutation } from './types.js';

const RUNS = Number(process.env['LSM_POWER_LOSS_RUNS'] ?? 100);
const DATA = '/power';
const WRITERS = 16;

const key = (i: number) => Uint8Array.from(Buffer.from(`key-${i % 97}`));
const tokenOf = (i: number) => BigInt((i % 97) * 7919 - 300_000);
const put = (i: number, ts: bigint): Mutation => ({
  tableId: i % 2 === 0 ? 'stcs' : 'lcs',
  token: tokenOf(i),
  partitionKey: key(i),
  rows: [{ clustering: Uint8Array.of(i >> 8, i & 0xff), cells: [{ column: 'v', cell: { value: Uint8Array.from(Buffer.from(`value-${i}`)), timestamp: ts, ttlSeconds: 0, localDeletionTime: 0 } }] }],
});

async function open(fs: FaultInjectingFileSystem, clock: ManualClock): Promise<StorageEngine> {
  return StorageEngine.open({
    dataDir: DATA,
    fs,
    clock,
    memtableBytesMax: 4_096,
    compactionBytesPerSecondMax: 0,
    commitLog: { segmentSizeBytesMax: 8_192 },
    tableOptions: {
      stcs: { compaction: { strategy: 'size-tiered', minSSTableSizeBytes: 0, minThreshold: 2 } },
      lcs: { compaction: { strategy: 'leveled', sstableSizeBytesTarget: 4_096, l0CompactionTrigger: 2 } },
    },
  });
}

describe('power loss with group commit', () => {
  it(`loses no acknowledged write, ${RUNS} times`, async () => {
    // The crashes must land while flushes and compactions run, not only in commit-log writes.
    const background = { flushes: 0, compactions: 0 };
    for (const seed of seeds(RUNS)) {
      const r = new Random(seed);
      const clock = new ManualClock();
      let fs = new FaultInjectingFileSystem();
      const acked = new Set<number>();
      let next = 0;
      // A few lifetimes per seed: write until power fails at a random operation, restart, check.
      for (let life = 0; life < 3; life++) {
        const engine = await open(fs, clock);
        let ops = 0;
        const failAt = 50 + r.int(1_500);
        let dead = false;
        // From the failing operation on, nothing reaches the disk any more.
        fs.beforeOp = () => {
          if (dead || ++ops >= failAt) {
            dead = true;
            throw new Error('power lost');
          }
        };
        await Promise.all(
          Array.from({ length: WRITERS }, async () => {
            while (!dead && next < 100_000) {
              const i = next++;
              try {
                await engine.apply(put(i, BigInt(i + 1)));
                acked.add(i); // resolved: it was synced before the power went
              } catch {
                return; // the write failed or the power went: not acknowledged
              }
            }
          }),
        );
        fs.beforeOp = undefined;
        background.flushes += engine.stats().flushes;
        background.compactions += engine.stats().compaction.completed;
        // The disk keeps a few bytes of the unsynced writes (appends, or entries written over a
        // commit-log segment's preallocated zeros).
        const tornBytes = r.int(64);
        fs = fs.crash({ keptWriteBytes: () => tornBytes });
        const restarted = await open(fs, clock);
        const missing: number[] = [];
        for (const i of acked) {
          const p = await restarted.read(i % 2 === 0 ? 'stcs' : 'lcs', tokenOf(i), key(i), {
            start: Uint8Array.of(i >> 8, i & 0xff),
            startInclusive: true,
            end: Uint8Array.of(i >> 8, i & 0xff),
            endInclusive: true,
          });
          const v = p === undefined ? undefined : liveRows(p, clock.nowSeconds())[0]?.cells.get('v')?.value;
          if (v == null || Buffer.from(v).toString() !== `value-${i}`) missing.push(i);
        }
        expect(missing, `seed ${seed}, life ${life}: ${missing.length} of ${acked.size} acknowledged writes missing`).toEqual([]);
        await restarted.close();
      }
    }
    expect(background.flushes).toBeGreaterThan(RUNS);
    expect(background.compactions).toBeGreaterThan(0);
  }, 600_000);
});
