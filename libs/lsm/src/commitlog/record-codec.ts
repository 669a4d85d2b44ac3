/**
 * Commit-log payloads (format version 1): one record per entry. Field by field in
 * doc/commitlog_format.md. Timestamps are stored as unsigned deltas from the smallest timestamp
 * of the mutation (usually one byte each); column names once per mutation in a dictionary.
 * Encoding assumes `validateMutation` passed; decoding checks every bound and throws DecodeError.
 */
import {
  CLUSTERING_KEY_BYTES_MAX,
  COLUMN_NAME_BYTES_MAX,
  LOCAL_TIME_SECONDS_MAX,
  PARTITION_KEY_BYTES_MAX,
  TABLE_ID_BYTES_MAX,
  TIMESTAMP_MAX,
  TIMESTAMP_MIN,
  TTL_SECONDS_MAX,
} from '../limits.js';
import type { Cell, CellUpdate, DeletionTime, Liveness, Mutation, RangeTombstone, RowUpdate } from '../types.js';
import { ByteReader, ByteWriter, DecodeError } from './byte-io.js';

/** DO NOT CHANGE: record kinds are embedded in the on-disk data. */
export const RECORD_KIND_MUTATIONS = 1;
export const RECORD_KIND_DROP_TABLE = 2;

const MUTATION_FLAG_PARTITION_DELETION = 0x1;
const MUTATION_FLAG_RANGE_TOMBSTONES = 0x2;
const BOUND_FLAG_START = 0x1;
const BOUND_FLAG_START_INCLUSIVE = 0x2;
const BOUND_FLAG_END = 0x4;
const BOUND_FLAG_END_INCLUSIVE = 0x8;
const ROW_FLAG_LIVENESS = 0x1;
const ROW_FLAG_DELETION = 0x2;
const CELL_FLAG_TOMBSTONE = 0x1;
const CELL_FLAG_TTL = 0x2;
const CELL_FLAG_LOCAL_DELETION_TIME = 0x4;
/** Bound on counts read from disk (mutations per record, rows, cells, columns): a sanity cap. */
const COUNT_MAX = 0xffff_ffff;

/** What one commit-log entry holds. */
export type CommitLogRecord =
  /** Mutations applied together (one `apply` or one `applyBatch`); durable all or nothing. */
  | { readonly kind: 'mutations'; readonly mutations: readonly Mutation[] }
  /** A table was dropped: replay forgets its earlier mutations and rejects later ones. */
  | { readonly kind: 'dropTable'; readonly tableId: string };

export function encodeRecord(record: CommitLogRecord): Uint8Array {
  const w = new ByteWriter();
  if (record.kind === 'dropTable') {
    w.u8(RECORD_KIND_DROP_TABLE);
    w.string(record.tableId);
  } else {
    w.u8(RECORD_KIND_MUTATIONS);
    w.varuint(record.mutations.length);
    for (const m of record.mutations) encodeMutation(w, m);
  }
  return w.finish();
}

export function decodeRecord(payload: Uint8Array): CommitLogRecord {
  const r = new ByteReader(payload);
  const kind = r.u8();
  let record: CommitLogRecord;
  if (kind === RECORD_KIND_DROP_TABLE) {
    record = { kind: 'dropTable', tableId: r.string(TABLE_ID_BYTES_MAX) };
  } else if (kind === RECORD_KIND_MUTATIONS) {
    const count = r.varuint(COUNT_MAX);
    if (count === 0) throw new DecodeError('mutations record with no mutation');
    const mutations: Mutation[] = [];
    for (let i = 0; i < count; i++) mutations.push(decodeMutation(r));
    record = { kind: 'mutations', mutations };
  } else {
    throw new DecodeError(`unknown record kind ${kind}`);
  }
  if (r.remaining !== 0) throw new DecodeError(`${r.remaining} trailing bytes after record`);
  return record;
}

function minTimestamp(m: Mutation): bigint {
  let min: bigint | undefined;
  const see = (t: bigint): void => {
    if (min === undefined || t < min) min = t;
  };
  if (m.partitionDeletion) see(m.partitionDeletion.timestamp);
  for (const rt of m.rangeTombstones ?? []) see(rt.deletion.timestamp);
  for (const row of m.rows) {
    if (row.liveness) see(row.liveness.timestamp);
    if (row.deletion) see(row.deletion.timestamp);
    for (const { cell } of row.cells) see(cell.timestamp);
  }
  return min ?? 0n;
}

function encodeMutation(w: ByteWriter, m: Mutation): void {
  w.string(m.tableId);
  w.i64(m.token);
  w.bytes(m.partitionKey);
  const base = minTimestamp(m);
  w.varbigint(base);
  const columns = new Map<string, number>();
  for (const row of m.rows) for (const { column } of row.cells) if (!columns.has(column)) columns.set(column, columns.size);
  w.varuint(columns.size);
  for (const name of columns.keys()) w.string(name);
  const rangeTombstones = m.rangeTombstones ?? [];
  w.u8((m.partitionDeletion ? MUTATION_FLAG_PARTITION_DELETION : 0) | (rangeTombstones.length > 0 ? MUTATION_FLAG_RANGE_TOMBSTONES : 0));
  if (m.partitionDeletion) encodeDeletion(w, base, m.partitionDeletion);
  if (rangeTombstones.length > 0) {
    w.varuint(rangeTombstones.length);
    for (const rt of rangeTombstones) {
      w.u8(
        (rt.start !== undefined ? BOUND_FLAG_START : 0) |
          (rt.startInclusive ? BOUND_FLAG_START_INCLUSIVE : 0) |
          (rt.end !== undefined ? BOUND_FLAG_END : 0) |
          (rt.endInclusive ? BOUND_FLAG_END_INCLUSIVE : 0),
      );
      if (rt.start !== undefined) w.bytes(rt.start);
      if (rt.end !== undefined) w.bytes(rt.end);
      encodeDeletion(w, base, rt.deletion);
    }
  }
  w.varuint(m.rows.length);
  for (const row of m.rows) {
    w.bytes(row.clustering);
    w.u8((row.liveness ? ROW_FLAG_LIVENESS : 0) | (row.deletion ? ROW_FLAG_DELETION : 0));
    if (row.liveness) {
      w.varbiguint(row.liveness.timestamp - base);
      w.varuint(row.liveness.ttlSeconds);
      w.varuint(row.liveness.localExpirationTime);
    }
    if (row.deletion) encodeDeletion(w, base, row.deletion);
    w.varuint(row.cells.length);
    for (const { column, cell } of row.cells) {
      w.varuint(columns.get(column) as number);
      const tombstone = cell.value === null;
      const flags =
        (tombstone ? CELL_FLAG_TOMBSTONE : 0) |
        (cell.ttlSeconds > 0 ? CELL_FLAG_TTL : 0) |
        (cell.localDeletionTime > 0 ? CELL_FLAG_LOCAL_DELETION_TIME : 0);
      w.u8(flags);
      w.varbiguint(cell.timestamp - base);
      if (cell.ttlSeconds > 0) w.varuint(cell.ttlSeconds);
      if (cell.localDeletionTime > 0) w.varuint(cell.localDeletionTime);
      if (cell.value !== null) w.bytes(cell.value);
    }
  }
}

function encodeDeletion(w: ByteWriter, base: bigint, d: DeletionTime): void {
  w.varbiguint(d.timestamp - base);
  w.varuint(d.localDeletionTime);
}

function decodeMutation(r: ByteReader): Mutation {
  const tableId = r.string(TABLE_ID_BYTES_MAX);
  const token = r.i64();
  const partitionKey = r.bytes(PARTITION_KEY_BYTES_MAX);
  const base = r.varbigint();
  checkTimestamp(base);
  const columnCount = r.varuint(COUNT_MAX);
  const columns: string[] = [];
  for (let i = 0; i < columnCount; i++) columns.push(r.string(COLUMN_NAME_BYTES_MAX));
  const flags = r.u8();
  checkFlags('mutation', flags, MUTATION_FLAG_PARTITION_DELETION | MUTATION_FLAG_RANGE_TOMBSTONES);
  const partitionDeletion = flags & MUTATION_FLAG_PARTITION_DELETION ? decodeDeletion(r, base) : undefined;
  const rangeTombstones: RangeTombstone[] = [];
  if (flags & MUTATION_FLAG_RANGE_TOMBSTONES) {
    const count = r.varuint(COUNT_MAX);
    if (count === 0) throw new DecodeError('range tombstone flag with no range tombstone');
    for (let i = 0; i < count; i++) {
      const bf = r.u8();
      checkFlags('range tombstone', bf, BOUND_FLAG_START | BOUND_FLAG_START_INCLUSIVE | BOUND_FLAG_END | BOUND_FLAG_END_INCLUSIVE);
      const rt: { -readonly [K in keyof RangeTombstone]: RangeTombstone[K] } = {
        startInclusive: (bf & BOUND_FLAG_START_INCLUSIVE) !== 0,
        endInclusive: (bf & BOUND_FLAG_END_INCLUSIVE) !== 0,
        deletion: { timestamp: 0n, localDeletionTime: 0 },
      };
      if (bf & BOUND_FLAG_START) rt.start = r.bytes(CLUSTERING_KEY_BYTES_MAX);
      if (bf & BOUND_FLAG_END) rt.end = r.bytes(CLUSTERING_KEY_BYTES_MAX);
      rt.deletion = decodeDeletion(r, base);
      rangeTombstones.push(rt);
    }
  }
  const rowCount = r.varuint(COUNT_MAX);
  const rows: RowUpdate[] = [];
  for (let i = 0; i < rowCount; i++) rows.push(decodeRow(r, base, columns));
  const m: { -readonly [K in keyof Mutation]: Mutation[K] } = { tableId, token, partitionKey, rows };
  if (partitionDeletion) m.partitionDeletion = partitionDeletion;
  if (rangeTombstones.length > 0) m.rangeTombstones = rangeTombstones;
  return m;
}

function decodeRow(r: ByteReader, base: bigint, columns: readonly string[]): RowUpdate {
  const clustering = r.bytes(CLUSTERING_KEY_BYTES_MAX);
  const flags = r.u8();
  checkFlags('row', flags, ROW_FLAG_LIVENESS | ROW_FLAG_DELETION);
  let liveness: Liveness | undefined;
  if (flags & ROW_FLAG_LIVENESS) {
    liveness = {
      timestamp: timestamp(r, base),
      ttlSeconds: r.varuint(TTL_SECONDS_MAX),
      localExpirationTime: r.varuint(LOCAL_TIME_SECONDS_MAX),
    };
  }
  const deletion = flags & ROW_FLAG_DELETION ? decodeDeletion(r, base) : undefined;
  const cellCount = r.varuint(COUNT_MAX);
  const cells: CellUpdate[] = [];
  for (let i = 0; i < cellCount; i++) {
    const column = columns[r.varuint(COUNT_MAX)];
    if (column === undefined) throw new DecodeError('cell column index out of range');
    const cellFlags = r.u8();
    checkFlags('cell', cellFlags, CELL_FLAG_TOMBSTONE | CELL_FLAG_TTL | CELL_FLAG_LOCAL_DELETION_TIME);
    const ts = timestamp(r, base);
    const ttlSeconds = cellFlags & CELL_FLAG_TTL ? r.varuint(TTL_SECONDS_MAX) : 0;
    const localDeletionTime = cellFlags & CELL_FLAG_LOCAL_DELETION_TIME ? r.varuint(LOCAL_TIME_SECONDS_MAX) : 0;
    const value = cellFlags & CELL_FLAG_TOMBSTONE ? null : r.bytes(Number.MAX_SAFE_INTEGER);
    const cell: Cell = { value, timestamp: ts, ttlSeconds, localDeletionTime };
    cells.push({ column, cell });
  }
  const row: { -readonly [K in keyof RowUpdate]: RowUpdate[K] } = { clustering, cells };
  if (liveness) row.liveness = liveness;
  if (deletion) row.deletion = deletion;
  return row;
}

function decodeDeletion(r: ByteReader, base: bigint): DeletionTime {
  return { timestamp: timestamp(r, base), localDeletionTime: r.varuint(LOCAL_TIME_SECONDS_MAX) };
}

function timestamp(r: ByteReader, base: bigint): bigint {
  const t = base + r.varbiguint();
  checkTimestamp(t);
  return t;
}

function checkTimestamp(t: bigint): void {
  if (t < TIMESTAMP_MIN || t > TIMESTAMP_MAX) throw new DecodeError(`timestamp ${t} out of range`);
}

function checkFlags(what: string, flags: number, known: number): void {
  if ((flags & ~known) !== 0) throw new DecodeError(`unknown ${what} flags 0x${flags.toString(16)}`);
}
