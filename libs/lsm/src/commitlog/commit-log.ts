/**
 * The commit log: an append-only sequence of segment files; every acknowledged append is on disk.
 *
 * Contract:
 * - `open` lists existing segments; `replay` must run (once) before the first append. New writes
 *   always go to a new segment with a higher id than every replayed one.
 * - `append*` resolves with the entry's end position once the entry is durable:
 *   - syncMode 'group' (default): after a write + fdatasync that covers the entry. Appends that
 *     arrive while a sync runs queue up, and the next write + fdatasync covers all of them (one
 *     write call, one sync) — group commit without an added delay (Cassandra's "batch" mode).
 *     The fdatasync runs in the thread pool, never on the event loop: a sync that usually takes
 *     0.1-1 ms now and then takes 25-130 ms (measured on the 2-vCPU dev VM's virtio disk), and
 *     an inline one would stop the node's reads, gossip and replies for that long.
 *   - syncMode 'periodic': after the write only; a timer fdatasyncs every `periodicSyncIntervalMs`.
 *     NOT crash-durable: a power loss (or a kernel crash) loses up to one interval of
 *     acknowledged writes. A process crash (kill -9) loses nothing, since the write reached the
 *     page cache.
 * - Appends are written in call order. Bytes appended but not yet acknowledged are bounded by
 *   `pendingBytesMax`; beyond it appends wait in FIFO order (backpressure).
 * - A failed write or sync poisons the log: that batch, everything queued and every later append
 *   fail with CommitLogFailedError (restart and replay to recover).
 * - Segments roll at `segmentSizeBytesMax`; the old segment is fully synced before the new one
 *   (created and synced with its directory) takes writes.
 * - Segments are never deleted yet: recycling (after memtable flush) arrives with SSTables; the
 *   segment list (`segments()`) and positions returned by appends are what it will use.
 */
import assert from 'node:assert/strict';
import type { Clock } from '../clock.js';
import {
  ClosedError,
  CommitLogFailedError,
  CommitLogOverloadedError,
  CorruptionError,
  InvalidMutationError,
  MutationTooLargeError,
} from '../errors.js';
import { isFsErrorCode, type FileHandle, type FileSystem } from '../fs.js';
import {
  COMMITLOG_PENDING_BYTES_DEFAULT,
  COMMITLOG_PENDING_BYTES_MIN,
  COMMITLOG_PERIODIC_SYNC_INTERVAL_MS_DEFAULT,
  COMMITLOG_PREALLOCATE_CHUNK_BYTES,
  COMMITLOG_SEGMENT_SIZE_BYTES_DEFAULT,
  COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT,
  COMMITLOG_SEGMENT_SIZE_BYTES_MIN,
  COMMITLOG_WAITING_APPENDS_MAX,
} from '../limits.js';
import type { Mutation } from '../types.js';
import { validateMutation } from '../validate.js';
import { DecodeError } from './byte-io.js';
import { crc32 } from './crc.js';
import { COMMITLOG_FORMAT_VERSION, ENTRY_OVERHEAD_BYTES, SEGMENT_FLAG_PREALLOCATED, SEGMENT_FLAG_SYNCED_WRITES, SEGMENT_HEADER_BYTES, writeEntry } from './format.js';
import { decodeRecord, encodeRecord } from './record-codec.js';
import type { CommitLogRecord } from './record-codec.js';
import { createSegment, listSegments, mkdirDurable, readSegment, repairTornSegment } from './segment-files.js';
import type { SegmentFile } from './segment-files.js';
import { scanSegment } from './segment-reader.js';
import type { TornTail } from './segment-reader.js';

export type SyncMode = 'group' | 'periodic';

/** Appends up to this size are written inline (see writeBatch). */
export const COMMITLOG_INLINE_WRITE_BYTES_MAX = 256 * 1024;

export interface CommitLogListener {
  /** After every fdatasync of a segment that carried entries. */
  onSync?(event: { readonly segmentId: number; readonly entries: number; readonly bytes: number; readonly durationMicros: number }): void;
  onSegmentCreated?(event: { readonly segmentId: number; readonly path: string }): void;
  /** Replay found (and cut off) a torn tail. */
  onTornTail?(event: TornTail): void;
  /** The log was poisoned by a failed write or sync. */
  onFailure?(error: CommitLogFailedError): void;
}

export interface CommitLogOptions {
  /** The commit-log directory (`<data>/commitlog`); created if missing. */
  readonly dir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  /** Roll to a new segment before a segment would exceed this many bytes. */
  readonly segmentSizeBytesMax?: number;
  /** Bound on appended-but-unacknowledged bytes; also the largest single write. */
  readonly pendingBytesMax?: number;
  readonly syncMode?: SyncMode;
  readonly periodicSyncIntervalMs?: number;
  readonly listener?: CommitLogListener;
}

/** Where an entry ends: replaying from here skips it and everything before it. */
export interface CommitLogPosition {
  readonly segmentId: number;
  readonly offset: number;
}

export interface SegmentInfo {
  readonly segmentId: number;
  readonly path: string;
  /** Bytes known to be in the segment (header + entries). */
  readonly sizeBytes: number;
}

type MutableSegmentInfo = { -readonly [K in keyof SegmentInfo]: SegmentInfo[K] };

export interface CommitLogStats {
  syncs: number;
  syncLatencyMicrosTotal: number;
  syncLatencyMicrosMax: number;
  /** Write calls issued (each covers one or more entries). */
  writes: number;
  bytesWritten: number;
  entriesWritten: number;
  /** Bytes appended and not yet acknowledged (queued or being written/synced). */
  pendingBytes: number;
  /** Appends that had to wait for queue space. */
  backpressureWaits: number;
  segmentsCreated: number;
  segmentsRecycled: number;
  segmentCount: number;
  activeSegmentId: number | undefined;
}

export interface ReplayResult {
  readonly segmentsReplayed: number;
  readonly entriesReplayed: number;
  readonly bytesReplayed: number;
  /** Set when the last segment ended in a torn entry (cut off by replay). */
  readonly tornTail?: TornTail;
}

interface PendingEntry {
  readonly payload: Uint8Array;
  readonly payloadCrc: number;
  readonly frameBytes: number;
  readonly resolve: (position: CommitLogPosition) => void;
  readonly reject: (error: Error) => void;
}

interface ActiveSegment {
  readonly info: MutableSegmentInfo;
  readonly handle: FileHandle;
  /** End of the zeros laid down ahead of the entries (PREALLOCATED segments); the file's size. */
  preallocatedEnd: number;
  /** Preallocation zeros written since the last sync (that sync then writes a whole chunk). */
  zerosUnsynced: boolean;
}

/** Read-only zeros for preallocation (never written into). */
const PREALLOCATION_ZEROS = new Uint8Array(COMMITLOG_PREALLOCATE_CHUNK_BYTES);

export class CommitLog {
  private readonly segmentSizeBytesMax: number;
  private readonly pendingBytesMax: number;
  /** Largest framed entry accepted: fits an empty segment twice over and the pending bound. */
  readonly entryBytesMax: number;
  private readonly syncMode: SyncMode;
  private readonly listener: CommitLogListener;
  private readonly segmentList: MutableSegmentInfo[];
  private readonly toReplay: SegmentFile[];
  private replayed = false;
  private closed = false;
  private failure: CommitLogFailedError | undefined;
  private active: ActiveSegment | undefined;
  private lastSegmentId: number;
  private readonly queue: PendingEntry[] = [];
  private inFlight: PendingEntry[] = [];
  private readonly waiting: PendingEntry[] = [];
  private pendingBytes = 0;
  private draining = false;
  private syncRequested = false;
  private unsyncedEntries = 0;
  private unsyncedBytes = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly timer: ReturnType<typeof setInterval> | undefined;
  private readonly counters = {
    syncs: 0,
    syncLatencyMicrosTotal: 0,
    syncLatencyMicrosMax: 0,
    writes: 0,
    bytesWritten: 0,
    entriesWritten: 0,
    backpressureWaits: 0,
    segmentsCreated: 0,
    segmentsRecycled: 0,
  };

  private constructor(
    private readonly options: CommitLogOptions,
    existing: SegmentFile[],
  ) {
    this.segmentSizeBytesMax = options.segmentSizeBytesMax ?? COMMITLOG_SEGMENT_SIZE_BYTES_DEFAULT;
    this.pendingBytesMax = options.pendingBytesMax ?? COMMITLOG_PENDING_BYTES_DEFAULT;
    this.syncMode = options.syncMode ?? 'group';
    this.listener = options.listener ?? {};
    assert.ok(
      Number.isInteger(this.segmentSizeBytesMax) &&
        this.segmentSizeBytesMax >= COMMITLOG_SEGMENT_SIZE_BYTES_MIN &&
        this.segmentSizeBytesMax <= COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT,
      `segmentSizeBytesMax must be an integer in [${COMMITLOG_SEGMENT_SIZE_BYTES_MIN}, ${COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT}]`,
    );
    assert.ok(
      Number.isInteger(this.pendingBytesMax) && this.pendingBytesMax >= COMMITLOG_PENDING_BYTES_MIN && this.pendingBytesMax <= 0xffff_ffff,
      `pendingBytesMax must be an integer in [${COMMITLOG_PENDING_BYTES_MIN}, 2^32)`,
    );
    this.entryBytesMax = Math.min(Math.floor(this.segmentSizeBytesMax / 2), this.pendingBytesMax);
    this.toReplay = existing;
    this.segmentList = existing.map((s) => ({ segmentId: s.segmentId, path: s.path, sizeBytes: 0 }));
    this.lastSegmentId = existing.at(-1)?.segmentId ?? 0;
    if (this.syncMode === 'periodic') {
      const interval = options.periodicSyncIntervalMs ?? COMMITLOG_PERIODIC_SYNC_INTERVAL_MS_DEFAULT;
      assert.ok(Number.isInteger(interval) && interval > 0, 'periodicSyncIntervalMs must be a positive integer');
      this.timer = setInterval(() => this.requestPeriodicSync(), interval);
      this.timer.unref();
    }
  }

  /** Creates the directory if needed (durably) and lists the segments to replay. */
  static async open(options: CommitLogOptions): Promise<CommitLog> {
    await mkdirDurable(options.fs, options.dir);
    return new CommitLog(options, await listSegments(options.fs, options.dir));
  }

  /**
   * Reads every segment present at open, in id order, calling `onRecord` for each entry in order
   * (awaiting it). A torn tail of the last segment ends replay, is reported and cut off durably;
   * any other damage throws CorruptionError (file and offset) before later entries are delivered.
   */
  async replay(
    onRecord: (record: CommitLogRecord, position: CommitLogPosition) => void | Promise<void>,
    options: { after?: CommitLogPosition } = {},
  ): Promise<ReplayResult> {
    assert.ok(!this.replayed, 'replay() runs once');
    const after = options.after;
    let entriesReplayed = 0;
    let bytesReplayed = 0;
    let tornTail: TornTail | undefined;
    for (let i = 0; i < this.toReplay.length; i++) {
      const file = this.toReplay[i] as SegmentFile;
      const isLast = i === this.toReplay.length - 1;
      // Wholly before the flushed position (a crash came between the manifest and recycling):
      // nothing to replay; recycleBefore deletes it.
      if (after !== undefined && file.segmentId < after.segmentId && !isLast) continue;
      const bytes = await readSegment(this.options.fs, file.path);
      const scan = scanSegment(bytes, { file: file.path, formatVersion: file.formatVersion, segmentId: file.segmentId }, isLast);
      for (const entry of scan.entries) {
        if (after !== undefined && (file.segmentId < after.segmentId || (file.segmentId === after.segmentId && entry.end <= after.offset))) {
          continue; // already in an SSTable
        }
        let record: CommitLogRecord;
        try {
          record = decodeRecord(entry.payload);
          if (record.kind === 'mutations') for (const m of record.mutations) validateMutation(m);
        } catch (err) {
          if (err instanceof DecodeError || err instanceof InvalidMutationError) {
            throw new CorruptionError(file.path, entry.offset, `entry with a valid checksum does not decode: ${err.message}`, { cause: err });
          }
          throw err;
        }
        await onRecord(record, { segmentId: file.segmentId, offset: entry.end });
        entriesReplayed++;
      }
      bytesReplayed += scan.validEnd;
      const info = this.segmentList.find((s) => s.segmentId === file.segmentId) as MutableSegmentInfo;
      info.sizeBytes = scan.validEnd;
      if (scan.tornTail) {
        tornTail = scan.tornTail;
        await repairTornSegment(this.options.fs, this.options.dir, file.path, scan.validEnd);
        if (scan.validEnd === 0) this.segmentList.splice(this.segmentList.indexOf(info), 1);
        const event = scan.tornTail;
        this.emit(() => this.listener.onTornTail?.(event));
      }
    }
    this.replayed = true;
    const result = { segmentsReplayed: this.toReplay.length, entriesReplayed, bytesReplayed };
    return tornTail ? { ...result, tornTail } : result;
  }

  /** Appends one mutation (validated first; InvalidMutationError if it breaks the rules). */
  append(mutation: Mutation): Promise<CommitLogPosition> {
    return this.appendRecord({ kind: 'mutations', mutations: [mutation] });
  }

  /** Appends mutations as one entry: after a crash, all of them are replayed or none. */
  appendBatch(mutations: readonly Mutation[]): Promise<CommitLogPosition> {
    assert.ok(mutations.length > 0, 'appendBatch needs at least one mutation');
    return this.appendRecord({ kind: 'mutations', mutations });
  }

  appendDropTable(tableId: string): Promise<CommitLogPosition> {
    return this.appendRecord({ kind: 'dropTable', tableId });
  }

  /**
   * Appends one record. Takes its place in the log order synchronously (before returning), so
   * records are logged in call order.
   */
  appendRecord(record: CommitLogRecord): Promise<CommitLogPosition> {
    if (this.closed) return Promise.reject(new ClosedError('commit log is closed'));
    if (this.failure) return Promise.reject(this.failure);
    assert.ok(this.replayed, 'replay() must complete before the first append');
    let payload: Uint8Array;
    try {
      if (record.kind === 'mutations') for (const m of record.mutations) validateMutation(m);
      payload = encodeRecord(record);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    const frameBytes = payload.length + ENTRY_OVERHEAD_BYTES;
    if (frameBytes > this.entryBytesMax) return Promise.reject(new MutationTooLargeError(frameBytes, this.entryBytesMax));
    const payloadCrc = crc32(payload);
    return new Promise<CommitLogPosition>((resolve, reject) => {
      const entry: PendingEntry = { payload, payloadCrc, frameBytes, resolve, reject };
      if (this.waiting.length === 0 && this.pendingBytes + frameBytes <= this.pendingBytesMax) {
        this.enqueue(entry);
      } else if (this.waiting.length >= COMMITLOG_WAITING_APPENDS_MAX) {
        reject(new CommitLogOverloadedError(`${this.waiting.length} appends already wait for commit-log queue space`));
      } else {
        this.counters.backpressureWaits++;
        this.waiting.push(entry);
      }
    });
  }

  /**
   * Rejects new appends, waits for every accepted one, syncs (periodic mode) and closes the active
   * segment. Idempotent. Does not throw for an earlier failure (see `failed`).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.whenIdle();
    if (!this.failure && this.unsyncedBytes > 0) {
      this.syncRequested = true;
      this.kick();
      await this.whenIdle();
    }
    const active = this.active;
    this.active = undefined;
    if (active) await active.handle.close();
  }

  /** The error that poisoned the log, if any (every affected append was rejected with it). */
  get failed(): CommitLogFailedError | undefined {
    return this.failure;
  }

  stats(): CommitLogStats {
    return {
      ...this.counters,
      pendingBytes: this.pendingBytes,
      segmentCount: this.segmentList.length,
      activeSegmentId: this.active?.info.segmentId,
    };
  }

  /**
   * Deletes every segment wholly before `position` (its segment id is lower), except the active
   * one: their entries are all in SSTables. Returns how many were deleted. Replay skips such
   * segments anyway, so a crash before or during recycling loses nothing.
   */
  async recycleBefore(position: CommitLogPosition): Promise<number> {
    let deleted = 0;
    for (const info of [...this.segmentList]) {
      if (info.segmentId >= position.segmentId || info === this.active?.info) continue;
      await this.options.fs.unlink(info.path).catch((err: unknown) => {
        if (!isFsErrorCode(err, 'ENOENT')) throw err;
      });
      this.segmentList.splice(this.segmentList.indexOf(info), 1);
      this.counters.segmentsRecycled++;
      deleted++;
    }
    return deleted;
  }

  /** Segments on disk, by ascending id (the last one may be the active segment). */
  segments(): SegmentInfo[] {
    return this.segmentList.map((s) => ({ ...s }));
  }

  private enqueue(entry: PendingEntry): void {
    this.pendingBytes += entry.frameBytes;
    this.queue.push(entry);
    this.kick();
  }

  private kick(): void {
    if (!this.draining) void this.drain();
  }

  private requestPeriodicSync(): void {
    if (this.unsyncedBytes > 0 && !this.failure) {
      this.syncRequested = true;
      this.kick();
    }
  }

  /** The single writer: everything touching the active segment runs here, one step at a time. */
  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (!this.failure) {
        if (this.queue.length > 0) await this.writeBatch();
        else if (this.syncRequested) {
          this.syncRequested = false;
          await this.sync();
        } else break;
      }
    } catch (err) {
      this.fail(err);
    } finally {
      this.draining = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Writes as many queued entries as fit in the active segment with one write call. */
  private async writeBatch(): Promise<void> {
    const segment = this.active ?? (await this.openSegment());
    let bytes = 0;
    let count = 0;
    for (const e of this.queue) {
      if (segment.info.sizeBytes + bytes + e.frameBytes > this.segmentSizeBytesMax) break;
      bytes += e.frameBytes;
      count++;
    }
    if (count === 0) {
      await this.roll();
      return;
    }
    const batch = this.queue.splice(0, count);
    this.inFlight = batch;
    const buffer = new Uint8Array(bytes);
    const positions: CommitLogPosition[] = [];
    let offset = 0;
    for (const e of batch) {
      offset = writeEntry(buffer, offset, segment.info.segmentId, e.payload, e.payloadCrc);
      positions.push({ segmentId: segment.info.segmentId, offset: segment.info.sizeBytes + offset });
    }
    assert.equal(offset, bytes);
    await this.preallocate(segment, segment.info.sizeBytes + bytes);
    // A small append is one write(2) into the page cache: done inline, it saves a thread-pool
    // round trip per group. Large ones go through the thread pool so the event loop keeps going.
    if (segment.handle.writeSync !== undefined && bytes <= COMMITLOG_INLINE_WRITE_BYTES_MAX) segment.handle.writeSync(buffer, segment.info.sizeBytes);
    else await segment.handle.write(buffer, segment.info.sizeBytes);
    segment.info.sizeBytes += bytes;
    this.counters.writes++;
    this.counters.bytesWritten += bytes;
    this.counters.entriesWritten += count;
    this.unsyncedBytes += bytes;
    this.unsyncedEntries += count;
    if (this.syncMode === 'group') await this.sync();
    this.inFlight = [];
    batch.forEach((e, i) => e.resolve(positions[i] as CommitLogPosition));
    this.release(bytes);
  }

  /**
   * In group-commit mode, extends the segment with zeros (in whole chunks, up to the segment's
   * size) so the entries about to be written to [.., `end`) overwrite allocated blocks: the
   * fdatasync after them then skips the inode update an append needs. The zeros are made durable
   * by that same fdatasync; replay treats a zero tail as the end (SEGMENT_FLAG_PREALLOCATED).
   */
  private async preallocate(segment: ActiveSegment, end: number): Promise<void> {
    if (this.syncMode !== 'group' || end <= segment.preallocatedEnd) return;
    const chunks = Math.ceil((end - segment.preallocatedEnd) / COMMITLOG_PREALLOCATE_CHUNK_BYTES);
    const target = Math.min(this.segmentSizeBytesMax, segment.preallocatedEnd + chunks * COMMITLOG_PREALLOCATE_CHUNK_BYTES);
    // The zeros start past the entries about to be written: nothing is written twice.
    for (let at = Math.max(segment.preallocatedEnd, end); at < target; at += COMMITLOG_PREALLOCATE_CHUNK_BYTES) {
      await segment.handle.write(PREALLOCATION_ZEROS.subarray(0, Math.min(COMMITLOG_PREALLOCATE_CHUNK_BYTES, target - at)), at);
      segment.zerosUnsynced = true;
    }
    segment.preallocatedEnd = Math.max(target, end);
  }

  private async sync(): Promise<void> {
    const segment = this.active;
    if (!segment || this.unsyncedBytes === 0) return;
    const start = this.options.clock.nowMicros();
    await segment.handle.datasync();
    segment.zerosUnsynced = false;
    const durationMicros = Number(this.options.clock.nowMicros() - start);
    const event = { segmentId: segment.info.segmentId, entries: this.unsyncedEntries, bytes: this.unsyncedBytes, durationMicros };
    this.unsyncedBytes = 0;
    this.unsyncedEntries = 0;
    this.counters.syncs++;
    this.counters.syncLatencyMicrosTotal += durationMicros;
    this.counters.syncLatencyMicrosMax = Math.max(this.counters.syncLatencyMicrosMax, durationMicros);
    this.emit(() => this.listener.onSync?.(event));
  }

  /** Syncs and closes the full segment; the next write opens a new one. */
  private async roll(): Promise<void> {
    const segment = this.active;
    assert.ok(segment, 'roll without an active segment');
    await this.sync();
    this.active = undefined;
    await segment.handle.close();
  }

  private async openSegment(): Promise<ActiveSegment> {
    const millis = Number(this.options.clock.nowMicros() / 1000n);
    // Ids grow across restarts even when every older segment is gone (Cassandra uses millis too),
    // so commit-log positions stay ordered once recycling and flush positions arrive.
    const segmentId = Math.max(this.lastSegmentId + 1, millis);
    this.lastSegmentId = segmentId;
    const { path, handle } = await createSegment(this.options.fs, this.options.dir, {
      formatVersion: COMMITLOG_FORMAT_VERSION,
      flags: this.syncMode === 'group' ? SEGMENT_FLAG_SYNCED_WRITES | SEGMENT_FLAG_PREALLOCATED : 0,
      segmentId,
      writeBytesMax: this.syncMode === 'group' ? this.pendingBytesMax : 0,
    });
    const info: MutableSegmentInfo = { segmentId, path, sizeBytes: SEGMENT_HEADER_BYTES };
    this.segmentList.push(info);
    this.active = { info, handle, preallocatedEnd: SEGMENT_HEADER_BYTES, zerosUnsynced: false };
    this.counters.segmentsCreated++;
    this.emit(() => this.listener.onSegmentCreated?.({ segmentId, path }));
    return this.active;
  }

  /** Frees queue space and admits waiting appends in FIFO order. */
  private release(bytes: number): void {
    this.pendingBytes -= bytes;
    while (this.waiting.length > 0) {
      const next = this.waiting[0] as PendingEntry;
      if (this.pendingBytes + next.frameBytes > this.pendingBytesMax) break;
      this.waiting.shift();
      this.enqueue(next);
    }
  }

  private fail(cause: unknown): void {
    const message = cause instanceof Error ? cause.message : String(cause);
    this.failure ??= new CommitLogFailedError(`commit log write failed: ${message}`, { cause });
    const failure = this.failure;
    for (const e of [...this.inFlight, ...this.queue, ...this.waiting]) e.reject(failure);
    this.inFlight = [];
    this.queue.length = 0;
    this.waiting.length = 0;
    this.pendingBytes = 0;
    this.emit(() => this.listener.onFailure?.(failure));
  }

  private whenIdle(): Promise<void> {
    if (!this.draining && this.queue.length === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.idleWaiters.push(() => void this.whenIdle().then(resolve));
    });
  }

  /** Listeners run outside the writer: a throwing listener surfaces as an uncaught error, never poisons the log. */
  private emit(call: () => void): void {
    queueMicrotask(call);
  }
}
