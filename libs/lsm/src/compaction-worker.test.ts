// Flushes and compaction in a worker thread run only from the built engine (dist/): this test
// drives the build, on the real filesystem, and checks the worker's outputs are what in-process
// flushes and compaction would keep — every value, its newest version, deletions honoured.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Built = typeof import('./index.js');

describe('flushes and compaction in a worker thread (built engine)', () => {
  it('merges flushed SSTables off the event loop and keeps the newest data', async () => {
    const lsm = (await import(new URL('../dist/index.js', import.meta.url).href)) as Built;
    const dir = await mkdtemp(join(tmpdir(), 'cassia-worker-'));
    const key = (i: number) => Buffer.from(`k${i}`);
    const token = (i: number) => BigInt(i) * 1_000_003n - 500_000_000n;
    try {
      const engine = await lsm.StorageEngine.open({
        dataDir: dir,
        fs: lsm.nodeFileSystem,
        clock: lsm.systemClock,
        memtableBytesMax: 64 * 1024,
        compactionBytesPerSecondMax: 0,
        tableOptions: { t: { compaction: { strategy: 'size-tiered', minSSTableSizeBytes: 0, minThreshold: 4 } } },
      });
      for (let round = 0; round < 6; round++) {
        for (let i = 0; i < 300; i++) {
          await engine.apply({
            tableId: 't',
            token: token(i),
            partitionKey: key(i),
            ...(round === 5 && i % 10 === 0 ? { partitionDeletion: { timestamp: BigInt(round * 1000 + i + 1), localDeletionTime: 1 } } : {}),
            rows:
              round === 5 && i % 10 === 0
                ? []
                : [{ clustering: new Uint8Array(0), cells: [{ column: 'v', cell: { value: Buffer.from(`r${round}-${i}`), timestamp: BigInt(round * 1000 + i + 1), ttlSeconds: 0, localDeletionTime: 0 } }] }],
          });
        }
        await engine.flush();
      }
      await engine.compact();
      const stats = engine.stats();
      expect(stats.compaction.completed).toBeGreaterThan(0);
      expect(stats.compaction.inWorker).toBe(true);
      expect(stats.flushInWorker).toBe(true);
      expect(stats.flushes).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < 300; i++) {
        const p = await engine.read('t', token(i), key(i));
        const rows = p === undefined ? [] : lsm.liveRows(p, lsm.systemClock.nowSeconds());
        if (i % 10 === 0) expect(rows, `k${i}`).toEqual([]);
        else expect(Buffer.from(rows[0]!.cells.get('v')!.value!).toString(), `k${i}`).toBe(`r5-${i}`);
      }
      await engine.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
