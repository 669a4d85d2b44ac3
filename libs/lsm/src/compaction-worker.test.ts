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

  // At a duty cycle of 0.0001 a flush of these memtables (tens of milliseconds of work) would
  // take minutes of wall time: the test's timeout fails it unless the flush is hurried as the
  // contract says, sleep included.
  it('paces a flush while it is the only one waiting and hurries it when another memtable queues, on flush() and on close()', async () => {
    const lsm = (await import(new URL('../dist/index.js', import.meta.url).href)) as Built;
    const dir = await mkdtemp(join(tmpdir(), 'cassia-worker-paced-'));
    const key = (i: number) => Buffer.from(`k${i}`);
    const token = (i: number) => BigInt(i) * 1_000_003n - 500_000_000n;
    const open = () =>
      lsm.StorageEngine.open({ dataDir: dir, fs: lsm.nodeFileSystem, clock: lsm.systemClock, memtableBytesMax: 2 * 1024 * 1024, flushDutyCycle: 0.0001, compactionMode: 'manual' });
    /** Writes partitions i .. i + 99 at once (one group commit); returns the next i. */
    const write = async (engine: Awaited<ReturnType<typeof open>>, i: number) => {
      const batch = Array.from({ length: 100 }, (_, n) => i + n);
      await Promise.all(
        batch.map((k) =>
          engine.apply({
            tableId: 't',
            token: token(k),
            partitionKey: key(k),
            rows: [{ clustering: new Uint8Array(0), cells: [{ column: 'v', cell: { value: Buffer.alloc(200, k % 251), timestamp: BigInt(k + 1), ttlSeconds: 0, localDeletionTime: 0 } }] }],
          }),
        ),
      );
      return i + batch.length;
    };
    /** Long enough for a switched-out memtable's flush to be under way, paced. */
    const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
    try {
      let engine = await open();
      let i = 0;
      while (engine.stats().memtablesFlushing === 0) i = await write(engine, i);
      const firstSwitchAt = i;
      await settle(); // the paced flush starts in the worker
      // A second memtable switched out behind the paced one hurries it.
      while (engine.stats().flushes === 0) i = await write(engine, i);
      expect(i).toBeGreaterThan(firstSwitchAt);
      await engine.flush();
      for (let k = 0; k < i; k++) expect((await engine.read('t', token(k), key(k)))?.rows.length, `k${k}`).toBe(1);
      // close() during a paced flush does not wait it out; the commit log keeps its data.
      const written = i;
      while (engine.stats().memtablesFlushing === 0) i = await write(engine, i);
      await settle();
      await engine.close();
      engine = await open();
      for (let k = 0; k < i; k++) expect((await engine.read('t', token(k), key(k)))?.rows.length, `k${k}`).toBe(1);
      expect(i).toBeGreaterThan(written);
      await engine.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a duty cycle or a switch jitter out of range', async () => {
    const lsm = (await import(new URL('../dist/index.js', import.meta.url).href)) as Built;
    const dir = await mkdtemp(join(tmpdir(), 'cassia-worker-bad-'));
    try {
      for (const bad of [{ flushDutyCycle: 0 }, { flushDutyCycle: 1.5 }, { memtableSwitchJitter: 1 }, { memtableSwitchJitter: -0.1 }]) {
        await expect(lsm.StorageEngine.open({ dataDir: dir, fs: lsm.nodeFileSystem, clock: lsm.systemClock, ...bad }), JSON.stringify(bad)).rejects.toThrow(/must be in/);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
