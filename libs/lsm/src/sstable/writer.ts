/**
 * Writes one SSTable (doc/sstable_format.md) from partitions given in partition order: data
 * blocks buffered into large writes, then the partition index, bloom filter, statistics, footer.
 * The file is written as `${path}.tmp` and only appears at `path`, durably, when `finish()`
 * resolves (fdatasync, rename, fsync of the directory); a crash before that leaves no file at
 * `path`. Data is checked before it is written (partition and row order, key and field limits):
 * a violation is a programmer error (AssertionError) and leaves the writer unusable (`abort()` it).
 */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { compareBytes, comparePartitionPositions } from '../bytes.js';
import { systemClock } from '../clock.js';
import type { Clock } from '../clock.js';
import { isFsErrorCode } from '../fs.js';
import type { FileHandle, FileSystem } from '../fs.js';
import type { Cell, PartitionData } from '../types.js';
import { DataBlockBuilder, encodeRowIndexPayload, frameBlock } from './block-builder.js';
import { BloomFilter } from './bloom.js';
import {
  SSTABLE_FORMAT_VERSION,
  STATS_LOCAL_DELETION_TIME_LIVE,
  STATS_MAX_TIMESTAMP_NONE,
  STATS_MIN_TIMESTAMP_NONE,
  TAG_CONTINUED,
  TAG_END,
} from './format.js';
import {
  SSTABLE_BLOCK_SIZE_BYTES_DEFAULT,
  SSTABLE_BLOCK_SIZE_BYTES_MAX,
  SSTABLE_BLOCK_SIZE_BYTES_MIN,
  SSTABLE_BLOOM_FP_CHANCE_DEFAULT,
  SSTABLE_WRITE_CHUNK_BYTES,
} from './limits.js';
import { TombstoneHistogramBuilder } from './tombstone-histogram.js';
import { encodeBloomSection, encodeFooterAndPostscript, encodeStatsSection, IndexSectionBuilder } from './sections.js';
import type { PartitionPosition, SSTableMeta, SSTableStatistics } from './types.js';

export interface SSTableWriterOptions {
  readonly fs: FileSystem;
  /** Final path of the SSTable; the writer uses `${path}.tmp` (created exclusively) until `finish()`. */
  readonly path: string;
  /** Sizes the bloom filter. More partitions than this raise its false-positive rate. */
  readonly expectedPartitions: number;
  /** Target payload size of a data block (default 16 KiB). */
  readonly blockSizeBytes?: number;
  /** Bloom filter false-positive chance (default 0.01). */
  readonly bloomFpChance?: number;
  /** Stamps `createdAtMicros` (default: the system clock). */
  readonly clock?: Clock;
  /** Called after each write to the file with its size in bytes (a compaction throttle's hook). */
  readonly onBytesWritten?: (bytes: number) => void;
}

type WriterState = 'open' | 'finishing' | 'finished' | 'aborted' | 'failed';

const EMPTY: Uint8Array = new Uint8Array(0);

/** Statistics gathered while partitions are added. */
class StatsCollector {
  partitionCount = 0;
  rowCount = 0;
  cellCount = 0;
  cellTombstoneCount = 0;
  rowDeletionCount = 0;
  rangeTombstoneCount = 0;
  partitionDeletionCount = 0;
  minTimestamp = STATS_MIN_TIMESTAMP_NONE;
  maxTimestamp = STATS_MAX_TIMESTAMP_NONE;
  maxLocalDeletionTime = 0;
  readonly dropTimes = new TombstoneHistogramBuilder();

  private ts(t: bigint): void {
    if (t < this.minTimestamp) this.minTimestamp = t;
    if (t > this.maxTimestamp) this.maxTimestamp = t;
  }

  /** A deletion or expiry at `v` seconds. */
  private ldt(v: number): void {
    if (v > this.maxLocalDeletionTime) this.maxLocalDeletionTime = v;
    this.dropTimes.add(v);
  }

  private cell(c: Cell): void {
    this.cellCount++;
    this.ts(c.timestamp);
    if (c.value === null) {
      this.cellTombstoneCount++;
      this.ldt(c.localDeletionTime);
    } else if (c.ttlSeconds !== 0 || c.localDeletionTime !== 0) {
      this.ldt(c.localDeletionTime);
    } else {
      this.maxLocalDeletionTime = STATS_LOCAL_DELETION_TIME_LIVE;
    }
  }

  add(p: PartitionData): void {
    this.partitionCount++;
    if (p.partitionDeletion) {
      this.partitionDeletionCount++;
      this.ts(p.partitionDeletion.timestamp);
      this.ldt(p.partitionDeletion.localDeletionTime);
    }
    if (p.rangeTombstones) {
      for (const rt of p.rangeTombstones) {
        this.rangeTombstoneCount++;
        this.ts(rt.deletion.timestamp);
        this.ldt(rt.deletion.localDeletionTime);
      }
    }
    for (const row of p.rows) {
      this.rowCount++;
      const l = row.liveness;
      if (l) {
        this.ts(l.timestamp);
        if (l.ttlSeconds !== 0 || l.localExpirationTime !== 0) this.ldt(l.localExpirationTime);
        else this.maxLocalDeletionTime = STATS_LOCAL_DELETION_TIME_LIVE;
      }
      if (row.deletion) {
        this.rowDeletionCount++;
        this.ts(row.deletion.timestamp);
        this.ldt(row.deletion.localDeletionTime);
      }
      for (const c of row.cells.values()) this.cell(c);
      if (row.history) for (const versions of row.history.values()) for (const c of versions) this.cell(c);
    }
  }
}

export class SSTableWriter {
  private state: WriterState = 'open';
  private busy = false;
  private failure: unknown;
  private renamed = false;
  private handleOpen = true;
  private readonly tmpPath: string;
  private readonly blockSizeBytes: number;
  private readonly bloom: BloomFilter;
  private readonly createdAtMicros: bigint;
  private readonly stats = new StatsCollector();
  private readonly index = new IndexSectionBuilder();
  private readonly block = new DataBlockBuilder();
  /** Buffered bytes not yet written, starting at file offset `flushedBytes`. */
  private readonly chunk = new Uint8Array(SSTABLE_WRITE_CHUNK_BYTES);
  private chunkLength = 0;
  private flushedBytes = 0;
  private dataBlockCount = 0;
  private rowIndexBlockCount = 0;
  private first: PartitionPosition | undefined;
  private last: PartitionPosition | undefined;
  /** The last partition that started in the open block. */
  private lastStartInBlock: PartitionPosition | undefined;

  private constructor(
    private readonly options: SSTableWriterOptions,
    private readonly handle: FileHandle,
  ) {
    this.tmpPath = `${options.path}.tmp`;
    this.blockSizeBytes = options.blockSizeBytes ?? SSTABLE_BLOCK_SIZE_BYTES_DEFAULT;
    this.bloom = BloomFilter.create(options.expectedPartitions, options.bloomFpChance ?? SSTABLE_BLOOM_FP_CHANCE_DEFAULT);
    this.createdAtMicros = (options.clock ?? systemClock).nowMicros();
    this.block.reset(false);
  }

  /** Creates `${path}.tmp` exclusively (EEXIST if it is there) and returns a writer for it. */
  static async create(options: SSTableWriterOptions): Promise<SSTableWriter> {
    const blockSize = options.blockSizeBytes ?? SSTABLE_BLOCK_SIZE_BYTES_DEFAULT;
    assert.ok(
      Number.isSafeInteger(blockSize) && blockSize >= SSTABLE_BLOCK_SIZE_BYTES_MIN && blockSize <= SSTABLE_BLOCK_SIZE_BYTES_MAX,
      `blockSizeBytes must be an integer in [${SSTABLE_BLOCK_SIZE_BYTES_MIN}, ${SSTABLE_BLOCK_SIZE_BYTES_MAX}], got ${blockSize}`,
    );
    BloomFilter.create(0, options.bloomFpChance ?? SSTABLE_BLOOM_FP_CHANCE_DEFAULT); // validates the options
    assert.ok(Number.isSafeInteger(options.expectedPartitions) && options.expectedPartitions >= 0, 'expectedPartitions must be a non-negative integer');
    const handle = await options.fs.open(`${options.path}.tmp`, 'createExclusive');
    return new SSTableWriter(options, handle);
  }

  /** Partitions added so far. */
  get partitionCount(): number {
    return this.stats.partitionCount;
  }

  /** Bytes of data written or buffered so far (a size estimate for rolling to a new file). */
  get dataBytes(): number {
    return this.flushedBytes + this.chunkLength + this.block.bodyLength;
  }

  /**
   * Appends a partition, which must come strictly after the previous one in partition order
   * (`comparePartitionPositions`) and have rows in strictly increasing clustering order.
   * Calls must not overlap (await each).
   */
  async add(p: PartitionData): Promise<void> {
    this.enter();
    try {
      assert.ok(this.last === undefined || comparePartitionPositions(this.last, p) < 0, 'SSTableWriter.add: partitions out of order');
      const position = { token: p.token, partitionKey: p.partitionKey.slice() };
      this.stats.add(p);
      this.bloom.add(p.token, p.partitionKey);
      await this.writePartition(p, position);
      this.first ??= position;
      this.last = position;
      if (this.chunkLength >= SSTABLE_WRITE_CHUNK_BYTES) await this.flushChunk();
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Writes the index, bloom filter, statistics and footer, syncs the file, renames it to `path`
   * and syncs the directory: the SSTable is durable when this resolves. Needs at least one partition.
   */
  async finish(): Promise<SSTableMeta> {
    this.enter();
    this.state = 'finishing';
    try {
      assert.ok(this.first !== undefined && this.last !== undefined, 'SSTableWriter.finish: no partition was added (abort() instead)');
      if (!this.block.isEmpty) await this.closeBlock(false);
      const dataBytes = this.offset;
      const statistics: SSTableStatistics = {
        partitionCount: this.stats.partitionCount,
        rowCount: this.stats.rowCount,
        cellCount: this.stats.cellCount,
        cellTombstoneCount: this.stats.cellTombstoneCount,
        rowDeletionCount: this.stats.rowDeletionCount,
        rangeTombstoneCount: this.stats.rangeTombstoneCount,
        partitionDeletionCount: this.stats.partitionDeletionCount,
        dataBlockCount: this.dataBlockCount,
        rowIndexBlockCount: this.rowIndexBlockCount,
        minTimestamp: this.stats.minTimestamp,
        maxTimestamp: this.stats.maxTimestamp,
        maxLocalDeletionTime: this.stats.maxLocalDeletionTime,
        firstPosition: this.first,
        lastPosition: this.last,
        createdAtMicros: this.createdAtMicros,
        tombstoneDropTimes: this.stats.dropTimes.bins(),
      };
      const index = this.index.finish();
      const bloom = encodeBloomSection(this.bloom);
      const stats = encodeStatsSection(statistics);
      const indexOffset = dataBytes;
      const bloomOffset = indexOffset + index.length;
      const statsOffset = bloomOffset + bloom.length;
      await this.append(index);
      await this.append(bloom);
      await this.append(stats);
      await this.append(
        encodeFooterAndPostscript(
          { indexOffset, indexLength: index.length, bloomOffset, bloomLength: bloom.length, statsOffset, statsLength: stats.length },
          SSTABLE_FORMAT_VERSION,
        ),
      );
      await this.flushChunk();
      const fileBytes = this.flushedBytes;
      await this.handle.datasync();
      this.handleOpen = false;
      await this.handle.close();
      await this.options.fs.rename(this.tmpPath, this.options.path);
      this.renamed = true;
      await this.options.fs.syncDir(posix.dirname(this.options.path));
      this.state = 'finished';
      return {
        ...statistics,
        path: this.options.path,
        formatVersion: SSTABLE_FORMAT_VERSION,
        fileBytes,
        dataBytes,
        minToken: this.first.token,
        maxToken: this.last.token,
      };
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Abandons the file: closes it and removes `${path}.tmp` (and `path`, if a failed `finish()`
   * had already renamed it). Safe after a failure; not after a successful `finish()`.
   */
  async abort(): Promise<void> {
    assert.ok(this.state !== 'finished', 'SSTableWriter.abort after finish');
    assert.ok(!this.busy, 'SSTableWriter.abort while add/finish is running');
    if (this.state === 'aborted') return;
    this.state = 'aborted';
    if (this.handleOpen) {
      this.handleOpen = false;
      try {
        await this.handle.close();
      } catch {
        // The file is being thrown away; a failed close changes nothing.
      }
    }
    await unlinkIfPresent(this.options.fs, this.renamed ? this.options.path : this.tmpPath);
  }

  private enter(): void {
    assert.ok(!this.busy, 'SSTableWriter: add/finish called while another call is running');
    if (this.state === 'failed') throw new Error(`SSTableWriter for ${this.options.path} failed earlier (abort it)`, { cause: this.failure });
    if (!(this.state === 'open')) assert.fail(`SSTableWriter: ${this.state}`);
    this.busy = true;
  }

  private fail(err: unknown): never {
    this.state = 'failed';
    this.failure = err;
    throw err;
  }

  /** File offset where the next block will start. */
  private get offset(): number {
    return this.flushedBytes + this.chunkLength;
  }

  private async writePartition(p: PartitionData, position: PartitionPosition): Promise<void> {
    const b = this.block;
    const target = this.blockSizeBytes;
    if (!b.isEmpty && b.bodyLength >= target) await this.closeBlock(false);
    /** Where this partition's bytes begin in the open block, and its bytes in closed blocks. */
    let startInBlock = b.bodyLength;
    let closedBytes = 0;
    b.startPartition(p);
    this.lastStartInBlock = position;
    let spanning = false;
    let firstBlock = { offset: 0, framedLength: 0 };
    const rowIndex: { framedLength: number; firstClustering: Uint8Array }[] = [];
    let blockFirstClustering: Uint8Array = EMPTY;
    let prev: Uint8Array | undefined;
    for (const row of p.rows) {
      assert.ok(prev === undefined || compareBytes(prev, row.clustering) < 0, 'SSTableWriter.add: rows not in strictly increasing clustering order');
      prev = row.clustering;
      if (b.bodyLength >= target && closedBytes + (b.bodyLength - startInBlock) >= target) {
        // A large partition: go on in a continuation block.
        b.terminator(TAG_CONTINUED);
        closedBytes += b.bodyLength - startInBlock;
        const closed = await this.closeBlock(true);
        if (!spanning) {
          spanning = true;
          firstBlock = closed;
          rowIndex.push({ framedLength: closed.framedLength, firstClustering: EMPTY });
        } else {
          rowIndex.push({ framedLength: closed.framedLength, firstClustering: blockFirstClustering });
        }
        b.reset(true);
        startInBlock = 0;
        blockFirstClustering = row.clustering;
      }
      b.writeRow(row);
    }
    b.terminator(TAG_END);
    if (!spanning) return;
    // The block holding the last row of a spanning partition holds nothing after it.
    const last = await this.closeBlock(true);
    rowIndex.push({ framedLength: last.framedLength, firstClustering: blockFirstClustering });
    const framed = frameBlock(encodeRowIndexPayload(p.token, p.partitionKey, rowIndex));
    const rowIndexOffset = this.offset;
    await this.append(framed);
    this.rowIndexBlockCount++;
    this.index.add(position, firstBlock.offset, firstBlock.framedLength, { offset: rowIndexOffset, framedLength: framed.length });
  }

  /**
   * Frames the open block into the output and starts a new one. `deferIndex`: the block's index
   * entry (if it has partition starts) is added by the caller once the spanning partition's row
   * index is written.
   */
  private async closeBlock(deferIndex: boolean): Promise<{ offset: number; framedLength: number }> {
    const b = this.block;
    const framedLength = b.prepareFrame();
    if (this.chunkLength + framedLength > this.chunk.length) await this.flushChunk();
    const offset = this.offset;
    if (framedLength > this.chunk.length) {
      const out = new Uint8Array(framedLength);
      b.frameInto(out, 0);
      await this.write(out);
    } else {
      b.frameInto(this.chunk, this.chunkLength);
      this.chunkLength += framedLength;
    }
    this.dataBlockCount++;
    if (b.startCount > 0 && !deferIndex) this.index.add(this.lastStartInBlock as PartitionPosition, offset, framedLength, undefined);
    b.reset(false);
    return { offset, framedLength };
  }

  private async append(bytes: Uint8Array): Promise<void> {
    if (this.chunkLength + bytes.length > this.chunk.length) await this.flushChunk();
    if (bytes.length > this.chunk.length) {
      await this.write(bytes);
      return;
    }
    this.chunk.set(bytes, this.chunkLength);
    this.chunkLength += bytes.length;
  }

  private async flushChunk(): Promise<void> {
    if (this.chunkLength === 0) return;
    const n = this.chunkLength;
    await this.handle.write(this.chunk.subarray(0, n), this.flushedBytes);
    this.chunkLength = 0;
    this.flushedBytes += n;
    this.options.onBytesWritten?.(n);
  }

  /** Writes bytes that bypass the chunk (the chunk must be empty). */
  private async write(bytes: Uint8Array): Promise<void> {
    assert.equal(this.chunkLength, 0);
    await this.handle.write(bytes, this.flushedBytes);
    this.flushedBytes += bytes.length;
    this.options.onBytesWritten?.(bytes.length);
  }
}

async function unlinkIfPresent(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (err) {
    if (!isFsErrorCode(err, 'ENOENT')) throw err;
  }
}
