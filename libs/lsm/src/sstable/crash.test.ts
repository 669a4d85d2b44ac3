import { describe, expect, it } from 'vitest';
import { FaultInjectingFileSystem } from '../fault-fs.js';
import type { FaultOp } from '../fault-fs.js';
import { Random } from '../testing/random.js';
import type { PartitionData } from '../types.js';
import { BlockCache } from './block-cache.js';
import { SSTableReader } from './reader.js';
import { randomPartitions } from './testing.js';
import { SSTableWriter } from './writer.js';

const DIR = '/data/t';
const PATH = `${DIR}/5.sst`;

async function newFs(): Promise<FaultInjectingFileSystem> {
  const fs = new FaultInjectingFileSystem();
  await fs.mkdirp(DIR);
  await fs.syncDir('/data');
  await fs.syncDir('/');
  return fs;
}

async function readAll(fs: FaultInjectingFileSystem): Promise<PartitionData[]> {
  const reader = await SSTableReader.open(fs, PATH, { blockCache: new BlockCache(), fileId: 1 });
  const out: PartitionData[] = [];
  for await (const p of reader.scan()) out.push(p);
  await reader.close();
  return out;
}

const partitions = randomPartitions(new Random(77), 300, (i) => (i % 50 === 0 ? { rows: 100, clusteringLength: 3 } : { rows: 2, clusteringLength: 2 }));

async function writeAll(fs: FaultInjectingFileSystem, onBytesWritten?: (n: number) => void): Promise<void> {
  const w = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: partitions.length, blockSizeBytes: 1024, ...(onBytesWritten ? { onBytesWritten } : {}) });
  for (const p of partitions) await w.add(p);
  await w.finish();
}

describe('SSTable crash safety', () => {
  it('a crash before finish() leaves no file at the path', async () => {
    const fs = await newFs();
    const w = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: partitions.length, blockSizeBytes: 256 });
    for (const p of partitions.slice(0, 200)) await w.add(p);
    const after = fs.crash();
    expect(after.exists(PATH)).toBe(false);
    expect(after.exists(`${PATH}.tmp`)).toBe(false);
  });

  it('after finish() resolves the file survives a crash intact', async () => {
    const fs = await newFs();
    let written = 0;
    await writeAll(fs, (n) => (written += n));
    expect(written).toBe(fs.readFile(PATH).length);
    const after = fs.crash();
    expect(after.exists(`${PATH}.tmp`)).toBe(false);
    expect(await readAll(after)).toEqual(partitions);
  });

  it('a crash at any disk operation leaves either no file or the complete file', async () => {
    // Count the operations of a full write.
    const probe = await newFs();
    let ops = 0;
    probe.beforeOp = () => void ops++;
    await writeAll(probe);
    probe.beforeOp = undefined;
    expect(ops).toBe(5); // open, one chunk write, datasync, rename, syncDir
    let complete = 0;
    for (let k = 1; k <= ops; k++) {
      const fs = await newFs();
      let count = 0;
      let restarted: FaultInjectingFileSystem | undefined;
      fs.beforeOp = (op: FaultOp) => {
        void op;
        if (++count === k) restarted = fs.crash();
      };
      await writeAll(fs).catch(() => undefined);
      expect(restarted, `crash at op ${k}`).toBeDefined();
      const disk = restarted as FaultInjectingFileSystem;
      disk.beforeOp = undefined;
      if (disk.exists(PATH)) {
        expect(await readAll(disk), `crash at op ${k}`).toEqual(partitions);
        complete++;
      }
    }
    // Only a crash at the very last operation (after the directory sync) keeps nothing... and none keeps a partial file.
    expect(complete).toBeLessThanOrEqual(1);
  });

  it('a failed write or sync fails the writer; abort() removes the temporary file', async () => {
    for (const op of ['write', 'datasync', 'rename', 'syncDir'] as const) {
      const fs = await newFs();
      fs.failNext(op, op === 'syncDir' ? DIR : undefined);
      const w = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: partitions.length, blockSizeBytes: 1024 });
      let failed: unknown;
      try {
        for (const p of partitions) await w.add(p);
        await w.finish();
      } catch (err) {
        failed = err;
      }
      expect(failed, op).toMatchObject({ code: 'EIO' });
      await expect(w.add(partitions[0] as PartitionData), op).rejects.toThrow(/failed earlier/);
      await w.abort();
      expect(fs.exists(`${PATH}.tmp`), op).toBe(false);
      expect(fs.exists(PATH), op).toBe(false);
    }
  });

  it('refuses to overwrite a leftover temporary file', async () => {
    const fs = await newFs();
    const w = await SSTableWriter.create({ fs, path: PATH, expectedPartitions: 1 });
    await expect(SSTableWriter.create({ fs, path: PATH, expectedPartitions: 1 })).rejects.toMatchObject({ code: 'EEXIST' });
    await w.abort();
  });
});
