/**
 * Decoding of SSTable blocks (doc/sstable_format.md): `verifyFrame` checks a block's framing
 * and CRC, `DataBlock` is a verified data block with its header decoded (as the block cache
 * keeps it), `RowIndexBlock` a decoded row index, and `BlockCursor` a position in a data block's
 * body that decodes headers and rows on demand, so a point read decodes only what it returns.
 *
 * Every bound and flag is checked; malformed input throws `DecodeError`, which the reader turns
 * into a `CorruptionError` naming the file and the block's offset.
 */
import { DecodeError } from '../commitlog/byte-io.js';
import { crc32 } from '../commitlog/crc.js';
import {
  CLUSTERING_KEY_BYTES_MAX,
  COLUMN_NAME_BYTES_MAX,
  LOCAL_TIME_SECONDS_MAX,
  PARTITION_KEY_BYTES_MAX,
  TIMESTAMP_MAX,
  TIMESTAMP_MIN,
  TTL_SECONDS_MAX,
} from '../limits.js';
import { DecodedCell, DecodedDeletion, DecodedLiveness, decodedRow, newList } from '../decoded.js';
import type { Cell, DeletionTime, Liveness, RangeTombstone, RowData } from '../types.js';
import { copyRange } from './byte-sink.js';
import {
  BLOCK_CRC_BYTES,
  BLOCK_FRAME_BYTES,
  BLOCK_KIND_DATA,
  BLOCK_KIND_ROW_INDEX,
  BLOCK_LENGTH_BYTES,
  BLOCK_PAYLOAD_BYTES_MAX,
  CELL_COLUMN_MULTIPLIER,
  CELL_FLAG_LOCAL_DELETION_TIME,
  CELL_FLAG_TOMBSTONE,
  CELL_FLAG_TTL,
  DATA_BLOCK_FLAG_CONTINUES,
  PARTITION_FLAG_DELETION,
  PARTITION_FLAG_RANGE_TOMBSTONES,
  PARTITION_FLAGS_KNOWN,
  ROW_FLAG_DELETION,
  ROW_FLAG_HISTORY,
  ROW_FLAG_LIVENESS,
  ROW_FLAG_LIVENESS_EXPIRING,
  ROW_FLAG_ROW,
  ROW_FLAGS_KNOWN,
  RT_FLAG_END_INCLUSIVE,
  RT_FLAG_HAS_END,
  RT_FLAG_HAS_START,
  RT_FLAG_START_INCLUSIVE,
  RT_FLAGS_KNOWN,
  TAG_CONTINUED,
  TAG_END,
} from './format.js';
import { BLOCK_CACHE_COLUMN_OVERHEAD_BYTES, BLOCK_CACHE_ENTRY_OVERHEAD_BYTES } from './limits.js';

/** Largest |delta| (and timestamp) taking the fast number path: its zig-zag stays below 2^53. */
const FAST_DELTA_MAX = 2 ** 52 - 1;
const U64_MAX = 2n ** 64n - 1n;
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks a framed block's length field and CRC; returns the payload length. Throws DecodeError.
 * `framed` must be exactly the block (length field + payload + CRC).
 */
export function verifyFrame(framed: Uint8Array): number {
  if (framed.length < BLOCK_FRAME_BYTES + 1) throw new DecodeError(`block of ${framed.length} bytes is too short`);
  const view = new DataView(framed.buffer, framed.byteOffset, framed.byteLength);
  const n = view.getUint32(0, true);
  if (n + BLOCK_FRAME_BYTES !== framed.length) throw new DecodeError(`block length field ${n} disagrees with the block's extent ${framed.length - BLOCK_FRAME_BYTES}`);
  const stored = view.getUint32(BLOCK_LENGTH_BYTES + n, true);
  const actual = crc32(framed.subarray(0, BLOCK_LENGTH_BYTES + n));
  if (stored !== actual) throw new DecodeError(`block CRC mismatch (stored ${stored}, computed ${actual})`);
  return n;
}

/** Row-index block payload (kind 2). `entries[0].firstClustering` is written empty. */
export interface CacheableBlock {
  readonly sizeBytes: number;
}

/** Minimal bounds-checked reader used for block headers and row-index blocks (not the hot row path). */
class HeaderReader {
  pos: number;
  private readonly view: DataView;
  constructor(
    readonly buf: Uint8Array,
    pos: number,
    readonly end: number,
  ) {
    this.pos = pos;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  need(n: number, what: string): void {
    if (n > this.end - this.pos) throw new DecodeError(`truncated ${what} at ${this.pos}`);
  }
  u8(): number {
    this.need(1, 'u8');
    return this.buf[this.pos++] as number;
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
        if (result > max) throw new DecodeError(`varuint ${result} above ${max} at ${this.pos}`);
        return result;
      }
      scale *= 0x80;
    }
    throw new DecodeError(`varuint too long at ${this.pos}`);
  }
  varbigint(): bigint {
    let z = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      const b = this.u8();
      z |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        if (z > U64_MAX) throw new DecodeError(`varint above 2^64 at ${this.pos}`);
        return (z & 1n) === 0n ? z >> 1n : -((z + 1n) >> 1n);
      }
      shift += 7n;
    }
    throw new DecodeError(`varint too long at ${this.pos}`);
  }
  /** A view (not a copy) of a length-prefixed byte string. */
  bytesView(max: number): Uint8Array {
    const n = this.varuint(max);
    this.need(n, 'bytes');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string(max: number): string {
    const bytes = this.bytesView(max);
    try {
      return utf8Decoder.decode(bytes);
    } catch {
      throw new DecodeError(`invalid UTF-8 at ${this.pos}`);
    }
  }
}

/** A verified data block with its header decoded. Immutable; shared through the block cache. */
export class DataBlock implements CacheableBlock {
  readonly view: DataView;
  /** End of the payload (exclusive), as an offset into `bytes`. */
  readonly end: number;
  readonly continues: boolean;
  readonly base: bigint;
  readonly baseNum: number;
  readonly baseSafe: boolean;
  readonly columns: readonly string[];
  /** Offsets into `bytes` where each partition starting in this block starts. */
  readonly starts: Uint32Array;
  /** The token of each of those partitions: high word (signed) and low word. */
  readonly startHigh: Int32Array;
  readonly startLow: Uint32Array;
  readonly bodyStart: number;
  readonly sizeBytes: number;

  /** `bytes`: the framed block, CRC already verified (`verifyFrame`). Throws DecodeError. */
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.end = bytes.length - BLOCK_CRC_BYTES;
    const r = new HeaderReader(bytes, BLOCK_LENGTH_BYTES, this.end);
    const kind = r.u8();
    if (kind !== BLOCK_KIND_DATA) throw new DecodeError(`expected a data block, found kind ${kind}`);
    const flags = r.u8();
    if ((flags & ~DATA_BLOCK_FLAG_CONTINUES) !== 0) throw new DecodeError(`unknown data block flags ${flags}`);
    this.continues = (flags & DATA_BLOCK_FLAG_CONTINUES) !== 0;
    this.base = r.varbigint();
    if (this.base < TIMESTAMP_MIN || this.base > TIMESTAMP_MAX) throw new DecodeError('base timestamp out of range');
    this.baseNum = Number(this.base);
    this.baseSafe = this.baseNum >= -FAST_DELTA_MAX && this.baseNum <= FAST_DELTA_MAX;
    const columnCount = r.varuint(this.end);
    const columns: string[] = [];
    let columnBytes = 0;
    for (let i = 0; i < columnCount; i++) {
      const name = r.string(COLUMN_NAME_BYTES_MAX);
      columns.push(name);
      columnBytes += name.length * 2 + BLOCK_CACHE_COLUMN_OVERHEAD_BYTES;
    }
    if (new Set(columns).size !== columns.length) throw new DecodeError('duplicate column name in block dictionary');
    this.columns = columns;
    const startCount = r.varuint(this.end);
    const relative: number[] = [];
    let prev = 0;
    for (let i = 0; i < startCount; i++) {
      const delta = r.varuint(this.end);
      if (i > 0 && delta === 0) throw new DecodeError('partition starts not increasing');
      prev += delta;
      relative.push(prev);
    }
    this.bodyStart = r.pos;
    const starts = new Uint32Array(startCount);
    for (let i = 0; i < startCount; i++) {
      const s = this.bodyStart + (relative[i] as number);
      // A header holds at least a token and a key length.
      if (s + 9 > this.end) throw new DecodeError('partition start past the end of the block');
      starts[i] = s;
    }
    if (!this.continues && (startCount === 0 || starts[0] !== this.bodyStart)) throw new DecodeError('block body does not start with a partition');
    if (this.continues && startCount > 0 && starts[0] === this.bodyStart) throw new DecodeError('continuation block starts with a partition');
    this.starts = starts;
    this.startHigh = new Int32Array(startCount);
    this.startLow = new Uint32Array(startCount);
    for (let i = 0; i < startCount; i++) {
      const st = starts[i] as number;
      this.startHigh[i] = this.view.getInt32(st + 4, true);
      this.startLow[i] = this.view.getUint32(st, true);
    }
    this.sizeBytes = bytes.length + starts.byteLength * 3 + columnBytes + BLOCK_CACHE_ENTRY_OVERHEAD_BYTES;
  }

}

/** A decoded row-index block (kind 2). */
export class RowIndexBlock implements CacheableBlock {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  /** File offset of each block of the partition. */
  readonly offsets: Float64Array;
  readonly framedLengths: Float64Array;
  /** First clustering of each block (index 0 unused, empty). Views into the block's bytes. */
  readonly firstClusterings: readonly Uint8Array[];
  /** Where the partition's blocks end (the row-index block must start there). */
  readonly blocksEnd: number;
  readonly sizeBytes: number;

  /** `bytes`: the verified framed block; `firstBlockOffset`: file offset of the partition's first block. */
  constructor(bytes: Uint8Array, firstBlockOffset: number) {
    const end = bytes.length - BLOCK_CRC_BYTES;
    const r = new HeaderReader(bytes, BLOCK_LENGTH_BYTES, end);
    const kind = r.u8();
    if (kind !== BLOCK_KIND_ROW_INDEX) throw new DecodeError(`expected a row-index block, found kind ${kind}`);
    this.token = r.i64();
    this.partitionKey = r.bytesView(PARTITION_KEY_BYTES_MAX);
    const count = r.varuint(end);
    if (count < 2) throw new DecodeError(`row index of ${count} blocks`);
    this.offsets = new Float64Array(count);
    this.framedLengths = new Float64Array(count);
    const keys: Uint8Array[] = [];
    let offset = firstBlockOffset;
    for (let i = 0; i < count; i++) {
      const length = r.varuint(BLOCK_PAYLOAD_BYTES_MAX + BLOCK_FRAME_BYTES);
      if (length <= BLOCK_FRAME_BYTES) throw new DecodeError(`block length ${length} in row index`);
      const key = r.bytesView(CLUSTERING_KEY_BYTES_MAX);
      if (i === 0 && key.length !== 0) throw new DecodeError('row index: first entry has a key');
      if (i > 1 && compareBytesView(keys[i - 1] as Uint8Array, key) >= 0) throw new DecodeError('row index keys not increasing');
      this.offsets[i] = offset;
      this.framedLengths[i] = length;
      offset += length;
      keys.push(key);
    }
    if (r.pos !== end) throw new DecodeError(`${end - r.pos} trailing bytes in row-index block`);
    this.firstClusterings = keys;
    this.blocksEnd = offset;
    this.sizeBytes = bytes.length + count * 64 + BLOCK_CACHE_ENTRY_OVERHEAD_BYTES;
  }

  get blockCount(): number {
    return this.offsets.length;
  }
}

function compareBytesView(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** What a partition header holds besides its rows. */
export interface PartitionHeader {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  readonly partitionDeletion?: DeletionTime;
  readonly rangeTombstones?: readonly RangeTombstone[];
}

/** A decoded partition header (a class, not a literal: see decoded.ts). */
class DecodedHeader implements PartitionHeader {
  declare readonly partitionDeletion?: DeletionTime;
  declare readonly rangeTombstones?: readonly RangeTombstone[];

  constructor(
    readonly token: bigint,
    readonly partitionKey: Uint8Array,
  ) {}
}

/** Result of `BlockCursor.next()`. */
export const ELEMENT_END = TAG_END;
export const ELEMENT_CONTINUED = TAG_CONTINUED;
export const ELEMENT_ROW = ROW_FLAG_ROW;

/**
 * A position in a data block's body. `next()` reads the next element (a terminator, or a row's
 * flags, clustering and body length: the row's *frame*); `row()` then decodes the row's body
 * and `skip()` passes over it. Synchronous, so one cursor serves one decode at a time.
 */
export class BlockCursor {
  pos: number;
  readonly buf: Uint8Array;
  private readonly end: number;
  /** Frame of the row `next()` returned. */
  rowFlags = 0;
  clusteringOffset = 0;
  clusteringLength = 0;
  bodyPos = 0;
  rowEnd = 0;
  /** Last cell head read. */
  private headColumn = '';
  private headFlags = 0;

  /**
   * `views`: hand out views into the block's bytes instead of copies — only for blocks no one
   * else holds or will overwrite (a scan's private read-ahead buffer, never a cached block).
   */
  constructor(
    readonly block: DataBlock,
    pos: number,
    private readonly views = false,
  ) {
    this.pos = pos;
    this.buf = block.bytes;
    this.end = block.end;
  }

  get atEnd(): boolean {
    return this.pos >= this.end;
  }

  private truncated(what: string): never {
    throw new DecodeError(`truncated ${what} at ${this.pos}`);
  }

  u8(): number {
    if (this.pos >= this.end) this.truncated('u8');
    return this.buf[this.pos++] as number;
  }

  varuint(max: number): number {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    if (pos >= end) this.truncated('varuint');
    let b = buf[pos++] as number;
    if (b < 0x80) {
      this.pos = pos;
      if (b > max) throw new DecodeError(`varuint ${b} above ${max} at ${pos}`);
      return b;
    }
    let result = b & 0x7f;
    let scale = 0x80;
    for (let i = 1; i < 8; i++) {
      if (pos >= end) this.truncated('varuint');
      b = buf[pos++] as number;
      result += (b & 0x7f) * scale;
      if (b < 0x80) {
        this.pos = pos;
        if (result > max) throw new DecodeError(`varuint ${result} above ${max} at ${pos}`);
        return result;
      }
      scale *= 0x80;
    }
    throw new DecodeError(`varuint too long at ${pos}`);
  }

  /** A `tsdelta`: the block's base plus a zig-zag varint. */
  tsdelta(): bigint {
    const buf = this.buf;
    const end = this.end;
    const start = this.pos;
    let pos = start;
    let z = 0;
    let scale = 1;
    let done = false;
    for (let i = 0; i < 7; i++) {
      if (pos >= end) this.truncated('timestamp');
      const b = buf[pos++] as number;
      z += (b & 0x7f) * scale;
      if (b < 0x80) {
        done = true;
        break;
      }
      scale *= 0x80;
    }
    const block = this.block;
    if (done) {
      this.pos = pos;
      const d = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      if (block.baseSafe) {
        const t = block.baseNum + d;
        if (t >= -FAST_DELTA_MAX && t <= FAST_DELTA_MAX) return BigInt(t);
      }
      return checkTimestamp(block.base + BigInt(d));
    }
    // More than 49 bits: the slow path.
    this.pos = start;
    let zb = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      const b = this.u8();
      zb |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        const d = (zb & 1n) === 0n ? zb >> 1n : -((zb + 1n) >> 1n);
        return checkTimestamp(block.base + d);
      }
      shift += 7n;
    }
    throw new DecodeError(`timestamp varint too long at ${start}`);
  }

  /** A copy of a length-prefixed byte string. */
  bytesCopy(max: number): Uint8Array {
    const n = this.varuint(max);
    if (n > this.end - this.pos) this.truncated('bytes');
    const out = this.views ? this.buf.subarray(this.pos, this.pos + n) : copyRange(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  private deletion(): DeletionTime {
    const timestamp = this.tsdelta();
    return new DecodedDeletion(timestamp, this.varuint(LOCAL_TIME_SECONDS_MAX));
  }

  /** Decodes the partition header at the cursor. `knownToken` (already compared equal) saves decoding the token. */
  header(knownToken?: bigint): PartitionHeader {
    if (this.end - this.pos < 8) this.truncated('token');
    const token = knownToken ?? this.block.view.getBigInt64(this.pos, true);
    this.pos += 8;
    const partitionKey = this.bytesCopy(PARTITION_KEY_BYTES_MAX);
    const flags = this.u8();
    if ((flags & ~PARTITION_FLAGS_KNOWN) !== 0) throw new DecodeError(`unknown partition flags ${flags}`);
    const h: { -readonly [K in keyof PartitionHeader]: PartitionHeader[K] } = new DecodedHeader(token, partitionKey);
    if (flags & PARTITION_FLAG_DELETION) h.partitionDeletion = this.deletion();
    if (flags & PARTITION_FLAG_RANGE_TOMBSTONES) {
      const count = this.varuint(this.end);
      if (count === 0) throw new DecodeError('range tombstone count 0');
      const rts = newList<RangeTombstone>();
      for (let i = 0; i < count; i++) {
        const f = this.u8();
        if ((f & ~RT_FLAGS_KNOWN) !== 0) throw new DecodeError(`unknown range tombstone flags ${f}`);
        const rt: { -readonly [K in keyof RangeTombstone]: RangeTombstone[K] } = {
          startInclusive: (f & RT_FLAG_START_INCLUSIVE) !== 0,
          endInclusive: (f & RT_FLAG_END_INCLUSIVE) !== 0,
          deletion: { timestamp: 0n, localDeletionTime: 0 },
        };
        if (f & RT_FLAG_HAS_START) rt.start = this.bytesCopy(CLUSTERING_KEY_BYTES_MAX);
        if (f & RT_FLAG_HAS_END) rt.end = this.bytesCopy(CLUSTERING_KEY_BYTES_MAX);
        rt.deletion = this.deletion();
        rts.push(rt);
      }
      h.rangeTombstones = rts;
    }
    return h;
  }

  /** Compares the key of the partition starting at `pos` with `key` (the token already compared equal). */
  compareKeyAt(pos: number, key: Uint8Array): number {
    this.pos = pos + 8;
    const n = this.varuint(PARTITION_KEY_BYTES_MAX);
    if (n > this.end - this.pos) this.truncated('partition key');
    const buf = this.buf;
    const off = this.pos;
    const m = n < key.length ? n : key.length;
    for (let i = 0; i < m; i++) {
      const d = (buf[off + i] as number) - (key[i] as number);
      if (d !== 0) return d;
    }
    return n - key.length;
  }

  /** Reads the next element: ELEMENT_END, ELEMENT_CONTINUED, or ELEMENT_ROW (frame fields set, cursor at the row's body). */
  next(): number {
    const tag = this.u8();
    if (tag === TAG_END || tag === TAG_CONTINUED) return tag;
    if ((tag & ROW_FLAG_ROW) === 0 || (tag & ~ROW_FLAGS_KNOWN) !== 0) throw new DecodeError(`unknown element tag ${tag} at ${this.pos - 1}`);
    if ((tag & ROW_FLAG_LIVENESS_EXPIRING) !== 0 && (tag & ROW_FLAG_LIVENESS) === 0) throw new DecodeError('expiring flag without row marker');
    this.rowFlags = tag;
    const ckLen = this.varuint(CLUSTERING_KEY_BYTES_MAX);
    if (ckLen > this.end - this.pos) this.truncated('clustering');
    this.clusteringOffset = this.pos;
    this.clusteringLength = ckLen;
    this.pos += ckLen;
    const bodyLength = this.varuint(this.end);
    if (bodyLength > this.end - this.pos) this.truncated('row body');
    this.bodyPos = this.pos;
    this.rowEnd = this.pos + bodyLength;
    return ELEMENT_ROW;
  }

  skip(): void {
    this.pos = this.rowEnd;
  }

  /** The clustering of the current row, copied. */
  clustering(): Uint8Array {
    const end = this.clusteringOffset + this.clusteringLength;
    return this.views ? this.buf.subarray(this.clusteringOffset, end) : copyRange(this.buf, this.clusteringOffset, end);
  }

  private cellRest(flags: number): Cell {
    const timestamp = this.tsdelta();
    const ttlSeconds = flags & CELL_FLAG_TTL ? this.varuint(TTL_SECONDS_MAX) : 0;
    const localDeletionTime = flags & CELL_FLAG_LOCAL_DELETION_TIME ? this.varuint(LOCAL_TIME_SECONDS_MAX) : 0;
    if (flags & CELL_FLAG_TTL && ttlSeconds === 0) throw new DecodeError('ttl flag with ttl 0');
    if (flags & CELL_FLAG_LOCAL_DELETION_TIME && localDeletionTime === 0) throw new DecodeError('localDeletionTime flag with 0');
    const value = flags & CELL_FLAG_TOMBSTONE ? null : this.bytesCopy(this.end);
    return new DecodedCell(value, timestamp, ttlSeconds, localDeletionTime);
  }

  /** Reads a cell head: sets `headColumn` and `headFlags`. */
  private cellHead(): void {
    const head = this.varuint(Number.MAX_SAFE_INTEGER);
    const flags = head % CELL_COLUMN_MULTIPLIER;
    const index = (head - flags) / CELL_COLUMN_MULTIPLIER;
    const column = this.block.columns[index];
    if (column === undefined) throw new DecodeError(`column index ${index} outside the block dictionary`);
    this.headColumn = column;
    this.headFlags = flags;
  }

  /** Decodes the body of the row `next()` returned; leaves the cursor after the row. */
  row(): RowData {
    this.pos = this.bodyPos;
    const f = this.rowFlags;
    const clustering = this.clustering();
    let liveness: Liveness | undefined;
    let deletion: DeletionTime | undefined;
    if (f & ROW_FLAG_LIVENESS) {
      const timestamp = this.tsdelta();
      let ttlSeconds = 0;
      let localExpirationTime = 0;
      if (f & ROW_FLAG_LIVENESS_EXPIRING) {
        ttlSeconds = this.varuint(TTL_SECONDS_MAX);
        localExpirationTime = this.varuint(LOCAL_TIME_SECONDS_MAX);
        if (ttlSeconds === 0 && localExpirationTime === 0) throw new DecodeError('expiring row marker with no ttl');
      }
      liveness = new DecodedLiveness(timestamp, ttlSeconds, localExpirationTime);
    }
    if (f & ROW_FLAG_DELETION) deletion = this.deletion();
    const cellCount = this.varuint(this.rowEnd - this.pos);
    const cells = new Map<string, Cell>();
    for (let i = 0; i < cellCount; i++) {
      this.cellHead();
      const column = this.headColumn;
      cells.set(column, this.cellRest(this.headFlags));
    }
    if (cells.size !== cellCount) throw new DecodeError('duplicate column in row');
    let history: Map<string, Cell[]> | undefined;
    if (f & ROW_FLAG_HISTORY) {
      const versionCount = this.varuint(this.rowEnd - this.pos);
      if (versionCount === 0) throw new DecodeError('history flag with no versions');
      history = new Map();
      let current: Cell[] | undefined;
      let currentColumn = '';
      for (let i = 0; i < versionCount; i++) {
        this.cellHead();
        const column = this.headColumn;
        if (current === undefined || column !== currentColumn) {
          if (history.has(column)) throw new DecodeError('history versions of a column not consecutive');
          current = newList<Cell>();
          currentColumn = column;
          history.set(column, current);
        }
        current.push(this.cellRest(this.headFlags));
      }
    }
    if (this.pos !== this.rowEnd) throw new DecodeError(`row body length mismatch at ${this.pos} (expected end ${this.rowEnd})`);
    return decodedRow(clustering, liveness, deletion, cells, history);
  }
}

function checkTimestamp(t: bigint): bigint {
  if (t < TIMESTAMP_MIN || t > TIMESTAMP_MAX) throw new DecodeError(`timestamp ${t} out of range`);
  return t;
}
