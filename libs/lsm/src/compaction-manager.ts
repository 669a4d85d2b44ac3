/**
 * Runs compactions for the engine: asks each table's strategy (compaction/) what to compact,
 * runs one compaction at a time under the throughput limit, and hands the result to the
 * engine, which replaces inputs by outputs in the manifest and then in memory. Background mode
 * runs whenever `schedule()` is called (after flushes, option changes); manual mode only on
 * `runUntilIdle()` / `major()`.
 */
import { posix } from 'node:path';
import type { Clock } from './clock.js';
import { mkdirDurable } from './commitlog/segment-files.js';
import {
  COMPACTION_BYTES_PER_SECOND_DEFAULT,
  Throttle,
  describeSSTable,
  pendingCompactions,
  pickCompaction,
  runCompaction,
  type CompactionPick,
  type LeveledState,
  type SSTableDescriptor,
} from './compaction/index.js';
import type { EngineListener } from './engine.js';
import type { FileSystem } from './fs.js';
import type { Memtable } from './memtable.js';
import { CorruptionError } from './errors.js';
import { acquire, sstablePath, type LiveSSTable } from './sstable-set.js';
import { BackgroundWorker, COMPACTION_WORKER_AVAILABLE } from './background-worker.js';
import type { SSTableMeta } from './sstable/index.js';
import { SSTableWriter, type SSTableReader } from './sstable/index.js';
import type { TableOptions } from './table-options.js';

/** Output paths allocated beyond the estimate for a worker compaction. */
const WORKER_SPARE_OUTPUTS = 8;
/** A timestamp above every real one: nothing outside the compaction holds older data. */
const NO_OLDER_DATA = 2n ** 63n - 1n;

export interface CompactionStats {
  readonly completed: number;
  readonly running: number;
  readonly bytesRead: number;
  readonly bytesWritten: number;
  readonly tombstonesPurged: number;
  /** Compactions the strategies would still run now (Cassandra's pending tasks). */
  readonly pending: number;
  /** Compactions run in a worker thread (else on the engine's thread). */
  readonly inWorker: boolean;
}

interface TableView {
  readonly tableId: string;
  readonly options: TableOptions;
  readonly sstables: LiveSSTable[];
}

export interface CompactionManagerOptions {
  fs: FileSystem;
  clock: Clock;
  dataDir: string;
  bytesPerSecondMax: number | undefined;
  mode: 'background' | 'manual';
  tables: () => TableView[];
  memtables: () => Memtable[];
  newGeneration: () => number;
  openReader: (path: string, generation: number) => Promise<SSTableReader>;
  commit: (tableId: string, removed: readonly LiveSSTable[], added: readonly LiveSSTable[]) => Promise<void>;
  onFailure: (err: Error) => void;
  listener: EngineListener | undefined;
  /** Run compactions in a worker thread (real filesystem only). */
  inWorker: boolean;
  /** A retired file's last reference is gone: delete it. */
  onUnreferenced: (f: LiveSSTable) => void;
}

export class CompactionManager {
  private running: Promise<void> | undefined;
  private closed = false;
  private readonly abort = new AbortController();
  private readonly throttle: Throttle;
  private readonly compacting = new Set<number>();
  private readonly leveledState = new Map<string, LeveledState>();
  private readonly counters = { completed: 0, bytesRead: 0, bytesWritten: 0, tombstonesPurged: 0 };
  /** The worker thread compactions run in, if any. */
  private readonly worker: BackgroundWorker | undefined;

  constructor(private readonly o: CompactionManagerOptions) {
    this.throttle = new Throttle(o.bytesPerSecondMax ?? COMPACTION_BYTES_PER_SECOND_DEFAULT);
    this.worker = o.inWorker && COMPACTION_WORKER_AVAILABLE ? new BackgroundWorker() : undefined;
  }

  /** Starts background compaction if anything wants it (no-op in manual mode). */
  schedule(): void {
    if (this.o.mode !== 'background' || this.closed || this.running !== undefined) return;
    this.running = this.loop(undefined).finally(() => {
      this.running = undefined;
    });
  }

  /** Runs compactions until no strategy (of `tableId`, or any table) wants one. */
  async runUntilIdle(tableId?: string): Promise<void> {
    while (this.running !== undefined) await this.running;
    this.running = this.loop(tableId).finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  /** Compacts every SSTable of a table into one set of outputs. */
  async major(tableId: string): Promise<void> {
    while (this.running !== undefined) await this.running;
    const table = this.o.tables().find((t) => t.tableId === tableId);
    if (table === undefined) return;
    // Quarantined files stay out (they cannot be read); with leveled compaction they keep
    // their level, so the new outputs go one level above every live file.
    const inputs = table.sstables.filter((f) => !f.quarantined);
    if (inputs.length === 0) return;
    const leveled = table.options.compaction.strategy === 'leveled';
    const pick: CompactionPick = {
      inputs: inputs.map((f) => f.generation),
      outputLevel: leveled ? Math.max(1, ...table.sstables.map((f) => f.level)) : 0,
      ...(leveled ? { maxOutputFileBytes: table.options.compaction.sstableSizeBytesTarget } : {}),
      reason: 'major compaction',
    };
    this.running = this.execute(table, pick).finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  /** Runs the merge on this thread (any filesystem; what tests use). */
  private async runHere(
    table: TableView,
    pick: CompactionPick,
    inputs: readonly LiveSSTable[],
    others: readonly LiveSSTable[],
    outputs: { generation: number; path: string }[],
  ): Promise<{ outputs: readonly SSTableMeta[]; bytesRead: number; bytesWritten: number; tombstonesPurged: number }> {
    return runCompaction({
      inputs: inputs.map((f) => f.reader),
      outputLevel: pick.outputLevel,
      ...(pick.maxOutputFileBytes === undefined ? {} : { maxOutputFileBytes: pick.maxOutputFileBytes }),
      newWriter: async (expectedPartitions: number) => {
        const generation = this.o.newGeneration();
        const path = sstablePath(this.o.dataDir, table.tableId, generation);
        await mkdirDurable(this.o.fs, posix.dirname(path));
        outputs.push({ generation, path });
        return SSTableWriter.create({ fs: this.o.fs, path, expectedPartitions, bloomFpChance: table.options.bloomFilterFpChance, clock: this.o.clock });
      },
      versions: table.options.versions,
      gcGraceSeconds: table.options.gcGraceSeconds,
      nowSeconds: this.o.clock.nowSeconds(),
      maxPurgeableTimestamp: (token: bigint, partitionKey: Uint8Array) => {
        let min = NO_OLDER_DATA;
        for (const f of others) if (f.meta.minTimestamp < min && f.reader.mightContain(token, partitionKey)) min = f.meta.minTimestamp;
        for (const m of this.o.memtables()) {
          const t = m.minTimestamp(table.tableId);
          if (t !== undefined && t < min && m.has(table.tableId, token, partitionKey)) min = t;
        }
        return min;
      },
      throttle: this.throttle,
      signal: this.abort.signal,
      fs: this.o.fs,
    });
  }

  /** Runs the merge in the worker thread; output paths are allocated here, in advance. */
  private async runInWorker(
    table: TableView,
    pick: CompactionPick,
    inputs: readonly LiveSSTable[],
    others: readonly LiveSSTable[],
    outputs: { generation: number; path: string }[],
  ): Promise<{ outputs: readonly SSTableMeta[]; bytesRead: number; bytesWritten: number; tombstonesPurged: number }> {
    const inputBytes = inputs.reduce((n, f) => n + f.meta.fileBytes, 0);
    const count = pick.maxOutputFileBytes === undefined ? 1 : 2 * Math.ceil(inputBytes / pick.maxOutputFileBytes) + WORKER_SPARE_OUTPUTS;
    for (let i = 0; i < count; i++) {
      const generation = this.o.newGeneration();
      outputs.push({ generation, path: sstablePath(this.o.dataDir, table.tableId, generation) });
    }
    await mkdirDurable(this.o.fs, posix.dirname(outputs[0]!.path));
    // One bound for every partition (see worker.ts): the oldest data outside the compaction.
    let maxPurgeable = NO_OLDER_DATA;
    for (const f of others) if (f.meta.minTimestamp < maxPurgeable) maxPurgeable = f.meta.minTimestamp;
    for (const m of this.o.memtables()) {
      const t = m.minTimestamp(table.tableId);
      if (t !== undefined && t < maxPurgeable) maxPurgeable = t;
    }
    const r = await this.worker!.run(
      {
        kind: 'compact',
        inputPaths: inputs.map((f) => f.meta.path),
        outputPaths: outputs.map((o) => o.path),
        outputLevel: pick.outputLevel,
        ...(pick.maxOutputFileBytes === undefined ? {} : { maxOutputFileBytes: pick.maxOutputFileBytes }),
        versions: table.options.versions,
        gcGraceSeconds: table.options.gcGraceSeconds,
        nowSeconds: this.o.clock.nowSeconds(),
        maxPurgeableTimestamp: maxPurgeable,
        bytesPerSecond: this.throttle.bytesPerSecond,
        bloomFpChance: table.options.bloomFilterFpChance,
      },
      this.abort.signal,
    );
    if (!r.ok) {
      if (r.corruptFile !== undefined) throw new CorruptionError(r.corruptFile, r.corruptOffset ?? 0, r.error);
      throw new Error(`compaction failed: ${r.error}`);
    }
    return { outputs: r.outputs.map((o) => o.meta), bytesRead: r.bytesRead, bytesWritten: r.bytesWritten, tombstonesPurged: r.tombstonesPurged };
  }

  stats(): CompactionStats {
    let pending = 0;
    const now = this.o.clock.nowSeconds();
    for (const t of this.o.tables()) pending += pendingCompactions(t.options.compaction, describe(t.sstables, now - t.options.gcGraceSeconds), this.compacting);
    return { ...this.counters, running: this.running === undefined ? 0 : 1, pending, inWorker: this.worker !== undefined };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    await this.running?.catch(() => undefined);
    await this.worker?.close();
  }

  private async loop(only: string | undefined): Promise<void> {
    for (;;) {
      if (this.closed) return;
      let ran = false;
      for (const table of this.o.tables()) {
        if (only !== undefined && table.tableId !== only) continue;
        const candidates = table.sstables.filter((f) => !f.quarantined);
        const state = this.leveledState.get(table.tableId) ?? {};
        this.leveledState.set(table.tableId, state);
        const now = this.o.clock.nowSeconds();
        const pick = pickCompaction(table.options.compaction, describe(candidates, now - table.options.gcGraceSeconds), this.compacting, state, now);
        if (pick === undefined) continue;
        try {
          await this.execute(table, pick);
        } catch (err) {
          if (this.closed) return;
          this.o.onFailure(err as Error);
          return;
        }
        ran = true;
      }
      if (!ran) return;
    }
  }

  private async execute(table: TableView, pick: CompactionPick): Promise<void> {
    const wanted = new Set(pick.inputs);
    const inputs = table.sstables.filter((f) => wanted.has(f.generation));
    if (inputs.length === 0) return;
    const started = Date.now();
    for (const f of inputs) this.compacting.add(f.generation);
    const release = acquire(inputs, (f) => this.o.onUnreferenced(f));
    const outputs: { generation: number; path: string }[] = [];
    try {
      const others = table.sstables.filter((f) => !wanted.has(f.generation) && !f.quarantined);
      const result = this.worker === undefined ? await this.runHere(table, pick, inputs, others, outputs) : await this.runInWorker(table, pick, inputs, others, outputs);
      const byPath = new Map(outputs.map((o) => [o.path, o.generation]));
      const added: LiveSSTable[] = [];
      try {
        for (const meta of result.outputs) {
          const generation = byPath.get(meta.path);
          if (generation === undefined) throw new Error(`compaction output ${meta.path} was not created by this compaction`);
          const reader = await this.o.openReader(meta.path, generation);
          added.push({ tableId: table.tableId, generation, level: pick.outputLevel, reader, meta: reader.meta, refs: 0, retired: false, quarantined: false });
        }
        await this.o.commit(table.tableId, inputs, added);
      } catch (err) {
        // Not committed: the outputs are not live (open deletes unlisted files anyway).
        for (const f of added) await f.reader.close().catch(() => undefined);
        throw err;
      }
      this.counters.completed++;
      this.counters.bytesRead += result.bytesRead;
      this.counters.bytesWritten += result.bytesWritten;
      this.counters.tombstonesPurged += result.tombstonesPurged;
      this.o.listener?.onCompaction?.({
        tableId: table.tableId,
        inputs: inputs.length,
        outputs: added.length,
        bytesIn: result.bytesRead,
        bytesOut: result.bytesWritten,
        durationMs: Date.now() - started,
      });
    } finally {
      release();
      for (const f of inputs) this.compacting.delete(f.generation);
    }
  }
}

function describe(files: readonly LiveSSTable[], gcBeforeSeconds: number): SSTableDescriptor[] {
  return files.map((f) => describeSSTable(f.meta, f.generation, f.level, gcBeforeSeconds));
}
