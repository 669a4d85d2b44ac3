// The small schema the statement fuzzer writes against: a keyspace and a few tables that
// between them hold every supported type, a composite partition key, clustering columns of
// mixed order, static columns and every kind of collection.
//
// Contract: fuzzSchema() builds the tables from FUZZ_TABLES_CQL with the library's own
// parser and tableFromCreate (so it is exactly what the gateway would store); it throws
// only if that CQL stopped being valid, which is a bug of this file.

import type { TableName } from '../ast.js';
import { InvalidRequest } from '../errors.js';
import { parse } from '../parser.js';
import { keyspaceFromCreate, tableFromCreate, type KeyspaceSchema, type TableSchema } from '../schema.js';

export const FUZZ_KEYSPACE = 'fz';

export const FUZZ_KEYSPACE_CQL = `CREATE KEYSPACE ${FUZZ_KEYSPACE} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`;

/** The fuzz tables. Keep each type of the README's list in at least one of them. */
export const FUZZ_TABLES_CQL: readonly string[] = [
  'CREATE TABLE users (id int PRIMARY KEY, name text, age int, email ascii, tags set<text>, scores list<int>, attrs map<text, int>, avatar blob)',
  'CREATE TABLE events (tenant text, day int, at timestamp, seq bigint, kind text STATIC, payload blob, n varint, ' +
    'PRIMARY KEY ((tenant, day), at, seq)) WITH CLUSTERING ORDER BY (at DESC, seq ASC)',
  'CREATE TABLE alltypes (k uuid PRIMARY KEY, a ascii, b bigint, bl blob, bo boolean, d decimal, db double, f float, i inet, ' +
    'n int, s smallint, t text, ts timestamp, dt date, tm time, tu timeuuid, ti tinyint, vi varint, vc varchar, ' +
    'fl frozen<list<int>>, fs frozen<set<text>>, fm frozen<map<text, frozen<set<int>>>>, ml map<int, frozen<list<text>>>)',
  'CREATE TABLE mixed (k int, a int, b text, c double, v int, s set<int> STATIC, PRIMARY KEY (k, a, b, c)) ' +
    'WITH CLUSTERING ORDER BY (a ASC, b DESC, c ASC)',
  'CREATE TABLE tk (p1 tinyint, p2 date, c1 time, c2 inet, v boolean, PRIMARY KEY ((p1, p2), c1, c2))',
];

export interface FuzzSchema {
  keyspace: KeyspaceSchema;
  tables: TableSchema[];
  /** Finds a table by name (any keyspace), or throws InvalidRequest as the gateway would. */
  lookup(name: TableName): TableSchema;
}

export function fuzzSchema(): FuzzSchema {
  const ks = parse(FUZZ_KEYSPACE_CQL);
  if (ks.kind !== 'create_keyspace') throw new Error('FUZZ_KEYSPACE_CQL is not a CREATE KEYSPACE');
  const tables = FUZZ_TABLES_CQL.map((cql, i) => {
    const stmt = parse(cql);
    if (stmt.kind !== 'create_table') throw new Error(`FUZZ_TABLES_CQL[${i}] is not a CREATE TABLE`);
    return tableFromCreate(stmt, FUZZ_KEYSPACE, `00000000-0000-4000-8000-00000000000${i}`);
  });
  const byName = new Map(tables.map((t) => [t.name, t]));
  const lookup = (name: TableName): TableSchema => {
    if (name.keyspace !== undefined && name.keyspace !== FUZZ_KEYSPACE) throw new InvalidRequest(`Keyspace ${name.keyspace} does not exist`);
    const t = byName.get(name.name);
    if (t === undefined) throw new InvalidRequest(`unconfigured table ${name.name}`);
    return t;
  };
  return { keyspace: keyspaceFromCreate(ks), tables, lookup };
}
