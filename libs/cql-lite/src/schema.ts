// Table and keyspace schemas: built from CREATE statements and validated like Cassandra.
//
// Contract: schemas are plain JSON-serializable data (they live in cluster metadata).
// tableFromCreate / keyspaceFromCreate and alterTable / alterKeyspace (the schema after an
// ALTER) throw InvalidRequest or ConfigurationError with Cassandra's messages;
// validateTable re-checks a stored TableSchema's invariants.
// A table's `columns` are in select order: partition key, clustering, then static and
// regular columns each sorted by name (UTF-8 byte order), which is what `SELECT *` returns.

import type {
  AlterKeyspaceStatement,
  AlterTableStatement,
  CreateKeyspaceStatement,
  CreateTableStatement,
  OptionValue,
  TableName,
} from './ast.js';
import { compareUtf8 } from './bytes.js';
import type { ClusteringOrder } from './clustering.js';
import { ConfigurationError, InvalidRequest } from './errors.js';
import { assertSupportedType, type CqlType } from './types.js';

export type ColumnKind = 'partition_key' | 'clustering' | 'regular' | 'static';

export interface ColumnSchema {
  name: string;
  type: CqlType;
  kind: ColumnKind;
  /** Index within the partition key or clustering columns; -1 for regular and static columns. */
  position: number;
}

export interface TableSchema {
  keyspace: string;
  name: string;
  /** A UUID chosen by whoever creates the table. */
  id: string;
  columns: ColumnSchema[];
  partitionKey: string[];
  clustering: string[];
  clusteringOrder: ClusteringOrder[];
  /** WITH options other than CLUSTERING ORDER: string, number, boolean, or a map of strings. */
  options: Record<string, unknown>;
}

export interface KeyspaceSchema {
  name: string;
  /** 'class' holds Cassandra's full class name, e.g. org.apache.cassandra.locator.SimpleStrategy. */
  replication: Record<string, string>;
  durableWrites: boolean;
}

/** Longest TTL Cassandra accepts: 20 years, in seconds. */
export const MAX_TTL_SECONDS = 630_720_000;
export const SIMPLE_STRATEGY_CLASS = 'org.apache.cassandra.locator.SimpleStrategy';
export const NETWORK_TOPOLOGY_STRATEGY_CLASS = 'org.apache.cassandra.locator.NetworkTopologyStrategy';
const STRATEGY_PACKAGE = 'org.apache.cassandra.locator.';

export function findColumn(table: TableSchema, name: string): ColumnSchema | undefined {
  return table.columns.find((c) => c.name === name);
}

/** The keyspace a statement's table name refers to, given the session's current keyspace. */
export function resolveKeyspace(table: TableName, current: string | undefined): string {
  const ks = table.keyspace ?? current;
  if (ks === undefined) {
    throw new InvalidRequest('No keyspace has been specified. USE a keyspace, or explicitly specify keyspace.tablename');
  }
  return ks;
}

export function tableFromCreate(stmt: CreateTableStatement, keyspace: string, id: string): TableSchema {
  const types = new Map<string, CqlType>();
  for (const col of stmt.columns) {
    if (types.has(col.name)) throw new InvalidRequest(`Multiple definition of identifier ${col.name}`);
    types.set(col.name, col.type);
  }
  for (const col of stmt.columns) assertSupportedType(col.type);
  const inline = stmt.columns.filter((c) => c.primaryKey);
  if (inline.length + (stmt.primaryKey === undefined ? 0 : 1) > 1) {
    throw new InvalidRequest('Multiple PRIMARY KEYs specifed (exactly one required)');
  }
  const key = stmt.primaryKey ?? (inline[0] === undefined ? undefined : { partitionKey: [inline[0].name], clustering: [] });
  if (key === undefined) throw new InvalidRequest('No PRIMARY KEY specifed (exactly one required)');

  const statics = new Set(stmt.columns.filter((c) => c.static).map((c) => c.name));
  const inKey = new Set<string>();
  for (const name of [...key.partitionKey, ...key.clustering]) {
    if (!types.has(name)) throw new InvalidRequest(`Unknown definition ${name} referenced in PRIMARY KEY`);
    if (inKey.has(name)) throw new InvalidRequest(`Duplicate column '${name}' in PRIMARY KEY clause for table '${stmt.table.name}'`);
    if (statics.has(name)) throw new InvalidRequest(`Static column '${name}' cannot be part of the PRIMARY KEY`);
    inKey.add(name);
  }
  const clusteringOrder = checkClusteringOrder(stmt, key.clustering);
  if (key.clustering.length === 0 && statics.size > 0) {
    throw new InvalidRequest('Static columns are only useful (and thus allowed) if the table has at least one clustering column');
  }

  const rest = stmt.columns.map((c) => c.name).filter((n) => !inKey.has(n));
  const columns = selectOrderColumns([
    ...key.partitionKey.map((name, position) => ({ name, type: types.get(name) as CqlType, kind: 'partition_key' as const, position })),
    ...key.clustering.map((name, position) => ({ name, type: types.get(name) as CqlType, kind: 'clustering' as const, position })),
    ...rest.map((name) => ({ name, type: types.get(name) as CqlType, kind: statics.has(name) ? ('static' as const) : ('regular' as const), position: -1 })),
  ]);
  const table: TableSchema = {
    keyspace,
    name: stmt.table.name,
    id,
    columns,
    partitionKey: [...key.partitionKey],
    clustering: [...key.clustering],
    clusteringOrder,
    options: tableOptions(stmt.options),
  };
  validateTable(table);
  return table;
}

/** Columns in select order: partition key and clustering by position, then static and regular ones by name. */
function selectOrderColumns(columns: ColumnSchema[]): ColumnSchema[] {
  const rank: Record<ColumnKind, number> = { partition_key: 0, clustering: 1, static: 2, regular: 3 };
  return [...columns].sort((a, b) => rank[a.kind] - rank[b.kind] || a.position - b.position || compareUtf8(a.name, b.name));
}

/**
 * The schema of `table` after an ALTER TABLE (same id), with Cassandra's messages:
 * ADD refuses existing names and static columns without clustering columns; DROP refuses
 * unknown and primary-key columns; WITH validates the options like CREATE TABLE.
 */
export function alterTable(table: TableSchema, stmt: AlterTableStatement): TableSchema {
  const action = stmt.action;
  switch (action.kind) {
    case 'add': {
      const columns = [...table.columns];
      for (const c of action.columns) {
        if (columns.some((e) => e.name === c.name)) throw new InvalidRequest(`Column with name '${c.name}' already exists`);
        assertSupportedType(c.type);
        if (c.static && table.clustering.length === 0) {
          throw new InvalidRequest('Static columns are only useful (and thus allowed) if the table has at least one clustering column');
        }
        columns.push({ name: c.name, type: c.type, kind: c.static ? 'static' : 'regular', position: -1 });
      }
      return checked({ ...table, columns: selectOrderColumns(columns) });
    }
    case 'drop': {
      const dropped = new Set<string>();
      for (const name of action.columns) {
        const column = findColumn(table, name);
        if (column === undefined) throw new InvalidRequest(`Column ${name} was not found in table '${table.keyspace}.${table.name}'`);
        if (column.kind === 'partition_key' || column.kind === 'clustering') throw new InvalidRequest(`Cannot drop PRIMARY KEY column ${name}`);
        dropped.add(name);
      }
      return checked({ ...table, columns: table.columns.filter((c) => !dropped.has(c.name)) });
    }
    case 'options':
      return checked({ ...table, options: { ...table.options, ...tableOptions(action.options) } });
  }
}

function checked(table: TableSchema): TableSchema {
  validateTable(table);
  return table;
}

/** The schema of `keyspace` after an ALTER KEYSPACE: replication and durable_writes as given, else kept. */
export function alterKeyspace(keyspace: KeyspaceSchema, stmt: AlterKeyspaceStatement): KeyspaceSchema {
  const out: KeyspaceSchema = { ...keyspace, replication: { ...keyspace.replication } };
  if (stmt.replication !== undefined) {
    const create: CreateKeyspaceStatement = { kind: 'create_keyspace', keyspace: stmt.keyspace, ifNotExists: false, replication: stmt.replication };
    out.replication = keyspaceFromCreate(create).replication;
  }
  if (stmt.durableWrites !== undefined) out.durableWrites = stmt.durableWrites;
  return out;
}

/** Cassandra's CLUSTERING ORDER rules: clustering columns only, in key order, a prefix allowed. */
function checkClusteringOrder(stmt: CreateTableStatement, clustering: string[]): ClusteringOrder[] {
  const given = stmt.clusteringOrder;
  const seen = new Set<string>();
  for (const { column } of given) {
    if (!clustering.includes(column)) throw new InvalidRequest('Only clustering columns can be defined in CLUSTERING ORDER directive');
    if (seen.has(column)) throw new InvalidRequest(`Duplicate column ${column} in CLUSTERING ORDER directive`);
    seen.add(column);
  }
  given.forEach(({ column }, n) => {
    const expected = clustering[n] as string;
    if (column === expected) return;
    if (seen.has(expected)) {
      throw new InvalidRequest(
        `The order of columns in the CLUSTERING ORDER directive must match that of the clustering columns (${expected} must appear before ${column})`,
      );
    }
    throw new InvalidRequest(`Missing CLUSTERING ORDER for column ${expected}`);
  });
  return clustering.map((c) => given.find((g) => g.column === c)?.order ?? 'ASC');
}

function optionToJs(v: OptionValue): unknown {
  if (v.kind === 'map') return Object.fromEntries(v.entries.map(([k, val]) => [k.text, val.text]));
  switch (v.type) {
    case 'integer':
    case 'float':
      return Number(v.text);
    case 'boolean':
      return v.text === 'true';
    case 'null':
      return null;
    default:
      return v.text;
  }
}

function tableOptions(options: Record<string, OptionValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) out[name] = optionToJs(value);
  for (const [name, max] of [
    ['default_time_to_live', MAX_TTL_SECONDS],
    ['gc_grace_seconds', 2 ** 31 - 1],
  ] as const) {
    if (!Object.hasOwn(out, name)) continue;
    const v = out[name];
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new ConfigurationError(`Invalid value for ${name}: expected an integer, got ${JSON.stringify(v)}`);
    if (v < 0) throw new ConfigurationError(`${name} must be greater than or equal to 0 (got ${v})`);
    if (v > max) throw new ConfigurationError(`${name} must be less than or equal to ${max} (got ${v})`);
  }
  return out;
}

/** Throws InvalidRequest unless `table` is internally consistent and uses supported types only. */
export function validateTable(table: TableSchema): void {
  const bad = (why: string): never => {
    throw new InvalidRequest(`Invalid schema for table ${table.keyspace}.${table.name}: ${why}`);
  };
  if (table.name === '' || table.keyspace === '') bad('empty name');
  if (table.partitionKey.length === 0) bad('no partition key');
  if (table.clusteringOrder.length !== table.clustering.length) bad('clusteringOrder does not match clustering');
  if (table.clusteringOrder.some((o) => o !== 'ASC' && o !== 'DESC')) bad('clusteringOrder holds something other than ASC/DESC');
  const names = new Set<string>();
  for (const col of table.columns) {
    if (names.has(col.name)) bad(`column ${col.name} defined twice`);
    names.add(col.name);
    assertSupportedType(col.type);
    const list = col.kind === 'partition_key' ? table.partitionKey : col.kind === 'clustering' ? table.clustering : undefined;
    if (list !== undefined ? list[col.position] !== col.name : col.position !== -1) bad(`column ${col.name} has a wrong position`);
    if (col.kind === 'static' && table.clustering.length === 0) bad(`static column ${col.name} in a table without clustering columns`);
  }
  for (const [kind, list] of [['partition_key', table.partitionKey], ['clustering', table.clustering]] as const) {
    for (const name of list) if (table.columns.find((c) => c.name === name)?.kind !== kind) bad(`${name} is not a ${kind} column`);
  }
}

export function keyspaceFromCreate(stmt: CreateKeyspaceStatement): KeyspaceSchema {
  const given = stmt.replication;
  const shortClass = given['class'];
  if (shortClass === undefined) throw new ConfigurationError('Missing replication strategy class');
  const cls = shortClass.includes('.') ? shortClass : STRATEGY_PACKAGE + shortClass;
  const replication: Record<string, string> = { class: cls };
  const options = Object.entries(given).filter(([k]) => k !== 'class');
  if (cls === SIMPLE_STRATEGY_CLASS) {
    const rf = given['replication_factor'];
    if (rf === undefined) throw new ConfigurationError('SimpleStrategy requires a replication_factor strategy option.');
    for (const [k] of options) {
      if (k !== 'replication_factor') {
        throw new ConfigurationError(`Unrecognized strategy option {${k}} passed to SimpleStrategy for keyspace ${stmt.keyspace}`);
      }
    }
    replication['replication_factor'] = checkReplicationFactor(rf);
  } else if (cls === NETWORK_TOPOLOGY_STRATEGY_CLASS) {
    for (const [dc, rf] of options) replication[dc] = checkReplicationFactor(rf);
  } else {
    throw new ConfigurationError(`Unable to find replication strategy class '${cls}'`);
  }
  return { name: stmt.keyspace, replication, durableWrites: stmt.durableWrites ?? true };
}

function checkReplicationFactor(rf: string): string {
  if (!/^-?[0-9]+$/.test(rf)) throw new ConfigurationError(`Replication factor must be numeric; found ${rf}`);
  const n = Number(rf);
  if (n < 0) throw new ConfigurationError(`Replication factor must be non-negative; found ${rf}`);
  return String(n);
}
