// RESULT bodies of the CQL native protocol v4 (native_protocol_v4.spec, section 4.2.5):
// Void, Rows, Set_keyspace, Prepared and Schema_change, from the executor's protocol-neutral
// ExecResult and PreparedInfo. Values are already serialized in the protocol's formats
// (section 6), so rows go out byte for byte.
import { formatType, type CqlType } from '@cassia/cql-lite';
import type { ExecResult, MarkerSpec, PreparedInfo, ResultColumn } from '../results.js';
import { BodyWriter } from './primitives.js';

/** RESULT <kind>. DO NOT CHANGE: part of the wire protocol. */
export const ResultKind = {
  VOID: 0x0001,
  ROWS: 0x0002,
  SET_KEYSPACE: 0x0003,
  PREPARED: 0x0004,
  SCHEMA_CHANGE: 0x0005,
} as const;

/** Flags of Rows (and Prepared) metadata. DO NOT CHANGE: part of the wire protocol. */
export const RowsFlag = {
  GLOBAL_TABLES_SPEC: 0x0001,
  HAS_MORE_PAGES: 0x0002,
  NO_METADATA: 0x0004,
} as const;

/** [option] ids of the native types (section 4.2.5.2). DO NOT CHANGE: part of the wire protocol. */
export const TYPE_OPTION_IDS: Readonly<Record<string, number>> = {
  ascii: 0x0001,
  bigint: 0x0002,
  blob: 0x0003,
  boolean: 0x0004,
  counter: 0x0005,
  decimal: 0x0006,
  double: 0x0007,
  float: 0x0008,
  int: 0x0009,
  timestamp: 0x000b,
  uuid: 0x000c,
  text: 0x000d,
  varint: 0x000e,
  timeuuid: 0x000f,
  inet: 0x0010,
  date: 0x0011,
  time: 0x0012,
  smallint: 0x0013,
  tinyint: 0x0014,
};
export const TypeOption = { CUSTOM: 0x0000, LIST: 0x0020, MAP: 0x0021, SET: 0x0022 } as const;
/** v4 has no id for duration: Cassandra sends it as a custom type with this class. */
export const DURATION_CLASS = 'org.apache.cassandra.db.marshal.DurationType';

/** Writes the [option] describing `type`; frozen<> does not show (the bytes are the same). */
export function writeTypeOption(w: BodyWriter, type: CqlType): void {
  switch (type.kind) {
    case 'native': {
      if (type.name === 'duration') {
        w.short(TypeOption.CUSTOM).string(DURATION_CLASS);
        return;
      }
      const id = TYPE_OPTION_IDS[type.name];
      if (id === undefined) throw new Error(`no native protocol type id for ${type.name}`);
      w.short(id);
      return;
    }
    case 'list':
      w.short(TypeOption.LIST);
      writeTypeOption(w, type.element);
      return;
    case 'set':
      w.short(TypeOption.SET);
      writeTypeOption(w, type.element);
      return;
    case 'map':
      w.short(TypeOption.MAP);
      writeTypeOption(w, type.key);
      writeTypeOption(w, type.value);
      return;
    case 'frozen':
      writeTypeOption(w, type.inner);
      return;
    case 'udt':
      // Cassia has no user-defined types; a schema never holds one (assertSupportedType).
      throw new Error(`user-defined type ${formatType(type)} cannot be described`);
  }
}

/** The table every spec belongs to, when there is exactly one (the Global_tables_spec flag). */
function globalTable(specs: readonly { keyspace: string; table: string }[]): { keyspace: string; table: string } | undefined {
  const first = specs[0];
  if (first === undefined) return undefined;
  return specs.every((s) => s.keyspace === first.keyspace && s.table === first.table) ? first : undefined;
}

/** <global_table_spec>?<col_spec_1>...<col_spec_n>, after the flags have been chosen with `global`. */
function writeColumnSpecs(w: BodyWriter, specs: readonly (ResultColumn | MarkerSpec)[], global: { keyspace: string; table: string } | undefined): void {
  if (global !== undefined) w.string(global.keyspace).string(global.table);
  for (const s of specs) {
    if (global === undefined) w.string(s.keyspace).string(s.table);
    w.string(s.name);
    writeTypeOption(w, s.type);
  }
}

/** Rows <metadata>: flags, column count, paging state, column specs (none with skipMetadata). */
export function writeRowsMetadata(
  w: BodyWriter,
  columns: readonly ResultColumn[] | undefined,
  options: { pagingState?: Uint8Array | undefined; skipMetadata?: boolean },
): void {
  const noMetadata = columns === undefined || options.skipMetadata === true;
  const global = noMetadata ? undefined : globalTable(columns);
  let flags = 0;
  if (global !== undefined) flags |= RowsFlag.GLOBAL_TABLES_SPEC;
  if (options.pagingState !== undefined) flags |= RowsFlag.HAS_MORE_PAGES;
  if (noMetadata) flags |= RowsFlag.NO_METADATA;
  w.int(flags).int(columns?.length ?? 0);
  if (options.pagingState !== undefined) w.bytes(options.pagingState);
  if (!noMetadata) w.raw(columnSpecsBytes(columns, global));
}

/**
 * The encoded column specs of a list of result columns, kept while the list lives: the
 * executor hands out one list per table schema for `SELECT *`, so its every result reuses
 * the bytes (about 1 µs of string encoding per column otherwise).
 */
const columnSpecsCache = new WeakMap<readonly ResultColumn[], Uint8Array>();

function columnSpecsBytes(columns: readonly ResultColumn[], global: { keyspace: string; table: string } | undefined): Uint8Array {
  let bytes = columnSpecsCache.get(columns);
  if (bytes === undefined) {
    const w = new BodyWriter();
    writeColumnSpecs(w, columns, global);
    bytes = w.finish();
    columnSpecsCache.set(columns, bytes);
  }
  return bytes;
}

/** The bytes a client sends back to continue after this page: the executor's state as UTF-8. */
export function pagingStateBytes(state: string | null): Uint8Array | undefined {
  return state === null ? undefined : new TextEncoder().encode(state);
}

/** A RESULT body for an execution result. `skipMetadata`: the request's Skip_metadata flag. */
export function encodeResult(result: ExecResult, skipMetadata = false): Uint8Array {
  const w = new BodyWriter();
  switch (result.kind) {
    case 'void':
      w.int(ResultKind.VOID);
      break;
    case 'rows': {
      w.int(ResultKind.ROWS);
      writeRowsMetadata(w, result.columns, { pagingState: pagingStateBytes(result.pagingState), skipMetadata });
      w.int(result.rows.length);
      const width = result.columns.length;
      for (const row of result.rows) {
        if (row.length !== width) throw new Error(`a row of ${row.length} values under ${width} columns`);
        for (const value of row) w.bytes(value);
      }
      break;
    }
    case 'set_keyspace':
      w.int(ResultKind.SET_KEYSPACE).string(result.keyspace);
      break;
    case 'schema_change':
      w.int(ResultKind.SCHEMA_CHANGE);
      writeSchemaChange(w, result);
      break;
  }
  return w.finish();
}

/** <change_type><target><options> of a Schema_change result or a SCHEMA_CHANGE event. */
export function writeSchemaChange(w: BodyWriter, change: { change: string; target: 'KEYSPACE' | 'TABLE'; keyspace: string; name?: string }): void {
  w.string(change.change).string(change.target).string(change.keyspace);
  if (change.target === 'TABLE') {
    if (change.name === undefined) throw new Error('a TABLE schema change names its table');
    w.string(change.name);
  }
}

/** A Prepared RESULT body: id, bind marker metadata with partition key indexes, result metadata. */
export function encodePrepared(id: Uint8Array, info: PreparedInfo): Uint8Array {
  const w = new BodyWriter().int(ResultKind.PREPARED).shortBytes(id);
  const global = globalTable(info.markers);
  w.int(global === undefined ? 0 : RowsFlag.GLOBAL_TABLES_SPEC).int(info.markers.length).int(info.partitionKeyIndexes.length);
  for (const i of info.partitionKeyIndexes) w.short(i);
  writeColumnSpecs(w, info.markers, global);
  writeRowsMetadata(w, info.resultColumns, {});
  return w.finish();
}
