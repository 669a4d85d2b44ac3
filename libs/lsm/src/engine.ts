/**
 * The storage engine of one node (first milestone: commit log + memtable).
 *
 * Contract:
 * - `open` creates `<dataDir>/commitlog` if needed and replays it into a fresh memtable before
 *   returning; a torn tail is cut off (see `replayResult`), other damage throws CorruptionError.
 * - `apply` / `applyBatch` validate (InvalidMutationError, TableDroppedError, MutationTooLargeError
 *   reject before anything is written), append to the commit log, and resolve only after the entry
 *   is fdatasync'd (group commit; unless the commit log runs in 'periodic' mode) AND applied to the
 *   memtable: a resolved apply is visible to reads and survives kill -9 and power loss. A batch is
 *   one commit-log entry: after a crash all of its mutations are there or none.
 * - `read` sees every resolved apply (and possibly some still in flight).
 * - `dropTable` writes a durable drop marker, then forgets the table's data in memory. A dropped
 *   table id is never accepted again (table ids are unique per table incarnation, like Cassandra's
 *   table UUIDs); replay honours markers, so a restart never resurrects a dropped table. Removing a
 *   dropped table's files arrives with SSTables.
 * Not there yet: SSTables, flush (so the memtable is unbounded and the commit log is never
 * recycled), compaction, range tombstones, static rows, counters.
 */
import { posix } from 'node:path';
import type { Clock } from './clock.js';
import { CommitLog } from './commitlog/commit-log.js';
import type { CommitLogOptions, CommitLogStats, ReplayResult } from './commitlog/commit-log.js';
import { ClosedError, TableDroppedError } from './errors.js';
import type { FileSystem } from './fs.js';
import { Memtable } from './memtable.js';
import { FULL_SLICE } from './slice.js';
import type { ClusteringSlice } from './slice.js';
import type { Mutation, PartitionData } from './types.js';

/** Name of the commit-log directory inside the data directory. */
export const COMMITLOG_DIR_NAME = 'commitlog';

export type EngineCommitLogOptions = Omit<CommitLogOptions, 'dir' | 'fs' | 'clock'>;

export interface StorageEngineOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly commitLog?: EngineCommitLogOptions;
}

export interface ReadOptions {
  /** Select from the end of the slice (with `limitRows`: the last N rows). Rows still come back ascending. */
  readonly reversed?: boolean;
  /** Stop after this many live rows (Cassandra counts live rows; tombstoned rows on the way are returned too). */
  readonly limitRows?: number;
  /** Time deciding TTL liveness for `limitRows`; defaults to the engine clock. */
  readonly nowSeconds?: number;
}

export interface StorageEngineStats {
  readonly commitLog: CommitLogStats;
  readonly memtableBytes: number;
  readonly memtablePartitions: number;
  readonly droppedTables: number;
}

export class StorageEngine {
  private closed = false;

  private constructor(
    private readonly clock: Clock,
    private readonly log: CommitLog,
    private readonly memtable: Memtable,
    private readonly dropped: Set<string>,
    /** What replay found at open. */
    readonly replayResult: ReplayResult,
  ) {}

  static async open(options: StorageEngineOptions): Promise<StorageEngine> {
    const log = await CommitLog.open({
      ...options.commitLog,
      dir: posix.join(options.dataDir, COMMITLOG_DIR_NAME),
      fs: options.fs,
      clock: options.clock,
    });
    const memtable = new Memtable();
    const dropped = new Set<string>();
    const replayResult = await log.replay((record) => {
      if (record.kind === 'dropTable') {
        dropped.add(record.tableId);
        memtable.dropTable(record.tableId);
        return;
      }
      for (const m of record.mutations) if (!dropped.has(m.tableId)) memtable.apply(m);
    });
    return new StorageEngine(options.clock, log, memtable, dropped, replayResult);
  }

  apply(mutation: Mutation): Promise<void> {
    return this.applyBatch([mutation]);
  }

  /** Applies mutations atomically with respect to crashes (one commit-log entry). */
  async applyBatch(mutations: readonly Mutation[]): Promise<void> {
    if (this.closed) throw new ClosedError('storage engine is closed');
    for (const m of mutations) if (this.dropped.has(m.tableId)) throw new TableDroppedError(m.tableId);
    if (mutations.length === 0) return;
    // The append takes its place in the log synchronously, so a later dropTable's marker follows it.
    await this.log.appendBatch(mutations);
    // A dropTable that started meanwhile has (or will have) forgotten this table; so does replay.
    for (const m of mutations) if (!this.dropped.has(m.tableId)) this.memtable.apply(m);
  }

  /** One partition's rows within `slice`, with tombstones (see Memtable.read). */
  async read(
    tableId: string,
    token: bigint,
    partitionKey: Uint8Array,
    slice: ClusteringSlice = FULL_SLICE,
    options: ReadOptions = {},
  ): Promise<PartitionData | undefined> {
    if (this.closed) throw new ClosedError('storage engine is closed');
    return this.memtable.read(tableId, token, partitionKey, slice, {
      nowSeconds: options.nowSeconds ?? this.clock.nowSeconds(),
      reversed: options.reversed,
      limitRows: options.limitRows,
    });
  }

  /** Every partition of a table in token order, from memory (scans; a paged iterator comes with SSTables). */
  async scan(tableId: string): Promise<PartitionData[]> {
    if (this.closed) throw new ClosedError('storage engine is closed');
    return this.memtable.partitions(tableId);
  }

  /** Durably drops a table (see the module contract). Idempotent. */
  async dropTable(tableId: string): Promise<void> {
    if (this.closed) throw new ClosedError('storage engine is closed');
    if (this.dropped.has(tableId)) return;
    this.dropped.add(tableId);
    await this.log.appendDropTable(tableId);
    this.memtable.dropTable(tableId);
  }

  /** Set once the commit log failed a write or sync: every apply now fails; restart to recover (for /healthz). */
  get failure(): Error | undefined {
    return this.log.failed;
  }

  /** Ids of the tables holding data (not dropped). */
  tableIds(): string[] {
    return this.memtable.tableIds();
  }

  isDropped(tableId: string): boolean {
    return this.dropped.has(tableId);
  }

  stats(): StorageEngineStats {
    return {
      commitLog: this.log.stats(),
      memtableBytes: this.memtable.bytes,
      memtablePartitions: this.memtable.partitionCount,
      droppedTables: this.dropped.size,
    };
  }

  /** Rejects new calls, waits for accepted applies to be durable, closes the commit log. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.log.close();
  }
}
