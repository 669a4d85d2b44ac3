import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../clock.js';
import { ClosedError, CommitLogFailedError, CorruptionError, InvalidMutationError, MutationTooLargeError, UnsupportedFormatError } from '../errors.js';
import { FaultInjectingFileSystem } from '../fault-fs.js';
import { live, mutation, rowUpdate } from '../testing/fixtures.js';
import { Random, seeds } from '../testing/random.js';
import type { Mutation } from '../types.js';
import { CommitLog } from './commit-log.js';
import type { CommitLogOptions, CommitLogPosition } from './commit-log.js';
import { SEGMENT_HEADER_BYTES, encodeSegmentHeader, segmentFileName, writeEntry } from './format.js';
import type { CommitLogRecord } from './record-codec.js';
import { crc32 } from './crc.js';

const DIR = '/data/commitlog';
type LogOptions = Partial<Omit<CommitLogOptions, 'dir' | 'fs'>>;

function m(i: number, valueBytes = 20): Mutation {
  return mutation('t', `k${i}`, [rowUpdate('c', { v: live('x'.repeat(valueBytes), BigInt(i)) })]);
}

function keysOf(records: CommitLogRecord[]): string[] {
  return records.flatMap((r) => (r.kind === 'mutations' ? r.mutations.map((x) => new TextDecoder().decode(x.partitionKey)) : [`drop:${r.tableId}`]));
}

async function openLog(fs: FaultInjectingFileSystem, options: LogOptions = {}) {
  const log = await CommitLog.open({ dir: DIR, fs, clock: options.clock ?? new ManualClock(), ...options });
  const records: CommitLogRecord[] = [];
  const result = await log.replay((r) => {
    records.push(r);
  });
  return { log, keys: keysOf(records), result };
}

function segmentPaths(fs: FaultInjectingFileSystem, log: CommitLog): string[] {
  return log.segments().map((s) => s.path).filter((p) => fs.exists(p));
}

describe('CommitLog append and replay', () => {
  it('replays what was appended, in order, and writes new entries to a new segment', async () => {
    const fs = new FaultInjectingFileSystem();
    const first = await openLog(fs);
    expect(first.keys).toEqual([]);
    const positions: CommitLogPosition[] = [];
    for (let i = 0; i < 10; i++) positions.push(await first.log.append(m(i)));
    await first.log.appendDropTable('t');
    for (let i = 1; i < positions.length; i++) expect(positions[i]!.offset).toBeGreaterThan(positions[i - 1]!.offset);
    const oldSegment = first.log.stats().activeSegmentId!;
    await first.log.close();

    const second = await openLog(fs);
    expect(second.keys).toEqual([...Array.from({ length: 10 }, (_, i) => `k${i}`), 'drop:t']);
    expect(second.result).toMatchObject({ segmentsReplayed: 1, entriesReplayed: 11 });
    expect(second.result.tornTail).toBeUndefined();
    const pos = await second.log.append(m(99));
    expect(pos.segmentId).toBeGreaterThan(oldSegment);
    expect(second.log.segments().map((s) => s.segmentId)).toEqual([oldSegment, pos.segmentId]);
    await second.log.close();
  });

  it('group commit coalesces concurrent appends into few writes and syncs', async () => {
    const fs = new FaultInjectingFileSystem({ syncLatencyMs: 2 });
    const syncedEntries: number[] = [];
    const { log } = await openLog(fs, { listener: { onSync: (e) => syncedEntries.push(e.entries) } });
    await Promise.all(Array.from({ length: 100 }, (_, i) => log.append(m(i))));
    const stats = log.stats();
    expect(stats.entriesWritten).toBe(100);
    expect(stats.syncs).toBeLessThan(100);
    expect(stats.syncs).toBeLessThanOrEqual(3);
    expect(stats.writes).toBe(stats.syncs);
    await Promise.resolve();
    expect(syncedEntries.reduce((a, x) => a + x, 0)).toBe(100);
    expect(stats.pendingBytes).toBe(0);
    await log.close();
    expect((await openLog(fs)).keys).toHaveLength(100);
  });

  it('an acknowledged append survives a crash at any point; unacknowledged ones are at most a clean suffix', async () => {
    let tornTails = 0;
    for (const seed of seeds(60)) {
      const r = new Random(seed);
      const disk = new FaultInjectingFileSystem();
      const { log } = await openLog(disk, { segmentSizeBytesMax: 2048 + r.int(4096), pendingBytesMax: 1024 + r.int(2048) });
      const acked = new Set<string>();
      // The disk keeps a random prefix of the unsynced writes: entries written over preallocated
      // zeros can be torn as well as appended ones.
      const keptWriteBytes = (_: string, writes: readonly { bytes: Uint8Array }[]): number => r.int(writes.reduce((n, w) => n + w.bytes.length, 0) + 1);
      // Crash just before the n-th disk operation of the log (a write, a sync, a segment creation).
      const crashAt = 1 + r.int(80);
      let ops = 0;
      let restarted: FaultInjectingFileSystem | undefined;
      disk.beforeOp = () => {
        if (++ops === crashAt) restarted = disk.crash({ keptWriteBytes });
      };
      const appends = Array.from({ length: 200 }, (_, i) =>
        log.append(m(i, r.int(200))).then(
          () => void acked.add(`k${i}`),
          (err: unknown) => expect(err, `seed ${seed}`).toBeInstanceOf(CommitLogFailedError),
        ),
      );
      await Promise.all(appends);
      disk.beforeOp = undefined;
      const fs = restarted ?? disk.crash({ keptWriteBytes });
      const { keys, log: reopened, result } = await openLog(fs);
      if (result.tornTail) tornTails++;
      for (const k of acked) expect(keys, `seed ${seed}: acknowledged ${k} lost`).toContain(k);
      expect(keys, `seed ${seed}: replay is a prefix of the append order`).toEqual(Array.from({ length: keys.length }, (_, i) => `k${i}`));
      // the repaired log keeps working across another restart
      await reopened.append(m(1000));
      await reopened.close();
      const again = await openLog(fs);
      expect(again.keys, `seed ${seed}`).toEqual([...keys, 'k1000']);
      expect(again.result.tornTail, `seed ${seed}`).toBeUndefined();
      await again.log.close();
    }
    expect(tornTails).toBeGreaterThan(5);
  });

  it('rolls segments at the size limit and replays them all in order', async () => {
    const fs = new FaultInjectingFileSystem();
    const created: number[] = [];
    const { log } = await openLog(fs, { segmentSizeBytesMax: 1024, listener: { onSegmentCreated: (e) => created.push(e.segmentId) } });
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append(m(i, 50))));
    const segments = log.segments();
    expect(segments.length).toBeGreaterThan(10);
    for (const s of segments) {
      expect(s.sizeBytes).toBeLessThanOrEqual(1024);
      // group commit preallocates: zeros follow the entries up to the segment size
      const file = fs.readFile(s.path);
      expect(file.length).toBe(1024);
      expect(file.subarray(s.sizeBytes).every((b) => b === 0)).toBe(true);
    }
    await log.close();
    expect(created).toEqual(segments.map((s) => s.segmentId));
    const { keys, result } = await openLog(fs, { segmentSizeBytesMax: 1024 });
    expect(keys).toEqual(Array.from({ length: 200 }, (_, i) => `k${i}`));
    expect(result.segmentsReplayed).toBe(segments.length);
  });

  it('applies backpressure at pendingBytesMax and keeps call order', async () => {
    const fs = new FaultInjectingFileSystem({ syncLatencyMs: 1 });
    const { log } = await openLog(fs, { pendingBytesMax: 1024 });
    let maxPending = 0;
    const appends = Array.from({ length: 60 }, (_, i) => {
      const p = log.append(m(i, 150));
      maxPending = Math.max(maxPending, log.stats().pendingBytes);
      return p;
    });
    await Promise.all(appends);
    expect(maxPending).toBeLessThanOrEqual(1024);
    expect(log.stats().backpressureWaits).toBeGreaterThan(0);
    await log.close();
    expect((await openLog(fs)).keys).toEqual(Array.from({ length: 60 }, (_, i) => `k${i}`));
  });

  it('rejects invalid and oversized mutations without writing anything', async () => {
    const fs = new FaultInjectingFileSystem();
    const { log } = await openLog(fs, { segmentSizeBytesMax: 4096 });
    await expect(log.append(m(1, 3000))).rejects.toBeInstanceOf(MutationTooLargeError);
    const bad = mutation('t', 'k', [rowUpdate('c', { v: { value: null, timestamp: 1n, ttlSeconds: 5, localDeletionTime: 1 } })]);
    await expect(log.append(bad)).rejects.toBeInstanceOf(InvalidMutationError);
    expect(log.stats().entriesWritten).toBe(0);
    await log.append(m(2));
    await log.close();
    await expect(log.append(m(3))).rejects.toBeInstanceOf(ClosedError);
  });

  it('a failed fdatasync poisons the log', async () => {
    const fs = new FaultInjectingFileSystem();
    const failures: Error[] = [];
    const { log } = await openLog(fs, { listener: { onFailure: (e) => failures.push(e) } });
    await log.append(m(1));
    fs.failNext('datasync', 'CommitLog-');
    const [a, c] = await Promise.allSettled([log.append(m(2)), log.append(m(3))]);
    expect(a.status === 'rejected' && a.reason).toBeInstanceOf(CommitLogFailedError);
    expect(c.status === 'rejected' && c.reason).toBeInstanceOf(CommitLogFailedError);
    await expect(log.append(m(4))).rejects.toBeInstanceOf(CommitLogFailedError);
    expect(log.failed?.cause).toMatchObject({ code: 'EIO' });
    await Promise.resolve();
    expect(failures).toHaveLength(1);
    await log.close();
  });

  it('requires replay before the first append', async () => {
    const log = await CommitLog.open({ dir: DIR, fs: new FaultInjectingFileSystem(), clock: new ManualClock() });
    expect(() => log.append(m(1))).toThrow(/replay/);
  });
});

describe('CommitLog periodic sync mode (not crash-durable)', () => {
  it('acknowledges before syncing; a crash before the periodic sync loses acknowledged appends', async () => {
    const fs = new FaultInjectingFileSystem();
    const { log } = await openLog(fs, { syncMode: 'periodic', periodicSyncIntervalMs: 60_000 });
    await log.append(m(1));
    expect(log.stats().syncs).toBe(0);
    expect((await openLog(fs.crash())).keys).toEqual([]);
  });

  it('syncs every interval and on close', async () => {
    const fs = new FaultInjectingFileSystem();
    const { log } = await openLog(fs, { syncMode: 'periodic', periodicSyncIntervalMs: 5 });
    await log.append(m(1));
    await vi.waitFor(() => expect(log.stats().syncs).toBe(1), { timeout: 5_000, interval: 5 });
    await log.append(m(2));
    await log.close();
    expect(log.stats().syncs).toBe(2);
    expect((await openLog(fs.crash())).keys).toEqual(['k1', 'k2']);
  });
});

describe('CommitLog damage on replay', () => {
  async function logWithSegments(segmentSizeBytesMax: number, count: number, pendingBytesMax?: number) {
    const fs = new FaultInjectingFileSystem();
    const { log } = await openLog(fs, pendingBytesMax ? { segmentSizeBytesMax, pendingBytesMax } : { segmentSizeBytesMax });
    for (let i = 0; i < count; i++) await log.append(m(i, 50));
    const paths = segmentPaths(fs, log);
    /** Where each segment's entries end (zeros follow: group commit preallocates). */
    const ends = log.segments().map((s) => s.sizeBytes);
    await log.close();
    return { fs, paths, ends };
  }

  it('a torn tail of the last segment is cut off, reported and repaired', async () => {
    const { fs, paths, ends } = await logWithSegments(1 << 20, 5);
    const last = paths.at(-1)!;
    const end = ends.at(-1)!;
    const handle = await fs.open(last, 'readWrite');
    const fileBytes = await handle.size();
    expect(fileBytes).toBeGreaterThan(end); // preallocated zeros
    await handle.write(new Uint8Array([40, 0, 0, 0, 1, 2, 3]), end);
    await handle.datasync();
    const torn: unknown[] = [];
    const { keys, result, log } = await openLog(fs, { listener: { onTornTail: (e) => torn.push(e) } });
    expect(keys).toHaveLength(5);
    expect(result.tornTail).toEqual({ file: last, offset: end, droppedBytes: fileBytes - end, reason: 'entry length checksum mismatch' });
    expect(fs.readFile(last).length).toBe(end);
    await Promise.resolve();
    expect(torn).toHaveLength(1);
    await log.close();
  });

  it('a flipped bit in an older segment is a CorruptionError naming file and offset', async () => {
    const { fs, paths } = await logWithSegments(1024, 40);
    expect(paths.length).toBeGreaterThan(2);
    const victim = paths[1]!;
    fs.corrupt(victim, SEGMENT_HEADER_BYTES + 20);
    const err = await openLog(fs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptionError);
    expect(err).toMatchObject({ file: victim, offset: SEGMENT_HEADER_BYTES, reason: expect.stringMatching(/payload checksum/) });
  });

  it('a damaged header of an older segment is a CorruptionError at offset 0', async () => {
    const { fs, paths } = await logWithSegments(1024, 40);
    fs.corrupt(paths[0]!, 9);
    await expect(openLog(fs)).rejects.toMatchObject({ name: 'CorruptionError', file: paths[0], offset: 0 });
  });

  it('damage in the last segment followed by more than one write of data is corruption, not a torn tail', async () => {
    const { fs, paths } = await logWithSegments(1 << 20, 100, 1024);
    expect(paths).toHaveLength(1);
    fs.corrupt(paths[0]!, SEGMENT_HEADER_BYTES + 2);
    await expect(openLog(fs)).rejects.toMatchObject({ name: 'CorruptionError', offset: SEGMENT_HEADER_BYTES, reason: expect.stringMatching(/synced data is damaged/) });
  });

  it('known limit: damage within the last write of the last segment reads as a torn tail', async () => {
    const { fs, paths, ends } = await logWithSegments(1 << 20, 10, 1024);
    fs.corrupt(paths[0]!, ends[0]! - 2);
    const { keys, result } = await openLog(fs);
    expect(keys).toHaveLength(9);
    expect(result.tornTail?.reason).toMatch(/payload checksum/);
  });

  it('an entry with a valid checksum that does not decode is corruption', async () => {
    const fs = new FaultInjectingFileSystem();
    await fs.mkdirp(DIR);
    const path = `${DIR}/${segmentFileName(5)}`;
    const handle = await fs.open(path, 'createExclusive');
    const payload = new Uint8Array([9, 9, 9]);
    const bytes = new Uint8Array(SEGMENT_HEADER_BYTES + 15);
    bytes.set(encodeSegmentHeader({ formatVersion: 1, flags: 1, segmentId: 5, writeBytesMax: 1024 }), 0);
    writeEntry(bytes, SEGMENT_HEADER_BYTES, 5, payload, crc32(payload));
    await handle.write(bytes, 0);
    await expect(openLog(fs)).rejects.toMatchObject({ name: 'CorruptionError', file: path, offset: SEGMENT_HEADER_BYTES, reason: expect.stringMatching(/unknown record kind/) });
  });

  it('a torn header in the last segment removes it; in an older one it is corruption', async () => {
    const { fs, paths } = await logWithSegments(1 << 20, 3);
    const torn = `${DIR}/${segmentFileName(Number.MAX_SAFE_INTEGER - 1)}`;
    const h = await fs.open(torn, 'createExclusive');
    await h.write(new Uint8Array([0x43, 0x53]), 0);
    const { keys, result, log } = await openLog(fs);
    expect(keys).toHaveLength(3);
    expect(result.tornTail).toMatchObject({ file: torn, offset: 0, droppedBytes: 2 });
    expect(fs.exists(torn)).toBe(false);
    expect(log.segments().map((s) => s.path)).toEqual(paths);
    await log.close();

    const h2 = await fs.open(`${DIR}/${segmentFileName(1)}`, 'createExclusive');
    await h2.write(new Uint8Array([1, 2, 3]), 0);
    await expect(openLog(fs)).rejects.toMatchObject({ name: 'CorruptionError', offset: 0 });
  });

  it('a segment of an unknown format version is refused', async () => {
    const fs = new FaultInjectingFileSystem();
    await fs.mkdirp(DIR);
    const h = await fs.open(`${DIR}/${segmentFileName(7, 2)}`, 'createExclusive');
    await h.write(encodeSegmentHeader({ formatVersion: 2, flags: 0, segmentId: 7, writeBytesMax: 0 }), 0);
    await expect(openLog(fs)).rejects.toBeInstanceOf(UnsupportedFormatError);
  });
});
