/**
 * The sections after the data blocks (doc/sstable_format.md): partition index, bloom filter,
 * statistics, footer and postscript. Encoders for the writer; decoders that check everything
 * and throw DecodeError (the reader turns it into a CorruptionError at the section's offset).
 */
import assert from 'node:assert/strict';
import { DecodeError } from '../commitlog/byte-io.js';
import { crc32 } from '../commitlog/crc.js';
import { comparePartitionPositions } from '../bytes.js';
import { LOCAL_TIME_SECONDS_MAX, PARTITION_KEY_BYTES_MAX } from '../limits.js';
import { ByteSink } from './byte-sink.js';
import { BloomFilter } from './bloom.js';
import {
  BLOCK_FRAME_BYTES,
  BLOCK_PAYLOAD_BYTES_MAX,
  BLOOM_BITS_GRANULE,
  BLOOM_BITS_MAX,
  BLOOM_HASH_ALGORITHM_MURMUR3_DOUBLE,
  BLOOM_HASH_COUNT_MAX,
  FOOTER_BYTES_V1,
  INDEX_FLAG_SPANS,
  POSTSCRIPT_BYTES,
  SSTABLE_MAGIC,
  TOMBSTONE_HISTOGRAM_BIN_SECONDS,
  TOMBSTONE_HISTOGRAM_BINS_MAX,
} from './format.js';
import { compareInPlace } from './keys.js';
import type { PartitionPosition, SSTableStatistics, TombstoneDropTimeBin } from './types.js';

const SECTION_CRC_BYTES = 4;
const MAX_FRAMED_BLOCK = BLOCK_PAYLOAD_BYTES_MAX + BLOCK_FRAME_BYTES;

/** Appends the section CRC (over everything written so far) and returns the section bytes. */
function sealSection(s: ByteSink): Uint8Array {
  s.u32(crc32(s.buf.subarray(0, s.pos)));
  return s.finish();
}

/** Checks a section's trailing CRC; returns a reader over its content. */
function openSection(bytes: Uint8Array, name: string): SectionReader {
  if (bytes.length < SECTION_CRC_BYTES) throw new DecodeError(`${name} section of ${bytes.length} bytes`);
  const n = bytes.length - SECTION_CRC_BYTES;
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(n, true);
  const actual = crc32(bytes.subarray(0, n));
  if (stored !== actual) throw new DecodeError(`${name} section CRC mismatch (stored ${stored}, computed ${actual})`);
  return new SectionReader(bytes, n);
}

/** Bounds-checked reader of a (verified) section. */
class SectionReader {
  pos = 0;
  private readonly view: DataView;
  constructor(
    readonly buf: Uint8Array,
    readonly end: number,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  need(n: number, what: string): void {
    if (n > this.end - this.pos) throw new DecodeError(`truncated ${what} at ${this.pos}`);
  }
  u8(): number {
    this.need(1, 'u8');
    return this.buf[this.pos++] as number;
  }
  u32(): number {
    this.need(4, 'u32');
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  i64(): bigint {
    this.need(8, 'i64');
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  varuint(max = Number.MAX_SAFE_INTEGER): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.u8();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (result > max) throw new DecodeError(`value ${result} above ${max} at ${this.pos}`);
        return result;
      }
      scale *= 0x80;
    }
    throw new DecodeError(`varuint too long at ${this.pos}`);
  }
  bytesView(max: number): Uint8Array {
    const n = this.varuint(max);
    this.need(n, 'bytes');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  done(name: string): void {
    if (this.pos !== this.end) throw new DecodeError(`${this.end - this.pos} trailing bytes in ${name} section`);
  }
}

// ---------------------------------------------------------------------------------------------
// Partition index

/** Where a spanning partition's row index is. */
export interface RowIndexLocation {
  readonly offset: number;
  readonly framedLength: number;
}

/** Writer side: index entries in block order. */
export class IndexSectionBuilder {
  private readonly sink = new ByteSink(64 * 1024);
  private readonly entries = new ByteSink(64 * 1024);
  private count = 0;
  private lastBlockOffset = 0;

  get entryCount(): number {
    return this.count;
  }

  add(last: PartitionPosition, blockOffset: number, framedLength: number, rowIndex: RowIndexLocation | undefined): void {
    const e = this.entries;
    e.i64(last.token);
    e.bytes(last.partitionKey);
    e.varuint(blockOffset - this.lastBlockOffset);
    e.varuint(framedLength);
    e.u8(rowIndex ? INDEX_FLAG_SPANS : 0);
    if (rowIndex) {
      e.varuint(rowIndex.offset);
      e.varuint(rowIndex.framedLength);
    }
    this.lastBlockOffset = blockOffset;
    this.count++;
  }

  finish(): Uint8Array {
    const s = this.sink;
    s.reset();
    s.varuint(this.count);
    s.raw(this.entries.buf.subarray(0, this.entries.pos));
    return sealSection(s);
  }
}

/**
 * Reader side: the partition index in packed arrays (no object per entry): tokens as two 32-bit
 * words, keys in one byte array, block offsets and lengths in typed arrays.
 */
export class PartitionIndex {
  readonly count: number;
  readonly tokenHigh: Int32Array;
  readonly tokenLow: Uint32Array;
  private readonly tokens: BigInt64Array;
  readonly keys: Uint8Array;
  readonly keyStarts: Uint32Array;
  readonly blockOffsets: Float64Array;
  readonly blockLengths: Uint32Array;
  /** Entry number → row index of the spanning partition that is the entry's key. */
  readonly rowIndexes: ReadonlyMap<number, RowIndexLocation>;

  /** `bytes`: the section with its CRC; `dataEnd`: the data section's size. Throws DecodeError. */
  constructor(bytes: Uint8Array, dataEnd: number) {
    const r = openSection(bytes, 'partition index');
    const count = r.varuint(bytes.length);
    if (count === 0) throw new DecodeError('empty partition index');
    this.count = count;
    this.tokenHigh = new Int32Array(count);
    this.tokenLow = new Uint32Array(count);
    this.tokens = new BigInt64Array(count);
    this.keyStarts = new Uint32Array(count + 1);
    this.blockOffsets = new Float64Array(count);
    this.blockLengths = new Uint32Array(count);
    const keyViews: Uint8Array[] = [];
    const rowIndexes = new Map<number, RowIndexLocation>();
    let keyBytes = 0;
    let blockOffset = 0;
    let minNextBlock = 0;
    const words = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < count; i++) {
      const token = r.i64();
      const key = r.bytesView(PARTITION_KEY_BYTES_MAX);
      blockOffset += r.varuint(dataEnd);
      const length = r.varuint(MAX_FRAMED_BLOCK);
      const flags = r.u8();
      if ((flags & ~INDEX_FLAG_SPANS) !== 0) throw new DecodeError(`unknown index entry flags ${flags}`);
      if (length <= BLOCK_FRAME_BYTES || blockOffset < minNextBlock || blockOffset + length > dataEnd) {
        throw new DecodeError(`index entry ${i}: block [${blockOffset}, +${length}) out of order or outside the data section`);
      }
      minNextBlock = blockOffset + length;
      if (flags & INDEX_FLAG_SPANS) {
        const offset = r.varuint(dataEnd);
        const framedLength = r.varuint(MAX_FRAMED_BLOCK);
        // At least one continuation block lies between the first block and the row index.
        if (offset <= minNextBlock || framedLength <= BLOCK_FRAME_BYTES || offset + framedLength > dataEnd) {
          throw new DecodeError(`index entry ${i}: row index [${offset}, +${framedLength}) misplaced`);
        }
        rowIndexes.set(i, { offset, framedLength });
        minNextBlock = offset + framedLength;
      }
      if (i > 0) {
        const prev = { token: this.tokens[i - 1] as bigint, partitionKey: keyViews[i - 1] as Uint8Array };
        if (comparePartitionPositions(prev, { token, partitionKey: key }) >= 0) throw new DecodeError(`index entry ${i} not after entry ${i - 1}`);
      }
      words.setBigInt64(0, token, true);
      this.tokenHigh[i] = words.getInt32(4, true);
      this.tokenLow[i] = words.getUint32(0, true);
      this.tokens[i] = token;
      this.blockOffsets[i] = blockOffset;
      this.blockLengths[i] = length;
      keyViews.push(key);
      keyBytes += key.length;
    }
    r.done('partition index');
    this.keys = new Uint8Array(keyBytes);
    let at = 0;
    keyViews.forEach((k, i) => {
      this.keyStarts[i] = at;
      this.keys.set(k, at);
      at += k.length;
    });
    this.keyStarts[count] = at;
    this.rowIndexes = rowIndexes;
  }

  tokenAt(i: number): bigint {
    return this.tokens[i] as bigint;
  }

  keyAt(i: number): Uint8Array {
    return this.keys.subarray(this.keyStarts[i] as number, this.keyStarts[i + 1] as number);
  }

  positionAt(i: number): PartitionPosition {
    return { token: this.tokenAt(i), partitionKey: this.keyAt(i).slice() };
  }

  /** Compares entry `i` with the position (hi, lo, key). */
  compareAt(i: number, hi: number, lo: number, key: Uint8Array): number {
    const eh = this.tokenHigh[i] as number;
    if (eh !== hi) return eh < hi ? -1 : 1;
    const el = this.tokenLow[i] as number;
    if (el !== lo) return el < lo ? -1 : 1;
    const start = this.keyStarts[i] as number;
    return compareInPlace(this.keys, start, (this.keyStarts[i + 1] as number) - start, key);
  }

  /** The first entry whose key is ≥ the position; `count` when there is none. */
  findFirstAtOrAfter(hi: number, lo: number, key: Uint8Array): number {
    let a = 0;
    let b = this.count;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.compareAt(mid, hi, lo, key) < 0) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** Bytes of memory held (typed arrays and keys). */
  get memoryBytes(): number {
    return (
      this.tokenHigh.byteLength +
      this.tokenLow.byteLength +
      this.tokens.byteLength +
      this.keys.byteLength +
      this.keyStarts.byteLength +
      this.blockOffsets.byteLength +
      this.blockLengths.byteLength +
      this.rowIndexes.size * 64
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Bloom filter

export function encodeBloomSection(filter: BloomFilter): Uint8Array {
  const s = new ByteSink(filter.bits.length + 16);
  s.u8(filter.hashAlgorithm);
  s.u8(filter.hashCount);
  s.u32(filter.bitCount);
  s.raw(filter.bits);
  return sealSection(s);
}

export function decodeBloomSection(bytes: Uint8Array): BloomFilter {
  const r = openSection(bytes, 'bloom filter');
  const algorithm = r.u8();
  if (algorithm !== BLOOM_HASH_ALGORITHM_MURMUR3_DOUBLE) throw new DecodeError(`unknown bloom hash algorithm ${algorithm}`);
  const hashCount = r.u8();
  if (hashCount < 1 || hashCount > BLOOM_HASH_COUNT_MAX) throw new DecodeError(`bloom hash count ${hashCount}`);
  const bitCount = r.u32();
  if (bitCount < BLOOM_BITS_GRANULE || bitCount > BLOOM_BITS_MAX || bitCount % BLOOM_BITS_GRANULE !== 0) throw new DecodeError(`bloom bit count ${bitCount}`);
  r.need(bitCount / 8, 'bloom bits');
  const bits = r.buf.slice(r.pos, r.pos + bitCount / 8);
  r.pos += bitCount / 8;
  r.done('bloom filter');
  return BloomFilter.fromBits(bits, bitCount, hashCount);
}

// ---------------------------------------------------------------------------------------------
// Statistics

export function encodeStatsSection(st: SSTableStatistics): Uint8Array {
  const s = new ByteSink(256);
  s.varuint(st.partitionCount);
  s.varuint(st.rowCount);
  s.varuint(st.cellCount);
  s.varuint(st.cellTombstoneCount);
  s.varuint(st.rowDeletionCount);
  s.varuint(st.rangeTombstoneCount);
  s.varuint(st.partitionDeletionCount);
  s.varuint(st.dataBlockCount);
  s.varuint(st.rowIndexBlockCount);
  s.i64(st.minTimestamp);
  s.i64(st.maxTimestamp);
  s.u32(st.maxLocalDeletionTime);
  s.i64(st.firstPosition.token);
  s.bytes(st.firstPosition.partitionKey);
  s.i64(st.lastPosition.token);
  s.bytes(st.lastPosition.partitionKey);
  s.i64(st.createdAtMicros);
  s.varuint(st.tombstoneDropTimes.length);
  for (const b of st.tombstoneDropTimes) {
    s.varuint(b.timeSeconds);
    s.varuint(b.count);
  }
  return sealSection(s);
}

export function decodeStatsSection(bytes: Uint8Array): SSTableStatistics {
  const r = openSection(bytes, 'statistics');
  const partitionCount = r.varuint();
  if (partitionCount === 0) throw new DecodeError('statistics: no partitions');
  const st: SSTableStatistics = {
    partitionCount,
    rowCount: r.varuint(),
    cellCount: r.varuint(),
    cellTombstoneCount: r.varuint(),
    rowDeletionCount: r.varuint(),
    rangeTombstoneCount: r.varuint(),
    partitionDeletionCount: r.varuint(),
    dataBlockCount: r.varuint(),
    rowIndexBlockCount: r.varuint(),
    minTimestamp: r.i64(),
    maxTimestamp: r.i64(),
    maxLocalDeletionTime: r.u32(),
    firstPosition: { token: r.i64(), partitionKey: r.bytesView(PARTITION_KEY_BYTES_MAX).slice() },
    lastPosition: { token: r.i64(), partitionKey: r.bytesView(PARTITION_KEY_BYTES_MAX).slice() },
    createdAtMicros: r.i64(),
    tombstoneDropTimes: decodeTombstoneBins(r),
  };
  r.done('statistics');
  if (st.maxLocalDeletionTime > LOCAL_TIME_SECONDS_MAX) throw new DecodeError('statistics: maxLocalDeletionTime out of range');
  if (comparePartitionPositions(st.firstPosition, st.lastPosition) > 0) throw new DecodeError('statistics: first partition after last');
  if (st.cellTombstoneCount > st.cellCount || st.dataBlockCount === 0) throw new DecodeError('statistics: inconsistent counts');
  return st;
}

function decodeTombstoneBins(r: SectionReader): TombstoneDropTimeBin[] {
  const n = r.varuint(TOMBSTONE_HISTOGRAM_BINS_MAX);
  const bins: TombstoneDropTimeBin[] = [];
  for (let i = 0; i < n; i++) {
    const timeSeconds = r.varuint(LOCAL_TIME_SECONDS_MAX + TOMBSTONE_HISTOGRAM_BIN_SECONDS);
    const count = r.varuint();
    if (count === 0 || (i > 0 && timeSeconds <= (bins[i - 1] as TombstoneDropTimeBin).timeSeconds)) throw new DecodeError('statistics: bad tombstone histogram');
    bins.push({ timeSeconds, count });
  }
  return bins;
}

// ---------------------------------------------------------------------------------------------
// Footer and postscript

/** Version 1 footer: where the sections are. Lengths include each section's CRC. */
export interface FooterV1 {
  readonly indexOffset: number;
  readonly indexLength: number;
  readonly bloomOffset: number;
  readonly bloomLength: number;
  readonly statsOffset: number;
  readonly statsLength: number;
}

/** Footer (v1) followed by the postscript: the file's last FOOTER_BYTES_V1 + POSTSCRIPT_BYTES bytes. */
export function encodeFooterAndPostscript(f: FooterV1, formatVersion: number): Uint8Array {
  const s = new ByteSink(FOOTER_BYTES_V1 + POSTSCRIPT_BYTES);
  s.u64(f.indexOffset);
  s.u64(f.indexLength);
  s.u64(f.bloomOffset);
  s.u64(f.bloomLength);
  s.u64(f.statsOffset);
  s.u64(f.statsLength);
  assert.equal(s.pos, FOOTER_BYTES_V1);
  s.u32(FOOTER_BYTES_V1);
  s.u32(formatVersion);
  s.raw(SSTABLE_MAGIC);
  s.u32(crc32(s.buf.subarray(0, s.pos)));
  return s.finish();
}

/** What the postscript says, once its CRC (over footer and postscript) has been checked. */
export interface Postscript {
  readonly footerLength: number;
  readonly formatVersion: number;
  readonly magicOk: boolean;
}

/** Reads the postscript at the end of `tail`: its footer length (bounded by the caller). */
export function postscriptFooterLength(tail: Uint8Array): number {
  return new DataView(tail.buffer, tail.byteOffset, tail.byteLength).getUint32(tail.length - POSTSCRIPT_BYTES, true);
}

/**
 * Checks the CRC over footer and postscript (`tail` ends with both; at least footerLength + 16
 * bytes) and decodes the postscript. Throws DecodeError on a CRC mismatch.
 */
export function verifyPostscript(tail: Uint8Array, footerLength: number): Postscript {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const ps = tail.length - POSTSCRIPT_BYTES;
  const start = ps - footerLength;
  const stored = view.getUint32(ps + 12, true);
  const actual = crc32(tail.subarray(start, ps + 12));
  if (stored !== actual) throw new DecodeError(`footer CRC mismatch (stored ${stored}, computed ${actual})`);
  let magicOk = true;
  for (let i = 0; i < SSTABLE_MAGIC.length; i++) if (tail[ps + 8 + i] !== SSTABLE_MAGIC[i]) magicOk = false;
  return { footerLength, formatVersion: view.getUint32(ps + 4, true), magicOk };
}

export function decodeFooterV1(footer: Uint8Array): FooterV1 {
  if (footer.length !== FOOTER_BYTES_V1) throw new DecodeError(`footer of ${footer.length} bytes, expected ${FOOTER_BYTES_V1}`);
  const view = new DataView(footer.buffer, footer.byteOffset, footer.byteLength);
  const u64 = (at: number): number => {
    const lo = view.getUint32(at, true);
    const hi = view.getUint32(at + 4, true);
    if (hi >= 2 ** 21) throw new DecodeError(`footer field at ${at} above 2^53`);
    return hi * 2 ** 32 + lo;
  };
  return {
    indexOffset: u64(0),
    indexLength: u64(8),
    bloomOffset: u64(16),
    bloomLength: u64(24),
    statsOffset: u64(32),
    statsLength: u64(40),
  };
}
