// The two hottest replica messages written and read straight from and to the engine's data
// model (@cassia/lsm) with protobufjs's Writer and Reader, instead of through codec.ts's message
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
import type Long from 'long';
import { toBigInt, toLong, toULong, type Int64Like } from './int64.js';
import { replica, type ReplicaErrorMessage } from './messages.js';

type Writer = protobuf.Writer;
type Reader = protobuf.Reader;

const EMPTY = new Uint8Array(0);

/** Largest magnitude a sint64 is written from as a plain number (exact up to 2^53 - 1). */
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
  const w = protobuf.Writer.create();
  w.uint32(Tag.ResponsePartition).fork();
  writePartition(w, p);
  w.ldelim();
  if (more) w.uint32(Tag.ResponseMore).bool(true);
  return w.finish();
}

/** A MutateRequest carrying `mutations`; RangeError for a timestamp or token outside int64. */
export function encodeMutateRequest(mutations: readonly Mutation[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const m of mutations) writeMutation(w.uint32(Tag.RequestMutation).fork(), m).ldelim();
  return w.finish();
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

function writeMutation(w: Writer, m: Mutation): Writer {
  if (m.tableId !== '') w.uint32(Tag.MutationTable).string(m.tableId);
  if (m.token !== 0n) w.uint32(Tag.MutationToken).sint64(int64(m.token));
  if (m.partitionKey.length > 0) w.uint32(Tag.MutationKey).bytes(m.partitionKey);
  if (m.partitionDeletion !== undefined) writeDeletion(w.uint32(Tag.MutationDeletion).fork(), m.partitionDeletion).ldelim();
  for (const r of m.rows) {
    w.uint32(Tag.MutationRow).fork();
    writeRowHead(w, r);
    for (const c of r.cells) writeCell(w.uint32(Tag.RowCell).fork(), c.column, c.cell).ldelim();
    w.ldelim();
  }
  for (const t of m.rangeTombstones ?? []) writeRangeTombstone(w.uint32(Tag.MutationRangeTombstone).fork(), t).ldelim();
  return w;
}

function writePartition(w: Writer, p: PartitionData): void {
  if (p.token !== 0n) w.uint32(Tag.PartitionToken).sint64(int64(p.token));
  if (p.partitionKey.length > 0) w.uint32(Tag.PartitionKey).bytes(p.partitionKey);
  if (p.partitionDeletion !== undefined) writeDeletion(w.uint32(Tag.PartitionDeletion).fork(), p.partitionDeletion).ldelim();
  for (const r of p.rows) writeRow(w.uint32(Tag.PartitionRow).fork(), r).ldelim();
  for (const t of p.rangeTombstones ?? []) writeRangeTombstone(w.uint32(Tag.PartitionRangeTombstone).fork(), t).ldelim();
}

/** A row's key, marker and deletion: the fields before its cells, for either row shape. */
function writeRowHead(w: Writer, r: RowData | RowUpdate): void {
  if (r.clustering.length > 0) w.uint32(Tag.RowClustering).bytes(r.clustering);
  if (r.liveness !== undefined) writeLiveness(w.uint32(Tag.RowLiveness).fork(), r.liveness).ldelim();
  if (r.deletion !== undefined) writeDeletion(w.uint32(Tag.RowDeletion).fork(), r.deletion).ldelim();
}

function writeRow(w: Writer, r: RowData): Writer {
  writeRowHead(w, r);
  if (inColumnOrder(r.cells)) {
    for (const [column, cell] of r.cells) writeCell(w.uint32(Tag.RowCell).fork(), column, cell).ldelim();
  } else {
    const columns = [...r.cells.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const column of columns) writeCell(w.uint32(Tag.RowCell).fork(), column, r.cells.get(column)!).ldelim();
  }
  return w;
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

function writeCell(w: Writer, column: string, c: Cell): Writer {
  if (column !== '') w.uint32(Tag.CellColumn).string(column);
  if (c.value !== null) w.uint32(Tag.CellValue).bytes(c.value);
  if (c.timestamp !== 0n) w.uint32(Tag.CellTimestamp).sint64(int64(c.timestamp));
  if (c.ttlSeconds !== 0) w.uint32(Tag.CellTtl).uint32(c.ttlSeconds);
  if (c.localDeletionTime !== 0) w.uint32(Tag.CellLocalDeletionTime).uint32(c.localDeletionTime);
  return w;
}

function writeDeletion(w: Writer, d: DeletionTime): Writer {
  if (d.timestamp !== 0n) w.uint32(Tag.DeletionTimestamp).sint64(int64(d.timestamp));
  if (d.localDeletionTime !== 0) w.uint32(Tag.DeletionLocalTime).uint32(d.localDeletionTime);
  return w;
}

function writeLiveness(w: Writer, l: Liveness): Writer {
  if (l.timestamp !== 0n) w.uint32(Tag.LivenessTimestamp).sint64(int64(l.timestamp));
  if (l.ttlSeconds !== 0) w.uint32(Tag.LivenessTtl).uint32(l.ttlSeconds);
  if (l.localExpirationTime !== 0) w.uint32(Tag.LivenessExpiration).uint32(l.localExpirationTime);
  return w;
}

function writeRangeTombstone(w: Writer, t: RangeTombstone): Writer {
  if (t.start !== undefined) w.uint32(Tag.TombstoneStart).bytes(t.start);
  if (t.startInclusive) w.uint32(Tag.TombstoneStartInclusive).bool(true);
  if (t.end !== undefined) w.uint32(Tag.TombstoneEnd).bytes(t.end);
  if (t.endInclusive) w.uint32(Tag.TombstoneEndInclusive).bool(true);
  writeDeletion(w.uint32(Tag.TombstoneDeletion).fork(), t.deletion).ldelim();
  return w;
}

/** A sint64 argument: a plain number when exact (timestamps, most tokens), else a Long. */
function int64(v: bigint): number | Long {
  return v <= SAFE_MAGNITUDE && v >= -SAFE_MAGNITUDE ? Number(v) : toLong(v);
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
        tableId = r.string();
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
        column = r.string();
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
