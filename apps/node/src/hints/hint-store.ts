/**
 * The hint store (Cassandra's HintsService/HintsStore, simplified): a storage node keeps hints —
 * opaque payloads (an encoded MutateRequest) — for a replica that could not take a write, and
 * replays them to it, in append order, when it is back. On-disk format: ../../doc/hints_format.md.
 *
 * Contract:
 * - `append` resolves once the hint is durable (written and fdatasync'd). Concurrent appends to
 *   one target share one write and one fdatasync (group commit). It rejects, with nothing
 *   written, on a bad target id (InvalidHintTargetError), a payload too large for a segment
 *   (HintTooLargeError), a full store (HintStoreFullError) or a closed store
 *   (HintStoreClosedError); on an I/O failure with HintWriteFailedError.
 * - `replay` streams a target's hints oldest first to `deliver`, one at a time. Hints older than
 *   `maxHintWindowMs` (createdAtMs against the clock) are dropped, not delivered. It stops at the
 *   first delivery that throws: that hint and all after it stay pending. Progress is made durable
 *   every HINT_CHECKPOINT_INTERVAL_HINTS hints and when replay stops; fully replayed segments are
 *   deleted. Delivery is at-least-once: after a crash, up to HINT_CHECKPOINT_INTERVAL_HINTS hints
 *   already delivered may be delivered again (hinted mutations are idempotent: same cells, same
 *   timestamps). A replay covers the hints stored when it starts: it first closes the target's
 *   open segment, so hints appended during the replay go to a new segment and wait for the next
 *   replay (a replay cannot be kept running forever by a steady stream of appends).
 * - One replay per target at a time (HintReplayInProgressError); appends and replays of any
 *   targets may otherwise run concurrently.
 * - `open` recovers from whatever a crash left (see recovery.ts): damage is cut and reported
 *   (`recoveryIssues`, `onIssue`), never thrown and never replayed.
 * - Memory: counts and offsets per segment; payloads are only held while being written or
 *   delivered. Open file handles: one per target with an open segment; after each flush, the
 *   least recently written idle targets' segments are closed down to `writersOpenMax` (targets
 *   being written at that moment may exceed it).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isFsErrorCode, nodeFileSystem } from '@cassia/lsm';
import type { FileHandle, FileSystem } from '@cassia/lsm';
import {
  HintReplayInProgressError,
  HintStoreClosedError,
  HintStoreFullError,
  HintTooLargeError,
  HintWriteFailedError,
  InvalidHintTargetError,
} from './errors.js';
import {
  CHECKPOINT_TMP_SUFFIX,
  ENTRY_HEADER_BYTES,
  SEGMENT_HEADER_BYTES,
  checkpointFileName,
  encodeCheckpoint,
  encodeEntry,
  encodeSegmentHeader,
  isValidHostId,
  segmentFileName,
} from './format.js';
import type { Checkpoint } from './format.js';
import { makeDirDurable, recoverHintFiles } from './recovery.js';
import type { HintFileIssue } from './recovery.js';
import { SegmentReader } from './segment-reader.js';
import {
  DEFAULT_HINT_SEGMENT_BYTES_MAX,
  DEFAULT_HINT_TOTAL_BYTES_MAX,
  DEFAULT_HINT_WRITERS_OPEN_MAX,
  DEFAULT_MAX_HINT_WINDOW_MS,
  HINT_CHECKPOINT_INTERVAL_HINTS,
  HINT_READ_CHUNK_BYTES,
  HINT_WRITE_BYTES_MAX,
  checkOptions,
  systemHintClock,
} from './options.js';
import type { HintClock, HintStoreOptions } from './options.js';

export interface HintReplayOptions {
  /** Stops the replay before the next hint (the one being delivered finishes first). */
  signal?: AbortSignal;
}

export type HintDeliver = (payload: Uint8Array, createdAtMs: number) => Promise<void>;

export interface HintReplayResult {
  delivered: number;
  /** Expired (older than maxHintWindowMs): removed without delivery. */
  dropped: number;
  /** Lost to damage found during this replay (also reported as an issue). */
  corrupt: number;
  /** Hints still pending for the target when the replay returned (including any appended meanwhile). */
  remaining: number;
  /**
   * `drained`: every hint stored when the replay started was handled. `aborted`: the signal
   * fired. `closed`: the store is closing. `deliveryFailed`: `deliver` threw (`error`); that hint
   * is still pending. `storeFailed`: reading the hints or recording progress failed (`error`).
   */
  outcome: 'drained' | 'aborted' | 'closed' | 'deliveryFailed' | 'storeFailed';
  error?: unknown;
}

export interface HintStoreStats {
  /** Targets with pending hints. */
  targets: number;
  pendingHints: number;
  /** Bytes of the pending hints' entries (framing included). */
  pendingBytes: number;
  /** Bytes of all hint segment files: what `totalBytesMax` bounds (with appends in flight). */
  diskBytes: number;
  /** fdatasync calls made for appends (entries and new segment headers): the group-commit figure. */
  syncCount: number;
  /** Hints acknowledged by `append`. */
  appended: number;
  /** Appends refused with HintStoreFullError. */
  refusedFull: number;
  segmentsCreated: number;
  segmentsDeleted: number;
  checkpointsWritten: number;
  /** Damaged files found (by open and by replay). */
  issues: number;
  /** Segments open for appending (file handles held). */
  writersOpen: number;
}

interface Segment {
  readonly seq: number;
  readonly path: string;
  /** Offset just past the last entry that is synced; replay reads up to here. */
  end: number;
  /** Offset of the first hint not yet replayed. */
  replayFrom: number;
  pendingHints: number;
}

interface Writer {
  readonly segment: Segment;
  readonly handle: FileHandle;
}

interface QueuedAppend {
  readonly entry: Uint8Array;
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

interface Target {
  readonly hostId: string;
  /** Ascending seq; the writer's segment, if any, is the last. */
  segments: Segment[];
  writer: Writer | undefined;
  /** For choosing which writer to close when too many are open. */
  lastWriteTick: number;
  nextSeq: number;
  /** What the checkpoint file on disk says, if there is one. */
  checkpoint: Checkpoint | undefined;
  pendingHints: number;
  queue: QueuedAppend[];
  flushScheduled: boolean;
  /** A flush is running. */
  writing: boolean;
  /** Serializes writer work (flushes, closing the segment). */
  chain: Promise<void>;
  replaying: boolean;
}

export class HintStore {
  private readonly fs: FileSystem;
  private readonly dir: string;
  private readonly clock: HintClock;
  private readonly maxHintWindowMs: number;
  private readonly segmentBytesMax: number;
  private readonly totalBytesMax: number;
  private readonly writersOpenMax: number;
  private readonly onIssue: ((issue: HintFileIssue) => void) | undefined;
  private readonly byHost = new Map<string, Target>();
  private readonly replays = new Set<Promise<unknown>>();
  private closing = false;
  private closed: Promise<void> | undefined;
  private writersOpen = 0;
  private writeTick = 0;
  /** Bytes of appends queued or being written, not yet in `diskBytes`. */
  private inFlightBytes = 0;
  private readonly counters = { pendingHints: 0, pendingBytes: 0, diskBytes: 0, syncCount: 0, appended: 0, refusedFull: 0, segmentsCreated: 0, segmentsDeleted: 0, checkpointsWritten: 0, issues: 0 };
  /** What `open` found damaged and cut. */
  readonly recoveryIssues: readonly HintFileIssue[];

  private constructor(options: HintStoreOptions, issues: HintFileIssue[]) {
    this.fs = options.fs ?? nodeFileSystem;
    this.dir = options.dir;
    this.clock = options.clock ?? systemHintClock;
    this.maxHintWindowMs = options.maxHintWindowMs ?? DEFAULT_MAX_HINT_WINDOW_MS;
    this.segmentBytesMax = options.segmentBytesMax ?? DEFAULT_HINT_SEGMENT_BYTES_MAX;
    this.totalBytesMax = options.totalBytesMax ?? DEFAULT_HINT_TOTAL_BYTES_MAX;
    this.writersOpenMax = options.writersOpenMax ?? DEFAULT_HINT_WRITERS_OPEN_MAX;
    this.onIssue = options.onIssue;
    this.recoveryIssues = issues;
  }

  /** Opens (creating if needed) the store in `options.dir`, recovering what a crash left. */
  static async open(options: HintStoreOptions): Promise<HintStore> {
    checkOptions(options);
    const fs = options.fs ?? nodeFileSystem;
    await makeDirDurable(fs, options.dir);
    const issues: HintFileIssue[] = [];
    const recovered = await recoverHintFiles(fs, options.dir, HINT_READ_CHUNK_BYTES, (issue) => {
      issues.push(issue);
      options.onIssue?.(issue);
    });
    const store = new HintStore(options, issues);
    store.counters.issues = issues.length;
    for (const r of recovered) {
      const t = store.target(r.hostId);
      t.nextSeq = r.nextSeq;
      t.checkpoint = r.checkpoint;
      for (const s of r.segments) {
        t.segments.push({ ...s });
        t.pendingHints += s.pendingHints;
        store.counters.pendingHints += s.pendingHints;
        store.counters.pendingBytes += s.end - s.replayFrom;
        store.counters.diskBytes += s.end;
      }
    }
    return store;
  }

  /**
   * Stores a hint for `targetHostId`; resolves once it is durable. `createdAtMs` (default: the
   * clock) is when the write was coordinated: the hint expires `maxHintWindowMs` after it.
   * The payload is copied before this returns.
   */
  append(targetHostId: string, payload: Uint8Array, createdAtMs: number = this.clock.nowMs()): Promise<void> {
    if (this.closing) return Promise.reject(new HintStoreClosedError());
    if (!isValidHostId(targetHostId)) return Promise.reject(new InvalidHintTargetError(targetHostId));
    assert(payload instanceof Uint8Array, 'payload must be a Uint8Array');
    assert(Number.isSafeInteger(createdAtMs) && createdAtMs >= 0, `createdAtMs must be a non-negative safe integer, got ${createdAtMs}`);
    const payloadBytesMax = this.segmentBytesMax - SEGMENT_HEADER_BYTES - ENTRY_HEADER_BYTES;
    if (payload.length > payloadBytesMax) return Promise.reject(new HintTooLargeError(payload.length, payloadBytesMax));
    const entry = encodeEntry(createdAtMs, payload);
    const t = this.target(targetHostId);
    // Room for a segment header too when the target has no open segment. (A segment started
    // because the open one is full is not foreseen: the limit holds to within one header.)
    const needed = entry.length + (t.writer === undefined ? SEGMENT_HEADER_BYTES : 0);
    const used = this.counters.diskBytes + this.inFlightBytes;
    if (used + needed > this.totalBytesMax) {
      this.counters.refusedFull++;
      return Promise.reject(new HintStoreFullError(used, needed, this.totalBytesMax));
    }
    this.inFlightBytes += entry.length;
    return new Promise<void>((resolve, reject) => {
      t.queue.push({ entry, resolve, reject });
      if (!t.flushScheduled) {
        t.flushScheduled = true;
        // Runs after the current task: appends made meanwhile join this batch.
        void this.serialized(t, () => this.flush(t));
      }
    });
  }

  /** Hosts with pending hints, sorted. */
  targets(): string[] {
    return [...this.byHost.values()]
      .filter((t) => t.pendingHints > 0)
      .map((t) => t.hostId)
      .sort();
  }

  /** Pending hints of one target, or of all targets. */
  pendingCount(targetHostId?: string): number {
    if (targetHostId === undefined) return this.counters.pendingHints;
    return this.byHost.get(targetHostId)?.pendingHints ?? 0;
  }

  /** Bytes of the pending hints' entries (framing included). */
  pendingBytes(): number {
    return this.counters.pendingBytes;
  }

  stats(): HintStoreStats {
    return { ...this.counters, targets: this.targets().length, writersOpen: this.writersOpen };
  }

  /** Replays `targetHostId`'s hints to `deliver`, oldest first. See the contract at the top of the file. */
  async replay(targetHostId: string, deliver: HintDeliver, options: HintReplayOptions = {}): Promise<HintReplayResult> {
    if (this.closing) throw new HintStoreClosedError();
    if (!isValidHostId(targetHostId)) throw new InvalidHintTargetError(targetHostId);
    const t = this.byHost.get(targetHostId);
    const result: HintReplayResult = { delivered: 0, dropped: 0, corrupt: 0, remaining: 0, outcome: 'drained' };
    if (t === undefined) return result;
    if (t.replaying) throw new HintReplayInProgressError(targetHostId);
    t.replaying = true;
    const run = this.replayTarget(t, deliver, options.signal, result);
    this.replays.add(run);
    try {
      await run;
    } finally {
      this.replays.delete(run);
      t.replaying = false;
    }
    result.remaining = t.pendingHints;
    return result;
  }

  /**
   * Stops taking appends and replays, waits for queued appends to be written and for running
   * replays to stop (each finishes the delivery it is in), and closes the files. Idempotent.
   */
  close(): Promise<void> {
    this.closing = true;
    this.closed ??= (async () => {
      await Promise.allSettled([...this.replays]);
      for (const t of this.byHost.values()) await this.serialized(t, () => this.closeWriter(t));
    })();
    return this.closed;
  }

  private target(hostId: string): Target {
    let t = this.byHost.get(hostId);
    if (t === undefined) {
      t = { hostId, segments: [], writer: undefined, lastWriteTick: 0, nextSeq: 1, checkpoint: undefined, pendingHints: 0, queue: [], flushScheduled: false, writing: false, chain: Promise.resolve(), replaying: false };
      this.byHost.set(hostId, t);
    }
    return t;
  }

  /** Runs `work` after every earlier piece of writer work of `t`. */
  private serialized<T>(t: Target, work: () => Promise<T>): Promise<T> {
    const run = t.chain.then(work);
    t.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Writes every queued append of `t` (one write and one fdatasync per segment touched), then settles them. */
  private async flush(t: Target): Promise<void> {
    t.flushScheduled = false;
    t.writing = true;
    const batch = t.queue.splice(0);
    t.lastWriteTick = ++this.writeTick;
    let settled = 0;
    try {
      while (settled < batch.length) {
        const first = (batch[settled] as QueuedAppend).entry.length;
        if (t.writer !== undefined && t.writer.segment.end + first > this.segmentBytesMax) await this.closeWriter(t);
        const writer = t.writer ?? (await this.openWriter(t));
        const segment = writer.segment;
        // The entries that fit in this segment (at least one: a payload fits an empty segment).
        let end = segment.end;
        let count = 0;
        const chunk: Uint8Array[] = [];
        let chunkBytes = 0;
        let chunkAt = end;
        while (settled + count < batch.length) {
          const entry = (batch[settled + count] as QueuedAppend).entry;
          if (count > 0 && end + entry.length > this.segmentBytesMax) break;
          if (chunkBytes > 0 && chunkBytes + entry.length > HINT_WRITE_BYTES_MAX) {
            await writer.handle.write(concat(chunk, chunkBytes), chunkAt);
            chunkAt += chunkBytes;
            chunk.length = 0;
            chunkBytes = 0;
          }
          chunk.push(entry);
          chunkBytes += entry.length;
          end += entry.length;
          count++;
        }
        await writer.handle.write(concat(chunk, chunkBytes), chunkAt);
        await writer.handle.datasync();
        this.counters.syncCount++;
        const bytes = end - segment.end;
        segment.end = end;
        segment.pendingHints += count;
        t.pendingHints += count;
        this.counters.pendingHints += count;
        this.counters.pendingBytes += bytes;
        this.counters.diskBytes += bytes;
        this.counters.appended += count;
        this.inFlightBytes -= bytes;
        for (const a of batch.slice(settled, settled + count)) a.resolve();
        settled += count;
      }
    } catch (err) {
      // The segment may now end in a partial write: stop appending to it (it is cut on the next
      // open, and replay reads only up to its synced end).
      const writer = t.writer;
      if (writer !== undefined) {
        t.writer = undefined;
        this.writersOpen--;
        await writer.handle.close().catch(() => undefined); // already failed; the fd is released either way
      }
      const error = new HintWriteFailedError(`could not store hints for ${t.hostId}`, { cause: err });
      for (const a of batch.slice(settled)) {
        this.inFlightBytes -= a.entry.length;
        a.reject(error);
      }
    } finally {
      t.writing = false;
      this.trimWriters();
    }
  }

  /** Creates `t`'s next segment: header written and synced, then the directory synced. */
  private async openWriter(t: Target): Promise<Writer> {
    const seq = t.nextSeq++;
    const path = join(this.dir, segmentFileName(t.hostId, seq));
    const handle = await this.fs.open(path, 'createExclusive');
    try {
      await handle.write(encodeSegmentHeader(seq), 0);
      await handle.datasync();
      this.counters.syncCount++;
      await this.fs.syncDir(this.dir);
    } catch (err) {
      await handle.close().catch(() => undefined); // reporting `err`; a header-only file is deleted by the next open
      throw err;
    }
    const segment: Segment = { seq, path, end: SEGMENT_HEADER_BYTES, replayFrom: SEGMENT_HEADER_BYTES, pendingHints: 0 };
    t.segments.push(segment);
    this.counters.diskBytes += SEGMENT_HEADER_BYTES;
    this.counters.segmentsCreated++;
    this.writersOpen++;
    t.writer = { segment, handle };
    return t.writer;
  }

  /**
   * While more than `writersOpenMax` segments are open, closes those of the least recently written
   * idle targets (no flush running or scheduled): their next append starts a new segment.
   */
  private trimWriters(): void {
    while (this.writersOpen > this.writersOpenMax) {
      let idlest: Target | undefined;
      for (const t of this.byHost.values()) {
        if (t.writer === undefined || t.writing || t.flushScheduled) continue;
        if (idlest === undefined || t.lastWriteTick < idlest.lastWriteTick) idlest = t;
      }
      if (idlest === undefined) return;
      const writer = idlest.writer as Writer;
      idlest.writer = undefined;
      this.writersOpen--;
      // Every entry in it is synced: a failed close loses nothing, and the fd is released either way.
      void writer.handle.close().catch(() => undefined);
    }
  }

  /** New appends to `t` go to a new segment after this. Only from serialized writer work. */
  private async closeWriter(t: Target): Promise<void> {
    const writer = t.writer;
    if (writer === undefined) return;
    t.writer = undefined;
    this.writersOpen--;
    await writer.handle.close();
  }

  private async replayTarget(t: Target, deliver: HintDeliver, signal: AbortSignal | undefined, result: HintReplayResult): Promise<void> {
    let segment: Segment | undefined;
    try {
      await this.serialized(t, () => this.closeWriter(t));
      // Every segment is closed now; appends from here on go to new segments, after these. (The
      // filter is defensive: no append can have opened one before this line runs.)
      for (segment of t.segments.filter((s) => s !== t.writer?.segment)) {
        if (await this.replaySegment(t, segment, deliver, signal, result)) break;
        await this.deleteSegment(t, segment);
        segment = undefined;
      }
      if (segment !== undefined) await this.saveProgress(t, segment);
    } catch (err) {
      result.outcome = 'storeFailed';
      result.error = err;
    }
  }

  /** Replays one closed segment from where replay got to. True if the replay must stop here. */
  private async replaySegment(t: Target, segment: Segment, deliver: HintDeliver, signal: AbortSignal | undefined, result: HintReplayResult): Promise<boolean> {
    if (segment.replayFrom === segment.end) return false;
    const handle = await this.fs.open(segment.path, 'read');
    try {
      const reader = new SegmentReader(handle, segment.replayFrom, segment.end, HINT_READ_CHUNK_BYTES);
      let sinceCheckpoint = 0;
      while (true) {
        const step = await reader.next();
        if (step.kind === 'end') return false;
        if (signal?.aborted === true) {
          result.outcome = 'aborted';
          return true;
        }
        if (this.closing) {
          result.outcome = 'closed';
          return true;
        }
        if (step.kind === 'bad') {
          // Checked when the store opened or when written: damaged since (bad media, another writer).
          const lost = segment.pendingHints;
          this.issue({ file: segment.path, offset: step.offset, droppedBytes: segment.end - step.offset, droppedHints: lost, reason: step.reason, action: 'skipped' });
          result.corrupt += lost;
          this.consume(t, segment, segment.end, lost);
          return false;
        }
        if (this.clock.nowMs() - step.createdAtMs > this.maxHintWindowMs) {
          result.dropped++;
        } else {
          try {
            await deliver(step.payload, step.createdAtMs);
          } catch (err) {
            result.outcome = 'deliveryFailed';
            result.error = err;
            return true;
          }
          result.delivered++;
        }
        this.consume(t, segment, step.end, 1);
        if (++sinceCheckpoint >= HINT_CHECKPOINT_INTERVAL_HINTS) {
          await this.saveProgress(t, segment);
          sinceCheckpoint = 0;
        }
      }
    } finally {
      await handle.close();
    }
  }

  /** Marks the hints of `segment` before `replayFrom` as handled (in memory). */
  private consume(t: Target, segment: Segment, replayFrom: number, hints: number): void {
    assert(replayFrom >= segment.replayFrom && replayFrom <= segment.end && hints <= segment.pendingHints);
    this.counters.pendingBytes -= replayFrom - segment.replayFrom;
    segment.replayFrom = replayFrom;
    segment.pendingHints -= hints;
    t.pendingHints -= hints;
    this.counters.pendingHints -= hints;
  }

  /** Makes replay's position in `segment` durable: checkpoint written to a temporary file, synced, renamed over the old one. */
  private async saveProgress(t: Target, segment: Segment): Promise<void> {
    const at: Checkpoint = { seq: segment.seq, offset: segment.replayFrom };
    if (at.offset === SEGMENT_HEADER_BYTES || (t.checkpoint?.seq === at.seq && t.checkpoint.offset === at.offset)) return;
    const path = join(this.dir, checkpointFileName(t.hostId));
    const tmp = join(this.dir, `${t.hostId}${CHECKPOINT_TMP_SUFFIX}`);
    await this.unlinkIfExists(tmp);
    const handle = await this.fs.open(tmp, 'createExclusive');
    try {
      await handle.write(encodeCheckpoint(at), 0);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await this.fs.rename(tmp, path);
    await this.fs.syncDir(this.dir);
    t.checkpoint = at;
    this.counters.checkpointsWritten++;
  }

  /** Deletes a fully replayed segment (and the checkpoint pointing into it). */
  private async deleteSegment(t: Target, segment: Segment): Promise<void> {
    assert(segment.pendingHints === 0 && segment.replayFrom === segment.end && t.writer?.segment !== segment);
    // Either may be gone already if an earlier attempt failed at the directory sync.
    await this.unlinkIfExists(segment.path);
    if (t.checkpoint?.seq === segment.seq) {
      await this.unlinkIfExists(join(this.dir, checkpointFileName(t.hostId)));
      t.checkpoint = undefined;
    }
    await this.fs.syncDir(this.dir);
    t.segments = t.segments.filter((s) => s !== segment);
    this.counters.diskBytes -= segment.end;
    this.counters.segmentsDeleted++;
  }

  private async unlinkIfExists(path: string): Promise<void> {
    try {
      await this.fs.unlink(path);
    } catch (err) {
      if (!isFsErrorCode(err, 'ENOENT')) throw err;
    }
  }

  private issue(issue: HintFileIssue): void {
    this.counters.issues++;
    this.onIssue?.(issue);
  }
}

function concat(parts: readonly Uint8Array[], totalBytes: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(totalBytes);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
