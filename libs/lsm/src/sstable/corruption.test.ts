import { describe, expect, it } from 'vitest';
import { CorruptionError, UnsupportedFormatError } from '../errors.js';
import { FaultInjectingFileSystem } from '../fault-fs.js';
import type { FileHandle, FileSystem, OpenMode } from '../fs.js';
import { FULL_SLICE } from '../slice.js';
import type { ClusteringSlice } from '../slice.js';
import { Random } from '../testing/random.js';
import type { Cell, PartitionData } from '../types.js';
import { BlockCache } from './block-cache.js';
import { SSTableReader } from './reader.js';
import { canonical, expectedGet, NOW_SECONDS, randomPartitions, randomSlice } from './testing.js';
import { SSTableWriter } from './writer.js';

const PATH = '/d/1.sst';

/** A FileSystem that records the byte ranges each handle reads. */
class RecordingFs implements FileSystem {
  readonly reads: [number, number][] = [];
  constructor(private readonly inner: FileSystem) {}
  async open(path: string, mode: OpenMode): Promise<FileHandle> {
    const h = await this.inner.open(path, mode);
    const reads = this.reads;
    return {
      path: h.path,
      write: (d, p) => h.write(d, p),
      read: (length, position) => {
        reads.push([position, position + length]);
        return h.read(length, position);
      },
      datasync: () => h.datasync(),
      truncate: (n) => h.truncate(n),
      size: () => h.size(),
      close: () => h.close(),
    };
  }
  readdir = (dir: string) => this.inner.readdir(dir);
  mkdirp = (dir: string) => this.inner.mkdirp(dir);
  syncDir = (dir: string) => this.inner.syncDir(dir);
  rename = (a: string, b: string) => this.inner.rename(a, b);
  unlink = (p: string) => this.inner.unlink(p);
  size = (p: string) => this.inner.size(p);
}

async function fileWith(bytes: Uint8Array): Promise<FaultInjectingFileSystem> {
  const fs = new FaultInjectingFileSystem();
  await fs.mkdirp('/d');
  const h = await fs.open(PATH, 'createExclusive');
  await h.write(bytes, 0);
  await h.close();
  return fs;
}

describe('SSTable corruption', () => {
  it('detects every single flipped byte: open fails, or every read touching the damaged block fails, and no read returns wrong data', async () => {
    const seed = Number(process.env['LSM_TEST_SEEDS']?.split(',')[0] ?? 2024);
    const r = new Random(seed);
    const partitions = randomPartitions(r, 10, (i) => (i === 4 ? { rows: 30, clusteringLength: 3 } : { rows: r.int(4), clusteringLength: 2 }));
    // One partition spans blocks (it gets a row index).
    const big = partitions[4] as PartitionData;
    partitions[4] = {
      ...big,
      rows: Array.from({ length: 30 }, (_, i) => ({
        clustering: new Uint8Array([i]),
        cells: new Map<string, Cell>([['v', { value: new Uint8Array(20).fill(i), timestamp: 1_700_000_000_000_000n + BigInt(i), ttlSeconds: 0, localDeletionTime: 0 }]]),
      })),
    };
    const fs0 = new FaultInjectingFileSystem();
    await fs0.mkdirp('/d');
    const w = await SSTableWriter.create({ fs: fs0, path: PATH, expectedPartitions: partitions.length, blockSizeBytes: 128 });
    for (const p of partitions) await w.add(p);
    const meta = await w.finish();
    expect(meta.rowIndexBlockCount).toBeGreaterThanOrEqual(1);
    const clean = fs0.readFile(PATH);

    // Which byte ranges does each read touch on the clean file?
    const slices: ClusteringSlice[] = [FULL_SLICE, randomSlice(r), { start: new Uint8Array([20]), startInclusive: true, endInclusive: true }];
    const recording = new RecordingFs(await fileWith(clean));
    const cleanReader = await SSTableReader.open(recording, PATH, { blockCache: new BlockCache(0), fileId: 1 });
    const touched = new Map<string, [number, number][]>();
    const expected = new Map<string, string>();
    for (const [pi, p] of partitions.entries()) {
      for (const [si, slice] of slices.entries()) {
        for (const reversed of [false, true]) {
          recording.reads.length = 0;
          const options = { nowSeconds: NOW_SECONDS, reversed, limitRows: reversed ? 2 : undefined };
          const got = await cleanReader.get(p.token, p.partitionKey, slice, options);
          expect(got).toEqual(expectedGet(p, slice, options));
          touched.set(`${pi}/${si}/${reversed}`, [...recording.reads]);
          expected.set(`${pi}/${si}/${reversed}`, canonical(got));
        }
      }
    }

    let openFailures = 0;
    let readFailures = 0;
    for (let offset = 0; offset < clean.length; offset++) {
      const mask = 1 + r.int(255);
      const damaged = clean.slice();
      damaged[offset] = (damaged[offset] as number) ^ mask;
      const fs = await fileWith(damaged);
      const ctx = `seed ${seed}: byte ${offset} ^ ${mask} of ${clean.length}`;
      let reader: SSTableReader;
      try {
        reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(1 << 20), fileId: 1 });
      } catch (err) {
        if (!(err instanceof CorruptionError || err instanceof UnsupportedFormatError)) expect.fail(`${ctx}: ${String(err)}`);
        openFailures++;
        continue;
      }
      // Everything but the data section is verified at open.
      if (offset >= meta.dataBytes) expect.fail(`${ctx}: open accepted damage outside the data section`);
      // A full scan reads every block, so it must fail; what it yields before failing is correct.
      const scanned: PartitionData[] = [];
      let scanError: unknown;
      try {
        for await (const p of reader.scan()) scanned.push(p);
      } catch (err) {
        scanError = err;
      }
      if (!(scanError instanceof CorruptionError)) expect.fail(`${ctx}: scan did not fail: ${String(scanError)}`);
      if (canonical(scanned) !== canonical(partitions.slice(0, scanned.length))) expect(scanned, ctx).toEqual(partitions.slice(0, scanned.length));
      for (const [pi, p] of partitions.entries()) {
        for (const [si, slice] of slices.entries()) {
          for (const reversed of [false, true]) {
            const options = { nowSeconds: NOW_SECONDS, reversed, limitRows: reversed ? 2 : undefined };
            const reads = touched.get(`${pi}/${si}/${reversed}`) as [number, number][];
            const touchesDamage = reads.some(([s, e]) => s <= offset && offset < e);
            let got: PartitionData | undefined;
            let error: unknown;
            try {
              got = await reader.get(p.token, p.partitionKey, slice, options);
            } catch (err) {
              error = err;
            }
            if (error !== undefined) {
              if (!(error instanceof CorruptionError) || error.file !== PATH) expect.fail(`${ctx}: ${String(error)}`);
              readFailures++;
            } else {
              if (touchesDamage) expect.fail(`${ctx}: a read of damaged bytes succeeded`);
              const want = expected.get(`${pi}/${si}/${reversed}`);
              if (canonical(got) !== want) expect(got, ctx).toEqual(expectedGet(p, slice, options));
            }
          }
        }
      }
      await reader.close();
    }
    expect(openFailures).toBe(clean.length - meta.dataBytes);
    expect(readFailures).toBeGreaterThan(0);
  }, 120_000);

  it('reports the offset of the damaged block', async () => {
    const r = new Random(5);
    const partitions = randomPartitions(r, 40, () => ({ rows: 2, clusteringLength: 2 }));
    const fs = new FaultInjectingFileSystem();
    await fs.mkdirp('/d');
    const w = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: partitions.length, blockSizeBytes: 256 });
    for (const p of partitions) await w.add(p);
    await w.finish();
    const bytes = fs.readFile(PATH);
    const view = new DataView(bytes.buffer);
    const first = view.getUint32(0, true) + 8;
    const second = view.getUint32(first, true) + 8;
    fs.corrupt(PATH, first + 10);
    const reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(), fileId: 1 });
    const err = await (async () => {
      try {
        for await (const p of reader.scan()) void p;
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(CorruptionError);
    expect(err).toMatchObject({ file: PATH, offset: first });
    expect(second).toBeGreaterThan(8);
    await reader.close();
  });

  it('refuses truncated and empty files', async () => {
    const fs0 = new FaultInjectingFileSystem();
    await fs0.mkdirp('/d');
    const w = await SSTableWriter.create({ fs: fs0, path: PATH, expectedPartitions: 1 });
    await w.add({ token: 1n, partitionKey: new Uint8Array([1]), rows: [{ clustering: new Uint8Array(0), cells: new Map() , liveness: { timestamp: 1n, ttlSeconds: 0, localExpirationTime: 0 } }] });
    await w.finish();
    const clean = fs0.readFile(PATH);
    for (const length of [0, 1, 15, 16, 40, clean.length - 1]) {
      const fs = await fileWith(clean.subarray(0, length));
      await expect(SSTableReader.open(fs, PATH, { blockCache: new BlockCache(), fileId: 1 }), `length ${length}`).rejects.toThrow(CorruptionError);
    }
  });
});
