/**
 * Background jobs in a worker thread (see background-worker.ts), so that merging and encoding
 * never compete with reads and writes for the event loop (LevelDB and RocksDB flush and compact
 * on background threads too). The engine posts a `WorkerJob`, the worker posts back a
 * `WorkerResult`:
 * - 'compact': the worker opens the inputs itself (real filesystem), runs `runCompaction`.
 *   Outputs go to paths the engine allocated in advance; unused ones are simply never created.
 * - 'flush': one table of a memtable, as partition blobs in the memtable's arena chunks
 *   (SharedArrayBuffer memory: nothing is copied; the memtable is immutable once flushing).
 *   The worker sorts them into partition order and writes one SSTable at `path`. A flush may
 *   be paced (`dutyCycle` < 1): after each FLUSH_SLICE_MS of work it sleeps long enough that
 *   it keeps only that fraction of one core, so that a flush with time to spare does not take
 *   cores from the node's reads and writes (nor, on a shared machine, from its neighbours') in
 *   one burst. A 'hurry' message lifts the pacing of a flush in progress.
 *
 * Tombstone purging in the worker uses one bound for every partition — the smallest timestamp
 * of everything outside the compaction — rather than a per-partition bloom filter lookup:
 * it may purge less than in-process compaction, never more.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { nodeFileSystem } from '../node-fs.js';
import { systemClock } from '../clock.js';
import { BlockCache, SSTableReader, SSTableWriter } from '../sstable/index.js';
import type { SSTableMeta } from '../sstable/index.js';
import { decodeBlobIn, sortBlobPositions } from '../memtable-codec.js';
import { runCompaction } from './task.js';
import { Throttle } from './throttle.js';

/** The worker's own cache: compaction scans bypass caches, so it only serves file opens. */
const WORKER_BLOCK_CACHE_BYTES = 1024 * 1024;
/** A paced flush works this long, in milliseconds, between two sleeps. */
const FLUSH_SLICE_MS = 4;

export type WorkerJob = CompactJob | FlushJob;

export interface FlushJob {
  readonly kind: 'flush';
  readonly id: number;
  readonly path: string;
  /** The memtable's arena chunks (shared memory) and its blob positions, in any order. */
  readonly chunks: readonly Uint8Array[];
  readonly positions: readonly number[];
  readonly bloomFpChance: number;
  /** Fraction of one core the flush may keep, in (0, 1]; 1 = as fast as it can. */
  readonly dutyCycle: number;
}

export interface CompactJob {
  readonly kind: 'compact';
  readonly id: number;
  readonly inputPaths: readonly string[];
  /** Paths for outputs, used in order. */
  readonly outputPaths: readonly string[];
  readonly outputLevel: number;
  readonly maxOutputFileBytes?: number;
  readonly versions: number;
  readonly gcGraceSeconds: number;
  readonly nowSeconds: number;
  /** Tombstones below this timestamp may be purged (past gc grace). */
  readonly maxPurgeableTimestamp: bigint;
  readonly bytesPerSecond: number;
  readonly bloomFpChance: number;
}

export type WorkerMessage = WorkerJob | { readonly kind: 'abort'; readonly id: number } | { readonly kind: 'hurry'; readonly id: number };

export type WorkerResult =
  | {
      readonly id: number;
      readonly ok: true;
      readonly outputs: readonly { readonly path: string; readonly meta: SSTableMeta }[];
      readonly bytesRead: number;
      readonly bytesWritten: number;
      readonly tombstonesPurged: number;
    }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly corruptFile?: string; readonly corruptOffset?: number };

const running = new Map<number, AbortController>();
/** Paced flushes in progress, by job id: the duty cycle each may still use; `wake` ends its sleep. */
const pacing = new Map<number, { dutyCycle: number; readonly wake: AbortController }>();

/** Sleeps `ms`, or less when `signal` fires. */
async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await delay(ms, undefined, { signal }).catch(() => undefined);
}

async function flush(job: FlushJob): Promise<WorkerResult> {
  const pace = { dutyCycle: job.dutyCycle, wake: new AbortController() };
  pacing.set(job.id, pace);
  try {
    let sliceStartedMs = performance.now();
    const order = sortBlobPositions(job.chunks, job.positions);
    const writer = await SSTableWriter.create({ fs: nodeFileSystem, path: job.path, expectedPartitions: order.length, bloomFpChance: job.bloomFpChance, clock: systemClock });
    try {
      for (const position of order) {
        await writer.add(decodeBlobIn(job.chunks, position));
        if (pace.dutyCycle >= 1) continue;
        const workedMs = performance.now() - sliceStartedMs;
        if (workedMs < FLUSH_SLICE_MS) continue;
        await pause(workedMs * (1 / pace.dutyCycle - 1), pace.wake.signal);
        sliceStartedMs = performance.now();
      }
      const meta = await writer.finish();
      return { id: job.id, ok: true, outputs: [{ path: job.path, meta }], bytesRead: 0, bytesWritten: meta.fileBytes, tombstonesPurged: 0 };
    } catch (err) {
      await writer.abort().catch(() => undefined);
      throw err;
    }
  } catch (err) {
    return { id: job.id, ok: false, error: (err as { message?: string }).message ?? String(err) };
  } finally {
    pacing.delete(job.id);
  }
}

async function compact(job: CompactJob): Promise<WorkerResult> {
  const cache = new BlockCache(WORKER_BLOCK_CACHE_BYTES);
  const inputs: SSTableReader[] = [];
  const abort = new AbortController();
  running.set(job.id, abort);
  try {
    for (const [i, path] of job.inputPaths.entries()) inputs.push(await SSTableReader.open(nodeFileSystem, path, { blockCache: cache, fileId: i + 1 }));
    let next = 0;
    const result = await runCompaction({
      inputs,
      outputLevel: job.outputLevel,
      ...(job.maxOutputFileBytes === undefined ? {} : { maxOutputFileBytes: job.maxOutputFileBytes }),
      newWriter: async (expectedPartitions) => {
        const path = job.outputPaths[next++];
        if (path === undefined) throw new Error(`compaction needs more than ${job.outputPaths.length} outputs`);
        return SSTableWriter.create({ fs: nodeFileSystem, path, expectedPartitions, bloomFpChance: job.bloomFpChance, clock: systemClock });
      },
      fs: nodeFileSystem,
      versions: job.versions,
      gcGraceSeconds: job.gcGraceSeconds,
      nowSeconds: job.nowSeconds,
      maxPurgeableTimestamp: () => job.maxPurgeableTimestamp,
      throttle: new Throttle(job.bytesPerSecond),
      signal: abort.signal,
    });
    return {
      id: job.id,
      ok: true,
      outputs: result.outputs.map((meta) => ({ path: meta.path, meta })),
      bytesRead: result.bytesRead,
      bytesWritten: result.bytesWritten,
      tombstonesPurged: result.tombstonesPurged,
    };
  } catch (err) {
    const e = err as { message?: string; file?: unknown; offset?: unknown; name?: string };
    return {
      id: job.id,
      ok: false,
      error: e.message ?? String(err),
      ...(e.name === 'CorruptionError' && typeof e.file === 'string' && typeof e.offset === 'number' ? { corruptFile: e.file, corruptOffset: e.offset } : {}),
    };
  } finally {
    running.delete(job.id);
    for (const r of inputs) await r.close().catch(() => undefined);
  }
}

parentPort?.on('message', (message: WorkerMessage) => {
  if (message.kind === 'abort') {
    running.get(message.id)?.abort();
    return;
  }
  if (message.kind === 'hurry') {
    const pace = pacing.get(message.id);
    if (pace === undefined) return;
    pace.dutyCycle = 1;
    pace.wake.abort();
    return;
  }
  void (message.kind === 'flush' ? flush(message) : compact(message)).then((result) => parentPort?.postMessage(result));
});
