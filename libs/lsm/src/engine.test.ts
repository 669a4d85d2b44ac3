import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { ClosedError, CommitLogFailedError, InvalidMutationError, TableDroppedError } from './errors.js';
import { FaultInjectingFileSystem } from './fault-fs.js';
import type { FileSystem } from './fs.js';
import { nodeFileSystem } from './node-fs.js';
import { StorageEngine } from './engine.js';
import type { EngineCommitLogOptions } from './engine.js';
import { b, del, live, mutation, rowUpdate } from './testing/fixtures.js';
import { Random, seeds } from './testing/random.js';

const DATA = '/var/cassia';
const clock = new ManualClock();

function open(fs: FileSystem, dataDir = DATA, commitLog: EngineCommitLogOptions = {}): Promise<StorageEngine> {
  return StorageEngine.open({ dataDir, fs, clock, commitLog });
}

const put = (table: string, key: string, value: string, ts = 1n, clustering = 'c') => mutation(table, key, [rowUpdate(clustering, { v: live(value, ts) })]);
const valueOf = async (e: StorageEngine, table: string, key: string, clustering = 'c') =>
  (await e.read(table, 7n, b(key)))?.rows.find((r) => new TextDecoder().decode(r.clustering) === clustering)?.cells.get('v')?.value;

describe('StorageEngine on the real filesystem', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('applies, reads, and replays after a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cassia-lsm-'));
    const e = await open(nodeFileSystem, dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => e.apply(put('t', `k${i}`, `v${i}`))));
    expect(await valueOf(e, 't', 'k7')).toEqual(b('v7'));
    await e.close();
    expect((await readdir(join(dir, 'commitlog'))).every((n) => /^CommitLog-1-\d+\.log$/.test(n))).toBe(true);
    const again = await open(nodeFileSystem, dir);
    expect(again.replayResult.entriesReplayed).toBe(50);
    expect(await valueOf(again, 't', 'k49')).toEqual(b('v49'));
    await again.close();
  });
});

describe('StorageEngine', () => {
  it('every acknowledged apply survives a crash; a batch is all or nothing', async () => {
    let torn = 0;
    for (const seed of seeds(40)) {
      const r = new Random(seed);
      const disk = new FaultInjectingFileSystem();
      const e = await open(disk, DATA, { pendingBytesMax: 2048, segmentSizeBytesMax: 8192 });
      let ops = 0;
      const crashAt = 1 + r.int(40);
      let restarted: FaultInjectingFileSystem | undefined;
      // The disk keeps a random prefix of each file's unsynced writes (commit-log entries are
      // written over preallocated zeros, so they tear as overwrites).
      const keptWriteBytes = (_: string, writes: readonly { bytes: Uint8Array }[]): number => r.int(writes.reduce((n, w) => n + w.bytes.length, 0) + 1);
      disk.beforeOp = () => {
        if (++ops === crashAt) restarted = disk.crash({ keptWriteBytes });
      };
      const acked: string[] = [];
      const work = Array.from({ length: 100 }, (_, i) => {
        const p = i % 10 === 0 ? e.applyBatch([put('t', `b${i}a`, 'x'), put('t', `b${i}b`, 'y')]) : e.apply(put('t', `k${i}`, 'v'.repeat(r.int(100))));
        return p.then(
          () => void acked.push(i % 10 === 0 ? `b${i}` : `k${i}`),
          (err: unknown) => expect(err, `seed ${seed}`).toBeInstanceOf(CommitLogFailedError),
        );
      });
      await Promise.all(work);
      disk.beforeOp = undefined;
      const reopened = await open(restarted ?? disk.crash({ keptWriteBytes }));
      if (reopened.replayResult.tornTail) torn++;
      for (const k of acked) {
        if (k.startsWith('b')) {
          expect(await valueOf(reopened, 't', `${k}a`), `seed ${seed} ${k}`).toEqual(b('x'));
        } else expect(await valueOf(reopened, 't', k), `seed ${seed} ${k}`).toBeDefined();
      }
      for (let i = 0; i < 100; i += 10) {
        const a = await valueOf(reopened, 't', `b${i}a`);
        const c = await valueOf(reopened, 't', `b${i}b`);
        expect(a === undefined, `seed ${seed}: batch b${i} half applied`).toBe(c === undefined);
      }
      await reopened.close();
    }
    expect(torn).toBeGreaterThan(0);
  });

  it('reconciles concurrent writes to one cell by timestamp, not arrival', async () => {
    const e = await open(new FaultInjectingFileSystem());
    await Promise.all([e.apply(put('t', 'k', 'newer', 10n)), e.apply(put('t', 'k', 'older', 9n))]);
    expect(await valueOf(e, 't', 'k')).toEqual(b('newer'));
    await e.close();
  });

  it('a read waits for applies to its partition token begun before it, not for other tokens', async () => {
    const e = await open(new FaultInjectingFileSystem({ syncLatencyMs: 30 }));
    const order: string[] = [];
    const applied = e.apply(put('t', 'k', 'v')).then(() => order.push('apply'));
    const sameToken = valueOf(e, 't', 'k').then((v) => {
      order.push('read 7');
      return v;
    });
    const otherToken = e.read('t', 8n, b('other')).then((p) => {
      order.push('read 8');
      return p;
    });
    expect(await sameToken).toEqual(b('v'));
    expect(await otherToken).toBeUndefined();
    await applied;
    expect(order).toEqual(['read 8', 'apply', 'read 7']);
    // A failed apply (a clustering key over the limit) releases its readers too.
    const failed = e.apply(put('t', 'k', 'x', 2n, ''.padEnd(70_000, 'c')));
    const reader = valueOf(e, 't', 'k');
    await expect(failed).rejects.toBeInstanceOf(InvalidMutationError);
    expect(await reader).toEqual(b('v'));
    await e.close();
  });

  it('reads slices, reversed and limited, with tombstones', async () => {
    const e = await open(new FaultInjectingFileSystem());
    await e.apply(mutation('t', 'k', ['a', 'b', 'c', 'd'].map((c) => rowUpdate(c, { v: live(c, 1n) }))));
    await e.apply(mutation('t', 'k', [rowUpdate('b', {}, { deletion: del(1n) })]));
    const p = await e.read('t', 7n, b('k'), { start: b('a'), startInclusive: false, endInclusive: true }, { reversed: true, limitRows: 1 });
    expect(p?.rows.map((r) => new TextDecoder().decode(r.clustering))).toEqual(['d']);
    const all = await e.read('t', 7n, b('k'), { start: b('a'), startInclusive: false, endInclusive: true }, { limitRows: 1 });
    expect(all?.rows.map((r) => [new TextDecoder().decode(r.clustering), r.deletion !== undefined])).toEqual([
      ['b', true],
      ['c', false],
    ]);
    await e.close();
  });

  it('a dropped table stays dropped across restarts and rejects writes', async () => {
    let fs = new FaultInjectingFileSystem();
    const e = await open(fs);
    await e.apply(put('t1', 'k', 'a'));
    await e.apply(put('t2', 'k', 'b'));
    const inFlight = e.apply(put('t1', 'k2', 'racing'));
    await e.dropTable('t1');
    await inFlight;
    await expect(e.apply(put('t1', 'k', 'c'))).rejects.toBeInstanceOf(TableDroppedError);
    expect(await e.read('t1', 7n, b('k'))).toBeUndefined();
    expect(await e.read('t1', 7n, b('k2'))).toBeUndefined();
    expect(e.stats().memtablePartitions).toBe(1);
    fs = fs.crash();
    const again = await open(fs);
    expect(again.isDropped('t1')).toBe(true);
    expect(await again.read('t1', 7n, b('k'))).toBeUndefined();
    expect(await again.read('t1', 7n, b('k2'))).toBeUndefined();
    expect(await valueOf(again, 't2', 'k')).toEqual(b('b'));
    await expect(again.apply(put('t1', 'k', 'c'))).rejects.toBeInstanceOf(TableDroppedError);
    await again.close();
  });

  it('exposes a commit-log failure; later applies fail fast', async () => {
    const fs = new FaultInjectingFileSystem();
    const e = await open(fs);
    await e.apply(put('t', 'k', 'v'));
    expect(e.failure).toBeUndefined();
    fs.failNext('write', 'CommitLog-');
    await expect(e.apply(put('t', 'k2', 'v'))).rejects.toBeInstanceOf(CommitLogFailedError);
    expect(e.failure).toBeInstanceOf(CommitLogFailedError);
    await expect(e.apply(put('t', 'k3', 'v'))).rejects.toBeInstanceOf(CommitLogFailedError);
    expect(await valueOf(e, 't', 'k2')).toBeUndefined();
    await e.close();
  });

  it('reports stats and refuses calls after close', async () => {
    const e = await open(new FaultInjectingFileSystem());
    await e.apply(put('t', 'k', 'v'));
    const s = e.stats();
    expect(s.commitLog).toMatchObject({ entriesWritten: 1, syncs: 1, pendingBytes: 0, segmentsCreated: 1 });
    expect(s.memtableBytes).toBeGreaterThan(0);
    await e.close();
    await e.close();
    await expect(e.apply(put('t', 'k', 'v'))).rejects.toBeInstanceOf(ClosedError);
    await expect(e.read('t', 7n, b('k'))).rejects.toBeInstanceOf(ClosedError);
  });
});
