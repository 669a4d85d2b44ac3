/**
 * Encoding of SSTable blocks (doc/sstable_format.md, "Data blocks", "Row-index blocks", "Block
 * framing"): `DataBlockBuilder` is the writer's open data block. Data is checked before it is
 * written (key lengths, field ranges); a violation is an AssertionError.
 */
import assert from 'node:assert/strict';
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
import type { Cell, DeletionTime, PartitionData, RowData } from '../types.js';
import { ByteSink, varuintSize } from './byte-sink.js';
import {
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
  ROW_FLAG_DELETION,
  ROW_FLAG_HISTORY,
  ROW_FLAG_LIVENESS,
  ROW_FLAG_LIVENESS_EXPIRING,
  ROW_FLAG_ROW,
  RT_FLAG_END_INCLUSIVE,
  RT_FLAG_HAS_END,
  RT_FLAG_HAS_START,
  RT_FLAG_START_INCLUSIVE,
  TAG_CONTINUED,
  TAG_END,
} from './format.js';

/** Largest |delta| (and timestamp) taking the fast number path: its zig-zag stays below 2^53. */
const FAST_DELTA_MAX = 2 ** 52 - 1;
const EMPTY: Uint8Array = new Uint8Array(0);

function assertTimestamp(t: bigint): void {
  if (!(t >= TIMESTAMP_MIN && t <= TIMESTAMP_MAX)) assert.fail(`timestamp out of the signed 64-bit range: ${t}`);
}

function assertLocalTime(v: number, what: string): void {
  if (!(Number.isInteger(v) && v >= 0 && v <= LOCAL_TIME_SECONDS_MAX)) assert.fail(`${what} out of range: ${v}`);
}

function assertTtl(v: number): void {
  if (!(Number.isInteger(v) && v >= 0 && v <= TTL_SECONDS_MAX)) assert.fail(`ttlSeconds out of range: ${v}`);
}

/**
 * The writer's open data block: body bytes, the block's column dictionary, base timestamp and
 * partition start offsets. `frameInto` closes it into framed bytes.
 */
export class DataBlockBuilder {
  readonly body = new ByteSink(32 * 1024);
  private readonly columnIds = new Map<string, number>();
  private readonly columnNames: string[] = [];
  private readonly starts: number[] = [];
  private continues = false;
  private baseSet = false;
  private base = 0n;
  private baseNum = 0;
  private baseSafe = false;
  private readonly header = new ByteSink(1024);

  get bodyLength(): number {
    return this.body.pos;
  }

  get startCount(): number {
    return this.starts.length;
  }

  get isEmpty(): boolean {
    return this.body.pos === 0;
  }

  /** Starts a new block; `continues`: its body begins with rows of a partition from an earlier block. */
  reset(continues: boolean): void {
    this.body.reset();
    this.columnIds.clear();
    this.columnNames.length = 0;
    this.starts.length = 0;
    this.continues = continues;
    this.baseSet = false;
    this.base = 0n;
    this.baseNum = 0;
    this.baseSafe = true;
  }

  private tsdelta(ts: bigint): void {
    if (!this.baseSet) {
      assertTimestamp(ts);
      this.baseSet = true;
      this.base = ts;
      this.baseNum = Number(ts);
      this.baseSafe = Number.isSafeInteger(this.baseNum) && this.baseNum >= -FAST_DELTA_MAX && this.baseNum <= FAST_DELTA_MAX;
    }
    if (this.baseSafe) {
      const tn = Number(ts);
      if (tn >= -FAST_DELTA_MAX && tn <= FAST_DELTA_MAX && Number.isInteger(tn)) {
        // |tn| ≤ 2^52 − 1 means the conversion was exact.
        const d = tn - this.baseNum;
        if (d <= FAST_DELTA_MAX && d >= -FAST_DELTA_MAX) {
          this.body.varuint(d >= 0 ? d * 2 : -d * 2 - 1);
          return;
        }
      }
    }
    assertTimestamp(ts);
    this.body.varbigint(ts - this.base);
  }

  private deletion(d: DeletionTime): void {
    this.tsdelta(d.timestamp);
    assertLocalTime(d.localDeletionTime, 'localDeletionTime');
    this.body.varuint(d.localDeletionTime);
  }

  private columnId(column: string): number {
    let id = this.columnIds.get(column);
    if (id === undefined) {
      id = this.columnNames.length;
      this.columnNames.push(column);
      this.columnIds.set(column, id);
    }
    return id;
  }

  private cell(columnId: number, c: Cell): void {
    const tombstone = c.value === null;
    let flags = tombstone ? CELL_FLAG_TOMBSTONE : 0;
    if (c.ttlSeconds !== 0) flags |= CELL_FLAG_TTL;
    if (c.localDeletionTime !== 0) flags |= CELL_FLAG_LOCAL_DELETION_TIME;
    const body = this.body;
    body.varuint(columnId * CELL_COLUMN_MULTIPLIER + flags);
    this.tsdelta(c.timestamp);
    if (c.ttlSeconds !== 0) {
      assertTtl(c.ttlSeconds);
      body.varuint(c.ttlSeconds);
    }
    if (c.localDeletionTime !== 0) {
      assertLocalTime(c.localDeletionTime, 'localDeletionTime');
      body.varuint(c.localDeletionTime);
    }
    if (c.value !== null) body.bytes(c.value);
  }

  /** Writes a partition header; the partition starts here. */
  startPartition(p: PartitionData): void {
    if (!(p.partitionKey.length <= PARTITION_KEY_BYTES_MAX)) assert.fail(`partition key of ${p.partitionKey.length} bytes exceeds ${PARTITION_KEY_BYTES_MAX}`);
    const body = this.body;
    this.starts.push(body.pos);
    body.i64(p.token);
    body.bytes(p.partitionKey);
    const rts = p.rangeTombstones;
    const hasRts = rts !== undefined && rts.length > 0;
    body.u8((p.partitionDeletion ? PARTITION_FLAG_DELETION : 0) | (hasRts ? PARTITION_FLAG_RANGE_TOMBSTONES : 0));
    if (p.partitionDeletion) this.deletion(p.partitionDeletion);
    if (hasRts) {
      body.varuint(rts.length);
      for (const rt of rts) {
        body.u8(
          (rt.start !== undefined ? RT_FLAG_HAS_START : 0) |
            (rt.startInclusive ? RT_FLAG_START_INCLUSIVE : 0) |
            (rt.end !== undefined ? RT_FLAG_HAS_END : 0) |
            (rt.endInclusive ? RT_FLAG_END_INCLUSIVE : 0),
        );
        if (rt.start !== undefined) {
          assert.ok(rt.start.length <= CLUSTERING_KEY_BYTES_MAX, 'range tombstone start bound too long');
          body.bytes(rt.start);
        }
        if (rt.end !== undefined) {
          assert.ok(rt.end.length <= CLUSTERING_KEY_BYTES_MAX, 'range tombstone end bound too long');
          body.bytes(rt.end);
        }
        this.deletion(rt.deletion);
      }
    }
  }

  writeRow(row: RowData): void {
    if (!(row.clustering.length <= CLUSTERING_KEY_BYTES_MAX)) assert.fail(`clustering key of ${row.clustering.length} bytes exceeds ${CLUSTERING_KEY_BYTES_MAX}`);
    const body = this.body;
    const l = row.liveness;
    let flags = ROW_FLAG_ROW;
    let expiring = false;
    if (l !== undefined) {
      flags |= ROW_FLAG_LIVENESS;
      expiring = l.ttlSeconds !== 0 || l.localExpirationTime !== 0;
      if (expiring) flags |= ROW_FLAG_LIVENESS_EXPIRING;
    }
    if (row.deletion !== undefined) flags |= ROW_FLAG_DELETION;
    let historyCount = 0;
    if (row.history !== undefined) for (const versions of row.history.values()) historyCount += versions.length;
    if (historyCount > 0) flags |= ROW_FLAG_HISTORY;
    body.u8(flags);
    body.bytes(row.clustering);
    body.ensure(1);
    const lengthPos = body.pos++;
    const bodyStart = body.pos;
    if (l !== undefined) {
      this.tsdelta(l.timestamp);
      if (expiring) {
        assertTtl(l.ttlSeconds);
        assertLocalTime(l.localExpirationTime, 'localExpirationTime');
        body.varuint(l.ttlSeconds);
        body.varuint(l.localExpirationTime);
      }
    }
    if (row.deletion !== undefined) this.deletion(row.deletion);
    body.varuint(row.cells.size);
    for (const [column, cell] of row.cells) this.cell(this.columnId(column), cell);
    if (historyCount > 0 && row.history !== undefined) {
      body.varuint(historyCount);
      for (const [column, versions] of row.history) {
        if (versions.length === 0) continue;
        const id = this.columnId(column);
        for (const c of versions) this.cell(id, c);
      }
    }
    const length = body.pos - bodyStart;
    if (length < 0x80) {
      body.buf[lengthPos] = length;
    } else {
      const extra = varuintSize(length) - 1;
      body.ensure(extra);
      const buf = body.buf;
      buf.copyWithin(bodyStart + extra, bodyStart, body.pos);
      let v = length;
      let p = lengthPos;
      while (v >= 0x80) {
        buf[p++] = (v % 0x80) | 0x80;
        v = Math.floor(v / 0x80);
      }
      buf[p] = v;
      body.pos += extra;
    }
  }

  terminator(tag: typeof TAG_END | typeof TAG_CONTINUED): void {
    this.body.u8(tag);
  }

  /** Bytes the framed block will take. Builds the block header (call `frameInto` right after). */
  prepareFrame(): number {
    const h = this.header;
    h.reset();
    h.u8(BLOCK_KIND_DATA);
    h.u8(this.continues ? DATA_BLOCK_FLAG_CONTINUES : 0);
    h.varbigint(this.base);
    h.varuint(this.columnNames.length);
    for (const name of this.columnNames) {
      assert.ok(name.length <= COLUMN_NAME_BYTES_MAX, 'column name too long');
      h.string(name);
    }
    h.varuint(this.starts.length);
    let prev = 0;
    for (const s of this.starts) {
      h.varuint(s - prev);
      prev = s;
    }
    const payload = h.pos + this.body.pos;
    if (!(payload <= BLOCK_PAYLOAD_BYTES_MAX)) assert.fail(`block payload of ${payload} bytes exceeds ${BLOCK_PAYLOAD_BYTES_MAX} (a row too large)`);
    return payload + BLOCK_FRAME_BYTES;
  }

  /** Writes the framed block (after `prepareFrame`) into `out` at `at`. */
  frameInto(out: Uint8Array, at: number): void {
    const payload = this.header.pos + this.body.pos;
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    view.setUint32(at, payload, true);
    out.set(this.header.buf.subarray(0, this.header.pos), at + BLOCK_LENGTH_BYTES);
    out.set(this.body.buf.subarray(0, this.body.pos), at + BLOCK_LENGTH_BYTES + this.header.pos);
    const end = at + BLOCK_LENGTH_BYTES + payload;
    view.setUint32(end, crc32(out.subarray(at, end)), true);
  }
}

/** Frames a payload: u32 length, payload, u32 CRC of both. */
export function frameBlock(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + BLOCK_FRAME_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  out.set(payload, BLOCK_LENGTH_BYTES);
  view.setUint32(BLOCK_LENGTH_BYTES + payload.length, crc32(out.subarray(0, BLOCK_LENGTH_BYTES + payload.length)), true);
  return out;
}

export function encodeRowIndexPayload(
  token: bigint,
  partitionKey: Uint8Array,
  entries: readonly { readonly framedLength: number; readonly firstClustering: Uint8Array }[],
): Uint8Array {
  assert.ok(entries.length >= 2, 'a row index covers at least two blocks');
  const s = new ByteSink(64 + entries.length * 24);
  s.u8(BLOCK_KIND_ROW_INDEX);
  s.i64(token);
  s.bytes(partitionKey);
  s.varuint(entries.length);
  entries.forEach((e, i) => {
    s.varuint(e.framedLength);
    s.bytes(i === 0 ? EMPTY : e.firstClustering);
  });
  return s.finish();
}

/** Anything the block cache holds: it knows its own accounted size. */
