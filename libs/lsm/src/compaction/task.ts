/**
 * The compaction task: a streaming merge of SSTables into new ones (Cassandra's
 * `CompactionTask` + `CompactionIterator`). Inputs are scanned in partition order and merged with
 * a binary heap (merge-iterator.ts); partitions at one position are reconciled with
 * `mergePartitions` (keeping `versions`), then purged (tombstone-purge.ts) and written, rotating
 * to a new output between partitions once one reaches `maxOutputFileBytes`. Memory is bounded by
 * one pending partition per input plus the writer's buffers.
 *
 * Failure: on any error or abort, the open writer is aborted and every output already finished
 * is unlinked, so no output is left at its final path; then the error is rethrown. The caller
 * swaps inputs for outputs in the manifest only after this resolves.
 */
import assert from 'node:assert/strict';
import { comparePartitionPositions } from '../bytes.js';
import type { FileSystem } from '../fs.js';
import { mergePartitions } from '../reconcile.js';
import type { SSTableMeta } from '../sstable/types.js';
import type { PartitionData } from '../types.js';
import { mergePartitionStreams } from './merge-iterator.js';
import type { Throttle } from './throttle.js';
import { purgeTombstones } from './tombstone-purge.js';

/** What the task needs of an input SSTable (`SSTableReader` satisfies it). */
export interface CompactionSource {
  readonly meta: Pick<SSTableMeta, 'path' | 'fileBytes' | 'dataBytes' | 'partitionCount'>;
  /** Every partition in strictly increasing partition order. */
  scan(): AsyncIterable<PartitionData>;
}

/** What the task needs of an output writer (`SSTableWriter` satisfies it). */
export interface CompactionSink {
  /** Partitions in strictly increasing partition order. */
  add(p: PartitionData): void | Promise<void>;
  /** Bytes of data written or buffered so far (decides when to start the next output). */
  readonly dataBytes: number;
  /** Makes the file durable at its final path. */
  finish(): Promise<SSTableMeta>;
  /** Removes everything the writer wrote; the file never appears at its final path. */
  abort(): Promise<void>;
}

export interface RunCompactionOptions {
  /** The files to merge, in any order. At least one. The caller opens and closes them. */
  readonly inputs: readonly CompactionSource[];
  /** Recorded by the caller in the manifest; the task only reports it back. */
  readonly outputLevel: number;
  /** Start a new output once the current one holds this many data bytes (`dataBytes`). Absent: one output. */
  readonly maxOutputFileBytes?: number;
  /** A new output writer, sized for about `expectedPartitions` partitions (bloom filter). */
  readonly newWriter: (expectedPartitions: number) => Promise<CompactionSink>;
  /** Removes finished outputs when the task fails. */
  readonly fs: FileSystem;
  /** The table's `versions` (mergePartitions). Default 1. */
  readonly versions?: number;
  readonly gcGraceSeconds: number;
  readonly nowSeconds: number;
  /**
   * Tombstones with a timestamp strictly below this may be purged (once past gc grace): the
   * minimum timestamp of every SSTable outside this compaction and every memtable that may hold
   * the partition (`MIN_TIMESTAMP` if unsure: nothing is purged; `MAX_TIMESTAMP` if nothing
   * else can hold it). Called at most once per partition, only when something is past gc grace.
   */
  readonly maxPurgeableTimestamp: (token: bigint, partitionKey: Uint8Array) => bigint;
  /** Limits the read rate (bytes of input per second). */
  readonly throttle?: Throttle;
  readonly signal?: AbortSignal;
}

export interface RunCompactionResult {
  readonly outputLevel: number;
  /** In partition order; empty when everything was purged. */
  readonly outputs: readonly SSTableMeta[];
  /** Sum of the inputs' file sizes (every input is read whole). */
  readonly bytesRead: number;
  /** Sum of the outputs' file sizes. */
  readonly bytesWritten: number;
  readonly partitionsIn: number;
  readonly partitionsOut: number;
  readonly tombstonesPurged: number;
}

/** Merges, purges and rewrites `inputs` (see the module comment). */
export async function runCompaction(options: RunCompactionOptions): Promise<RunCompactionResult> {
  const { inputs, maxOutputFileBytes, signal, throttle } = options;
  const versions = options.versions ?? 1;
  assert.ok(inputs.length > 0, 'runCompaction: no inputs');
  assert.ok(Number.isInteger(versions) && versions >= 1, `runCompaction: versions must be a positive integer, got ${versions}`);
  assert.ok(maxOutputFileBytes === undefined || maxOutputFileBytes > 0, 'runCompaction: maxOutputFileBytes must be > 0');
  assert.ok(Number.isFinite(options.gcGraceSeconds) && options.gcGraceSeconds >= 0, 'runCompaction: gcGraceSeconds must be >= 0');
  signal?.throwIfAborted();

  const totalPartitions = inputs.reduce((n, r) => n + r.meta.partitionCount, 0);
  const totalDataBytes = inputs.reduce((n, r) => n + r.meta.dataBytes, 0);
  /** Partitions expected per output: all of them, or a share proportional to the size limit. */
  const perOutput =
    maxOutputFileBytes === undefined || totalDataBytes <= maxOutputFileBytes
      ? totalPartitions
      : Math.ceil((totalPartitions * maxOutputFileBytes) / totalDataBytes);
  const readAccounting = inputs.map(() => 0);

  const finished: SSTableMeta[] = [];
  let writer: CompactionSink | undefined;
  let partitionsIn = 0;
  let partitionsOut = 0;
  let tombstonesPurged = 0;
  let last: PartitionData | undefined;

  const onRead = async (source: number, _p: PartitionData): Promise<void> => {
    partitionsIn++;
    // Throttle by each input's average bytes per partition: exact over a whole file.
    const meta = inputs[source]!.meta;
    const n = ++readAccounting[source]!;
    if (throttle === undefined || meta.partitionCount === 0) return;
    const before = Math.floor((meta.fileBytes * (n - 1)) / meta.partitionCount);
    const after = Math.floor((meta.fileBytes * Math.min(n, meta.partitionCount)) / meta.partitionCount);
    if (after > before) await throttle.consume(after - before, signal);
  };

  try {
    for await (const group of mergePartitionStreams(
      inputs.map((r) => r.scan()),
      onRead,
    )) {
      signal?.throwIfAborted();
      let merged = group[0]!;
      for (let i = 1; i < group.length; i++) merged = mergePartitions(merged, group[i]!, { versions });
      const { partition, tombstonesPurged: purged } = purgeTombstones(merged, {
        gcGraceSeconds: options.gcGraceSeconds,
        nowSeconds: options.nowSeconds,
        maxPurgeableTimestamp: () => options.maxPurgeableTimestamp(merged.token, merged.partitionKey),
      });
      tombstonesPurged += purged;
      if (partition === undefined) continue;
      assert.ok(last === undefined || comparePartitionPositions(last, partition) < 0, 'runCompaction: output out of order');
      last = partition;
      writer ??= await options.newWriter(Math.max(1, Math.min(perOutput, totalPartitions - partitionsOut)));
      await writer.add(partition);
      partitionsOut++;
      if (maxOutputFileBytes !== undefined && writer.dataBytes >= maxOutputFileBytes) {
        const w = writer;
        writer = undefined;
        finished.push(await finishOrAbort(w));
      }
    }
    signal?.throwIfAborted();
    if (writer !== undefined) {
      const w = writer;
      writer = undefined;
      finished.push(await finishOrAbort(w));
    }
  } catch (err) {
    if (writer !== undefined) await writer.abort().catch(() => undefined);
    await removeOutputs(options.fs, finished);
    throw err;
  }

  return {
    outputLevel: options.outputLevel,
    outputs: finished,
    bytesRead: inputs.reduce((n, r) => n + r.meta.fileBytes, 0),
    bytesWritten: finished.reduce((n, m) => n + m.fileBytes, 0),
    partitionsIn,
    partitionsOut,
    tombstonesPurged,
  };
}

/** `finish()`, aborting the writer if finishing fails (so it leaves nothing behind). */
async function finishOrAbort(w: CompactionSink): Promise<SSTableMeta> {
  try {
    return await w.finish();
  } catch (err) {
    await w.abort().catch(() => undefined);
    throw err;
  }
}

/**
 * Unlinks finished outputs of a failed compaction. A failure here is ignored: the manifest never
 * names these files, and the engine deletes unnamed files at open.
 */
async function removeOutputs(fs: FileSystem, outputs: readonly SSTableMeta[]): Promise<void> {
  for (const m of outputs) await fs.unlink(m.path).catch(() => undefined);
}
