// The two hottest replica messages written and read straight from and to the engine's data
// model (@cassia/lsm) — written in two passes (measure, then write into one buffer), read with
// protobufjs's Reader — instead of through codec.ts's message
// objects (a Long per timestamp, an object per cell and row) and the generated code:
//
// - the read reply, replica.ReadResponse carrying a partition: encodeReadResponse(p, more)
//   returns exactly the bytes of encode(replica.ReadResponse, { partition:
//   partitionToMessage(p), more }). Digest reads rely on that: a coordinator compares the MD5 of
//   one replica's data reply with the digests other replicas computed over their own replies,
//   so equal data must encode to equal bytes on every node. decodeReadResponse(bytes) returns
//   what the generated decoder followed by partitionFromMessage returns.
// - the write, replica.MutateRequest: encodeMutateRequest(mutations) returns the bytes of
//   encode(replica.MutateRequest, { mutations: mutations.map(mutationToMessage) }), and
//   decodeMutateRequest(bytes) what the generated decoder and mutationFromMessage return;
//   encodeStoreHintRequest wraps such bytes in a hint without decoding them.
//
// Unknown fields are skipped when reading, as the generated decoder does; malformed bytes throw.
// Field rules follow the generated encoder (proto3, implicit presence): a scalar is written
// when it is not 0 / false / empty, `optional bytes` and sub-messages whenever present, fields
// in field-number order; a partition's cells in ascending column-name order (JavaScript string
// order), a mutation's in the order given.
import type { Cell, CellUpdate, DeletionTime, Liveness, Mutation, PartitionData, RangeTombstone, RowData, RowUpdate } from '@cassia/lsm';
import protobuf from 'protobufjs/minimal.js';
import { toBigInt, toULong, type Int64Like } from './int64.js';
import { replica, type ReplicaErrorMessage } from './messages.js';

type Reader = protobuf.Reader;

const EMPTY = new Uint8Array(0);

/** Largest magnitude a sint64 is written from through a plain number (exact up to 2^53 - 1). */
const SAFE_MAGNITUDE = BigInt(Number.MAX_SAFE_INTEGER);

/** Wire tags: (field number << 3) | wire type (0 varint, 2 length-delimited). */
const Tag = {
  ResponsePartition: (1 << 3) | 2,
  ResponseMore: (3 << 3) | 0,
  PartitionToken: (1 << 3) | 0,
  PartitionKey: (2 << 3) | 2,
  PartitionDeletion: (3 << 3) | 2,
  PartitionRow: (4 << 3) | 2,
  PartitionRangeTombstone: (5 << 3) | 2,
  RowClustering: (1 << 3) | 2,
  RowLiveness: (2 << 3) | 2,
  RowDeletion: (3 << 3) | 2,
  RowCell: (4 << 3) | 2,
  CellColumn: (1 << 3) | 2,
  CellValue: (2 << 3) | 2,
  CellTimestamp: (3 << 3) | 0,
  CellTtl: (4 << 3) | 0,
  CellLocalDeletionTime: (5 << 3) | 0,
  DeletionTimestamp: (1 << 3) | 0,
  DeletionLocalTime: (2 << 3) | 0,
  LivenessTimestamp: (1 << 3) | 0,
  LivenessTtl: (2 << 3) | 0,
  LivenessExpiration: (3 << 3) | 0,
  TombstoneStart: (1 << 3) | 2,
  TombstoneStartInclusive: (2 << 3) | 0,
  TombstoneEnd: (3 << 3) | 2,
  TombstoneEndInclusive: (4 << 3) | 0,
  TombstoneDeletion: (5 << 3) | 2,
  RequestMutation: (1 << 3) | 2,
  MutationTable: (1 << 3) | 2,
  MutationToken: (2 << 3) | 0,
  MutationKey: (3 << 3) | 2,
  MutationDeletion: (4 << 3) | 2,
  MutationRow: (5 << 3) | 2,
  MutationRangeTombstone: (6 << 3) | 2,
  HintMutate: (3 << 3) | 2,
} as const;

/** A ReadResponse with `p` as its partition; RangeError for a timestamp or token outside int64. */
export function encodeReadResponse(p: PartitionData, more: boolean): Uint8Array {
  return encodeTwice((out) => {
    out.nested(Tag.ResponsePartition, writePartition, p);
    if (more) out.bool(Tag.ResponseMore, true);
  });
}

/** A MutateRequest carrying `mutations`; RangeError for a timestamp or token outside int64. */
export function encodeMutateRequest(mutations: readonly Mutation[]): Uint8Array {
  return encodeTwice((out) => {
    for (const m of mutations) out.nested(Tag.RequestMutation, writeMutation, m);
  });
}

/**
 * A StoreHintRequest around an encoded MutateRequest (as encodeMutateRequest returns): the same
 * bytes as encode(replica.StoreHintRequest, { targetHostId, createdAtMs, mutate }) with `mutate`
 * the decoded request, since an embedded message is written as its length-delimited bytes.
 */
export function encodeStoreHintRequest(targetHostId: string, createdAtMs: bigint, mutateRequest: Uint8Array): Uint8Array {
  const w = replica.StoreHintRequest.encode({ targetHostId, createdAtMs: toULong(createdAtMs) });
  return w.uint32(Tag.HintMutate).bytes(mutateRequest).finish();
}

/**
 * Where a message is written: first with `measuring` set, which only counts bytes and records
 * the size of every nested message in pre-order; then into a buffer of exactly that size,
 * taking the sizes back in the same order. The same write functions serve both passes, and
 * nothing is allocated per field (protobufjs's Writer allocates an operation per field).
 */
class Out {
  measuring = true;
  pos = 0;
  buf: Buffer = NO_BYTES;
  private readonly sizes: number[] = [];
  private next = 0;
  /**
   * Rows whose cells were not in column order: their columns, each row's sorted in place, one
   * row after another (the measuring pass fills it, the writing pass reads it in the same order).
   */
  private readonly sortedColumns: string[] = [];
  private nextColumns = 0;

  /** Switches from measuring to writing: a buffer of the measured size. */
  startWriting(): void {
    this.buf = Buffer.allocUnsafe(this.pos);
    this.pos = 0;
    this.measuring = false;
    this.next = 0;
    this.nextColumns = 0;
  }

  reset(): void {
    this.measuring = true;
    this.pos = 0;
    this.sizes.length = 0;
    this.sortedColumns.length = 0;
    this.buf = NO_BYTES;
  }

  /**
   * Where a row's columns start in `sortedColumns`, in ascending order (JavaScript string
   * order): sorted while measuring (insertion sort: rows have few columns), found again when writing.
   */
  columnsOf(cells: ReadonlyMap<string, Cell>): number {
    const start = this.measuring ? this.sortedColumns.length : this.nextColumns;
    if (!this.measuring) {
      this.nextColumns += cells.size;
      return start;
    }
    const columns = this.sortedColumns;
    for (const column of cells.keys()) {
      let i = columns.length;
      columns.push(column);
      while (i > start && columns[i - 1]! > column) {
        columns[i] = columns[i - 1]!;
        i--;
      }
      columns[i] = column;
    }
    return start;
  }

  column(i: number): string {
    return this.sortedColumns[i]!;
  }

  /**
   * A length-delimited field holding the message `write(this, a, b)` writes (a second argument,
   * such as a cell's column, saves a closure per field).
   */
  nested<A, B = undefined>(tag: number, write: (out: Out, a: A, b: B) => void, a: A, b?: B): void {
    this.varint32(tag);
    if (this.measuring) {
      const slot = this.sizes.push(0) - 1;
      const start = this.pos;
      write(this, a, b as B);
      const size = this.pos - start;
      this.sizes[slot] = size;
      this.pos += varint32Size(size);
    } else {
      this.varint32(this.sizes[this.next++]!);
      write(this, a, b as B);
    }
  }

  uint32(tag: number, n: number): void {
    this.varint32(tag);
    this.varint32(n);
  }

  bool(tag: number, b: boolean): void {
    this.varint32(tag);
    this.varint32(b ? 1 : 0);
  }

  bytes(tag: number, b: Uint8Array): void {
    this.varint32(tag);
    this.varint32(b.length);
    if (!this.measuring) this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  string(tag: number, s: string): void {
    this.varint32(tag);
    if (SURROGATE.test(s)) {
      // protobufjs writes a lone surrogate as its own 3 bytes, where Buffer writes U+FFFD: keep
      // its bytes, so that such a name reads back the same on the other side.
      const length = protobuf.util.utf8.length(s);
      this.varint32(length);
      if (!this.measuring) protobuf.util.utf8.write(s, this.buf, this.pos);
      this.pos += length;
      return;
    }
    const length = Buffer.byteLength(s, 'utf8');
    this.varint32(length);
    if (!this.measuring) this.buf.write(s, this.pos, length, 'utf8');
    this.pos += length;
  }

  /** A sint64 field: zigzag, then a varint of up to 10 bytes (as protobufjs writes it). */
  sint64(tag: number, v: bigint): void {
    this.varint32(tag);
    let hi: number;
    let lo: number;
    if (v <= SAFE_MAGNITUDE && v >= -SAFE_MAGNITUDE) {
      // The 64-bit two's complement of a safe number, in 32-bit halves, zigzagged.
      const n = Number(v);
      const high = Math.floor(n / 2 ** 32);
      const low = n - high * 2 ** 32;
      const sign = high >> 31;
      hi = (((high << 1) | (low >>> 31)) ^ sign) >>> 0;
      lo = ((low << 1) ^ sign) >>> 0;
    } else {
      if (v < INT64_MIN || v >= INT64_END) throw new RangeError(`${v} is not a signed 64-bit value`);
      const z = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
      hi = Number(z >> 32n);
      lo = Number(z & 0xffffffffn);
    }
    while (hi !== 0) {
      if (!this.measuring) this.buf[this.pos] = (lo & 127) | 128;
      this.pos++;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.varint32(lo);
  }

  /** An unsigned 32-bit varint (tags and lengths too); like protobufjs, `n` is taken as n >>> 0. */
  varint32(n: number): void {
    n >>>= 0;
    if (this.measuring) {
      this.pos += varint32Size(n);
      return;
    }
    while (n > 127) {
      this.buf[this.pos++] = (n & 127) | 128;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_END = 2n ** 63n;
const NO_BYTES = Buffer.alloc(0);
/** A UTF-16 surrogate (half of a pair, or alone). */
const SURROGATE = /[\ud800-\udfff]/;

function varint32Size(n: number): number {
  return n < 1 << 7 ? 1 : n < 1 << 14 ? 2 : n < 1 << 21 ? 3 : n < 1 << 28 ? 4 : 5;
}

/** One Out reused by every encode (they are synchronous): no allocation but the result. */
const shared = new Out();

function encodeTwice(write: (out: Out) => void): Uint8Array {
  const out = shared;
  out.reset();
  try {
    write(out);
    out.startWriting();
    write(out);
    // Both passes run the same code over the same data: a difference is a bug, never sent.
    if (out.pos !== out.buf.length) throw new Error(`direct codec: wrote ${out.pos} bytes, measured ${out.buf.length}`);
    return out.buf;
  } finally {
    out.reset();
  }
}

function writeMutation(out: Out, m: Mutation): void {
  if (m.tableId !== '') out.string(Tag.MutationTable, m.tableId);
  if (m.token !== 0n) out.sint64(Tag.MutationToken, m.token);
  if (m.partitionKey.length > 0) out.bytes(Tag.MutationKey, m.partitionKey);
  if (m.partitionDeletion !== undefined) out.nested(Tag.MutationDeletion, writeDeletion, m.partitionDeletion);
  for (const r of m.rows) out.nested(Tag.MutationRow, writeRowUpdate, r);
  for (const t of m.rangeTombstones ?? []) out.nested(Tag.MutationRangeTombstone, writeRangeTombstone, t);
}

function writePartition(out: Out, p: PartitionData): void {
  if (p.token !== 0n) out.sint64(Tag.PartitionToken, p.token);
  if (p.partitionKey.length > 0) out.bytes(Tag.PartitionKey, p.partitionKey);
  if (p.partitionDeletion !== undefined) out.nested(Tag.PartitionDeletion, writeDeletion, p.partitionDeletion);
  for (const r of p.rows) out.nested(Tag.PartitionRow, writeRow, r);
  for (const t of p.rangeTombstones ?? []) out.nested(Tag.PartitionRangeTombstone, writeRangeTombstone, t);
}

/** A row's key, marker and deletion: the fields before its cells, for either row shape. */
function writeRowHead(out: Out, r: RowData | RowUpdate): void {
  if (r.clustering.length > 0) out.bytes(Tag.RowClustering, r.clustering);
  if (r.liveness !== undefined) out.nested(Tag.RowLiveness, writeLiveness, r.liveness);
  if (r.deletion !== undefined) out.nested(Tag.RowDeletion, writeDeletion, r.deletion);
}

function writeRow(out: Out, r: RowData): void {
  writeRowHead(out, r);
  if (inColumnOrder(r.cells)) {
    for (const [column, cell] of r.cells) out.nested(Tag.RowCell, writeCell, column, cell);
  } else {
    const start = out.columnsOf(r.cells);
    for (let i = start; i < start + r.cells.size; i++) {
      const column = out.column(i);
      out.nested(Tag.RowCell, writeCell, column, r.cells.get(column)!);
    }
  }
}

function writeRowUpdate(out: Out, r: RowUpdate): void {
  writeRowHead(out, r);
  for (const c of r.cells) out.nested(Tag.RowCell, writeCell, c.column, c.cell);
}

/** Whether the map iterates in ascending column-name order already (the engine's usual order). */
function inColumnOrder(cells: ReadonlyMap<string, Cell>): boolean {
  let previous: string | undefined;
  for (const column of cells.keys()) {
    if (previous !== undefined && !(previous < column)) return false;
    previous = column;
  }
  return true;
}

function writeCell(out: Out, column: string, c: Cell): void {
  if (column !== '') out.string(Tag.CellColumn, column);
  if (c.value !== null) out.bytes(Tag.CellValue, c.value);
  if (c.timestamp !== 0n) out.sint64(Tag.CellTimestamp, c.timestamp);
  if (c.ttlSeconds !== 0) out.uint32(Tag.CellTtl, c.ttlSeconds);
  if (c.localDeletionTime !== 0) out.uint32(Tag.CellLocalDeletionTime, c.localDeletionTime);
}

function writeDeletion(out: Out, d: DeletionTime): void {
  if (d.timestamp !== 0n) out.sint64(Tag.DeletionTimestamp, d.timestamp);
  if (d.localDeletionTime !== 0) out.uint32(Tag.DeletionLocalTime, d.localDeletionTime);
}

function writeLiveness(out: Out, l: Liveness): void {
  if (l.timestamp !== 0n) out.sint64(Tag.LivenessTimestamp, l.timestamp);
  if (l.ttlSeconds !== 0) out.uint32(Tag.LivenessTtl, l.ttlSeconds);
  if (l.localExpirationTime !== 0) out.uint32(Tag.LivenessExpiration, l.localExpirationTime);
}

function writeRangeTombstone(out: Out, t: RangeTombstone): void {
  if (t.start !== undefined) out.bytes(Tag.TombstoneStart, t.start);
  if (t.startInclusive) out.bool(Tag.TombstoneStartInclusive, true);
  if (t.end !== undefined) out.bytes(Tag.TombstoneEnd, t.end);
  if (t.endInclusive) out.bool(Tag.TombstoneEndInclusive, true);
  out.nested(Tag.TombstoneDeletion, writeDeletion, t.deletion);
}

/** A decoded ReadResponse: `partition` absent when the replica holds nothing (or sent a digest). */
export interface DecodedReadResponse {
  partition: PartitionData | undefined;
  error: ReplicaErrorMessage | undefined;
  more: boolean;
  digest: Uint8Array | undefined;
}

/** Decodes a ReadResponse; throws (as the generated decoder) on malformed bytes. */
export function decodeReadResponse(bytes: Uint8Array): DecodedReadResponse {
  const r = protobuf.Reader.create(bytes);
  const out: DecodedReadResponse = { partition: undefined, error: undefined, more: false, digest: undefined };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        out.partition = readPartition(r, r.uint32() + r.pos);
        break;
      case 2:
        out.error = replica.ReplicaError.decode(r, r.uint32());
        break;
      case 3:
        out.more = r.bool();
        break;
      case 4:
        out.digest = r.bytes();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return out;
}

/** Decodes a MutateRequest's mutations; throws (as the generated decoder) on malformed bytes. */
export function decodeMutateRequest(bytes: Uint8Array): Mutation[] {
  const r = protobuf.Reader.create(bytes);
  const mutations: Mutation[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1) mutations.push(readMutation(r, r.uint32() + r.pos));
    else r.skipType(tag & 7);
  }
  return mutations;
}

function readMutation(r: Reader, end: number): Mutation {
  let tableId = '';
  let token = 0n;
  let partitionKey: Uint8Array = EMPTY;
  let partitionDeletion: DeletionTime | undefined;
  const rows: RowUpdate[] = [];
  let rangeTombstones: RangeTombstone[] | undefined;
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        tableId = r.stringVerify();
        break;
      case 2:
        token = readInt64(r);
        break;
      case 3:
        partitionKey = r.bytes();
        break;
      case 4:
        partitionDeletion = readDeletion(r, r.uint32() + r.pos);
        break;
      case 5:
        rows.push(readRowUpdate(r, r.uint32() + r.pos));
        break;
      case 6:
        (rangeTombstones ??= []).push(readRangeTombstone(r, r.uint32() + r.pos));
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return {
    tableId,
    token,
    partitionKey,
    ...(partitionDeletion === undefined ? {} : { partitionDeletion }),
    ...(rangeTombstones === undefined ? {} : { rangeTombstones }),
    rows,
  };
}

function readPartition(r: Reader, end: number): PartitionData {
  let token = 0n;
  let partitionKey: Uint8Array = EMPTY;
  let partitionDeletion: DeletionTime | undefined;
  const rows: RowData[] = [];
  let rangeTombstones: RangeTombstone[] | undefined;
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        token = readInt64(r);
        break;
      case 2:
        partitionKey = r.bytes();
        break;
      case 3:
        partitionDeletion = readDeletion(r, r.uint32() + r.pos);
        break;
      case 4:
        rows.push(readRow(r, r.uint32() + r.pos));
        break;
      case 5:
        (rangeTombstones ??= []).push(readRangeTombstone(r, r.uint32() + r.pos));
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return {
    token,
    partitionKey,
    ...(partitionDeletion === undefined ? {} : { partitionDeletion }),
    ...(rangeTombstones === undefined ? {} : { rangeTombstones }),
    rows,
  };
}

function readRow(r: Reader, end: number): RowData {
  const cells = new Map<string, Cell>();
  // A repeated column: the last one wins, as in the Map partitionFromMessage builds.
  return { ...readRowFields(r, end, (column, cell) => cells.set(column, cell)), cells };
}

function readRowUpdate(r: Reader, end: number): RowUpdate {
  const cells: CellUpdate[] = [];
  return { ...readRowFields(r, end, (column, cell) => cells.push({ column, cell })), cells };
}

/** A Row message's key, marker and deletion; each cell goes to `cell` in the order read. */
function readRowFields(r: Reader, end: number, cell: (column: string, cell: Cell) => void): { clustering: Uint8Array; liveness?: Liveness; deletion?: DeletionTime } {
  let clustering: Uint8Array = EMPTY;
  let liveness: Liveness | undefined;
  let deletion: DeletionTime | undefined;
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        clustering = r.bytes();
        break;
      case 2:
        liveness = readLiveness(r, r.uint32() + r.pos);
        break;
      case 3:
        deletion = readDeletion(r, r.uint32() + r.pos);
        break;
      case 4:
        readCell(r, r.uint32() + r.pos, cell);
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return {
    clustering,
    ...(liveness === undefined ? {} : { liveness }),
    ...(deletion === undefined ? {} : { deletion }),
  };
}

/** Reads one Cell and hands it to `sink` with its column. */
function readCell(r: Reader, end: number, sink: (column: string, cell: Cell) => void): void {
  let column = '';
  let value: Uint8Array | null = null;
  let timestamp = 0n;
  let ttlSeconds = 0;
  let localDeletionTime = 0;
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        column = r.stringVerify();
        break;
      case 2:
        value = r.bytes();
        break;
      case 3:
        timestamp = readInt64(r);
        break;
      case 4:
        ttlSeconds = r.uint32();
        break;
      case 5:
        localDeletionTime = r.uint32();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  sink(column, { value, timestamp, ttlSeconds, localDeletionTime });
}

function readDeletion(r: Reader, end: number): DeletionTime {
  let timestamp = 0n;
  let localDeletionTime = 0;
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        timestamp = readInt64(r);
        break;
      case 2:
        localDeletionTime = r.uint32();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return { timestamp, localDeletionTime };
}

function readLiveness(r: Reader, end: number): Liveness {
  let timestamp = 0n;
  let ttlSeconds = 0;
  let localExpirationTime = 0;
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        timestamp = readInt64(r);
        break;
      case 2:
        ttlSeconds = r.uint32();
        break;
      case 3:
        localExpirationTime = r.uint32();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return { timestamp, ttlSeconds, localExpirationTime };
}

function readRangeTombstone(r: Reader, end: number): RangeTombstone {
  let start: Uint8Array | undefined;
  let startInclusive = false;
  let endBound: Uint8Array | undefined;
  let endInclusive = false;
  let deletion: DeletionTime = { timestamp: 0n, localDeletionTime: 0 };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        start = r.bytes();
        break;
      case 2:
        startInclusive = r.bool();
        break;
      case 3:
        endBound = r.bytes();
        break;
      case 4:
        endInclusive = r.bool();
        break;
      case 5:
        deletion = readDeletion(r, r.uint32() + r.pos);
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return {
    ...(start === undefined ? {} : { start }),
    startInclusive,
    ...(endBound === undefined ? {} : { end: endBound }),
    endInclusive,
    deletion,
  };
}

/** A sint64 field as a bigint. protobufjs types its Long apart from the long package's; at run time it is that Long (or a number). */
function readInt64(r: Reader): bigint {
  return toBigInt(r.sint64() as unknown as Int64Like);
}
