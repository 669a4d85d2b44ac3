// Binding INSERT and DELETE to a table: AST + schema + bind values → the mutation to apply.
//
// Contract: bindInsert / bindDelete return serialized, validated values (keys in key order,
// the clustering key encoded with encodeClustering) or throw InvalidRequest with
// Cassandra's message. Nothing the milestone cannot execute is silently ignored: LWT
// conditions, range deletions and IN in DELETE are rejected.
//
// Static rows: `clustering` is the empty key for the static row. An INSERT that sets only
// static columns may omit the clustering columns (cells then go to the static row); in an
// INSERT that names clustering values, static cells still belong to the partition's static
// row, and the caller routes them there by the column's kind. INSERT always implies a row
// marker (primary-key liveness), UPDATE will not.

import type { DeleteStatement, InsertStatement, Term } from './ast.js';
import { decodeClustering, encodeClustering } from './clustering.js';
import { InvalidRequest } from './errors.js';
import { resolveTerm, type ParamResolver } from './params.js';
import { checkKeyLength, encodePartitionKey } from './partition-key.js';
import {
  collectRestrictions,
  isSliceRestriction,
  nonKeyRestrictions,
  nullInCondition,
  restrictedClusteringPrefix,
  undefinedColumn,
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

export interface BoundDelete {
  partitionKey: Uint8Array[];
  /** Full clustering key of the row; empty for the static row; absent to delete the partition. */
  clustering?: Uint8Array;
  /** Columns to delete; empty deletes the whole row (or partition). */
  columns: string[];
  timestamp?: bigint;
}

const INT: CqlType = { kind: 'native', name: 'int' };
const BIGINT: CqlType = { kind: 'native', name: 'bigint' };

export function clusteringTypes(table: TableSchema): CqlType[] {
  return table.clustering.map((name) => (findColumn(table, name) as ColumnSchema).type);
}

/** USING TTL: an int in [0, MAX_TTL_SECONDS]. */
export function bindTtl(term: Term, resolve: ParamResolver): number {
  const bytes = resolveTerm(term, INT, '[ttl]', resolve);
  if (bytes === null) throw new InvalidRequest('Invalid null value of TTL');
  const ttl = new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0);
  if (ttl < 0) throw new InvalidRequest(`A TTL must be greater or equal to 0, but was ${ttl}`);
  if (ttl > MAX_TTL_SECONDS) throw new InvalidRequest(`ttl is too large. requested (${ttl}) maximum (${MAX_TTL_SECONDS})`);
  return ttl;
}

/** USING TIMESTAMP: a bigint of microseconds. */
export function bindTimestamp(term: Term, resolve: ParamResolver): bigint {
  const bytes = resolveTerm(term, BIGINT, '[timestamp]', resolve);
  if (bytes === null) throw new InvalidRequest('Invalid null value of timestamp');
  return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0);
}

export function bindInsert(stmt: InsertStatement, table: TableSchema, resolve: ParamResolver): BoundInsert {
  if (stmt.ifNotExists) throw new InvalidRequest('Lightweight transactions (IF NOT EXISTS) are not supported yet');
  resolve.checkMarkers?.(stmt.markers);
  if (stmt.columns.length !== stmt.values.length) throw new InvalidRequest('Unmatched column names/values');
  if (new Set(stmt.columns).size !== stmt.columns.length) throw new InvalidRequest('The column names contains duplicates');
  const values = new Map<string, Uint8Array | null>();
  const cells: BoundInsert['cells'] = [];
  stmt.columns.forEach((name, i) => {
    const column = findColumn(table, name);
    if (column === undefined) throw undefinedColumn(name);
    const value = resolveTerm(stmt.values[i] as Term, column.type, name, resolve);
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

  const out: BoundInsert = { partitionKey, clustering, cells };
  if (stmt.timestamp !== undefined) out.timestamp = bindTimestamp(stmt.timestamp, resolve);
  if (stmt.ttl !== undefined) out.ttlSeconds = bindTtl(stmt.ttl, resolve);
  return out;
}

/** A primary-key value: never null, at most PARTITION_KEY_BYTES_MAX bytes. */
function keyValue(value: Uint8Array | null, column: string): Uint8Array {
  if (value === null) throw nullInCondition(column);
  checkKeyLength(value);
  return value;
}

export function bindDelete(stmt: DeleteStatement, table: TableSchema, resolve: ParamResolver): BoundDelete {
  if (stmt.ifExists) throw new InvalidRequest('Lightweight transactions (IF EXISTS) are not supported yet');
  resolve.checkMarkers?.(stmt.markers);
  const columns: string[] = [];
  for (const target of stmt.targets) {
    const column = findColumn(table, target.column);
    if (column === undefined) throw undefinedColumn(target.column);
    if (column.kind === 'partition_key' || column.kind === 'clustering') {
      throw new InvalidRequest(`Invalid identifier ${column.name} for deletion (should not be a PRIMARY KEY part)`);
    }
    if (!columns.includes(column.name)) columns.push(column.name);
  }

  const restrictions = collectRestrictions(stmt.where, table, resolve);
  const nonKey = nonKeyRestrictions(restrictions);
  if (nonKey.length > 0) throw new InvalidRequest(`Non PRIMARY KEY columns found in where clause: ${nonKey.join(', ')}`);
  for (const r of restrictions.values()) {
    if (r.isIn) throw new InvalidRequest(`IN restrictions in DELETE are not supported yet (column ${r.column.name})`);
    if (isSliceRestriction(r) && r.column.kind === 'partition_key') {
      throw new InvalidRequest('Only EQ and IN relation are supported on the partition key (unless you use the token() function)');
    }
  }
  const missingPk = table.partitionKey.filter((n) => !restrictions.has(n));
  if (missingPk.length > 0) throw new InvalidRequest(`Some partition key parts are missing: ${missingPk.join(', ')}`);
  const partitionKey = table.partitionKey.map((n) => keyValue(restrictions.get(n)?.values?.[0] ?? null, n));
  encodePartitionKey(partitionKey);

  const prefix = restrictedClusteringPrefix(table, restrictions);
  const sliced = table.clustering.find((n) => {
    const r = restrictions.get(n);
    return r !== undefined && isSliceRestriction(r);
  });
  if (sliced !== undefined) throw new InvalidRequest(`Range deletions are not supported yet (slice on ${sliced})`);

  const out: BoundDelete = { partitionKey, columns };
  if (stmt.timestamp !== undefined) out.timestamp = bindTimestamp(stmt.timestamp, resolve);
  if (prefix === table.clustering.length && (prefix > 0 || columns.length > 0)) {
    // A row (or, without clustering columns, the partition's only row) or its columns.
    const ck = table.clustering.map((n) => keyValue(restrictions.get(n)?.values?.[0] ?? null, n));
    out.clustering = encodeClustering(clusteringTypes(table), table.clusteringOrder, ck);
    return out;
  }
  if (prefix === 0 && columns.length === 0) return out; // the whole partition
  const regular = columns.find((n) => findColumn(table, n)?.kind === 'regular');
  if (regular !== undefined) {
    const missing = table.clustering[prefix] as string;
    throw new InvalidRequest(`Primary key column '${missing}' must be specified in order to delete column '${regular}'`);
  }
  if (columns.length > 0) {
    out.clustering = new Uint8Array(0); // only static columns: the static row
    return out;
  }
  const missing = table.clustering.slice(prefix).join(', ');
  throw new InvalidRequest(`Range deletions are not supported yet (restrict every clustering column; missing: ${missing})`);
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
