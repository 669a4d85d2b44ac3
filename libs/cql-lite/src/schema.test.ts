import { describe, expect, it } from 'vitest';
import type { AlterKeyspaceStatement, AlterTableStatement, CreateKeyspaceStatement, CreateTableStatement } from './ast.js';
import { ConfigurationError, InvalidRequest } from './errors.js';
import { parse } from './parser.js';
import {
  alterKeyspace,
  alterTable,
  keyspaceFromCreate,
  resolveKeyspace,
  tableFromCreate,
  validateTable,
  type TableSchema,
} from './schema.js';

const table = (cql: string): TableSchema => tableFromCreate(parse(cql) as CreateTableStatement, 'ks', '00000000-0000-4000-8000-000000000001');
const keyspace = (cql: string) => keyspaceFromCreate(parse(cql) as CreateKeyspaceStatement);

describe('tableFromCreate', () => {
  it('builds the schema in select order with positions', () => {
    const t = table(
      `CREATE TABLE ks.events (tenant text, day bigint, at timestamp, seq int, zeta text, alpha blob, kind text STATIC,
       PRIMARY KEY ((tenant, day), at, seq)) WITH CLUSTERING ORDER BY (at DESC) AND comment = 'c'
       AND default_time_to_live = 60 AND compaction = {'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': 160}`,
    );
    expect(t).toEqual({
      keyspace: 'ks',
      name: 'events',
      id: '00000000-0000-4000-8000-000000000001',
      columns: [
        { name: 'tenant', type: { kind: 'native', name: 'text' }, kind: 'partition_key', position: 0 },
        { name: 'day', type: { kind: 'native', name: 'bigint' }, kind: 'partition_key', position: 1 },
        { name: 'at', type: { kind: 'native', name: 'timestamp' }, kind: 'clustering', position: 0 },
        { name: 'seq', type: { kind: 'native', name: 'int' }, kind: 'clustering', position: 1 },
        { name: 'kind', type: { kind: 'native', name: 'text' }, kind: 'static', position: -1 },
        { name: 'alpha', type: { kind: 'native', name: 'blob' }, kind: 'regular', position: -1 },
        { name: 'zeta', type: { kind: 'native', name: 'text' }, kind: 'regular', position: -1 },
      ],
      partitionKey: ['tenant', 'day'],
      clustering: ['at', 'seq'],
      clusteringOrder: ['DESC', 'ASC'],
      options: {
        comment: 'c',
        default_time_to_live: 60,
        compaction: { class: 'LeveledCompactionStrategy', sstable_size_in_mb: '160' },
      },
    });
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('accepts an inline primary key and PRIMARY KEY (a, c)', () => {
    expect(table('CREATE TABLE t (id int PRIMARY KEY, v text)').partitionKey).toEqual(['id']);
    const t = table('CREATE TABLE t (a int, c int, v text, PRIMARY KEY (a, c))');
    expect([t.partitionKey, t.clustering, t.clusteringOrder]).toEqual([['a'], ['c'], ['ASC']]);
  });

  const errors: [string, string][] = [
    ['CREATE TABLE t (a int PRIMARY KEY, a text)', 'Multiple definition of identifier a'],
    ['CREATE TABLE t (a int, b int, PRIMARY KEY (a, x))', 'Unknown definition x referenced in PRIMARY KEY'],
    ['CREATE TABLE t (a int, b int)', 'No PRIMARY KEY specifed (exactly one required)'],
    ['CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY)', 'Multiple PRIMARY KEYs specifed (exactly one required)'],
    ['CREATE TABLE t (a int PRIMARY KEY, b int, PRIMARY KEY (b))', 'Multiple PRIMARY KEYs specifed (exactly one required)'],
    ['CREATE TABLE t (a int, b int, PRIMARY KEY (a, a))', "Duplicate column 'a' in PRIMARY KEY clause for table 't'"],
    ['CREATE TABLE t (a int, b int STATIC, PRIMARY KEY (a, b))', "Static column 'b' cannot be part of the PRIMARY KEY"],
    [
      'CREATE TABLE t (a int PRIMARY KEY, s int STATIC)',
      'Static columns are only useful (and thus allowed) if the table has at least one clustering column',
    ],
    [
      'CREATE TABLE t (a int, c int, v int, PRIMARY KEY (a, c)) WITH CLUSTERING ORDER BY (v DESC)',
      'Only clustering columns can be defined in CLUSTERING ORDER directive',
    ],
    [
      'CREATE TABLE t (a int, c int, d int, PRIMARY KEY (a, c, d)) WITH CLUSTERING ORDER BY (d DESC, c ASC)',
      'The order of columns in the CLUSTERING ORDER directive must match that of the clustering columns (c must appear before d)',
    ],
    [
      'CREATE TABLE t (a int, c int, d int, PRIMARY KEY (a, c, d)) WITH CLUSTERING ORDER BY (d DESC)',
      'Missing CLUSTERING ORDER for column c',
    ],
    ['CREATE TABLE t (a int PRIMARY KEY, v duration)', 'type duration is not supported yet'],
    ['CREATE TABLE t (a int PRIMARY KEY, v list<list<int>>)', 'Non-frozen collections are not allowed inside collections: list<list<int>>'],
    ['CREATE TABLE t (a int PRIMARY KEY, v frozen<int>)', 'frozen<> is only allowed on collections, tuples, and user-defined types (got int)'],
    ['CREATE TABLE t (a int PRIMARY KEY, v counter)', 'counter columns are not supported yet'],
    ['CREATE TABLE t (a int PRIMARY KEY, v address)', 'Unknown type address'],
  ];
  for (const [cql, message] of errors) {
    it(`rejects: ${message}`, () => {
      expect(() => table(cql)).toThrow(InvalidRequest);
      expect(() => table(cql)).toThrow(message);
    });
  }

  it('validates numeric options', () => {
    expect(() => table('CREATE TABLE t (a int PRIMARY KEY) WITH default_time_to_live = -1')).toThrow(ConfigurationError);
    expect(() => table('CREATE TABLE t (a int PRIMARY KEY) WITH default_time_to_live = -1')).toThrow(
      'default_time_to_live must be greater than or equal to 0 (got -1)',
    );
    expect(() => table('CREATE TABLE t (a int PRIMARY KEY) WITH gc_grace_seconds = 1.5')).toThrow(
      'Invalid value for gc_grace_seconds: expected an integer, got 1.5',
    );
    expect(() => table('CREATE TABLE t (a int PRIMARY KEY) WITH default_time_to_live = 630720001')).toThrow(
      'default_time_to_live must be less than or equal to 630720000 (got 630720001)',
    );
  });
});

describe('validateTable', () => {
  it('accepts what tableFromCreate builds and rejects inconsistent schemas', () => {
    const t = table('CREATE TABLE t (a int, c int, v text, PRIMARY KEY (a, c))');
    expect(() => validateTable(t)).not.toThrow();
    expect(() => validateTable({ ...t, clusteringOrder: [] })).toThrow('clusteringOrder does not match clustering');
    expect(() => validateTable({ ...t, partitionKey: [] })).toThrow('no partition key');
    expect(() => validateTable({ ...t, partitionKey: ['v'] })).toThrow(InvalidRequest);
    const badType = { ...t, columns: t.columns.map((c) => (c.name === 'v' ? { ...c, type: { kind: 'native', name: 'duration' } as const } : c)) };
    expect(() => validateTable(badType)).toThrow('type duration is not supported yet');
  });
});

describe('alterTable', () => {
  const base = table('CREATE TABLE t (k int, c int, v text, PRIMARY KEY (k, c)) WITH comment = \'x\'');
  const alter = (cql: string): TableSchema => alterTable(base, parse(cql) as AlterTableStatement);

  it('adds columns in select order, keeping the id', () => {
    const t = alter('ALTER TABLE t ADD (b list<int>, s text STATIC, a int)');
    expect(t.columns.map((c) => `${c.name}:${c.kind}`)).toEqual(['k:partition_key', 'c:clustering', 's:static', 'a:regular', 'b:regular', 'v:regular']);
    expect(t.id).toBe(base.id);
  });

  it('drops columns and merges options', () => {
    expect(alter('ALTER TABLE t DROP v').columns.map((c) => c.name)).toEqual(['k', 'c']);
    expect(alter("ALTER TABLE t WITH gc_grace_seconds = 10 AND compaction = {'class': 'X'}").options).toEqual({
      comment: 'x',
      gc_grace_seconds: 10,
      compaction: { class: 'X' },
    });
  });

  const errors: [string, string][] = [
    ['ALTER TABLE t ADD v int', "Column with name 'v' already exists"],
    ['ALTER TABLE t ADD (x int, x text)', "Column with name 'x' already exists"],
    ['ALTER TABLE t ADD k int', "Column with name 'k' already exists"],
    ['ALTER TABLE t ADD x duration', 'type duration is not supported yet'],
    ['ALTER TABLE t DROP nope', "Column nope was not found in table 'ks.t'"],
    ['ALTER TABLE t DROP c', 'Cannot drop PRIMARY KEY column c'],
    ['ALTER TABLE t DROP (v, k)', 'Cannot drop PRIMARY KEY column k'],
    ['ALTER TABLE t WITH default_time_to_live = -1', 'default_time_to_live must be greater than or equal to 0 (got -1)'],
  ];
  for (const [cql, message] of errors) {
    it(`rejects: ${message}`, () => expect(() => alter(cql)).toThrow(message));
  }

  it('refuses static columns in a table without clustering columns', () => {
    const noClustering = table('CREATE TABLE u (k int PRIMARY KEY)');
    expect(() => alterTable(noClustering, parse('ALTER TABLE u ADD s int STATIC') as AlterTableStatement)).toThrow(
      'Static columns are only useful (and thus allowed) if the table has at least one clustering column',
    );
  });
});

describe('alterKeyspace', () => {
  const ks = keyspace("CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  const alter = (cql: string) => alterKeyspace(ks, parse(cql) as AlterKeyspaceStatement);

  it('replaces replication and durable_writes only when given', () => {
    expect(alter("ALTER KEYSPACE ks WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3}")).toEqual({
      name: 'ks',
      replication: { class: 'org.apache.cassandra.locator.NetworkTopologyStrategy', dc1: '3' },
      durableWrites: true,
    });
    expect(alter('ALTER KEYSPACE ks WITH durable_writes = false')).toEqual({ ...ks, durableWrites: false });
    expect(() => alter("ALTER KEYSPACE ks WITH replication = {'class': 'SimpleStrategy'}")).toThrow(
      'SimpleStrategy requires a replication_factor strategy option.',
    );
  });
});

describe('keyspaceFromCreate', () => {
  it('normalises the strategy class and keeps factors as strings', () => {
    expect(keyspace("CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}")).toEqual({
      name: 'ks',
      replication: { class: 'org.apache.cassandra.locator.SimpleStrategy', replication_factor: '3' },
      durableWrites: true,
    });
    expect(
      keyspace(
        "CREATE KEYSPACE ks WITH replication = {'class': 'org.apache.cassandra.locator.NetworkTopologyStrategy', 'dc1': 2} AND durable_writes = false",
      ),
    ).toEqual({
      name: 'ks',
      replication: { class: 'org.apache.cassandra.locator.NetworkTopologyStrategy', dc1: '2' },
      durableWrites: false,
    });
  });
  const errors: [string, string][] = [
    ['{}', 'Missing replication strategy class'],
    ["{'class': 'SimpleStrategy'}", 'SimpleStrategy requires a replication_factor strategy option.'],
    ["{'class': 'SimpleStrategy', 'replication_factor': 'x'}", 'Replication factor must be numeric; found x'],
    ["{'class': 'SimpleStrategy', 'replication_factor': -1}", 'Replication factor must be non-negative; found -1'],
    ["{'class': 'SimpleStrategy', 'replication_factor': 1, 'dc1': 1}", 'Unrecognized strategy option {dc1} passed to SimpleStrategy for keyspace ks'],
    ["{'class': 'FancyStrategy'}", "Unable to find replication strategy class 'org.apache.cassandra.locator.FancyStrategy'"],
  ];
  for (const [map, message] of errors) {
    it(`rejects ${map}`, () => {
      expect(() => keyspace(`CREATE KEYSPACE ks WITH replication = ${map}`)).toThrow(ConfigurationError);
      expect(() => keyspace(`CREATE KEYSPACE ks WITH replication = ${map}`)).toThrow(message);
    });
  }
});

describe('resolveKeyspace', () => {
  it('prefers the statement, then the session', () => {
    expect(resolveKeyspace({ keyspace: 'a', name: 't' }, 'b')).toBe('a');
    expect(resolveKeyspace({ name: 't' }, 'b')).toBe('b');
    expect(() => resolveKeyspace({ name: 't' }, undefined)).toThrow(
      'No keyspace has been specified. USE a keyspace, or explicitly specify keyspace.tablename',
    );
  });
});
