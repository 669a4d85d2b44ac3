/**
 * The storage engine of one node: commit log, memtables, SSTables, compaction
 * (doc/engine_design.md).
 *
 * Contract:
 * - `open` loads the manifest, deletes files it does not name (an interrupted flush or
 *   compaction), opens the live SSTables (checking every checksum but the data blocks'),
 *   replays the commit log from the manifest's position and deletes recycled segments.
 * - `apply` / `applyBatch` validate (InvalidMutationError, TableDroppedError,
 *   MutationTooLargeError reject before anything is written), append to the commit log and
 *   resolve only after the entry is fdatasync'd (group commit; not in 'periodic' mode) AND in
 *   the memtable: a resolved apply is visible to reads and survives kill -9 and power loss. A
 *   batch is one commit-log entry: after a crash all of its mutations are there or none. When
 *   flushes fall behind, applies slow down and then wait (memory stays bounded).
 * - `read` sees every resolved apply, and every apply to the same partition token begun
 *   before it (it waits for those to resolve or fail): a replica that received a write
 *   before a read answers the read with it. `scan` pages through a table in partition order.
 * - `dropTable` is durable and final: the id is refused forever, its files are deleted.
 * - A disk failure (a corrupt file, a flush or compaction that cannot write) follows
 *   `diskFailurePolicy`: 'stop' fails every later call with EngineStoppedError and sets
 *   `failure`; 'best_effort' takes a corrupt SSTable out of service (the call that met it still
 *   fails) and carries on.
 */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import type { Clock } from './clock.js';
import { CommitLog } from './commitlog/commit-log.js';
import type { CommitLogOptions, CommitLogPosition, CommitLogStats, ReplayResult } from './commitlog/commit-log.js';
import { mkdirDurable } from './commitlog/segment-files.js';
import { comparePartitionPositions } from './bytes.js';
import {
  CommitLogFailedError,
  ClosedError,
  CorruptionError,
  EngineStoppedError,
  TableDroppedError,
  UnsupportedFormatError,
} from './errors.js';
import type { FileSystem } from './fs.js';
import { nodeFileSystem } from './node-fs.js';
import { isFsErrorCode } from './fs.js';
import { loadManifest, writeManifest, type ManifestSSTable, type ManifestState } from './manifest.js';
import { ArenaChunkPool, type ArenaPoolStats } from './arena.js';
import { Memtable, type StagedBlob } from './memtable.js';
import { BatchScanSource, MemtableScanSource, ParkedScans, closeParked, type ScanSource } from './scan-sources.js';
import { hitLimit, keepFirstLive, mergePartialAnswers, sliceAfter, type PartialAnswer } from './read-merge.js';
import { isCellLive, isRowLive } from './purge.js';
import { makePartition, makeRow, mergePartitions } from './reconcile.js';
import { FULL_SLICE } from './slice.js';
import type { ClusteringSlice } from './slice.js';
import { BlockCache, SSTableReader, SSTableWriter } from './sstable/index.js';
import {
  SSTABLES_DIR_NAME,
  acquire,
  deleteSSTable,
  parseSSTableFileName,
  sstablePath,
  tableDirName,
  type LiveSSTable,
} from './sstable-set.js';
import { DEFAULT_TABLE_OPTIONS, resolveTableOptions, type TableOptions, type TableOptionsInput } from './table-options.js';
import type { Mutation, PartitionData, RowData } from './types.js';
import { BackgroundWorker, COMPACTION_WORKER_AVAILABLE } from './background-worker.js';
import { CompactionManager, type CompactionStats } from './compaction-manager.js';

/** Name of the commit-log directory inside the data directory. */
export const COMMITLOG_DIR_NAME = 'commitlog';
/** Default memtable size before it is switched out and flushed (all tables together). */
export const MEMTABLE_BYTES_MAX_DEFAULT = 32 * 1024 * 1024;
/** Memtables waiting for flush before writes wait. */
export const MEMTABLE_FLUSH_QUEUE_MAX_DEFAULT = 2;
/**
 * Fraction of one core a flush in the worker thread may keep while it is the only memtable
 * waiting (compaction/worker.ts paces it). A 32 MiB memtable costs ~0.8 s of CPU to flush;
 * paced, it takes ~3 s of wall time instead of a burst that, on a node sharing its cores, stalls
 * reads and writes. A flush goes full speed once another memtable queues behind it, a write
 * waits for it, or `flush()` / `close()` is called.
 */
export const FLUSH_DUTY_CYCLE_DEFAULT = 0.25;
/** Default block cache size. */
export const BLOCK_CACHE_BYTES_DEFAULT = 128 * 1024 * 1024;
/** Partitions a scan page holds when the caller does not say. */
export const SCAN_PAGE_PARTITIONS_DEFAULT = 1_000;

export type EngineCommitLogOptions = Omit<CommitLogOptions, 'dir' | 'fs' | 'clock'>;
export type DiskFailurePolicy = 'stop' | 'best_effort';

export interface EngineListener {
  onFlush?(event: { tables: number; partitions: number; bytes: number; durationMs: number }): void;
  onCompaction?(event: { tableId: string; inputs: number; outputs: number; bytesIn: number; bytesOut: number; durationMs: number }): void;
  onDiskFailure?(event: { error: Error; policy: DiskFailurePolicy; file?: string }): void;
}

export interface StorageEngineOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly commitLog?: EngineCommitLogOptions;
  readonly memtableBytesMax?: number;
  readonly memtableFlushQueueMax?: number;
  /**
   * Each memtable is switched out at a random size between `memtableBytesMax × (1 − jitter)`
   * and `memtableBytesMax`; jitter in [0, 1), default 0. Replicas receive the same writes, so
   * without it they fill and flush their memtables at the same moment.
   */
  readonly memtableSwitchJitter?: number;
  /** FLUSH_DUTY_CYCLE_DEFAULT; in (0, 1], 1 = flushes never paced. */
  readonly flushDutyCycle?: number;
  readonly blockCacheBytesMax?: number;
  /** Compaction throughput limit in bytes per second (Cassandra's 64 MiB/s); 0 = unlimited. */
  readonly compactionBytesPerSecondMax?: number;
  /** 'background' (default) compacts on its own; 'manual' only when `compact()` is called (tests). */
  readonly compactionMode?: 'background' | 'manual';
  readonly diskFailurePolicy?: DiskFailurePolicy;
  readonly listener?: EngineListener;
  /**
   * Compact in a worker thread (default: yes on the real filesystem, when the engine runs from
   * its build). The in-memory test filesystem always compacts on the calling thread.
   */
  readonly compactionInWorker?: boolean;
  /** Options of the tables known at open (replay needs `versions`); more via setTableOptions. */
  readonly tableOptions?: Readonly<Record<string, TableOptionsInput>>;
}

export interface ReadOptions {
  /** Select from the end of the slice (with `limitRows`: the last N rows). Rows still come back ascending. */
  readonly reversed?: boolean;
  /** Stop after this many live rows (Cassandra counts live rows; tombstoned rows on the way are returned too). */
  readonly limitRows?: number;
  /** Time deciding TTL liveness for `limitRows`; defaults to the engine clock. */
  readonly nowSeconds?: number;
  /**
   * A names query (Cassandra's ClusteringIndexNamesFilter): exactly the row whose full
   * clustering key is `clustering` (rows that merely start with those bytes are other rows);
   * the `slice` argument is ignored. `columns` names every column the row can have (the
   * table's regular or static columns): the result holds cells of those only, and whether the
   * row exists is decided from them, so leaving one out can hide a row. For a table
   * keeping one version, it lets the read stop early as Cassandra's names queries do: SSTables
   * are read newest data first (by max timestamp), and one whose max timestamp is below every
   * wanted cell found so far is skipped when those cells decide the row (they are all live, or
   * the row's liveness is newer too). Such a result is exact for what is visible (liveRows) but
   * may lack older tombstones or an older row liveness that cannot change it: do not use it
   * where results are compared byte for byte (digests). Not with `limitRows` or `reversed`.
   */
  readonly row?: { readonly clustering: Uint8Array; readonly columns: readonly string[] };
}

export interface PartitionPosition {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
}

export interface ScanOptions {
  /** Start after this partition (exclusive); absent: at the first partition. */
  readonly after?: PartitionPosition;
  /** Partitions per page (default SCAN_PAGE_PARTITIONS_DEFAULT). */
  readonly limit?: number;
}

export interface ScanPage {
  /** Reconciled partitions in partition order, tombstones included. */
  readonly partitions: PartitionData[];
  /** Pass as `after` for the next page; undefined when the table has no more partitions. */
  readonly next: PartitionPosition | undefined;
}

export interface StorageEngineStats {
  readonly commitLog: CommitLogStats;
  readonly memtableBytes: number;
  readonly memtablePartitions: number;
  readonly memtablesFlushing: number;
  /** The memtables' arena chunk pool (arena.ts). */
  readonly memtableArena: ArenaPoolStats;
  readonly droppedTables: number;
  readonly flushes: number;
  readonly flushBytesWritten: number;
  /** Flushes are encoded and written in a worker thread (else on the engine's thread). */
  readonly flushInWorker: boolean;
  readonly writeStalls: number;
  readonly sstables: { readonly tableId: string; readonly level: number; readonly count: number; readonly bytes: number }[];
  readonly sstableBytesTotal: number;
  readonly reads: number;
  /** SSTables whose data was read, summed over reads (read amplification = this / reads). */
  readonly sstablesTouched: number;
  readonly bloomChecks: number;
  readonly bloomNegatives: number;
  /** Scan pages that continued the previous page's SSTable streams (parked) instead of seeking. */
  readonly scanPagesResumed: number;
  readonly bloomFalsePositives: number;
  readonly blockCache: { readonly hits: number; readonly misses: number; readonly bytes: number; readonly evictions: number };
  readonly compaction: CompactionStats;
  readonly quarantinedSSTables: number;
  /** Reads and applied mutations per table since open (tables dropped since are left out). */
  readonly tableActivity: readonly { readonly tableId: string; readonly reads: number; readonly writes: number }[];
}

interface MemtableSlot {
  readonly memtable: Memtable;
  /** Applies appended to the log for this memtable and not yet in it. */
  pendingWrites: number;
  /** The highest commit-log position of a record applied here. */
  lastPosition: CommitLogPosition | undefined;
  drained: (() => void)[];
}

interface TableState {
  readonly tableId: string;
  options: TableOptions;
  /** Live files, newest generation first. */
  sstables: LiveSSTable[];
}

function laterPosition(a: CommitLogPosition | undefined, b: CommitLogPosition): CommitLogPosition {
  if (a === undefined) return b;
  return b.segmentId > a.segmentId || (b.segmentId === a.segmentId && b.offset > a.offset) ? b : a;
}

export class StorageEngine {
  private closed = false;
  private failureError: Error | undefined;
  private active: MemtableSlot;
  /** Switched-out memtables, oldest first, waiting for (or in) flush. */
  private readonly flushing: MemtableSlot[] = [];
  private flushLoop: Promise<void> | undefined;
  private readonly flushWaiters: (() => void)[] = [];
  private manifestChain: Promise<unknown> = Promise.resolve();
  private readonly tables = new Map<string, TableState>();
  /** Files replaced or dropped, still referenced by reads in flight. */
  private readonly retiring = new Set<LiveSSTable>();
  /** SSTable sources of scan pages that ended with more to read, waiting for their next page. */
  private readonly parkedScans = new ParkedScans();
  private readonly dropped: Set<string>;
  /**
   * Per partition token, the applies begun and not yet resolved or failed (each batch's
   * settle promise, once per mutation of it): what a read of that token waits for.
   */
  private readonly unsettled = new Map<bigint, Promise<void>[]>();
  private nextFileId = 1;
  /** Next SSTable generation; never lower than the manifest's. */
  private nextGeneration: number;
  private readonly memtableBytesMax: number;
  private readonly memtableSwitchJitter: number;
  /** The active memtable is switched out at this size (memtableBytesMax less its jitter). */
  private memtableSwitchBytes: number;
  private readonly flushDutyCycle: number;
  /** Fired to lift the pacing of the memtable being flushed (one controller per memtable). */
  private flushHurry = new AbortController();
  /** Callers of `flush()` waiting: while any does, no flush is paced. */
  private flushCallersWaiting = 0;
  private readonly flushQueueMax: number;
  private readonly policy: DiskFailurePolicy;
  private readonly compactions: CompactionManager;
  /** Reads and applied mutations per table (StorageEngineStats.tableActivity). */
  private readonly activity = new Map<string, { reads: number; writes: number }>();
  /** The thread memtable flushes are encoded and written in (real filesystem only). */
  private readonly flushWorker: BackgroundWorker | undefined;
  private readonly counters = {
    flushes: 0,
    flushBytesWritten: 0,
    writeStalls: 0,
    reads: 0,
    sstablesTouched: 0,
    bloomChecks: 0,
    bloomNegatives: 0,
    scanPagesResumed: 0,
  };

  private constructor(
    private readonly options: StorageEngineOptions,
    private readonly log: CommitLog,
    private manifest: ManifestState,
    readonly blockCache: BlockCache,
    /** What replay found at open. */
    readonly replayResult: ReplayResult,
    memtable: Memtable,
    replayedUpTo: CommitLogPosition | undefined,
    /** Where every memtable's arena chunks come from (arena.ts). */
    private readonly arenaPool: ArenaChunkPool,
  ) {
    this.memtableBytesMax = options.memtableBytesMax ?? MEMTABLE_BYTES_MAX_DEFAULT;
    this.flushQueueMax = options.memtableFlushQueueMax ?? MEMTABLE_FLUSH_QUEUE_MAX_DEFAULT;
    this.policy = options.diskFailurePolicy ?? 'stop';
    assert.ok(Number.isInteger(this.memtableBytesMax) && this.memtableBytesMax >= 1024, 'memtableBytesMax must be an integer >= 1024');
    assert.ok(Number.isInteger(this.flushQueueMax) && this.flushQueueMax >= 1, 'memtableFlushQueueMax must be a positive integer');
    this.memtableSwitchJitter = options.memtableSwitchJitter ?? 0;
    assert.ok(this.memtableSwitchJitter >= 0 && this.memtableSwitchJitter < 1, 'memtableSwitchJitter must be in [0, 1)');
    this.memtableSwitchBytes = this.nextSwitchBytes();
    this.flushDutyCycle = options.flushDutyCycle ?? FLUSH_DUTY_CYCLE_DEFAULT;
    assert.ok(this.flushDutyCycle > 0 && this.flushDutyCycle <= 1, 'flushDutyCycle must be in (0, 1]');
    this.dropped = new Set(manifest.droppedTables);
    this.nextGeneration = manifest.nextGeneration;
    this.active = { memtable, pendingWrites: 0, lastPosition: replayedUpTo, drained: [] };
    this.flushWorker = StorageEngine.usesWorker(options) ? new BackgroundWorker() : undefined;
    // Booted at open: the first flush (often soon after a restart's replay) need not wait for it.
    this.flushWorker?.warm();
    this.compactions = new CompactionManager({
      fs: options.fs,
      clock: options.clock,
      dataDir: options.dataDir,
      bytesPerSecondMax: options.compactionBytesPerSecondMax,
      mode: options.compactionMode ?? 'background',
      tables: () => [...this.tables.values()],
      memtables: () => [this.active.memtable, ...this.flushing.map((s) => s.memtable)],
      newGeneration: () => this.allocateGeneration(),
      openReader: (path, generation) => this.openReader(path, generation),
      commit: (tableId, removed, added) => this.commitCompaction(tableId, removed, added),
      onFailure: (err) => this.diskFailure(err),
      listener: options.listener,
      inWorker: StorageEngine.usesWorker(options),
      onUnreferenced: (f) => void this.deleteRetired(f),
    });
  }

  static async open(options: StorageEngineOptions): Promise<StorageEngine> {
    const { fs, dataDir } = options;
    await mkdirDurable(fs, dataDir);
    await mkdirDurable(fs, posix.join(dataDir, SSTABLES_DIR_NAME));
    let manifest = await loadManifest(fs, dataDir);
    const blockCache = new BlockCache(options.blockCacheBytesMax ?? BLOCK_CACHE_BYTES_DEFAULT);
    const log = await CommitLog.open({ ...options.commitLog, dir: posix.join(dataDir, COMMITLOG_DIR_NAME), fs, clock: options.clock });

    // Replay first (into a memtable), so that tables dropped after the last manifest are known.
    const arenaPool = StorageEngine.arenaPool(options);
    const memtable = new Memtable(arenaPool);
    const droppedAtOpen = new Set(manifest.droppedTables);
    const tableOptions = new Map(Object.entries(options.tableOptions ?? {}).map(([id, o]) => [id, resolveTableOptions(o)]));
    const versionsOf = (tableId: string) => tableOptions.get(tableId)?.versions ?? 1;
    let replayedUpTo: CommitLogPosition | undefined = manifest.replayAfter;
    const replayResult = await log.replay(
      (record, position) => {
        replayedUpTo = laterPosition(replayedUpTo, position);
        if (record.kind === 'dropTable') {
          droppedAtOpen.add(record.tableId);
          memtable.dropTable(record.tableId);
          return;
        }
        for (const m of record.mutations) if (!droppedAtOpen.has(m.tableId)) memtable.apply(m, versionsOf(m.tableId));
      },
      manifest.replayAfter === undefined ? {} : { after: manifest.replayAfter },
    );
    if (manifest.replayAfter !== undefined) await log.recycleBefore(manifest.replayAfter);

    // Tables dropped by a replayed marker but still listed: drop them from the manifest now.
    const newlyDropped = [...droppedAtOpen].filter((t) => !manifest.droppedTables.includes(t));
    if (newlyDropped.length > 0) {
      const tables = { ...manifest.tables };
      for (const t of newlyDropped) delete tables[t];
      manifest = { ...manifest, epoch: manifest.epoch + 1, droppedTables: [...manifest.droppedTables, ...newlyDropped], tables };
      await writeManifest(fs, dataDir, manifest);
    }

    const engine = new StorageEngine(options, log, manifest, blockCache, replayResult, memtable, replayedUpTo, arenaPool);
    for (const [tableId, o] of tableOptions) engine.table(tableId).options = o;
    await engine.openSSTables();
    if (engine.active.memtable.bytes >= engine.memtableSwitchBytes) engine.switchMemtable();
    engine.compactions.schedule();
    return engine;
  }

  /**
   * The engine's arena chunk pool: chunks of about a 32nd of a memtable; idle chunks kept for
   * as many memtables as may live at once (the active one and the flush queue), so that in a
   * steady state every chunk is reused and none is left to the garbage collector (arena.ts).
   */
  private static arenaPool(options: StorageEngineOptions): ArenaChunkPool {
    const memtableBytesMax = options.memtableBytesMax ?? MEMTABLE_BYTES_MAX_DEFAULT;
    const memtablesMax = (options.memtableFlushQueueMax ?? MEMTABLE_FLUSH_QUEUE_MAX_DEFAULT) + 1;
    const chunkBytes = ArenaChunkPool.chunkBytesFor(memtableBytesMax);
    return new ArenaChunkPool(chunkBytes, memtablesMax * (Math.ceil(memtableBytesMax / chunkBytes) + 1));
  }

  /** Whether compactions run in a worker thread. */
  private static usesWorker(options: StorageEngineOptions): boolean {
    return (options.compactionInWorker ?? options.fs === nodeFileSystem) && COMPACTION_WORKER_AVAILABLE;
  }

  /** Sets a table's options (versions, gc grace, compaction strategy, bloom filter); see TableOptions. */
  setTableOptions(tableId: string, input: TableOptionsInput): void {
    const options = resolveTableOptions(input);
    this.table(tableId).options = options;
    this.compactions.schedule();
  }

  tableOptions(tableId: string): TableOptions {
    return this.tables.get(tableId)?.options ?? DEFAULT_TABLE_OPTIONS;
  }

  apply(mutation: Mutation): Promise<void> {
    return this.applyBatch([mutation]);
  }

  /** Applies mutations atomically with respect to crashes (one commit-log entry). */
  async applyBatch(mutations: readonly Mutation[]): Promise<void> {
    this.checkWritable();
    for (const m of mutations) if (this.dropped.has(m.tableId)) throw new TableDroppedError(m.tableId);
    if (mutations.length === 0) return;
    // Registered before the first await: a read begun after this call waits for it.
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    for (const m of mutations) {
      const waiting = this.unsettled.get(m.token);
      if (waiting === undefined) this.unsettled.set(m.token, [settled]);
      else waiting.push(settled);
    }
    try {
      await this.applyAdmitted(mutations);
    } finally {
      for (const m of mutations) {
        const waiting = this.unsettled.get(m.token)!;
        if (waiting.length === 1) this.unsettled.delete(m.token);
        else waiting.splice(waiting.indexOf(settled), 1);
      }
      settle();
    }
  }

  private async applyAdmitted(mutations: readonly Mutation[]): Promise<void> {
    await this.admit();
    // The memtable is chosen in log order: every record of a memtable precedes every record of
    // the next one, so a flushed memtable's last position bounds what replay may skip.
    const slot = this.active;
    slot.pendingWrites++;
    try {
      const appended = this.log.appendBatch(mutations);
      // While the log writes (and, in group mode, syncs) the batch, its blobs are encoded
      // into the memtable's arena; they become visible only once the batch is durable.
      let staged: (StagedBlob | undefined)[] | undefined;
      try {
        staged = mutations.map((m) => slot.memtable.stage(m));
      } catch {
        staged = undefined; // an invalid mutation: the log refuses the batch (appended rejects)
      }
      const position = await appended;
      slot.lastPosition = laterPosition(slot.lastPosition, position);
      // A batch is mostly of one table: its lookups are done once per run of the same table.
      let tableId: string | undefined;
      let dropped = false;
      let versions = 1;
      let activity: { reads: number; writes: number } | undefined;
      for (let i = 0; i < mutations.length; i++) {
        const m = mutations[i]!;
        if (m.tableId !== tableId) {
          tableId = m.tableId;
          dropped = this.dropped.has(tableId);
          versions = this.tableOptions(tableId).versions;
          activity = this.activityOf(tableId);
        }
        if (dropped) continue;
        slot.memtable.apply(m, versions, staged?.[i]);
        activity!.writes++;
      }
    } finally {
      slot.pendingWrites--;
      if (slot.pendingWrites === 0) for (const d of slot.drained.splice(0)) d();
    }
    if (slot === this.active && slot.memtable.bytes >= this.memtableSwitchBytes && this.flushing.length < this.flushQueueMax) this.switchMemtable();
  }

  /**
   * Waits while the active memtable is full and the flush queue is too (backpressure); a full
   * memtable is switched out only when the queue has room, so at most 1 + flushQueueMax
   * memtables ever live.
   */
  private async admit(): Promise<void> {
    while (this.active.memtable.bytes >= this.memtableSwitchBytes) {
      if (this.flushing.length < this.flushQueueMax) {
        this.switchMemtable();
        break;
      }
      this.flushHurry.abort();
      this.counters.writeStalls++;
      await new Promise<void>((resolve) => this.flushWaiters.push(resolve));
      this.checkWritable();
    }
    // Slow down before stopping: with flushes behind, each write yields to let them run.
    if (this.flushing.length >= this.flushQueueMax) await new Promise((r) => setImmediate(r));
  }

  /** One partition's rows within `slice`, with tombstones (see README: read). */
  async read(
    tableId: string,
    token: bigint,
    partitionKey: Uint8Array,
    slice: ClusteringSlice = FULL_SLICE,
    options: ReadOptions = {},
  ): Promise<PartitionData | undefined> {
    this.checkOpen();
    const waiting = this.unsettled.get(token);
    if (waiting !== undefined) {
      await Promise.all(waiting);
      this.checkOpen();
    }
    this.activityOf(tableId).reads++;
    const nowSeconds = options.nowSeconds ?? this.options.clock.nowSeconds();
    const reversed = options.reversed ?? false;
    const limitRows = options.limitRows;
    assert.ok(limitRows === undefined || (Number.isInteger(limitRows) && limitRows > 0), 'limitRows must be a positive integer');
    const table = this.tables.get(tableId);
    const versions = table?.options.versions ?? 1;
    if (options.row !== undefined) {
      assert.ok(limitRows === undefined && !reversed, 'a names query (row) takes no limitRows or reversed');
      return this.readRow(tableId, token, partitionKey, options.row.clustering, options.row.columns, nowSeconds, versions);
    }
    const memtables = [this.active.memtable, ...this.flushing.map((s) => s.memtable).reverse()];
    const candidates = (table?.sstables ?? []).filter((f) => {
      if (f.quarantined) return false;
      this.counters.bloomChecks++;
      const maybe = f.reader.mightContain(token, partitionKey);
      if (!maybe) this.counters.bloomNegatives++;
      return maybe;
    });
    const release = acquire(candidates, (f) => void this.deleteRetired(f));
    this.counters.reads++;
    this.counters.sstablesTouched += candidates.length;
    try {
      let result: PartitionData | undefined;
      let current = slice;
      // Rounds until the limit is met or no source was cut short (see read-merge.ts).
      for (;;) {
        const remaining = limitRows === undefined ? undefined : limitRows - countLive(result, nowSeconds);
        const readOptions = { reversed, nowSeconds, ...(remaining === undefined ? {} : { limitRows: remaining }) };
        const answers: PartialAnswer[] = [];
        for (const m of memtables) {
          const p = m.read(tableId, token, partitionKey, current, readOptions);
          answers.push({ partition: p, truncated: hitLimit(p, remaining, nowSeconds) });
        }
        const fromFiles = await Promise.all(candidates.map((f) => this.readFile(f, token, partitionKey, current, readOptions)));
        for (const p of fromFiles) answers.push({ partition: p, truncated: hitLimit(p, remaining, nowSeconds) });
        const merged = mergePartialAnswers(answers, reversed, { versions });
        if (merged.partition !== undefined) {
          result = result === undefined ? merged.partition : mergePartitions(result, merged.partition, { versions });
        }
        if (merged.resumeAfter === undefined || limitRows === undefined || countLive(result, nowSeconds) >= limitRows) break;
        current = sliceAfter(current, merged.resumeAfter, reversed);
      }
      if (result !== undefined && limitRows !== undefined) result = keepFirstLive(result, limitRows, reversed, nowSeconds);
      return nonEmpty(result);
    } finally {
      release();
    }
  }

  /** A names query: one row, some columns, stopping early (see ReadOptions.row). */
  private async readRow(
    tableId: string,
    token: bigint,
    partitionKey: Uint8Array,
    clustering: Uint8Array,
    columns: readonly string[],
    nowSeconds: number,
    versions: number,
  ): Promise<PartitionData | undefined> {
    const table = this.tables.get(tableId);
    const slice: ClusteringSlice = { start: clustering, startInclusive: true, end: clustering, endInclusive: true };
    const readOptions = { reversed: false, nowSeconds };
    let result: PartitionData | undefined;
    const merge = (p: PartitionData | undefined): void => {
      const only = p === undefined ? undefined : onlyRow(p, clustering, columns);
      if (only !== undefined) result = result === undefined ? only : mergePartitions(result, only, { versions });
    };
    merge(this.active.memtable.read(tableId, token, partitionKey, slice, readOptions));
    for (let i = this.flushing.length - 1; i >= 0; i--) merge(this.flushing[i]!.memtable.read(tableId, token, partitionKey, slice, readOptions));
    const candidates = (table?.sstables ?? []).filter((f) => {
      if (f.quarantined) return false;
      this.counters.bloomChecks++;
      const maybe = f.reader.mightContain(token, partitionKey);
      if (!maybe) this.counters.bloomNegatives++;
      return maybe;
    });
    candidates.sort((a, b) => (a.meta.maxTimestamp > b.meta.maxTimestamp ? -1 : a.meta.maxTimestamp < b.meta.maxTimestamp ? 1 : 0));
    const release = acquire(candidates, (f) => void this.deleteRetired(f));
    this.counters.reads++;
    try {
      for (const f of candidates) {
        if (versions === 1 && rowDecidedAbove(result, f.meta.maxTimestamp, columns, nowSeconds)) break;
        this.counters.sstablesTouched++;
        merge(await this.readFile(f, token, partitionKey, slice, readOptions));
      }
      return nonEmpty(result);
    } finally {
      release();
    }
  }

  private async readFile(
    f: LiveSSTable,
    token: bigint,
    partitionKey: Uint8Array,
    slice: ClusteringSlice,
    options: { reversed: boolean; limitRows?: number; nowSeconds: number },
  ): Promise<PartitionData | undefined> {
    try {
      return await f.reader.get(token, partitionKey, slice, options);
    } catch (err) {
      if (err instanceof CorruptionError) this.corruptFile(f, err);
      throw err;
    }
  }

  /**
   * One page of a table's partitions in partition order, reconciled across every source.
   * Pass `next` back as `after` for the following page: when that page comes within
   * SCAN_PARKED_IDLE_MS, it continues this page's SSTable streams instead of seeking again.
   */
  async scan(tableId: string, options: ScanOptions = {}): Promise<ScanPage> {
    this.checkOpen();
    const limit = options.limit ?? SCAN_PAGE_PARTITIONS_DEFAULT;
    assert.ok(Number.isInteger(limit) && limit > 0, 'scan limit must be a positive integer');
    const table = this.tables.get(tableId);
    const versions = table?.options.versions ?? 1;
    const files = (table?.sstables ?? []).filter((f) => !f.quarantined);
    const release = acquire(files, (f) => void this.deleteRetired(f));
    const parked = options.after === undefined ? undefined : this.parkedScans.take(tableId, versions, options.after);
    if (parked !== undefined) this.counters.scanPagesResumed++;
    const fileSources: BatchScanSource[] = [];
    for (const f of files) {
      const reused = parked?.sources.find((s) => s.file === f);
      if (reused !== undefined) fileSources.push(reused);
      else fileSources.push(new BatchScanSource(f, f.reader.scanBatches(options.after === undefined ? {} : { after: options.after })[Symbol.asyncIterator]()));
    }
    // After our own references are taken: closes the parked sources of files no longer live.
    if (parked !== undefined) void closeParked(parked, fileSources);
    // The memtables are read across awaits: held, so a flush finishing meanwhile cannot recycle their arenas.
    const memtables = [this.active.memtable, ...this.flushing.map((s) => s.memtable)];
    for (const m of memtables) m.retain();
    let next: PartitionPosition | undefined;
    try {
      const sources: ScanSource[] = memtables.map((m) => new MemtableScanSource(m.cursor(tableId, options.after)));
      for (const s of fileSources) sources.push(s);
      await Promise.all(sources.map((s) => s.fill()));
      const partitions: PartitionData[] = [];
      // tied[0, tiedCount): the sources whose head is the smallest position, newest first (as
      // `sources` is ordered). A count, not `tied.length = 0`, which V8 does not inline.
      const tied: ScanSource[] = new Array<ScanSource>(sources.length);
      const mergeOptions = { versions };
      while (partitions.length < limit) {
        let min: PartitionData | undefined;
        let tiedCount = 0;
        for (let i = 0; i < sources.length; i++) {
          const s = sources[i]!;
          const h = s.head;
          if (h === undefined) continue;
          const c = min === undefined ? -1 : comparePartitionPositions(h, min);
          if (c < 0) {
            min = h;
            tiedCount = 0;
          }
          if (c <= 0) tied[tiedCount++] = s;
        }
        if (min === undefined) break;
        let merged = min;
        for (let i = 0; i < tiedCount; i++) {
          const s = tied[i]!;
          if (i > 0) merged = mergePartitions(merged, s.head!, mergeOptions);
          if (!s.advance()) await s.fill();
        }
        partitions.push(merged);
      }
      const more = sources.some((s) => s.head !== undefined);
      const last = partitions.at(-1);
      next = more && last !== undefined ? { token: last.token, partitionKey: last.partitionKey } : undefined;
      return { partitions, next };
    } catch (err) {
      next = undefined;
      if (err instanceof CorruptionError) {
        const f = files.find((x) => x.meta.path === err.file);
        if (f !== undefined) this.corruptFile(f, err);
      }
      throw err;
    } finally {
      for (const m of memtables) m.release();
      // Every source's head is past `next` (each tied source advanced): the next page can go on from here.
      if (next !== undefined && fileSources.length > 0 && !this.closed) {
        this.parkedScans.park({ tableId, versions, next, sources: fileSources, release });
      } else {
        for (const s of fileSources) await s.close();
        release();
      }
    }
  }

  /** Durably drops a table: refused forever after, its data forgotten and its files deleted. Idempotent. */
  async dropTable(tableId: string): Promise<void> {
    this.checkWritable();
    if (this.dropped.has(tableId)) return;
    this.dropped.add(tableId);
    this.activity.delete(tableId);
    await this.log.appendDropTable(tableId);
    this.active.memtable.dropTable(tableId);
    for (const s of this.flushing) s.memtable.dropTable(tableId);
    await this.updateManifest((m) => {
      const tables = { ...m.tables };
      delete tables[tableId];
      return { ...m, droppedTables: [...m.droppedTables, tableId], tables };
    });
    const table = this.tables.get(tableId);
    this.tables.delete(tableId);
    for (const f of table?.sstables ?? []) this.retire(f);
  }

  isDropped(tableId: string): boolean {
    return this.dropped.has(tableId);
  }

  /** Ids of the tables holding data (not dropped). */
  tableIds(): string[] {
    const ids = new Set<string>(this.tables.keys());
    for (const m of [this.active.memtable, ...this.flushing.map((s) => s.memtable)]) for (const t of m.tableIds()) ids.add(t);
    for (const t of this.dropped) ids.delete(t);
    return [...ids];
  }

  /** Switches out the memtable and resolves once everything written so far is in SSTables. */
  async flush(): Promise<void> {
    this.checkOpen();
    if (this.active.memtable.partitionCount > 0 || this.active.pendingWrites > 0) this.switchMemtable();
    this.flushHurry.abort();
    this.flushCallersWaiting++;
    try {
      while (this.flushing.length > 0) {
        await new Promise<void>((resolve) => this.flushWaiters.push(resolve));
        this.checkOpen();
      }
    } finally {
      this.flushCallersWaiting--;
    }
  }

  /** Runs compactions until no table's strategy wants one (tests; background mode does it alone). */
  async compact(tableId?: string): Promise<void> {
    this.checkOpen();
    await this.compactions.runUntilIdle(tableId);
    this.checkOpen();
  }

  /** Compacts all of a table's SSTables into one (nodetool compact's major compaction). */
  async majorCompact(tableId: string): Promise<void> {
    this.checkOpen();
    await this.compactions.major(tableId);
    this.checkOpen();
  }

  /** Set after a disk failure under policy 'stop' (or a commit-log failure): restart to recover. */
  get failure(): Error | undefined {
    return this.failureError ?? this.log.failed;
  }

  stats(): StorageEngineStats {
    const perLevel = new Map<string, { tableId: string; level: number; count: number; bytes: number }>();
    let sstableBytesTotal = 0;
    let quarantined = 0;
    let bloomFalsePositives = 0;
    for (const t of this.tables.values()) {
      for (const f of t.sstables) {
        const key = `${t.tableId}\0${f.level}`;
        const e = perLevel.get(key) ?? { tableId: t.tableId, level: f.level, count: 0, bytes: 0 };
        e.count++;
        e.bytes += f.meta.fileBytes;
        perLevel.set(key, e);
        sstableBytesTotal += f.meta.fileBytes;
        if (f.quarantined) quarantined++;
        bloomFalsePositives += f.reader.stats().bloomFalsePositives;
      }
    }
    const memtables = [this.active.memtable, ...this.flushing.map((s) => s.memtable)];
    const cache = this.blockCache.stats();
    return {
      commitLog: this.log.stats(),
      memtableBytes: memtables.reduce((n, m) => n + m.bytes, 0),
      memtablePartitions: memtables.reduce((n, m) => n + m.partitionCount, 0),
      memtablesFlushing: this.flushing.length,
      memtableArena: this.arenaPool.stats(),
      droppedTables: this.dropped.size,
      ...this.counters,
      flushInWorker: this.flushWorker !== undefined,
      bloomFalsePositives,
      sstables: [...perLevel.values()].sort((a, b) => a.tableId.localeCompare(b.tableId) || a.level - b.level),
      sstableBytesTotal,
      blockCache: { hits: cache.hits, misses: cache.misses, bytes: cache.bytes, evictions: cache.evictions },
      compaction: this.compactions.stats(),
      quarantinedSSTables: quarantined,
      tableActivity: [...this.activity].filter(([id]) => !this.dropped.has(id)).map(([tableId, a]) => ({ tableId, ...a })),
    };
  }

  private activityOf(tableId: string): { reads: number; writes: number } {
    let a = this.activity.get(tableId);
    if (a === undefined) {
      a = { reads: 0, writes: 0 };
      this.activity.set(tableId, a);
    }
    return a;
  }

  /**
   * Refuses new calls, waits for accepted applies, stops compaction and flushing (memtables
   * are not flushed: the commit log holds them), closes every file. Idempotent.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.flushHurry.abort();
    for (const w of this.flushWaiters.splice(0)) w();
    await this.parkedScans.closeAll();
    await this.compactions.close();
    await this.log.close();
    await this.flushLoop?.catch(() => undefined);
    await this.flushWorker?.close();
    await this.manifestChain.catch(() => undefined);
    for (const t of this.tables.values()) for (const f of t.sstables) await f.reader.close().catch(() => undefined);
    for (const f of this.retiring) await f.reader.close().catch(() => undefined);
  }

  // ---- internals -------------------------------------------------------------------------

  /** Reads stay possible after a commit-log failure (the data already applied is sound). */
  private checkOpen(): void {
    if (this.closed) throw new ClosedError('storage engine is closed');
    if (this.failureError !== undefined) throw new EngineStoppedError('storage engine stopped after a disk failure', { cause: this.failureError });
  }

  private checkWritable(): void {
    this.checkOpen();
    const logFailure = this.log.failed;
    if (logFailure !== undefined) throw logFailure;
  }

  private table(tableId: string): TableState {
    let t = this.tables.get(tableId);
    if (t === undefined) {
      t = { tableId, options: DEFAULT_TABLE_OPTIONS, sstables: [] };
      this.tables.set(tableId, t);
    }
    return t;
  }

  /** A fresh SSTable generation; the counter is persisted with the next manifest write. */
  private allocateGeneration(): number {
    return this.nextGeneration++;
  }

  private async openReader(path: string, generation: number): Promise<SSTableReader> {
    void generation;
    return SSTableReader.open(this.options.fs, path, { blockCache: this.blockCache, fileId: this.nextFileId++ });
  }

  /** Opens the manifest's SSTables; deletes files it does not list. */
  private async openSSTables(): Promise<void> {
    const { fs, dataDir } = this.options;
    const root = posix.join(dataDir, SSTABLES_DIR_NAME);
    const listed = new Map<string, Map<number, ManifestSSTable>>();
    for (const [tableId, t] of Object.entries(this.manifest.tables)) {
      listed.set(tableDirName(tableId), new Map(t.sstables.map((s) => [s.generation, s])));
    }
    for (const dir of await fs.readdir(root)) {
      const keep = listed.get(dir);
      for (const name of await fs.readdir(posix.join(root, dir))) {
        const generation = parseSSTableFileName(name);
        if (keep !== undefined && generation !== undefined && keep.has(generation)) continue;
        await fs.unlink(posix.join(root, dir, name)); // leftover of an interrupted flush or compaction
      }
    }
    for (const [tableId, t] of Object.entries(this.manifest.tables)) {
      const state = this.table(tableId);
      await mkdirDurable(fs, posix.join(root, tableDirName(tableId)));
      for (const s of t.sstables) {
        const path = sstablePath(dataDir, tableId, s.generation);
        let reader: SSTableReader;
        try {
          reader = await this.openReader(path, s.generation);
        } catch (err) {
          if ((err instanceof CorruptionError || err instanceof UnsupportedFormatError) && this.policy === 'best_effort') {
            this.options.listener?.onDiskFailure?.({ error: err, policy: this.policy, file: path });
            continue;
          }
          throw err;
        }
        state.sstables.push({ tableId, generation: s.generation, level: s.level, reader, meta: reader.meta, refs: 0, retired: false, quarantined: false });
      }
      state.sstables.sort((a, b) => b.generation - a.generation);
    }
  }

  private switchMemtable(): void {
    const old = this.active;
    this.active = { memtable: new Memtable(this.arenaPool), pendingWrites: 0, lastPosition: undefined, drained: [] };
    this.memtableSwitchBytes = this.nextSwitchBytes();
    this.flushing.push(old);
    if (this.flushing.length > 1) this.flushHurry.abort(); // another memtable waits behind the one in flush
    this.flushLoop ??= this.runFlushes().finally(() => {
      this.flushLoop = undefined;
    });
  }

  private nextSwitchBytes(): number {
    return Math.max(1024, Math.floor(this.memtableBytesMax * (1 - this.memtableSwitchJitter * Math.random())));
  }

  private async runFlushes(): Promise<void> {
    while (this.flushing.length > 0 && !this.closed && this.failureError === undefined) {
      const slot = this.flushing[0]!;
      this.flushHurry = new AbortController();
      if (this.flushing.length > 1 || this.flushCallersWaiting > 0) this.flushHurry.abort();
      try {
        await this.flushSlot(slot);
      } catch (err) {
        if (this.closed) return;
        this.diskFailure(err as Error);
        return;
      }
      this.flushing.shift();
      slot.memtable.retire(); // its arena chunks go back to the pool (once no scan holds it)
      for (const w of this.flushWaiters.splice(0)) w();
      this.compactions.schedule();
    }
  }

  private async flushSlot(slot: MemtableSlot): Promise<void> {
    if (slot.pendingWrites > 0) await new Promise<void>((resolve) => slot.drained.push(resolve));
    const started = Date.now();
    const { fs, dataDir } = this.options;
    const written: { tableId: string; generation: number; reader: SSTableReader }[] = [];
    let partitions = 0;
    let bytes = 0;
    for (const tableId of slot.memtable.tableIds()) {
      if (this.dropped.has(tableId)) continue;
      const count = slot.memtable.tablePartitionCount(tableId);
      if (count === 0) continue;
      const generation = this.allocateGeneration();
      const path = sstablePath(dataDir, tableId, generation);
      await mkdirDurable(fs, posix.dirname(path));
      if (this.flushWorker !== undefined) {
        // Sorting, encoding and writing in the worker; the event loop keeps serving.
        const { chunks, positions } = slot.memtable.flushBlobs(tableId);
        const hurry = this.flushHurry.signal;
        const dutyCycle = hurry.aborted ? 1 : this.flushDutyCycle;
        const job = { kind: 'flush', path, chunks, positions, bloomFpChance: this.tableOptions(tableId).bloomFilterFpChance, dutyCycle } as const;
        const r = await this.flushWorker.run(job, undefined, hurry);
        if (!r.ok) throw new Error(`flush of ${tableId} to ${path} failed: ${r.error}`);
        bytes += r.bytesWritten;
        partitions += positions.length;
        written.push({ tableId, generation, reader: await this.openReader(path, generation) });
        continue;
      }
      const writer = await SSTableWriter.create({
        fs,
        path,
        expectedPartitions: count,
        bloomFpChance: this.tableOptions(tableId).bloomFilterFpChance,
        clock: this.options.clock,
      });
      let added = 0;
      try {
        // Streamed: one decoded partition at a time, never the whole memtable as objects.
        for (const p of slot.memtable.iterate(tableId)) {
          await writer.add(p);
          added++;
        }
        if (added === 0) {
          await writer.abort();
          continue;
        }
        const meta = await writer.finish();
        bytes += meta.fileBytes;
      } catch (err) {
        await writer.abort().catch(() => undefined);
        throw err;
      }
      partitions += added;
      written.push({ tableId, generation, reader: await this.openReader(path, generation) });
    }
    try {
      await this.updateManifest((m) => {
        const tables: Record<string, { sstables: readonly ManifestSSTable[] }> = { ...m.tables };
        for (const w of written) {
        if (this.dropped.has(w.tableId)) continue;
          tables[w.tableId] = { sstables: [...(tables[w.tableId]?.sstables ?? []), { generation: w.generation, level: 0 }] };
        }
        return slot.lastPosition === undefined ? { ...m, tables } : { ...m, tables, replayAfter: laterPosition(m.replayAfter, slot.lastPosition) };
      });
    } catch (err) {
      for (const w of written) await w.reader.close().catch(() => undefined);
      throw err;
    }
    for (const w of written) {
      const live: LiveSSTable = { tableId: w.tableId, generation: w.generation, level: 0, reader: w.reader, meta: w.reader.meta, refs: 0, retired: false, quarantined: false };
      if (this.dropped.has(w.tableId)) {
        live.retired = true;
        void this.deleteRetired(live);
        continue;
      }
      this.table(w.tableId).sstables.unshift(live);
    }
    if (this.manifest.replayAfter !== undefined) await this.log.recycleBefore(this.manifest.replayAfter);
    this.counters.flushes++;
    this.counters.flushBytesWritten += bytes;
    this.options.listener?.onFlush?.({ tables: written.length, partitions, bytes, durationMs: Date.now() - started });
  }

  /** Applies `change` to the manifest and writes it; changes are serialized. */
  private updateManifest(change: (m: ManifestState) => ManifestState): Promise<void> {
    const run = this.manifestChain.then(async () => {
      const next = change(this.manifest);
      // Generations allocated so far (some maybe for files not yet listed) are never reused.
      const state = { ...next, epoch: this.manifest.epoch + 1, nextGeneration: Math.max(next.nextGeneration, this.nextGeneration) };
      await writeManifest(this.options.fs, this.options.dataDir, state);
      this.manifest = state;
    });
    this.manifestChain = run.catch(() => undefined);
    return run;
  }

  /** A compaction's outputs replace its inputs: in the manifest first, then in memory. */
  private async commitCompaction(tableId: string, removed: readonly LiveSSTable[], added: readonly LiveSSTable[]): Promise<void> {
    const gone = new Set(removed.map((f) => f.generation));
    await this.updateManifest((m) => {
      const current = m.tables[tableId]?.sstables ?? [];
      const tables = { ...m.tables };
      if (this.dropped.has(tableId)) return m;
      tables[tableId] = { sstables: [...current.filter((s) => !gone.has(s.generation)), ...added.map((f) => ({ generation: f.generation, level: f.level }))] };
      return { ...m, tables };
    });
    const table = this.tables.get(tableId);
    if (table === undefined || this.dropped.has(tableId)) {
      for (const f of added) this.retire(f);
      return;
    }
    table.sstables = [...table.sstables.filter((f) => !gone.has(f.generation)), ...added].sort((a, b) => b.generation - a.generation);
    for (const f of removed) this.retire(f);
  }

  private retire(f: LiveSSTable): void {
    f.retired = true;
    this.retiring.add(f);
    if (f.refs === 0) void this.deleteRetired(f);
  }

  private async deleteRetired(f: LiveSSTable): Promise<void> {
    this.retiring.delete(f);
    this.blockCache.evictFile(f.reader.fileId);
    await deleteSSTable(this.options.fs, f).catch((err: unknown) => {
      if (!isFsErrorCode(err, 'ENOENT')) this.options.listener?.onDiskFailure?.({ error: err as Error, policy: this.policy, file: f.meta.path });
    });
  }

  private corruptFile(f: LiveSSTable, err: CorruptionError): void {
    if (this.policy === 'best_effort') {
      f.quarantined = true;
      this.options.listener?.onDiskFailure?.({ error: err, policy: this.policy, file: f.meta.path });
    } else {
      this.diskFailure(err);
    }
  }

  private diskFailure(err: Error): void {
    if (this.failureError !== undefined || this.closed) return;
    if (err instanceof CommitLogFailedError) return; // the log reports itself
    this.failureError = err;
    this.options.listener?.onDiskFailure?.({ error: err, policy: this.policy, ...(err instanceof CorruptionError ? { file: err.file } : {}) });
    for (const w of this.flushWaiters.splice(0)) w();
  }
}

function countLive(p: PartitionData | undefined, nowSeconds: number): number {
  if (p === undefined) return 0;
  let n = 0;
  for (const row of p.rows) if (isRowLive(row, nowSeconds)) n++;
  return n;
}

/**
 * Whether nothing written at or below `maxTimestamp` can change the visible row of `result`:
 * every wanted column has a cell newer than that, and those cells alone keep the row as it is
 * (all live, or the row's liveness is newer too). Deletions at or below `maxTimestamp` cannot
 * shadow newer cells.
 */
function rowDecidedAbove(result: PartitionData | undefined, maxTimestamp: bigint, columns: readonly string[], nowSeconds: number): boolean {
  const row = result?.rows[0];
  if (row === undefined) return false;
  let allLive = true;
  for (const column of columns) {
    const cell = row.cells.get(column);
    if (cell === undefined || cell.timestamp <= maxTimestamp) return false;
    if (!isCellLive(cell, nowSeconds)) allLive = false;
  }
  return allLive || (row.liveness !== undefined && row.liveness.timestamp > maxTimestamp);
}

/**
 * `p` with only the row whose clustering is exactly `clustering`, holding only the cells (and
 * history) of `columns`; the partition's deletion and the range tombstones stay (they may
 * shadow that row in another source).
 */
function onlyRow(p: PartitionData, clustering: Uint8Array, columns: readonly string[]): PartitionData {
  const rows: RowData[] = [];
  for (const row of p.rows) {
    if (Buffer.compare(row.clustering, clustering) !== 0) continue;
    const keep = (c: string): boolean => columns.includes(c);
    const narrow = [...row.cells.keys()].every(keep) && (row.history === undefined || [...row.history.keys()].every(keep));
    rows.push(
      narrow
        ? row
        : makeRow(
            row.clustering,
            row.liveness,
            row.deletion,
            new Map([...row.cells].filter(([c]) => keep(c))),
            row.history === undefined ? undefined : new Map([...row.history].filter(([c]) => keep(c))),
          ),
    );
  }
  return rows.length === p.rows.length && rows.every((r, i) => r === p.rows[i]) ? p : makePartition(p.token, p.partitionKey, p.partitionDeletion, rows, p.rangeTombstones);
}

function nonEmpty(p: PartitionData | undefined): PartitionData | undefined {
  if (p !== undefined && p.rows.length === 0 && p.partitionDeletion === undefined && p.rangeTombstones === undefined) return undefined;
  return p;
}

