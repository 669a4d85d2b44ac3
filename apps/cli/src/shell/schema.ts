// The schema DESCRIBE prints, read from the gateway's schema tables over the HTTP contract:
// system_schema.keyspaces/tables/columns and system_virtual_schema.keyspaces/tables/columns
// (the rows Cassandra 4.0 answers drivers; apps/gateway/src/system-tables.ts).
//
// Contract: loadSchema(query) runs the six SELECTs (every page of each) and returns
// schemaFromRows of their rows. schemaFromRows is pure: it groups the rows by keyspace and
// table and orders columns as Cassandra's CREATE order does (partition key and clustering
// columns by position, then static, then regular columns: simple before non-frozen
// collections, each by name bytes). A row missing a field it needs is an error naming the
// table and field (the gateway answered something this shell does not understand).
import type { QueryRequest, QueryResult } from './client.js';

export type Row = Record<string, unknown>;

export interface SchemaRows {
  keyspaces: Row[];
  tables: Row[];
  columns: Row[];
  virtualKeyspaces: Row[];
  virtualTables: Row[];
  virtualColumns: Row[];
}

export interface ColumnDef {
  name: string;
  /** CQL type text, e.g. `map<text, frozen<list<int>>>`. */
  type: string;
  kind: 'partition_key' | 'clustering' | 'regular' | 'static';
  position: number;
  order: 'ASC' | 'DESC';
}

export interface TableDef {
  keyspace: string;
  name: string;
  virtual: boolean;
  columns: ColumnDef[];
  /** The system_schema.tables row (options); for a virtual table only `comment`. */
  options: Row;
}

export interface KeyspaceDef {
  name: string;
  virtual: boolean;
  durableWrites: boolean;
  replication: Record<string, string>;
  /** By name. */
  tables: TableDef[];
}

export interface Schema {
  /** By name. */
  keyspaces: KeyspaceDef[];
}

/** Page size of the schema SELECTs. */
export const SCHEMA_PAGE_ROWS = 5_000;
/** Most pages read of one schema table (a guard against a server that never ends). */
export const SCHEMA_PAGES_MAX = 1_000;

export type Query = (request: QueryRequest) => Promise<QueryResult>;

async function allRows(query: Query, text: string): Promise<Row[]> {
  const rows: Row[] = [];
  let pagingState: string | undefined;
  for (let page = 0; page < SCHEMA_PAGES_MAX; page++) {
    const result = await query({ query: text, consistency: 'ONE', pageSize: SCHEMA_PAGE_ROWS, ...(pagingState === undefined ? {} : { pagingState }) });
    rows.push(...result.rows);
    if (result.pagingState === null || result.pagingState === undefined) return rows;
    pagingState = result.pagingState;
  }
  throw new Error(`${text}: more than ${SCHEMA_PAGES_MAX} pages`);
}

export async function loadSchema(query: Query): Promise<Schema> {
  const read = (table: string) => allRows(query, `SELECT * FROM ${table}`);
  return schemaFromRows({
    keyspaces: await read('system_schema.keyspaces'),
    tables: await read('system_schema.tables'),
    columns: await read('system_schema.columns'),
    virtualKeyspaces: await read('system_virtual_schema.keyspaces'),
    virtualTables: await read('system_virtual_schema.tables'),
    virtualColumns: await read('system_virtual_schema.columns'),
  });
}

function field<T>(row: Row, table: string, name: string, check: (v: unknown) => v is T): T {
  const v = row[name];
  if (!check(v)) throw new Error(`${table}: a row without a valid ${name}: ${JSON.stringify(row).slice(0, 200)}`);
  return v;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Java's String.compareTo (UTF-16 code units), Cassandra's SchemaElement.NAME_COMPARATOR. */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Cassandra's ColumnIdentifier order: by the UTF-8 bytes of the name. */
function byNameBytes(a: ColumnDef, b: ColumnDef): number {
  return Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8'));
}

/** A non-frozen collection (Cassandra's "complex" column, placed after the simple ones). */
function isComplex(type: string): boolean {
  return /^(list|set|map)</.test(type.trim());
}

const KIND_RANK = { partition_key: 0, clustering: 1, static: 2, regular: 3 } as const;

function orderColumns(columns: ColumnDef[]): ColumnDef[] {
  return [...columns].sort((a, b) => {
    if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
    if (a.kind === 'partition_key' || a.kind === 'clustering') return a.position - b.position;
    const complex = Number(isComplex(a.type)) - Number(isComplex(b.type));
    return complex !== 0 ? complex : byNameBytes(a, b);
  });
}

function columnFrom(row: Row, table: string): ColumnDef {
  const kind = field(row, table, 'kind', isString);
  if (kind !== 'partition_key' && kind !== 'clustering' && kind !== 'regular' && kind !== 'static') {
    throw new Error(`${table}: unknown column kind ${kind}`);
  }
  return {
    name: field(row, table, 'column_name', isString),
    type: field(row, table, 'type', isString),
    kind,
    position: field(row, table, 'position', isNumber),
    order: row['clustering_order'] === 'desc' ? 'DESC' : 'ASC',
  };
}

export function schemaFromRows(rows: SchemaRows): Schema {
  const keyspaces = new Map<string, KeyspaceDef>();
  for (const row of rows.keyspaces) {
    const name = field(row, 'system_schema.keyspaces', 'keyspace_name', isString);
    keyspaces.set(name, {
      name,
      virtual: false,
      durableWrites: row['durable_writes'] !== false,
      replication: field(row, 'system_schema.keyspaces', 'replication', isStringMap),
      tables: [],
    });
  }
  for (const row of rows.virtualKeyspaces) {
    const name = field(row, 'system_virtual_schema.keyspaces', 'keyspace_name', isString);
    if (!keyspaces.has(name)) keyspaces.set(name, { name, virtual: true, durableWrites: true, replication: {}, tables: [] });
  }
  addTables(keyspaces, rows.tables, rows.columns, false);
  addTables(keyspaces, rows.virtualTables, rows.virtualColumns, true);
  const sorted = [...keyspaces.values()].sort((a, b) => byName(a.name, b.name));
  for (const ks of sorted) ks.tables.sort((a, b) => byName(a.name, b.name));
  return { keyspaces: sorted };
}

function addTables(keyspaces: Map<string, KeyspaceDef>, tableRows: Row[], columnRows: Row[], virtual: boolean): void {
  const schema = virtual ? 'system_virtual_schema' : 'system_schema';
  const tables = new Map<string, TableDef>();
  for (const row of tableRows) {
    const keyspace = field(row, `${schema}.tables`, 'keyspace_name', isString);
    const name = field(row, `${schema}.tables`, 'table_name', isString);
    const ks = keyspaces.get(keyspace);
    if (ks === undefined || ks.virtual !== virtual) continue; // a table of a keyspace being dropped
    const table: TableDef = { keyspace, name, virtual, columns: [], options: row };
    tables.set(JSON.stringify([keyspace, name]), table);
    ks.tables.push(table);
  }
  for (const row of columnRows) {
    const key = JSON.stringify([row['keyspace_name'], row['table_name']]);
    tables.get(key)?.columns.push(columnFrom(row, `${schema}.columns`));
  }
  for (const t of tables.values()) t.columns = orderColumns(t.columns);
}
