// Bad media: one random byte of an SSTable or commit-log segment flipped at a time. Every
// flip must be detected — opening fails with a typed error, a read or scan of the damaged
// data fails with CorruptionError (and the engine stops, as disk_failure_policy: stop does),
// or replay reports and cuts a damaged commit-log tail — and no read may ever return data
// that was not written.
//
// Seeded; LSM_FLIPS sets how many flips (default 1,000).
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { StorageEngine } from './engine.js';
import { CorruptionError, EngineStoppedError, UnsupportedFormatError } from './errors.js';
import { FaultInjectingFileSystem } from './fault-fs.js';
import { liveRows } from './purge.js';
import { Random } from './testing/random.js';
import type { Mutation } from './types.js';

const FLIPS = Number(process.env['LSM_FLIPS'] ?? 1_000);
const SEED = Number(process.env['LSM_TEST_SEEDS'] ?? 20261122);
const DATA = '/flip';
const KEYS = 120;

const key = (i: number) => Uint8Array.from(Buffer.from(`k${i}`));
const tokenOf = (i: number) => BigInt(i * 104729 - 6_000_000);
const value = (i: number) => `value-${i}-${'x'.repeat(i % 40)}`;
const put = (i: number): Mutation => ({
  tableId: 't',
  token: tokenOf(i),
  partitionKey: key(i),
  rows: [{ clustering: Uint8Array.of(1), cells: [{ column: 'v', cell: { value: Uint8Array.from(Buffer.from(value(i))), timestamp: BigInt(i + 1), ttlSeconds: 0, localDeletionTime: 0 } }] }],
});

function open(fs: FaultInjectingFileSystem, clock: ManualClock): Promise<StorageEngine> {
  return StorageEngine.open({ dataDir: DATA, fs, clock, memtableBytesMax: 2_048, compactionMode: 'manual', commitLog: { segmentSizeBytesMax: 4_096 } });
}

const detected = (err: unknown) => err instanceof CorruptionError || err instanceof UnsupportedFormatError || err instanceof EngineStoppedError;

describe('single-byte corruption of SSTables and commit-log segments', () => {
  it(`detects every one of ${FLIPS} flips and never returns unwritten data (seed ${SEED})`, async () => {
    const clock = new ManualClock();
    const setupFs = new FaultInjectingFileSystem();
    const fs = setupFs;
    // Data in SSTables (flushed) and in the commit log (the rest, not yet flushed).
    const setup = await open(fs, clock);
    for (let i = 0; i < KEYS; i++) await setup.apply(put(i));
    await setup.flush();
    for (let i = KEYS; i < KEYS + 30; i++) await setup.apply(put(i));
    await setup.close();
    const files: { path: string; size: number }[] = [];
    for (const dir of [`${DATA}/commitlog`, ...(await fs.readdir(`${DATA}/sstables`)).map((d) => `${DATA}/sstables/${d}`)]) {
      for (const name of await fs.readdir(dir)) files.push({ path: `${dir}/${name}`, size: fs.readFile(`${dir}/${name}`).length });
    }
    // Opening may change files (cut a damaged tail, recycle segments): each flip starts from
    // a fresh copy of the pristine data directory.
    const pristine = new Map<string, Uint8Array>();
    const walk = async (dir: string): Promise<void> => {
      for (const name of await fs.readdir(dir)) {
        const path = `${dir}/${name}`;
        const isDir = await fs.readdir(path).then(
          () => true,
          () => false,
        );
        if (isDir) await walk(path);
        else pristine.set(path, fs.readFile(path));
      }
    };
    await walk(DATA);
    const copy = async (): Promise<FaultInjectingFileSystem> => {
      const fresh = new FaultInjectingFileSystem();
      for (const [path, bytes] of pristine) {
        const dir = path.slice(0, path.lastIndexOf('/'));
        await fresh.mkdirp(dir);
        const h = await fresh.open(path, 'createExclusive');
        await h.write(bytes, 0);
        await h.close();
      }
      return fresh;
    };
    expect(files.some((f) => f.path.endsWith('.sst'))).toBe(true);
    expect(files.some((f) => f.path.includes('CommitLog-'))).toBe(true);

    const r = new Random(SEED);
    const counts = { openFailed: 0, readFailed: 0, tailCut: 0 };
    for (let n = 0; n < FLIPS; n++) {
      const file = r.pick(files);
      const offset = r.int(file.size);
      const mask = 1 << r.int(8);
      const fs = await copy();
      fs.corrupt(file.path, offset, mask);
      const where = `flip ${n}: ${file.path} offset ${offset} mask ${mask}`;
      let engine: StorageEngine | undefined;
      try {
        try {
          engine = await open(fs, clock);
        } catch (err) {
          expect(detected(err), `${where}: ${String(err)}`).toBe(true);
          counts.openFailed++;
          continue;
        }
        const tailCut = engine.replayResult.tornTail !== undefined;
        let readFailed = false;
        try {
          let seen = 0;
          for (let page = await engine.scan('t', { limit: 50 }); ; page = await engine.scan('t', { limit: 50, after: page.next! })) {
            for (const p of page.partitions) {
              const i = Number(Buffer.from(p.partitionKey).toString().slice(1));
              const rows = liveRows(p, clock.nowSeconds());
              // Whatever is returned must be exactly what was written.
              expect(rows.map((x) => Buffer.from(x.cells.get('v')!.value!).toString()), where).toEqual([value(i)]);
              seen++;
            }
            if (page.next === undefined) break;
          }
          for (let i = 0; i < KEYS + 30; i++) {
            const p = await engine.read('t', tokenOf(i), key(i));
            const got = p === undefined ? [] : liveRows(p, clock.nowSeconds()).map((x) => Buffer.from(x.cells.get('v')!.value!).toString());
            if (got.length > 0) expect(got, where).toEqual([value(i)]);
            else expect(tailCut, `${where}: k${i} missing without a reported tail cut`).toBe(true);
          }
          if (!tailCut) expect(seen, where).toBe(KEYS + 30);
        } catch (err) {
          if (!detected(err)) throw err;
          readFailed = true;
        }
        if (readFailed) counts.readFailed++;
        else if (tailCut) counts.tailCut++;
        else expect.fail(`${where}: the flip went unnoticed`);
      } finally {
        await engine?.close();
      }
    }
    expect(counts.openFailed + counts.readFailed + counts.tailCut).toBe(FLIPS);
    console.log(`byte flips: ${FLIPS} (seed ${SEED}): ${counts.openFailed} refused at open, ${counts.readFailed} failed a read or scan, ${counts.tailCut} cut as a commit-log tail; 0 unnoticed`);
  }, 600_000);
});
