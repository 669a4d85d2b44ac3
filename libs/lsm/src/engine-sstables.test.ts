// The engine with SSTables: flush, reads across memtables and files, restart from the
// manifest, commit-log recycling, compaction with either strategy, drop, scans, backpressure.
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { FaultInjectingFileSystem } from './fault-fs.js';
import type { FileSystem } from './fs.js';
import { StorageEngine, type StorageEngineOptions } from './engine.js';
import { liveRows } from './purge.js';
import { b, live, randomRowUpdate, rowUpdate } from './testing/fixtures.js';
import { Random } from './testing/random.js';
import type { Mutation, PartitionData } from './types.js';
import { FULL_SLICE } from './slice.js';
import { comparePartitionPositions } from './bytes.js';

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

describe('StorageEngine scan pages', () => {
  const position = (p: PartitionData) => ({ token: p.token, partitionKey: p.partitionKey });
  const entries = (ps: readonly PartitionData[]) => ps.map((p) => `${text(p.partitionKey)}=${text(p.rows[0]!.cells.get('v')!.value!)}`);

  it('continue the previous page (parked SSTable streams) and see the writes, flushes and compactions made between pages', async () => {
    const clock = new ManualClock();
    const fs = new FaultInjectingFileSystem();
    const random = new Random(20261207);
    const e = await open(fs, clock, { tableOptions: { t: { compaction: { strategy: 'size-tiered', minSSTableSizeBytes: 0, minThreshold: 2 } } } });
    let ts = 1n;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 200; i++) await e.apply(put('t', `k${random.int(300)}`, `r${round}`, ts++));
      await e.flush();
    }
    const paged: PartitionData[] = [];
    let page = await e.scan('t', { limit: 17 });
    for (let n = 0; ; n++) {
      paged.push(...page.partitions);
      if (page.next === undefined) break;
      // Between pages: overwrite and add keys the cursor has not reached yet; sometimes flush or compact.
      const full = (await e.scan('t', { limit: 1_000_000 })).partitions;
      const ahead = full.filter((p) => comparePartitionPositions(p, page.next!) > 0);
      for (let w = 0; w < 3 && ahead.length > 0; w++) await e.apply(put('t', text(ahead[random.int(ahead.length)]!.partitionKey), `page${n}`, ts++));
      const fresh = `new${n}`;
      if (comparePartitionPositions({ token: token(fresh), partitionKey: b(fresh) }, page.next) > 0) await e.apply(put('t', fresh, `page${n}`, ts++));
      if (n % 5 === 4) await e.flush();
      if (n % 7 === 6) await e.compact();
      page = await e.scan('t', { limit: 17, after: page.next });
    }
    const final = (await e.scan('t', { limit: 1_000_000 })).partitions;
    expect(entries(paged)).toEqual(entries(final));
    for (let i = 1; i < paged.length; i++) expect(comparePartitionPositions(position(paged[i - 1]!), position(paged[i]!))).toBeLessThan(0);
    expect(e.stats().scanPagesResumed).toBeGreaterThan(0);
    await e.close();
  });

  it('a page asked again (the same after twice) gets the same partitions', async () => {
    const clock = new ManualClock();
    const fs = new FaultInjectingFileSystem();
    const e = await open(fs, clock);
    for (let i = 0; i < 500; i++) await e.apply(put('t', `k${i}`, `v${i}`, BigInt(i + 1)));
    await e.flush();
    const first = await e.scan('t', { limit: 40 });
    const second = await e.scan('t', { limit: 40, after: first.next! });
    const again = await e.scan('t', { limit: 40, after: first.next! });
    expect(entries(again.partitions)).toEqual(entries(second.partitions));
    expect(e.stats().scanPagesResumed).toBe(1);
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

describe('StorageEngine.read as a names query (one row, some columns)', () => {
  it('sees exactly what a full read sees, and stops early once newer cells decide the row', async () => {
    const clock = new ManualClock();
    const fs = new FaultInjectingFileSystem();
    const e = await open(fs, clock, { memtableBytesMax: 1024 * 1024 });
    const r = new Random(11);
    const keys = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const now = 2_000_000_000;
    // Writes in rounds with flushes between them: every partition spreads over many SSTables,
    // with timestamps out of order, tombstones, row and partition deletions, TTLs, liveness.
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 60; i++) {
        const key = r.pick(keys);
        const u = randomRowUpdate(r);
        const cells = u.cells.map((c) => ({ column: c.column, cell: { ...c.cell, timestamp: BigInt(round * 10 + r.int(12)) } }));
        const deletion = r.bool(0.03) ? { partitionDeletion: { timestamp: BigInt(round * 10), localDeletionTime: 5 } } : {};
        await e.apply({ tableId: 't', token: token(key), partitionKey: b(key), rows: [{ ...u, cells }], ...deletion });
      }
      await e.flush();
    }
    for (let i = 0; i < 40; i++) {
      const key = keys[i]!;
      await e.apply({ tableId: 't', token: token(key), partitionKey: b(key), rows: [rowUpdate('a', { x: live(`new${i}`, 1000n + BigInt(i)), y: live('y', 1000n) })] });
    }
    await e.flush();
    const columns = ['x', 'y', 'z']; // every column the fixtures write
    const visible = (p: PartitionData | undefined, clustering: string) =>
      (p === undefined ? [] : liveRows(p, now))
        .filter((row) => text(row.clustering) === clustering)
        .map((row) => [...row.cells].filter(([c]) => columns.includes(c)).map(([c, cell]) => [c, cell.value && text(cell.value), cell.timestamp]));
    let compared = 0;
    for (const key of keys) {
      const full = await e.read('t', token(key), b(key), FULL_SLICE, { nowSeconds: now });
      for (const clustering of ['', 'a', 'ab', 'b', 'c']) {
        const named = await e.read('t', token(key), b(key), FULL_SLICE, { nowSeconds: now, row: { clustering: b(clustering), columns } });
        expect(visible(named, clustering), `${key}/${clustering}`).toEqual(visible(full, clustering));
        if (visible(full, clustering).length > 0) compared++;
      }
    }
    expect(compared).toBeGreaterThan(60);
    // The last flush holds live x and y of row 'a' of every partition, newer than anything
    // else; z is older or absent: a names query for x and y touches that one SSTable.
    const before = e.stats().sstablesTouched;
    for (const key of keys) await e.read('t', token(key), b(key), FULL_SLICE, { nowSeconds: now, row: { clustering: b('a'), columns: ['x', 'y'] } });
    expect(e.stats().sstablesTouched - before).toBe(keys.length);
    expect(e.stats().tableActivity).toEqual([{ tableId: 't', reads: keys.length * 7, writes: 8 * 60 + 40 }]);
    await e.close();
  });
});
