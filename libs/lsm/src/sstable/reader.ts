/**
 * Reads one SSTable (doc/sstable_format.md). `open` checks the footer, partition index, bloom
 * filter and statistics (CRCs and structure) and keeps the index and bloom filter in memory in
 * packed arrays. `get` reads only the blocks a point read needs, through the shared BlockCache;
 * `scan` walks the data section in partition order with large sequential reads that bypass the
 * cache. Every block is checked against its CRC when read; a bad block raises CorruptionError
 * (file, block offset) on every read that needs it, and nothing that fails a check is returned.
 */
import assert from 'node:assert/strict';
import { DecodeError } from '../commitlog/byte-io.js';
import { bytesEqual, compareBytes, comparePartitionPositions } from '../bytes.js';
import { ClosedError, CorruptionError, UnsupportedFormatError } from '../errors.js';
import type { FileHandle, FileSystem } from '../fs.js';
import { isRowLive } from '../purge.js';
import { satisfiesEnd, satisfiesStart } from '../slice.js';
import type { ClusteringSlice } from '../slice.js';
import { decodedPartition, newList } from '../decoded.js';
import type { PartitionData, RangeTombstone, RowData } from '../types.js';
import type { BlockCache } from './block-cache.js';
import {
  BlockCursor,
  DataBlock,
  ELEMENT_CONTINUED,
  ELEMENT_END,
  RowIndexBlock,
  verifyFrame,
} from './block-decoder.js';
import type { CacheableBlock, PartitionHeader } from './block-decoder.js';
import type { BloomFilter } from './bloom.js';
import {
  BLOCK_FRAME_BYTES,
  BLOCK_KIND_ROW_INDEX,
  BLOCK_LENGTH_BYTES,
  BLOCK_PAYLOAD_BYTES_MAX,
  FOOTER_BYTES_MAX,
  FOOTER_BYTES_V1,
  POSTSCRIPT_BYTES,
  SSTABLE_FORMAT_VERSION,
  SSTABLE_FORMAT_VERSIONS_SUPPORTED,
} from './format.js';
import { satisfiesEndInPlace, satisfiesStartInPlace, slicesOverlap, tokenHigh, tokenLow, tokenWords } from './keys.js';
import { SSTABLE_SCAN_CACHED_BLOCKS, SSTABLE_SCAN_READ_AHEAD_BYTES, SSTABLE_SCAN_READ_AHEAD_MIN_BYTES, SSTABLE_TAIL_READ_BYTES } from './limits.js';
import {
  decodeBloomSection,
  decodeFooterV1,
  decodeStatsSection,
  PartitionIndex,
  postscriptFooterLength,
  verifyPostscript,
} from './sections.js';
import type { PartitionPosition, SSTableMeta } from './types.js';

export interface SSTableReaderOptions {
  /** The engine's shared block cache. */
  readonly blockCache: BlockCache;
  /** Identifies this file in the block cache; unique among open readers. */
  readonly fileId: number;
}

/** Options of `get`: the same as `Memtable.read`. */
export interface SSTableReadOptions {
  /** Select rows from the end of the slice (with `limitRows`: the last N). Rows still come back ascending. */
  readonly reversed?: boolean;
  /** Stop after this many rows live at `nowSeconds` (tombstoned rows met on the way are included). */
  readonly limitRows?: number;
  readonly nowSeconds: number;
}

/** Bounds of a scan, in partition order. */
export interface SSTableScanOptions {
  /** Start after this position (exclusive): a resumable cursor. */
  readonly after?: PartitionPosition;
  /** Start at this position (inclusive). */
  readonly from?: PartitionPosition;
  /** Stop after this position (inclusive). */
  readonly to?: PartitionPosition;
}

/** Counters for metrics (monotonic). */
export interface SSTableReaderStats {
  /** Blocks read from disk (cache misses of `get`, and every block a scan reads). */
  readonly blocksRead: number;
  readonly bytesRead: number;
  readonly bloomChecks: number;
  /** Bloom filter said "not there". */
  readonly bloomNegatives: number;
  /** Bloom filter said "maybe" but the partition was not in the file. */
  readonly bloomFalsePositives: number;
}

/** A walk over rows of one block stopped because the slice or the limit is exhausted. */
const WALK_DONE = -1;

interface RowSelection {
  readonly slice: ClusteringSlice;
  readonly limitRows: number | undefined;
  readonly nowSeconds: number;
  /** Rows selected so far (in walk order). */
  readonly rows: RowData[];
  live: number;
}

export class SSTableReader {
  private closed = false;
  private blocksRead = 0;
  private bytesRead = 0;
  private bloomChecks = 0;
  private bloomNegatives = 0;
  private bloomFalsePositives = 0;
  /** Block loads in flight, by offset (concurrent misses of one block share one read). */
  private readonly loading = new Map<number, Promise<CacheableBlock>>();
  /** The first partition's token words (the key range check runs on numbers). */
  private readonly firstHigh: number;
  private readonly firstLow: number;

  private constructor(
    readonly path: string,
    readonly fileId: number,
    readonly meta: SSTableMeta,
    private readonly handle: FileHandle,
    private readonly blockCache: BlockCache,
    private readonly index: PartitionIndex,
    private readonly bloom: BloomFilter,
    private readonly dataEnd: number,
  ) {
    this.firstHigh = tokenHigh(meta.firstPosition.token);
    this.firstLow = tokenLow(meta.firstPosition.token);
  }

  /**
   * Opens and verifies an SSTable. Throws CorruptionError (file, offset of the bad part) if the
   * footer, index, bloom filter or statistics fail their checks, UnsupportedFormatError for an
   * unknown magic or format version.
   */
  static async open(fs: FileSystem, path: string, options: SSTableReaderOptions): Promise<SSTableReader> {
    assert.ok(Number.isSafeInteger(options.fileId), 'fileId must be an integer');
    const handle = await fs.open(path, 'read');
    try {
      return await SSTableReader.load(path, handle, options);
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw err;
    }
  }

  private static async load(path: string, handle: FileHandle, options: SSTableReaderOptions): Promise<SSTableReader> {
    const corrupt = (offset: number, reason: string, cause?: unknown): CorruptionError =>
      new CorruptionError(path, offset, `sstable: ${reason}`, cause === undefined ? undefined : { cause });
    const size = await handle.size();
    if (size < POSTSCRIPT_BYTES) throw corrupt(0, `file of ${size} bytes is shorter than the postscript`);
    let tailLength = Math.min(size, SSTABLE_TAIL_READ_BYTES);
    let tail = await readExact(handle, size - tailLength, tailLength, path);
    const footerLength = postscriptFooterLength(tail);
    if (footerLength > FOOTER_BYTES_MAX || footerLength + POSTSCRIPT_BYTES > size) {
      throw corrupt(size - POSTSCRIPT_BYTES, `footer length ${footerLength} impossible for a file of ${size} bytes`);
    }
    if (footerLength + POSTSCRIPT_BYTES > tailLength) {
      tailLength = footerLength + POSTSCRIPT_BYTES;
      tail = await readExact(handle, size - tailLength, tailLength, path);
    }
    const footerOffset = size - POSTSCRIPT_BYTES - footerLength;
    let formatVersion: number;
    try {
      const ps = verifyPostscript(tail, footerLength);
      if (!ps.magicOk) throw new UnsupportedFormatError(path, ps.formatVersion);
      formatVersion = ps.formatVersion;
    } catch (err) {
      if (err instanceof DecodeError) throw corrupt(footerOffset, err.message, err);
      throw err;
    }
    if (!SSTABLE_FORMAT_VERSIONS_SUPPORTED.includes(formatVersion)) throw new UnsupportedFormatError(path, formatVersion);
    assert.equal(formatVersion, SSTABLE_FORMAT_VERSION);
    if (footerLength !== FOOTER_BYTES_V1) throw corrupt(footerOffset, `version 1 footer of ${footerLength} bytes`);
    const footerStart = tail.length - POSTSCRIPT_BYTES - footerLength;
    let footer;
    try {
      footer = decodeFooterV1(tail.subarray(footerStart, footerStart + footerLength));
    } catch (err) {
      if (err instanceof DecodeError) throw corrupt(footerOffset, err.message, err);
      throw err;
    }
    const { indexOffset, indexLength, bloomOffset, bloomLength, statsOffset, statsLength } = footer;
    if (
      indexOffset <= 0 ||
      bloomOffset !== indexOffset + indexLength ||
      statsOffset !== bloomOffset + bloomLength ||
      footerOffset !== statsOffset + statsLength ||
      indexLength <= 0 ||
      bloomLength <= 0 ||
      statsLength <= 0
    ) {
      throw corrupt(footerOffset, `sections do not tile the file (index ${indexOffset}+${indexLength}, bloom ${bloomOffset}+${bloomLength}, stats ${statsOffset}+${statsLength}, footer ${footerOffset})`);
    }
    const sections = await readExact(handle, indexOffset, footerOffset - indexOffset, path);
    const section = (offset: number, length: number): Uint8Array => sections.subarray(offset - indexOffset, offset - indexOffset + length);
    const decode = <T>(offset: number, fn: () => T): T => {
      try {
        return fn();
      } catch (err) {
        if (err instanceof DecodeError) throw corrupt(offset, err.message, err);
        throw err;
      }
    };
    const dataEnd = indexOffset;
    const index = decode(indexOffset, () => new PartitionIndex(section(indexOffset, indexLength), dataEnd));
    const bloom = decode(bloomOffset, () => decodeBloomSection(section(bloomOffset, bloomLength)));
    const stats = decode(statsOffset, () => decodeStatsSection(section(statsOffset, statsLength)));
    const lastEntry = index.count - 1;
    const first = index.positionAt(0);
    if (
      comparePartitionPositions(stats.lastPosition, index.positionAt(lastEntry)) !== 0 ||
      comparePartitionPositions(stats.firstPosition, first) > 0 ||
      stats.dataBlockCount < index.count ||
      stats.partitionCount < index.count
    ) {
      throw corrupt(statsOffset, 'statistics disagree with the partition index');
    }
    const meta: SSTableMeta = {
      ...stats,
      path,
      formatVersion,
      fileBytes: size,
      dataBytes: dataEnd,
      minToken: stats.firstPosition.token,
      maxToken: stats.lastPosition.token,
    };
    return new SSTableReader(path, options.fileId, meta, handle, options.blockCache, index, bloom, dataEnd);
  }

  /** Bytes of memory the open reader holds (partition index and bloom filter). */
  get memoryBytes(): number {
    return this.index.memoryBytes + this.bloom.bits.byteLength;
  }

  stats(): SSTableReaderStats {
    return {
      blocksRead: this.blocksRead,
      bytesRead: this.bytesRead,
      bloomChecks: this.bloomChecks,
      bloomNegatives: this.bloomNegatives,
      bloomFalsePositives: this.bloomFalsePositives,
    };
  }

  /** Whether the file may hold the partition: inside the file's key range and passing the bloom filter. No I/O. */
  mightContain(token: bigint, partitionKey: Uint8Array): boolean {
    return this.mightContainWords(tokenHigh(token), tokenLow(token), partitionKey);
  }

  private mightContainWords(hi: number, lo: number, partitionKey: Uint8Array): boolean {
    // Before the first partition, or after the last (the last index entry)?
    if (hi < this.firstHigh || (hi === this.firstHigh && (lo < this.firstLow || (lo === this.firstLow && compareBytes(partitionKey, this.meta.firstPosition.partitionKey) < 0)))) {
      return false;
    }
    if (this.index.compareAt(this.index.count - 1, hi, lo, partitionKey) < 0) return false;
    this.bloomChecks++;
    if (!this.bloom.mightContainWords(hi, lo, partitionKey)) {
      this.bloomNegatives++;
      return false;
    }
    return true;
  }

  /**
   * The part of a partition within `slice`, with exactly `Memtable.read`'s semantics: its
   * partition deletion, the range tombstones that overlap the slice, and the selected rows
   * (tombstones included) in ascending order; `reversed` with `limitRows` selects the last N;
   * `limitRows` counts rows live at `nowSeconds`. `undefined` if the file does not hold the
   * partition or holds nothing of it for this slice. Reads only the blocks it needs.
   */
  async get(token: bigint, partitionKey: Uint8Array, slice: ClusteringSlice, options: SSTableReadOptions): Promise<PartitionData | undefined> {
    const { limitRows } = options;
    assert.ok(limitRows === undefined || (Number.isInteger(limitRows) && limitRows > 0), 'limitRows must be a positive integer');
    if (this.closed) throw new ClosedError(`SSTable ${this.path} is closed`);
    const { high: hi, low: lo } = tokenWords(token);
    if (!this.mightContainWords(hi, lo, partitionKey)) return undefined;
    const entry = this.index.findFirstAtOrAfter(hi, lo, partitionKey);
    if (entry >= this.index.count) {
      this.bloomFalsePositives++;
      return undefined;
    }
    const blockOffset = this.index.blockOffsets[entry] as number;
    const cached = this.blockCache.get(this.fileId, blockOffset);
    const block = cached instanceof DataBlock ? cached : await this.dataBlock(blockOffset, this.index.blockLengths[entry] as number, cached === undefined);
    let at = blockOffset;
    try {
      const cursor = new BlockCursor(block, 0);
      const k = findStart(block, cursor, hi, lo, partitionKey);
      if (k < 0) {
        this.bloomFalsePositives++;
        return undefined;
      }
      cursor.pos = block.starts[k] as number;
      const header = cursor.header(token);
      const spans = k === block.starts.length - 1 && this.index.rowIndexes.has(entry);
      const selection: RowSelection = { slice, limitRows, nowSeconds: options.nowSeconds, rows: [], live: 0 };
      const reversed = options.reversed === true && limitRows !== undefined;
      if (!spans) {
        const positions = reversed ? [] : undefined;
        const tag = walkRows(cursor, selection, positions);
        if (tag === ELEMENT_CONTINUED) throw new DecodeError('partition continues but the index has no row index for it');
        if (positions !== undefined) decodeBackwards(cursor, positions, selection);
      } else {
        await this.getSpanning(entry, header, cursor, selection, reversed, (offset) => {
          at = offset;
        });
      }
      const rows = selection.rows;
      if (reversed) rows.reverse();
      return result(header, slice, rows);
    } catch (err) {
      if (err instanceof DecodeError) throw new CorruptionError(this.path, at, `sstable: ${err.message}`, { cause: err });
      throw err;
    }
  }

  private async getSpanning(
    entry: number,
    header: PartitionHeader,
    firstCursor: BlockCursor,
    selection: RowSelection,
    reversed: boolean,
    setAt: (offset: number) => void,
  ): Promise<void> {
    const location = this.index.rowIndexes.get(entry);
    assert.ok(location !== undefined);
    setAt(location.offset);
    const ri = await this.rowIndex(location.offset, location.framedLength, this.index.blockOffsets[entry] as number);
    if (
      ri.token !== header.token ||
      !bytesEqual(ri.partitionKey, header.partitionKey) ||
      ri.framedLengths[0] !== this.index.blockLengths[entry] ||
      ri.blocksEnd !== location.offset
    ) {
      throw new DecodeError('row index does not match its partition');
    }
    const n = ri.blockCount;
    const { slice } = selection;
    // Blocks 1..n-1 have a first clustering; block 0 holds the header and comes first.
    let j = 1;
    let hiBound = n;
    while (j < hiBound) {
      const mid = (j + hiBound) >>> 1;
      if (satisfiesStart(ri.firstClusterings[mid] as Uint8Array, slice)) hiBound = mid;
      else j = mid + 1;
    }
    let k = 1;
    hiBound = n;
    while (k < hiBound) {
      const mid = (k + hiBound) >>> 1;
      if (!satisfiesEnd(ri.firstClusterings[mid] as Uint8Array, slice)) hiBound = mid;
      else k = mid + 1;
    }
    const first = j - 1;
    const last = k - 1;
    if (first > last) return;
    const cursorFor = async (b: number): Promise<BlockCursor> => {
      if (b === 0) return firstCursor;
      const offset = ri.offsets[b] as number;
      setAt(offset);
      const block = await this.dataBlock(offset, ri.framedLengths[b] as number);
      if (!block.continues || block.starts.length !== 0) throw new DecodeError('block of a spanning partition is not a continuation block');
      return new BlockCursor(block, block.bodyStart);
    };
    const headerEnd = firstCursor.pos;
    if (!reversed) {
      for (let b = first; b <= last; b++) {
        const cursor = await cursorFor(b);
        if (b === 0) cursor.pos = headerEnd;
        const tag = walkRows(cursor, selection, undefined);
        if (tag === WALK_DONE) return;
        if ((tag === ELEMENT_END) !== (b === n - 1)) throw new DecodeError(`spanning partition terminator in block ${b} of ${n}`);
      }
      return;
    }
    for (let b = last; b >= first; b--) {
      const cursor = await cursorFor(b);
      if (b === 0) cursor.pos = headerEnd;
      const positions: number[] = [];
      const tag = walkRows(cursor, { ...selection, rows: [], limitRows: undefined }, positions);
      if (tag !== WALK_DONE && (tag === ELEMENT_END) !== (b === n - 1)) throw new DecodeError(`spanning partition terminator in block ${b} of ${n}`);
      if (decodeBackwards(cursor, positions, selection)) return;
    }
  }

  /**
   * Every partition (all rows, all range tombstones), in partition order, within the bounds.
   * Reads the data section sequentially in large chunks and does not use the block cache.
   */
  async *scan(options: SSTableScanOptions = {}): AsyncGenerator<PartitionData> {
    for await (const batch of this.scanBatches(options)) yield* batch;
  }

  /**
   * `scan` a block at a time: each batch holds the partitions that complete in one data block
   * (never empty), in order. Lets a merge of many sources await once per block, not per partition.
   */
  async *scanBatches(options: SSTableScanOptions = {}): AsyncGenerator<PartitionData[]> {
    if (this.closed) throw new ClosedError(`SSTable ${this.path} is closed`);
    const { after, from, to } = options;
    let lower: PartitionPosition | undefined = from;
    if (after !== undefined && (lower === undefined || comparePartitionPositions(after, lower) >= 0)) lower = after;
    let startEntry = 0;
    if (lower !== undefined) startEntry = this.index.findFirstAtOrAfter(tokenHigh(lower.token), tokenLow(lower.token), lower.partitionKey);
    if (startEntry >= this.index.count) return;
    const isBefore = (p: PartitionPosition): boolean =>
      (from !== undefined && comparePartitionPositions(p, from) < 0) || (after !== undefined && comparePartitionPositions(p, after) <= 0);
    const isPast = (p: PartitionPosition): boolean => to !== undefined && comparePartitionPositions(p, to) > 0;

    let pos = this.index.blockOffsets[startEntry] as number;
    const end = this.dataEnd;
    let buf: Uint8Array = new Uint8Array(0);
    let bufStart = pos;
    /** A partition spanning blocks: being assembled, or being skipped (before the lower bound). */
    let pending: { header: PartitionHeader; rows: RowData[] } | 'skip' | undefined;
    let firstBlock = true;
    // Read-ahead starts small (a short scan, e.g. a page of 100 after a seek, reads little)
    // and doubles up to SSTABLE_SCAN_READ_AHEAD_BYTES for long ones.
    let chunk = SSTABLE_SCAN_READ_AHEAD_MIN_BYTES;
    // The first blocks come through the block cache (SSTABLE_SCAN_CACHED_BLOCKS), while the
    // index names each (a partition starts in it: its entry gives the block's length); from
    // the first block it does not name, or once they are used up, the scan streams.
    let cachedLeft = SSTABLE_SCAN_CACHED_BLOCKS;
    let entry = startEntry;
    while (pos < end) {
      let cachedBlock: DataBlock | undefined;
      if (cachedLeft > 0) {
        while (entry < this.index.count && (this.index.blockOffsets[entry] as number) < pos) entry++;
        if (entry < this.index.count && this.index.blockOffsets[entry] === pos) {
          cachedBlock = await this.dataBlock(pos, this.index.blockLengths[entry] as number);
          cachedLeft--;
        } else cachedLeft = 0;
      }
      if (cachedBlock === undefined && pos + BLOCK_LENGTH_BYTES > bufStart + buf.length) {
        buf = await this.readAhead(pos, Math.min(chunk, end - pos));
        bufStart = pos;
        chunk = Math.min(chunk * 2, SSTABLE_SCAN_READ_AHEAD_BYTES);
      }
      let framed: number;
      let framedBytes: Uint8Array | undefined;
      if (cachedBlock !== undefined) framed = this.index.blockLengths[entry] as number;
      else {
        const payloadLength = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(pos - bufStart, true);
        framed = payloadLength + BLOCK_FRAME_BYTES;
        if (payloadLength === 0 || payloadLength > BLOCK_PAYLOAD_BYTES_MAX || pos + framed > end) {
          throw new CorruptionError(this.path, pos, `sstable: block length ${payloadLength} runs past the data section (ends at ${end})`);
        }
        if (pos + framed > bufStart + buf.length) {
          buf = await this.readAhead(pos, Math.min(Math.max(chunk, framed), end - pos));
          bufStart = pos;
          chunk = Math.min(chunk * 2, SSTABLE_SCAN_READ_AHEAD_BYTES);
        }
        framedBytes = buf.subarray(pos - bufStart, pos - bufStart + framed);
      }
      const out = newList<PartitionData>();
      let stop = false;
      try {
        if (framedBytes !== undefined) {
          verifyFrame(framedBytes);
          this.blocksRead++;
        }
        if (framedBytes !== undefined && framedBytes[BLOCK_LENGTH_BYTES] === BLOCK_KIND_ROW_INDEX) {
          if (pending !== undefined && pending !== 'skip') throw new DecodeError('row-index block inside a partition');
        } else {
          const block = cachedBlock ?? new DataBlock(framedBytes!);
          // The read-ahead buffer is this scan's alone and never reused: results may view it. A
          // cached block is shared: results get copies.
          const cursor = new BlockCursor(block, block.bodyStart, cachedBlock === undefined);
          if (block.continues) {
            if (pending === undefined) {
              if (!firstBlock) throw new DecodeError('continuation block without a partition to continue');
              pending = 'skip';
            }
            const tag = collectAll(cursor, pending === 'skip' ? undefined : pending.rows);
            if (tag === ELEMENT_END) {
              if (pending !== 'skip') out.push(assemble(pending.header, pending.rows));
              pending = undefined;
            }
          } else if (pending !== undefined) {
            throw new DecodeError('partition not continued in the next block');
          }
          let first = 0;
          if (firstBlock && lower !== undefined && block.starts.length > 1) {
            // Jump over the partitions before the bound without decoding their headers. The last
            // one is never jumped: if it is before the bound, the loop still skips it, and learns
            // whether it continues into the next block.
            const at = cursor.pos;
            first = Math.min(firstStartFrom(block, cursor, tokenHigh(lower.token), tokenLow(lower.token), lower.partitionKey, lower === after), block.starts.length - 1);
            cursor.pos = first > 0 ? (block.starts[first] as number) : at;
          }
          for (let s = first; s < block.starts.length && !stop; s++) {
            if (pending !== undefined) throw new DecodeError('partition start inside a continued partition');
            if (cursor.pos !== block.starts[s]) throw new DecodeError(`partition ${s} starts at ${cursor.pos}, the block header says ${block.starts[s]}`);
            const header = cursor.header();
            if (isPast(header)) {
              stop = true;
              break;
            }
            const skip = isBefore(header);
            const rows = newList<RowData>();
            const tag = collectAll(cursor, skip ? undefined : rows);
            if (tag === ELEMENT_END) {
              if (!skip) out.push(assemble(header, rows));
            } else {
              if (s !== block.starts.length - 1) throw new DecodeError('a partition that is not the last of its block continues');
              pending = skip ? 'skip' : { header, rows };
            }
          }
          if (!stop && cursor.pos !== block.end) throw new DecodeError(`${block.end - cursor.pos} trailing bytes in the block body`);
        }
      } catch (err) {
        if (err instanceof DecodeError) throw new CorruptionError(this.path, pos, `sstable: ${err.message}`, { cause: err });
        throw err;
      }
      if (out.length > 0) yield out;
      if (stop) return;
      pos += framed;
      firstBlock = false;
    }
    if (pending !== undefined) throw new CorruptionError(this.path, end, 'sstable: the data section ends inside a partition');
  }

  /** Closes the file and drops its blocks from the cache. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.blockCache.evictFile(this.fileId);
    await this.handle.close();
  }

  private async readAhead(position: number, length: number): Promise<Uint8Array> {
    const bytes =
      this.handle.readSync !== undefined && length <= SYNC_READ_BYTES_MAX
        ? checkLength(this.handle.readSync(length, position), position, length, this.path)
        : await readExact(this.handle, position, length, this.path);
    this.bytesRead += bytes.length;
    return bytes;
  }

  /** `missed`: the caller already looked in the cache (and counted the miss). */
  private async dataBlock(offset: number, framedLength: number, missed = false): Promise<DataBlock> {
    const block = await this.cachedBlock(offset, framedLength, (bytes) => new DataBlock(bytes), missed);
    if (!(block instanceof DataBlock)) throw new CorruptionError(this.path, offset, 'sstable: expected a data block');
    return block;
  }

  private async rowIndex(offset: number, framedLength: number, firstBlockOffset: number): Promise<RowIndexBlock> {
    const block = await this.cachedBlock(offset, framedLength, (bytes) => new RowIndexBlock(bytes, firstBlockOffset));
    if (!(block instanceof RowIndexBlock)) throw new CorruptionError(this.path, offset, 'sstable: expected a row-index block');
    return block;
  }

  /** A verified, decoded block from the cache or from disk (then cached). */
  private cachedBlock(
    offset: number,
    framedLength: number,
    decode: (bytes: Uint8Array) => CacheableBlock,
    missed = false,
  ): Promise<CacheableBlock> | CacheableBlock {
    if (!missed) {
      const cached = this.blockCache.get(this.fileId, offset);
      if (cached !== undefined) return cached;
    }
    let loading = this.loading.get(offset);
    if (loading === undefined) {
      loading = this.loadBlock(offset, framedLength, decode).finally(() => this.loading.delete(offset));
      this.loading.set(offset, loading);
    }
    return loading;
  }

  private async loadBlock(offset: number, framedLength: number, decode: (bytes: Uint8Array) => CacheableBlock): Promise<CacheableBlock> {
    // One block is small: read it inline when the filesystem can (see FileHandle.readSync).
    const bytes =
      this.handle.readSync !== undefined && framedLength <= SYNC_READ_BYTES_MAX
        ? checkLength(this.handle.readSync(framedLength, offset), offset, framedLength, this.path)
        : await readExact(this.handle, offset, framedLength, this.path);
    this.blocksRead++;
    this.bytesRead += bytes.length;
    let block: CacheableBlock;
    try {
      verifyFrame(bytes);
      block = decode(bytes);
    } catch (err) {
      if (err instanceof DecodeError) throw new CorruptionError(this.path, offset, `sstable: ${err.message}`, { cause: err });
      throw err;
    }
    if (!this.closed) this.blockCache.put(this.fileId, offset, block);
    return block;
  }
}

/** Reads exactly `length` bytes at `position`; a short read (file shorter than its index says) is corruption. */
async function readExact(handle: FileHandle, position: number, length: number, path: string): Promise<Uint8Array> {
  return checkLength(await handle.read(length, position), position, length, path);
}

function checkLength(bytes: Uint8Array, position: number, length: number, path: string): Uint8Array {
  if (bytes.length !== length) throw new CorruptionError(path, position, `sstable: read of ${length} bytes at ${position} returned ${bytes.length} (file truncated)`);
  return bytes;
}

/** Block reads up to this size are done inline (pread into the page cache). */
const SYNC_READ_BYTES_MAX = 256 * 1024;

/** Index in `block.starts` of the partition (hi, lo, key), or -1. */
function findStart(block: DataBlock, cursor: BlockCursor, hi: number, lo: number, key: Uint8Array): number {
  const { starts, startHigh, startLow } = block;
  const a = firstStartFrom(block, cursor, hi, lo, key, false);
  if (a >= starts.length || startHigh[a] !== hi || startLow[a] !== lo) return -1;
  return cursor.compareKeyAt(starts[a] as number, key) === 0 ? a : -1;
}

/**
 * Index in `block.starts` of the first partition at or after (hi, lo, key) — strictly after
 * when `exclusive` — or `starts.length`. Moves the cursor (it reads keys).
 */
function firstStartFrom(block: DataBlock, cursor: BlockCursor, hi: number, lo: number, key: Uint8Array, exclusive: boolean): number {
  const { starts, startHigh, startLow } = block;
  let a = 0;
  let b = starts.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    const th = startHigh[mid] as number;
    let cmp: number;
    if (th !== hi) cmp = th < hi ? -1 : 1;
    else {
      const tl = startLow[mid] as number;
      cmp = tl !== lo ? (tl < lo ? -1 : 1) : cursor.compareKeyAt(starts[mid] as number, key);
    }
    if (cmp < 0 || (exclusive && cmp === 0)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/**
 * Walks the rows of one block's fragment of a partition from the cursor. Rows in the slice are
 * decoded into `selection.rows` (forward, stopping at the limit) or, when `positions` is given,
 * only their frame positions are collected (for a reversed read). Returns the terminator met
 * (ELEMENT_END / ELEMENT_CONTINUED), or WALK_DONE when the slice's end or the limit was reached.
 */
function walkRows(cursor: BlockCursor, selection: RowSelection, positions: number[] | undefined): number {
  const { slice, limitRows } = selection;
  const bounded = slice.start !== undefined || slice.end !== undefined;
  for (;;) {
    const frame = cursor.pos;
    const tag = cursor.next();
    if (tag === ELEMENT_END || tag === ELEMENT_CONTINUED) return tag;
    if (bounded) {
      if (!satisfiesStartInPlace(cursor.buf, cursor.clusteringOffset, cursor.clusteringLength, slice)) {
        cursor.skip();
        continue;
      }
      if (!satisfiesEndInPlace(cursor.buf, cursor.clusteringOffset, cursor.clusteringLength, slice)) return WALK_DONE;
    }
    if (positions !== undefined) {
      positions.push(frame);
      cursor.skip();
      continue;
    }
    const row = cursor.row();
    selection.rows.push(row);
    if (limitRows !== undefined && isRowLive(row, selection.nowSeconds) && ++selection.live >= limitRows) return WALK_DONE;
  }
}

/** Decodes the rows at `positions` last to first into `selection.rows` until the limit; true when it was reached. */
function decodeBackwards(cursor: BlockCursor, positions: readonly number[], selection: RowSelection): boolean {
  const { limitRows } = selection;
  for (let i = positions.length - 1; i >= 0; i--) {
    cursor.pos = positions[i] as number;
    cursor.next();
    const row = cursor.row();
    selection.rows.push(row);
    if (limitRows !== undefined && isRowLive(row, selection.nowSeconds) && ++selection.live >= limitRows) return true;
  }
  return false;
}

/** Decodes every row of a fragment into `rows` (or skips them when `rows` is undefined); returns the terminator. */
function collectAll(cursor: BlockCursor, rows: RowData[] | undefined): number {
  for (;;) {
    const tag = cursor.next();
    if (tag === ELEMENT_END || tag === ELEMENT_CONTINUED) return tag;
    if (rows === undefined) cursor.skip();
    else {
      const prev = rows[rows.length - 1];
      const row = cursor.row();
      if (prev !== undefined && compareClustering(prev.clustering, row.clustering) >= 0) throw new DecodeError('rows out of order');
      rows.push(row);
    }
  }
}

function compareClustering(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function assemble(header: PartitionHeader, rows: readonly RowData[]): PartitionData {
  return decodedPartition(header.token, header.partitionKey, header.partitionDeletion, rows, header.rangeTombstones);
}

/** A get's answer: `undefined` when nothing of the partition is selected. */
function result(header: PartitionHeader, slice: ClusteringSlice, rows: readonly RowData[]): PartitionData | undefined {
  let rangeTombstones: readonly RangeTombstone[] | undefined = header.rangeTombstones;
  if (rangeTombstones !== undefined && (slice.start !== undefined || slice.end !== undefined || rangeTombstones.some((rt) => !slicesOverlap(rt, slice)))) {
    const kept = rangeTombstones.filter((rt) => slicesOverlap(rt, slice));
    rangeTombstones = kept.length > 0 ? kept : undefined;
  }
  if (rows.length === 0 && header.partitionDeletion === undefined && rangeTombstones === undefined) return undefined;
  return decodedPartition(header.token, header.partitionKey, header.partitionDeletion, rows, rangeTombstones);
}
