// Binding INSERT to a table, and what every modification binder shares: USING values,
// primary-key values, and the WHERE clause of UPDATE and DELETE.
//
// Contract: binders return serialized, validated values (keys in key order, clustering keys
// encoded with encodeClustering) or throw InvalidRequest with Cassandra's message. Nothing
// Cassia cannot execute is silently ignored: lightweight transactions (IF ...), counters and
// IN in UPDATE/DELETE are rejected with "... not supported yet".
//
// Static rows: `clustering` is the empty key for the static row. An INSERT that sets only
// static columns may omit the clustering columns (cells then go to the static row); in an
// INSERT that names clustering values, static cells still belong to the partition's static
// row, and the caller routes them there by the column's kind. INSERT always implies a row
// marker (primary-key liveness), UPDATE does not.

import type { InsertStatement, Relation, Term } from './ast.js';
import { decodeClustering, encodeClustering } from './clustering.js';
import { InvalidRequest } from './errors.js';
import { termValue, type ParamResolver } from './params.js';
import { checkKeyLength, encodePartitionKey } from './partition-key.js';
import {
  collectRestrictions,
  isClusteringSlice,
  isSliceRestriction,
  nullInCondition,
  undefinedColumn,
  type WhereRestrictions,
} from './restrictions.js';
import { MAX_TTL_SECONDS, findColumn, type ColumnSchema, type TableSchema } from './schema.js';
import type { CqlType } from './types.js';

export interface BoundInsert {
  /** Serialized values in partition-key order. */
  partitionKey: Uint8Array[];
  /** encodeClustering of all clustering values; empty for the static row or a table without clustering. */
  clustering: Uint8Array;
  /** Regular and static columns named in the INSERT, in statement order; null deletes the cell. */
  cells: { column: string; value: Uint8Array | null }[];
  /** USING TIMESTAMP, microseconds since the epoch. */
  timestamp?: bigint;
  /** USING TTL in seconds; 0 means "no TTL" (overrides the table's default_time_to_live). */
  ttlSeconds?: number;
}

const INT: CqlType = { kind: 'native', name: 'int' };
const BIGINT: CqlType = { kind: 'native', name: 'bigint' };

export function clusteringTypes(table: TableSchema): CqlType[] {
  return table.clustering.map((name) => (findColumn(table, name) as ColumnSchema).type);
}

/** An int from 4 serialized bytes. */
export function readInt(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0);
}

/** USING TTL: an int in [0, MAX_TTL_SECONDS]. */
export function bindTtl(term: Term, resolve: ParamResolver): number {
  const bytes = termValue(term, INT, '[ttl]', resolve);
  if (bytes === null) throw new InvalidRequest('Invalid null value of TTL');
  const ttl = readInt(bytes);
  if (ttl < 0) throw new InvalidRequest(`A TTL must be greater or equal to 0, but was ${ttl}`);
  if (ttl > MAX_TTL_SECONDS) throw new InvalidRequest(`ttl is too large. requested (${ttl}) maximum (${MAX_TTL_SECONDS})`);
  return ttl;
}

/** USING TIMESTAMP: a bigint of microseconds. */
export function bindTimestamp(term: Term, resolve: ParamResolver): bigint {
  const bytes = termValue(term, BIGINT, '[timestamp]', resolve);
  if (bytes === null) throw new InvalidRequest('Invalid null value of timestamp');
  return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0);
}

/** `timestamp` and `ttlSeconds` of a USING clause, each only when given. */
export function bindUsing(stmt: { ttl?: Term; timestamp?: Term }, resolve: ParamResolver): { timestamp?: bigint; ttlSeconds?: number } {
  const out: { timestamp?: bigint; ttlSeconds?: number } = {};
  if (stmt.timestamp !== undefined) out.timestamp = bindTimestamp(stmt.timestamp, resolve);
  if (stmt.ttl !== undefined) out.ttlSeconds = bindTtl(stmt.ttl, resolve);
  return out;
}

/** Lightweight transactions are parsed but not executed yet: never silently ignored. */
export function lwtNotSupported(what: string): InvalidRequest {
  return new InvalidRequest(`Lightweight transactions (${what}) are not supported yet`);
}

export function countersNotSupported(): InvalidRequest {
  return new InvalidRequest('counters are not supported yet');
}

export function isCounterColumn(column: ColumnSchema): boolean {
  return column.type.kind === 'native' && column.type.name === 'counter';
}

/** Binds an INSERT (calling resolve.checkMarkers first). */
export function bindInsert(stmt: InsertStatement, table: TableSchema, resolve: ParamResolver): BoundInsert {
  resolve.checkMarkers?.(stmt.markers);
  return bindInsertUnchecked(stmt, table, resolve);
}

/** bindInsert without the marker-count check (a BATCH checks all its markers at once). */
export function bindInsertUnchecked(stmt: InsertStatement, table: TableSchema, resolve: ParamResolver): BoundInsert {
  if (stmt.ifNotExists) throw lwtNotSupported('IF NOT EXISTS');
  if (table.columns.some(isCounterColumn)) throw new InvalidRequest('INSERT statements are not allowed on counter tables, use UPDATE instead');
  if (stmt.columns.length !== stmt.values.length) throw new InvalidRequest('Unmatched column names/values');
  if (new Set(stmt.columns).size !== stmt.columns.length) throw new InvalidRequest('The column names contains duplicates');
  const values = new Map<string, Uint8Array | null>();
  const cells: BoundInsert['cells'] = [];
  stmt.columns.forEach((name, i) => {
    const column = findColumn(table, name);
    if (column === undefined) throw undefinedColumn(name);
    const value = termValue(stmt.values[i] as Term, column.type, name, resolve);
    values.set(name, value);
    if (column.kind === 'regular' || column.kind === 'static') cells.push({ column: name, value });
  });

  const missingPk = table.partitionKey.filter((n) => !values.has(n));
  if (missingPk.length > 0) throw new InvalidRequest(`Some partition key parts are missing: ${missingPk.join(', ')}`);
  const partitionKey = table.partitionKey.map((n) => keyValue(values.get(n) ?? null, n));
  encodePartitionKey(partitionKey);

  const given = table.clustering.filter((n) => values.has(n));
  let clustering: Uint8Array = new Uint8Array(0);
  if (given.length < table.clustering.length) {
    const firstMissing = table.clustering.findIndex((n) => !values.has(n));
    const after = table.clustering.slice(firstMissing + 1).find((n) => values.has(n));
    if (after !== undefined) {
      throw new InvalidRequest(
        `PRIMARY KEY column "${after}" cannot be restricted as preceding column "${table.clustering[firstMissing]}" is not restricted`,
      );
    }
    const onlyStatic = cells.length > 0 && given.length === 0 && cells.every((c) => findColumn(table, c.column)?.kind === 'static');
    if (!onlyStatic) {
      const missing = table.clustering.filter((n) => !values.has(n));
      throw new InvalidRequest(`Some clustering keys are missing: ${missing.join(', ')}`);
    }
  } else if (table.clustering.length > 0) {
    const ck = table.clustering.map((n) => keyValue(values.get(n) ?? null, n));
    clustering = encodeClustering(clusteringTypes(table), table.clusteringOrder, ck);
  }
  return { partitionKey, clustering, cells, ...bindUsing(stmt, resolve) };
}

/** A primary-key value: never null, at most PARTITION_KEY_BYTES_MAX bytes. */
export function keyValue(value: Uint8Array | null, column: string): Uint8Array {
  if (value === null) throw nullInCondition(column);
  checkKeyLength(value);
  return value;
}

/**
 * The WHERE clause of an UPDATE or DELETE, checked in Cassandra's order: the partition key
 * by `=` on every column (no token()), then the static-only rule, then the clustering
 * columns (UPDATE: `=` on all unless only static columns change; DELETE: a prefix, the last
 * one possibly a slice), then no other columns. IN is not supported yet.
 */
export function modificationWhere(
  type: 'UPDATE' | 'DELETE',
  where: readonly Relation[],
  table: TableSchema,
  resolve: ParamResolver,
  onlyStatic: boolean,
): { partitionKey: Uint8Array[]; restrictions: WhereRestrictions } {
  const r = collectRestrictions(where, table, resolve, false);
  if (r.token !== undefined) throw new InvalidRequest(`The token function cannot be used in WHERE clauses for ${type} statements`);
  const missingPk = table.partitionKey.filter((n) => !r.partitionKey.has(n));
  if (missingPk.length > 0) throw new InvalidRequest(`Some partition key parts are missing: ${missingPk.join(', ')}`);
  if ([...r.partitionKey.values()].some(isSliceRestriction)) {
    throw new InvalidRequest(
      `Only EQ and IN relation are supported on the partition key (unless you use the token() function) for ${type} statements`,
    );
  }
  if (onlyStatic && r.clustering.length > 0) {
    throw new InvalidRequest(`Invalid restrictions on clustering columns since the ${type} statement modifies only static columns`);
  }
  if (type === 'UPDATE') {
    if (r.clustering.some(isClusteringSlice)) {
      throw new InvalidRequest('Slice restrictions are not supported on the clustering columns in UPDATE statements');
    }
    const restricted = new Set(r.clustering.flatMap((c) => c.columns.map((col) => col.name)));
    const missing = table.clustering.filter((n) => !restricted.has(n));
    if (!onlyStatic && missing.length > 0) throw new InvalidRequest(`Some clustering keys are missing: ${missing.join(', ')}`);
  }
  const nonKey = [...r.nonKey.keys()];
  if (nonKey.length > 0) throw new InvalidRequest(`Non PRIMARY KEY columns found in where clause: ${nonKey.join(', ')}`);
  for (const pk of r.partitionKey.values()) {
    if (pk.isIn) throw new InvalidRequest(`IN restrictions in ${type} are not supported yet (column ${pk.column.name})`);
  }
  for (const ck of r.clustering) {
    if (ck.isIn) throw new InvalidRequest(`IN restrictions in ${type} are not supported yet (column ${ck.columns.map((c) => c.name).join(', ')})`);
  }
  const partitionKey = table.partitionKey.map((n) => keyValue(r.partitionKey.get(n)?.values?.[0] ?? null, n));
  encodePartitionKey(partitionKey);
  return { partitionKey, restrictions: r };
}

/** The clustering values fixed by `=` restrictions from the first clustering column on, in key order. */
export function equalityPrefix(r: WhereRestrictions): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const c of r.clustering) {
    if (c.tuples === undefined || c.tuples.length !== 1 || (c.columns[0] as ColumnSchema).position !== out.length) break;
    const tuple = c.tuples[0] as Uint8Array[];
    c.columns.forEach((col, i) => out.push(keyValue(tuple[i] ?? null, col.name)));
  }
  return out;
}

/** The key columns' serialized values of one stored row, by column name. */
export function decodeRowKey(table: TableSchema, partitionKey: Uint8Array[], clustering: Uint8Array): Map<string, Uint8Array> {
  if (partitionKey.length !== table.partitionKey.length) {
    throw new Error(`decodeRowKey: ${partitionKey.length} partition key values for ${table.partitionKey.length} columns`);
  }
  const out = new Map<string, Uint8Array>();
  table.partitionKey.forEach((name, i) => out.set(name, partitionKey[i] as Uint8Array));
  const values = decodeClustering(clusteringTypes(table), table.clusteringOrder, clustering);
  values.forEach((v, i) => out.set(table.clustering[i] as string, v));
  return out;
}
