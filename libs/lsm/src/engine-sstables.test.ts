// The engine with SSTables: flush, reads across memtables and files, restart from the
// manifest, commit-log recycling, compaction with either strategy, drop, scans, backpressure.
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { FaultInjectingFileSystem } from './fault-fs.js';
import type { FileSystem } from './fs.js';
import { StorageEngine, type StorageEngineOptions } from './engine.js';
import { liveRows } from './purge.js';
import { b, live, rowUpdate } from './testing/fixtures.js';
import type { Mutation } from './types.js';

const DATA = '/data';
const text = (u: Uint8Array) => new TextDecoder().decode(u);
const token = (key: string) => BigInt(key.split('').reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7));
const put = (table: string, key: string, value: string, ts: bigint, clustering = 'c'): Mutation => ({
  tableId: table,
  token: token(key),
  partitionKey: b(key),
  rows: [rowUpdate(clustering, { v: live(value, ts) })],
});

async function open(fs: FileSystem, clock: ManualClock, extra: Partial<StorageEngineOptions> = {}): Promise<StorageEngine> {
  return StorageEngine.open({ dataDir: DATA, fs, clock, memtableBytesMax: 16 * 1024, compactionMode: 'manual', compactionBytesPerSecondMax: 0, ...extra });
}

async function value(e: StorageEngine, table: string, key: string, clustering = 'c'): Promise<string | undefined> {
  const p = await e.read(table, token(key), b(key));
  const row = p === undefined ? undefined : liveRows(p, 2_000_000_000).find((r) => text(r.clustering) === clustering);
  const v = row?.cells.get('v')?.value;
  return v == null ? undefined : text(v);
}

describe('StorageEngine with SSTables', () => {
  it('flushes when the memtable is full, reads across sources, and restarts from the manifest', async () => {
    const clock = new ManualClock();
    let fs = new FaultInjectingFileSystem();
    let e = await open(fs, clock);
    for (let i = 0; i < 400; i++) await e.apply(put('t', `k${i}`, `v${i}`, BigInt(i + 1)));
    await e.apply(put('t', 'k5', 'newer', 10_000n));
    await e.flush();
    const stats = e.stats();
    expect(stats.flushes).toBeGreaterThan(1);
    expect(stats.sstables.reduce((n, s) => n + s.count, 0)).toBe(stats.flushes);
    expect(stats.commitLog.segmentsRecycled + stats.commitLog.segmentCount).toBeGreaterThan(0);
    expect(await value(e, 't', 'k5')).toBe('newer');
    expect(await value(e, 't', 'k399')).toBe('v399');
    await e.apply(put('t', 'k7', 'memtable', 20_000n));
    await e.close();
    fs = fs.crash();
    e = await open(fs, clock);
    expect(e.replayResult.entriesReplayed).toBe(1); // only what was not flushed
    expect(await value(e, 't', 'k7')).toBe('memtable');
    expect(await value(e, 't', 'k5')).toBe('newer');
    for (let i = 0; i < 400; i += 37) expect(await value(e, 't', `k${i}`)).toBe(i === 5 ? 'newer' : i === 7 ? 'memtable' : `v${i}`);
    await e.close();
  });

  for (const strategy of ['size-tiered', 'leveled'] as const) {
    it(`compacts with ${strategy} compaction and keeps every value`, async () => {
      const clock = new ManualClock();
      const fs = new FaultInjectingFileSystem();
      const e = await open(fs, clock, { tableOptions: { t: { compaction: { strategy, minSSTableSizeBytes: 0, sstableSizeBytesTarget: 8 * 1024, l0CompactionTrigger: 2 } } } });
      for (let round = 0; round < 6; round++) {
        for (let i = 0; i < 150; i++) await e.apply(put('t', `k${i}`, `r${round}-${i}`, BigInt(round * 1000 + i + 1)));
        await e.flush();
      }
      const before = e.stats().sstables.reduce((n, s) => n + s.count, 0);
      await e.compact();
      const after = e.stats();
      expect(after.compaction.completed).toBeGreaterThan(0);
      expect(after.sstables.reduce((n, s) => n + s.count, 0)).toBeLessThan(before + (strategy === 'leveled' ? 10 : 0));
      if (strategy === 'leveled') expect(after.sstables.some((s) => s.level >= 1)).toBe(true);
      for (let i = 0; i < 150; i++) expect(await value(e, 't', `k${i}`)).toBe(`r5-${i}`);
      const page1 = await e.scan('t', { limit: 100 });
      const page2 = await e.scan('t', { limit: 100, after: page1.next! });
      expect(page1.partitions.length + page2.partitions.length).toBe(150);
      expect(page2.next).toBeUndefined();
      await e.majorCompact('t');
      for (let i = 0; i < 150; i += 13) expect(await value(e, 't', `k${i}`)).toBe(`r5-${i}`);
      await e.close();
    });
  }

  it('drops a table: its files go, its id is refused, across restarts', async () => {
    const clock = new ManualClock();
    let fs = new FaultInjectingFileSystem();
    let e = await open(fs, clock);
    for (let i = 0; i < 300; i++) await e.apply(put('gone', `k${i}`, 'x', 1n));
    await e.flush();
    expect(fs.exists(`${DATA}/sstables/gone`)).toBe(true);
    await e.dropTable('gone');
    await e.close();
    fs = fs.crash();
    e = await open(fs, clock);
    expect(e.isDropped('gone')).toBe(true);
    expect(await e.read('gone', token('k1'), b('k1'))).toBeUndefined();
    expect((await fs.readdir(`${DATA}/sstables/gone`)).length).toBe(0);
    await e.close();
  });
});

describe('StorageEngine files', () => {
  it('deletes the inputs of a compaction once it is committed', async () => {
    const clock = new ManualClock();
    const fs = new FaultInjectingFileSystem();
    const e = await open(fs, clock, { tableOptions: { t: { compaction: { strategy: 'size-tiered', minSSTableSizeBytes: 0, minThreshold: 2 } } } });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 100; i++) await e.apply(put('t', `k${i}`, `v${round}`, BigInt(round * 100 + i + 1)));
      await e.flush();
    }
    await e.compact();
    const live = e.stats().sstables.reduce((n, s) => n + s.count, 0);
    const onDisk = (await fs.readdir(`${DATA}/sstables/t`)).filter((n) => n.endsWith('.sst'));
    expect(onDisk.length).toBe(live);
    await e.close();
  });
});
