import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePartitionPositions } from '../bytes.js';
import { ManualClock } from '../clock.js';
import { ClosedError, UnsupportedFormatError } from '../errors.js';
import { FaultInjectingFileSystem } from '../fault-fs.js';
import type { FileSystem } from '../fs.js';
import { nodeFileSystem } from '../node-fs.js';
import { FULL_SLICE } from '../slice.js';
import type { ClusteringSlice } from '../slice.js';
import { Random, seeds } from '../testing/random.js';
import type { Cell, PartitionData } from '../types.js';
import { crc32 } from '../commitlog/crc.js';
import { BlockCache } from './block-cache.js';
import { SSTableReader } from './reader.js';
import { canonical, expectedGet, NOW_SECONDS, randomPartition, randomPartitions, randomSlice } from './testing.js';
import type { PartitionPosition } from './types.js';
import { SSTableWriter } from './writer.js';

const DIR = '/data/sstables/t1';
const PATH = `${DIR}/1.sst`;

async function newFs(): Promise<FaultInjectingFileSystem> {
  const fs = new FaultInjectingFileSystem();
  await fs.mkdirp(DIR);
  await fs.syncDir('/data/sstables');
  return fs;
}

async function write(fs: FileSystem, partitions: readonly PartitionData[], options: { blockSizeBytes?: number; path?: string } = {}) {
  const writer = await SSTableWriter.create({
    fs,
    path: options.path ?? PATH,
    expectedPartitions: partitions.length,
    ...(options.blockSizeBytes === undefined ? {} : { blockSizeBytes: options.blockSizeBytes }),
    clock: new ManualClock(1_700_000_000_000_000n),
  });
  for (const p of partitions) await writer.add(p);
  return writer.finish();
}

async function collect(it: AsyncIterable<PartitionData>): Promise<PartitionData[]> {
  const out: PartitionData[] = [];
  for await (const p of it) out.push(p);
  return out;
}

const readOptions = (r: Random): { reversed?: boolean; limitRows?: number; nowSeconds: number } => {
  const o: { reversed?: boolean; limitRows?: number; nowSeconds: number } = { nowSeconds: NOW_SECONDS };
  if (r.bool()) o.reversed = true;
  if (r.bool(0.6)) o.limitRows = 1 + r.int(4);
  return o;
};

/** Deep equality, fast when equal (canonical texts), with vitest's diff when not. */
function expectSame(actual: unknown, expected: unknown, message: string): void {
  if (canonical(actual) !== canonical(expected)) expect(actual, message).toEqual(expected);
}

describe('SSTable round trip', () => {
  it.each(seeds(12))('get and scan return exactly what was written (seed %i)', async (seed) => {
    const r = new Random(seed);
    const blockSizeBytes = r.pick([64, 256, 1024, 16 * 1024]);
    const partitions = randomPartitions(r, 20 + r.int(60), () =>
      r.bool(0.15) ? { rows: 30 + r.int(120), clusteringLength: 3, largeValues: r.bool(0.3) } : { rows: r.int(6), clusteringLength: 2 },
    );
    const fs = await newFs();
    const meta = await write(fs, partitions, { blockSizeBytes });
    const reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(1 << 20), fileId: 1 });
    const ctx = `seed ${seed} blockSizeBytes ${blockSizeBytes}`;
    expect(reader.meta).toEqual(meta);
    expectSame(await collect(reader.scan()), partitions, ctx);
    for (const p of partitions) {
      expectSame(await reader.get(p.token, p.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS }), expectedGet(p, FULL_SLICE, { nowSeconds: NOW_SECONDS }), ctx);
      for (let i = 0; i < 12; i++) {
        const slice = randomSlice(r);
        const options = readOptions(r);
        const got = await reader.get(p.token, p.partitionKey, slice, options);
        expectSame(got, expectedGet(p, slice, options), `${ctx} slice ${canonical(slice)} ${JSON.stringify(options)}`);
      }
    }
    // Positions not in the file.
    for (let i = 0; i < 50; i++) {
      const key = r.bytes(12);
      const token = r.bool() ? (r.pick(partitions).token) : BigInt(r.int(2 ** 30)) * 1_000_003n;
      if (partitions.some((p) => comparePartitionPositions(p, { token, partitionKey: key }) === 0)) continue;
      expect(await reader.get(token, key, FULL_SLICE, { nowSeconds: NOW_SECONDS })).toBeUndefined();
    }
    await reader.close();
  });

  it.each(seeds(6))('scans resume after, start from and stop at any position (seed %i)', async (seed) => {
    const r = new Random(seed);
    const partitions = randomPartitions(r, 60, () => (r.bool(0.1) ? { rows: 80, clusteringLength: 3 } : { rows: r.int(4), clusteringLength: 2 }));
    const fs = await newFs();
    await write(fs, partitions, { blockSizeBytes: r.pick([128, 512, 4096]) });
    const reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(1 << 20), fileId: 1 });
    const randomPosition = (): PartitionPosition => {
      if (r.bool(0.6)) {
        const p = r.pick(partitions);
        return { token: p.token, partitionKey: p.partitionKey };
      }
      return { token: BigInt.asIntN(64, BigInt(r.int(2 ** 30)) * 8_589_934_583n), partitionKey: r.bytes(3) };
    };
    for (let i = 0; i < 40; i++) {
      const after = r.bool() ? randomPosition() : undefined;
      const from = r.bool() ? randomPosition() : undefined;
      const to = r.bool() ? randomPosition() : undefined;
      const expected = partitions.filter(
        (p) =>
          (after === undefined || comparePartitionPositions(p, after) > 0) &&
          (from === undefined || comparePartitionPositions(p, from) >= 0) &&
          (to === undefined || comparePartitionPositions(p, to) <= 0),
      );
      const options: { after?: PartitionPosition; from?: PartitionPosition; to?: PartitionPosition } = {};
      if (after) options.after = after;
      if (from) options.from = from;
      if (to) options.to = to;
      expectSame(await collect(reader.scan(options)), expected, `seed ${seed} case ${i}`);
    }
    await reader.close();
  });

  it('spreads a huge partition over many blocks and reads only the blocks a slice needs', async () => {
    const r = new Random(42);
    const rows = 4000;
    const p = randomPartition(r, 5n, new Uint8Array([1, 2, 3]), { rows: 0, clusteringLength: 0 });
    const big: PartitionData = {
      ...p,
      rows: Array.from({ length: rows }, (_, i) => ({
        clustering: new Uint8Array([i >> 8, i & 0xff]),
        cells: new Map<string, Cell>([['v', { value: r.bytes(200), timestamp: 1_700_000_000_000_000n + BigInt(i), ttlSeconds: 0, localDeletionTime: 0 }]]),
      })),
    };
    const small = randomPartition(r, 4n, new Uint8Array([9]), { rows: 3, clusteringLength: 2 });
    const after = randomPartition(r, 6n, new Uint8Array([9]), { rows: 3, clusteringLength: 2 });
    const fs = await newFs();
    const meta = await write(fs, [small, big, after], { blockSizeBytes: 4096 });
    expect(meta.dataBlockCount).toBeGreaterThan(100); // ~460 KB of rows in ~4.2 KB blocks
    expect(meta.rowIndexBlockCount).toBe(1);
    const cache = new BlockCache(64 << 20);
    const reader = await SSTableReader.open(fs, PATH, { blockCache: cache, fileId: 1 });
    const key = (i: number) => new Uint8Array([i >> 8, i & 0xff]);
    const point: ClusteringSlice = { start: key(2500), startInclusive: true, end: key(2500), endInclusive: true };
    expectSame(await reader.get(5n, big.partitionKey, point, { nowSeconds: NOW_SECONDS }), expectedGet(big, point, { nowSeconds: NOW_SECONDS }), 'point');
    // The first block (header), the row index, and at most two blocks around the key.
    expect(reader.stats().blocksRead).toBeLessThanOrEqual(4);
    const range: ClusteringSlice = { start: key(1000), startInclusive: false, end: key(3000), endInclusive: false };
    for (const options of [
      { nowSeconds: NOW_SECONDS },
      { nowSeconds: NOW_SECONDS, limitRows: 7 },
      { nowSeconds: NOW_SECONDS, limitRows: 7, reversed: true },
      { nowSeconds: NOW_SECONDS, limitRows: 5000, reversed: true },
    ]) {
      expectSame(await reader.get(5n, big.partitionKey, range, options), expectedGet(big, range, options), JSON.stringify(options));
    }
    const before = reader.stats().blocksRead;
    await reader.get(5n, big.partitionKey, { startInclusive: true, endInclusive: true }, { nowSeconds: NOW_SECONDS, limitRows: 3, reversed: true });
    expect(reader.stats().blocksRead - before).toBeLessThanOrEqual(2);
    expectSame(await collect(reader.scan()), [small, big, after], 'scan');
    expect(await reader.get(6n, after.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS })).toEqual(expectedGet(after, FULL_SLICE, { nowSeconds: NOW_SECONDS }));
    await reader.close();
  });

  it('keeps rows with empty clustering keys, empty values and extreme timestamps', async () => {
    const partitions: PartitionData[] = [
      {
        token: -(2n ** 63n),
        partitionKey: new Uint8Array(0),
        rows: [{ clustering: new Uint8Array(0), cells: new Map([['', { value: new Uint8Array(0), timestamp: -(2n ** 63n), ttlSeconds: 0, localDeletionTime: 0 }]]) }],
      },
      {
        token: 0n,
        partitionKey: new Uint8Array([0]),
        rows: [
          {
            clustering: new Uint8Array(0),
            liveness: { timestamp: 2n ** 63n - 1n, ttlSeconds: 630_720_000, localExpirationTime: 0xffff_ffff },
            cells: new Map([['c', { value: null, timestamp: 2n ** 53n + 1n, ttlSeconds: 0, localDeletionTime: 0xffff_ffff }]]),
          },
        ],
      },
    ];
    const fs = await newFs();
    const meta = await write(fs, partitions);
    expect(meta).toMatchObject({ minTimestamp: -(2n ** 63n), maxTimestamp: 2n ** 63n - 1n, maxLocalDeletionTime: 0xffff_ffff, cellTombstoneCount: 1 });
    const reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(), fileId: 1 });
    expect(await collect(reader.scan())).toEqual(partitions);
    for (const p of partitions) expect(await reader.get(p.token, p.partitionKey, FULL_SLICE, { nowSeconds: 0 })).toEqual(p);
    await reader.close();
  });

  it('stores a row larger than a write chunk in one oversized block', async () => {
    const value = new Uint8Array(3 << 20).map((_, i) => i * 7);
    const partitions: PartitionData[] = [
      { token: 1n, partitionKey: new Uint8Array([1]), rows: [{ clustering: new Uint8Array([1]), cells: new Map([['v', { value: new Uint8Array([1]), timestamp: 5n, ttlSeconds: 0, localDeletionTime: 0 }]]) }] },
      { token: 2n, partitionKey: new Uint8Array([2]), rows: [{ clustering: new Uint8Array([1]), cells: new Map([['v', { value, timestamp: 5n, ttlSeconds: 0, localDeletionTime: 0 }]]) }] },
      { token: 3n, partitionKey: new Uint8Array([3]), rows: [{ clustering: new Uint8Array([1]), cells: new Map([['v', { value: new Uint8Array([3]), timestamp: 5n, ttlSeconds: 0, localDeletionTime: 0 }]]) }] },
    ];
    const fs = await newFs();
    await write(fs, partitions, { blockSizeBytes: 1024 });
    const reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(), fileId: 1 });
    expectSame(await collect(reader.scan()), partitions, 'scan');
    for (const p of partitions) expectSame(await reader.get(p.token, p.partitionKey, FULL_SLICE, { nowSeconds: 0 }), p, 'get');
    await reader.close();
  });

  it('records statistics of what it holds', async () => {
    const r = new Random(3);
    const partitions = randomPartitions(r, 40, () => ({ rows: r.int(5), clusteringLength: 2 }));
    const fs = await newFs();
    const meta = await write(fs, partitions, { blockSizeBytes: 512 });
    let rows = 0;
    let cells = 0;
    let tombstones = 0;
    let rowDeletions = 0;
    const timestamps: bigint[] = [];
    for (const p of partitions) {
      if (p.partitionDeletion) timestamps.push(p.partitionDeletion.timestamp);
      for (const rt of p.rangeTombstones ?? []) timestamps.push(rt.deletion.timestamp);
      for (const row of p.rows) {
        rows++;
        if (row.deletion) rowDeletions++;
        if (row.deletion) timestamps.push(row.deletion.timestamp);
        if (row.liveness) timestamps.push(row.liveness.timestamp);
        for (const c of [...row.cells.values(), ...[...(row.history?.values() ?? [])].flat()]) {
          cells++;
          if (c.value === null) tombstones++;
          timestamps.push(c.timestamp);
        }
      }
    }
    timestamps.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(meta).toMatchObject({
      path: PATH,
      formatVersion: 1,
      partitionCount: partitions.length,
      rowCount: rows,
      cellCount: cells,
      cellTombstoneCount: tombstones,
      rowDeletionCount: rowDeletions,
      partitionDeletionCount: partitions.filter((p) => p.partitionDeletion).length,
      rangeTombstoneCount: partitions.reduce((n, p) => n + (p.rangeTombstones?.length ?? 0), 0),
      minTimestamp: timestamps[0],
      maxTimestamp: timestamps[timestamps.length - 1],
      firstPosition: { token: partitions[0]?.token, partitionKey: partitions[0]?.partitionKey },
      lastPosition: { token: partitions.at(-1)?.token, partitionKey: partitions.at(-1)?.partitionKey },
      minToken: partitions[0]?.token,
      maxToken: partitions.at(-1)?.token,
      createdAtMicros: 1_700_000_000_000_000n,
      fileBytes: fs.readFile(PATH).length,
    });
    expect(meta.dataBytes).toBeLessThan(meta.fileBytes);
  });

  it('counts bloom checks, negatives and false positives, and serves repeated reads from the cache', async () => {
    const r = new Random(8);
    const partitions = randomPartitions(r, 300, () => ({ rows: 1, clusteringLength: 1 }));
    const fs = await newFs();
    await write(fs, partitions, { blockSizeBytes: 1024 });
    const cache = new BlockCache(1 << 20);
    const reader = await SSTableReader.open(fs, PATH, { blockCache: cache, fileId: 7 });
    const p = partitions[150] as PartitionData;
    await reader.get(p.token, p.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS });
    await reader.get(p.token, p.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS });
    expect(reader.stats().blocksRead).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
    for (let i = 0; i < 2000; i++) await reader.get(p.token, new TextEncoder().encode(`absent${i}`), FULL_SLICE, { nowSeconds: NOW_SECONDS });
    const s = reader.stats();
    expect(s.bloomChecks).toBe(2002);
    expect(s.bloomNegatives + s.bloomFalsePositives).toBe(2000);
    expect(s.bloomFalsePositives).toBeGreaterThan(0);
    expect(s.bloomFalsePositives).toBeLessThan(60);
    expect(reader.mightContain(p.token, p.partitionKey)).toBe(true);
    expect(reader.mightContain(2n ** 63n - 1n, new Uint8Array([0xff, 0xff]))).toBe(false);
    await reader.close();
    expect(cache.stats().entries).toBe(0);
  });

  it('writes in large chunks, shares concurrent loads of one block, and refuses reads once closed', async () => {
    const r = new Random(12);
    const partitions = randomPartitions(r, 4000, () => ({ rows: 2, clusteringLength: 2, largeValues: true }));
    const fs = await newFs();
    const writesBefore = fs.stats.writes;
    const meta = await write(fs, partitions, { blockSizeBytes: 4096 });
    expect(meta.fileBytes).toBeGreaterThan(3 << 20);
    expect(fs.stats.writes - writesBefore).toBeLessThanOrEqual(Math.ceil(meta.fileBytes / (1 << 20)) + 1);
    const reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(), fileId: 1 });
    const a = partitions[100] as PartitionData;
    const both = await Promise.all([
      reader.get(a.token, a.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS }),
      reader.get(a.token, a.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS }),
    ]);
    expect(both[0]).toEqual(both[1]);
    expect(reader.stats().blocksRead).toBe(1);
    await reader.close();
    await expect(reader.get(a.token, a.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS })).rejects.toThrow(ClosedError);
  });

  it('refuses partitions or rows out of order, and a file without partitions', async () => {
    const fs = await newFs();
    const w = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: 2 });
    const p = randomPartition(new Random(1), 10n, new Uint8Array([5]), { rows: 2, clusteringLength: 1 });
    await w.add(p);
    await expect(w.add(p)).rejects.toThrow(/out of order/);
    await w.abort();
    expect(fs.exists(`${PATH}.tmp`)).toBe(false);

    const w2 = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: 1 });
    const row = { clustering: new Uint8Array([1]), cells: new Map() };
    await expect(w2.add({ token: 1n, partitionKey: new Uint8Array([1]), rows: [row, row] })).rejects.toThrow(/clustering order/);
    await w2.abort();

    const w3 = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: 1 });
    await expect(w3.finish()).rejects.toThrow(/no partition/);
    await w3.abort();
    expect(fs.exists(PATH)).toBe(false);
  });

  it('refuses a file of an unknown format version or magic (with a valid checksum)', async () => {
    const fs = await newFs();
    await write(fs, [randomPartition(new Random(2), 1n, new Uint8Array([1]), { rows: 2, clusteringLength: 1 })]);
    const bytes = fs.readFile(PATH);
    const rewrite = async (patch: (b: Uint8Array) => void, name: string) => {
      const copy = bytes.slice();
      patch(copy);
      const view = new DataView(copy.buffer);
      const ps = copy.length - 16;
      view.setUint32(ps + 12, crc32(copy.subarray(ps - 48, ps + 12)), true);
      const path = `${DIR}/${name}`;
      const h = await fs.open(path, 'createExclusive');
      await h.write(copy, 0);
      await h.close();
      return path;
    };
    const v2 = await rewrite((b) => new DataView(b.buffer).setUint32(b.length - 12, 2, true), 'v2.sst');
    await expect(SSTableReader.open(fs, v2, { blockCache: new BlockCache(), fileId: 2 })).rejects.toThrow(UnsupportedFormatError);
    const magic = await rewrite((b) => (b[b.length - 8] = 0x58), 'magic.sst');
    await expect(SSTableReader.open(fs, magic, { blockCache: new BlockCache(), fileId: 3 })).rejects.toThrow(UnsupportedFormatError);
  });

  it('works on the real filesystem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cassia-sstable-'));
    try {
      const r = new Random(5);
      const partitions = randomPartitions(r, 200, () => (r.bool(0.05) ? { rows: 200, clusteringLength: 3, largeValues: true } : { rows: r.int(4), clusteringLength: 2 }));
      const path = join(dir, '1.sst');
      await write(nodeFileSystem, partitions, { path, blockSizeBytes: 2048 });
      const reader = await SSTableReader.open(nodeFileSystem, path, { blockCache: new BlockCache(), fileId: 1 });
      expectSame(await collect(reader.scan()), partitions, 'scan');
      for (const p of partitions) expectSame(await reader.get(p.token, p.partitionKey, FULL_SLICE, { nowSeconds: NOW_SECONDS }), expectedGet(p, FULL_SLICE, { nowSeconds: NOW_SECONDS }), 'get');
      await reader.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
