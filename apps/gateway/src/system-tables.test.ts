// The system tables as the real drivers read them. Values are decoded with the DataStax Node
// driver's own decoder (cassandra-driver/lib/encoder), and the Node driver's schema parser
// for Cassandra 4 (lib/metadata/schema-parser, SchemaParserV3) runs against them through a
// fake control connection, so a layout or encoding it cannot read fails here. The Python
// driver's queries (cassandra/cluster.py, cassandra/metadata.py SchemaParserV4, 3.25) are
// run too, checking the columns it reads.

import { createRequire } from 'node:module';
import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { InvalidRequest, parse, tableFromCreate, type CqlType, type ParamResolver, type SelectStatement, type Statement } from '@cassia/cql-lite';
import { strategyFromOptions, TokenRing } from '@cassia/ring';
import type { ClusterView } from './schema.js';
import { selectSystemTable, SYSTEM_KEYSPACES, type GatewayIdentity, type SystemTablesContext } from './system-tables.js';

const require = createRequire(import.meta.url);

/** The parts of the driver's internal API this test uses (lib/ is CommonJS without types). */
interface DriverType {
  code: number;
  info?: DriverType | DriverType[] | null;
}
interface DriverEncoder {
  decode(bytes: Buffer | null, type: DriverType): unknown;
}
interface DriverTable {
  name: string;
  virtual: boolean;
  columns: { name: string; type: DriverType; isStatic: boolean }[];
  partitionKeys: { name: string }[];
  clusteringKeys: { name: string }[];
  clusteringOrder: string[];
  isCompact: boolean;
  defaultTtl: number;
  gcGraceSeconds: number;
  comment: string;
  compactionClass: string;
  compactionOptions: Record<string, string>;
  compression: Record<string, string>;
  bloomFilterFalsePositiveChance: number;
  caching: string;
}
interface DriverKeyspace {
  name: string;
  virtual: boolean;
  durableWrites: boolean;
  strategy: string;
  strategyOptions: Record<string, string>;
}
interface DriverSchemaParser {
  getKeyspaces(waitReconnect: boolean): Promise<Record<string, DriverKeyspace>>;
  getKeyspace(name: string): Promise<DriverKeyspace | null>;
  getTable(keyspace: string, name: string, cache?: object, virtual?: boolean): Promise<DriverTable | null>;
  getUdt(keyspace: string, name: string, cache?: object): Promise<unknown>;
  getFunctions(keyspace: string, name: string, aggregate: boolean, cache?: object): Promise<Map<string, unknown>>;
  getMaterializedView(keyspace: string, name: string, cache?: object): Promise<unknown>;
}
const Encoder = require('cassandra-driver/lib/encoder') as new (protocolVersion: number, options: object) => DriverEncoder;
const { getByVersion } = require('cassandra-driver/lib/metadata/schema-parser') as {
  getByVersion(options: object, cc: object, udtResolver: unknown, version: number[]): DriverSchemaParser;
};
const { dataTypes } = cassandra.types;
const encoder = new Encoder(4, {});

const LOCAL: GatewayIdentity = {
  hostId: '3f2b8a8e-0d6c-3a1e-9b5e-2d1f0c4a7b61',
  clusterName: 'cassia',
  dataCenter: 'dc1',
  rack: 'rack1',
  rpcAddress: '10.0.0.1',
  nativePort: 9042,
  listenAddress: '10.0.0.1',
  releaseVersion: '4.0.11',
  cqlVersion: '3.4.5',
  nativeProtocolVersion: '4',
  partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
  tokens: ['-9000000000000000000', '42', '-17', '9000000000000000000'],
  schemaVersion: 'a1b2c3d4-0000-3000-8000-000000000007',
};
const PEER: GatewayIdentity = {
  ...LOCAL,
  hostId: '7c1d2e3f-4a5b-3c6d-8e7f-9a0b1c2d3e4f',
  rpcAddress: '10.0.0.2',
  listenAddress: '10.0.0.2',
  rack: 'rack2',
  tokens: ['100', '-200'],
};

function createTable(cql: string, id: string) {
  const stmt = parse(cql);
  if (stmt.kind !== 'create_table') throw new Error(`not a CREATE TABLE: ${cql}`);
  return tableFromCreate(stmt, stmt.table.keyspace ?? 'ks', id);
}

const TABLE_T = createTable(
  "CREATE TABLE ks.t (id int, ck text, v frozen<map<text, int>>, tags set<varchar>, n bigint, PRIMARY KEY ((id), ck)) WITH CLUSTERING ORDER BY (ck DESC) AND default_time_to_live = 3600 AND comment = 'hello' AND compaction = {'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': '80'}",
  '5a1e0c2d-3b4f-4a6e-8d9c-0b1a2c3d4e5f',
);
const TABLE_U = createTable('CREATE TABLE ks.u (a text, b int, c int, d text, PRIMARY KEY ((a, b), c))', '6b2f1d3e-4c5a-4b7f-9e0d-1c2b3d4e5f60');

function view(): ClusterView {
  const replication = { class: 'org.apache.cassandra.locator.SimpleStrategy', replication_factor: '1' };
  return {
    epoch: 7,
    keyspaces: new Map([
      ['ks', { schema: { name: 'ks', replication, durableWrites: true }, strategy: strategyFromOptions(replication), tables: new Map([['t', TABLE_T], ['u', TABLE_U]]) }],
      [
        'other',
        {
          schema: { name: 'other', replication: { class: 'org.apache.cassandra.locator.NetworkTopologyStrategy', dc1: '3' }, durableWrites: false },
          strategy: strategyFromOptions({ class: 'org.apache.cassandra.locator.NetworkTopologyStrategy', dc1: '3' }),
          tables: new Map(),
        },
      ],
    ]),
    ring: TokenRing.build([]),
  };
}

const CTX: SystemTablesContext = { view: view(), local: LOCAL, peers: [PEER] };

/** A resolver for markers from values given already serialized (by marker index). */
function rawParams(values: (Uint8Array | null)[]): ParamResolver {
  const resolve: ParamResolver = (marker) => {
    const v = values[marker.index];
    if (v === undefined) throw new InvalidRequest(`No value bound for marker ${marker.index}`);
    return v;
  };
  resolve.checkMarkers = (markers) => {
    if (markers.length !== values.length) throw new InvalidRequest(`There were ${markers.length} markers(?) in CQL but ${values.length} bound variables`);
  };
  return resolve;
}
const NO_VALUES = rawParams([]);

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
function int32(n: number): Uint8Array {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}
function textList(items: string[]): Uint8Array {
  const parts = items.map((s) => Buffer.from(s, 'utf8'));
  return Buffer.concat([int32(parts.length), ...parts.flatMap((p) => [int32(p.length), p])]);
}

function select(cql: string, params: ParamResolver = NO_VALUES, ctx: SystemTablesContext = CTX, sessionKeyspace = 'system') {
  const stmt: Statement = parse(cql);
  if (stmt.kind !== 'select') throw new Error(`not a SELECT: ${cql}`);
  const result = selectSystemTable(stmt as SelectStatement, sessionKeyspace, ctx, params);
  if (result.kind !== 'rows') throw new Error('expected rows');
  expect(result.pagingState).toBeNull();
  return result;
}

function driverType(t: CqlType): DriverType {
  switch (t.kind) {
    case 'frozen':
      return driverType(t.inner);
    case 'list':
      return { code: dataTypes.list, info: driverType(t.element) };
    case 'set':
      return { code: dataTypes.set, info: driverType(t.element) };
    case 'map':
      return { code: dataTypes.map, info: [driverType(t.key), driverType(t.value)] };
    case 'native':
      return { code: (dataTypes as unknown as Record<string, number>)[t.name]! };
    default:
      throw new Error(`no driver type for ${t.kind}`);
  }
}

/** The rows of a SELECT as the Node driver hands them to its users: column name → decoded value. */
function driverRows(cql: string, params?: ParamResolver, ctx?: SystemTablesContext): Record<string, unknown>[] {
  const result = select(cql, params, ctx);
  return result.rows.map((values) => {
    const row: Record<string, unknown> = {};
    result.columns.forEach((c, i) => {
      const v = values[i] ?? null;
      row[c.name] = encoder.decode(v === null ? null : Buffer.from(v.buffer, v.byteOffset, v.byteLength), driverType(c.type));
    });
    return row;
  });
}

function invalid(cql: string, message: string | RegExp, params?: ParamResolver, sessionKeyspace?: string): void {
  let caught: unknown;
  try {
    select(cql, params, CTX, sessionKeyspace);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(InvalidRequest);
  if (typeof message === 'string') expect((caught as Error).message).toBe(message);
  else expect((caught as Error).message).toMatch(message);
}

/** A control connection for the Node driver's schema parser: every query answered here. */
function fakeControlConnection() {
  const queries: string[] = [];
  return {
    queries,
    cc: {
      query: async (cql: string) => {
        queries.push(cql);
        return { rows: driverRows(cql) };
      },
      getEncoder: () => encoder,
    },
  };
}

describe('system.local and system.peers', () => {
  it("answers the Node driver's SELECT * FROM system.local WHERE key='local'", () => {
    const result = select("SELECT * FROM system.local WHERE key='local'");
    // SELECT * order: partition key, then the other columns by name (Cassandra 4.0's layout).
    expect(result.columns.map((c) => c.name)).toEqual([
      'key', 'bootstrapped', 'broadcast_address', 'broadcast_port', 'cluster_name', 'cql_version', 'data_center', 'gossip_generation',
      'host_id', 'listen_address', 'listen_port', 'native_protocol_version', 'partitioner', 'rack', 'release_version', 'rpc_address',
      'rpc_port', 'schema_version', 'tokens', 'truncated_at',
    ]);
    expect(result.columns.every((c) => c.keyspace === 'system' && c.table === 'local')).toBe(true);
    expect(result.columns.find((c) => c.name === 'tokens')!.type).toEqual({ kind: 'set', element: { kind: 'native', name: 'text' } });
    const [row] = driverRows("SELECT * FROM system.local WHERE key='local'");
    expect(row!['key']).toBe('local');
    expect(row!['data_center']).toBe('dc1');
    expect(row!['rack']).toBe('rack1');
    expect(row!['release_version']).toBe('4.0.11');
    expect(row!['cql_version']).toBe('3.4.5');
    expect(row!['native_protocol_version']).toBe('4');
    expect(row!['partitioner']).toBe('org.apache.cassandra.dht.Murmur3Partitioner');
    expect(row!['cluster_name']).toBe('cassia');
    expect(String(row!['host_id'])).toBe(LOCAL.hostId);
    expect(String(row!['schema_version'])).toBe(LOCAL.schemaVersion);
    expect(String(row!['rpc_address'])).toBe('10.0.0.1');
    expect(String(row!['broadcast_address'])).toBe('10.0.0.1');
    expect(row!['rpc_port']).toBe(9042);
    expect(row!['bootstrapped']).toBe('COMPLETED');
    expect(row!['truncated_at']).toBeNull();
    // A set<text> comes back in Cassandra's (UTF-8 byte) order.
    expect(row!['tokens']).toEqual(['-17', '-9000000000000000000', '42', '9000000000000000000']);
  });

  it('answers the session keyspace form and column lists', () => {
    const result = select("SELECT rpc_address, release_version AS v FROM local WHERE key = 'local'", NO_VALUES, CTX, 'system');
    expect(result.columns.map((c) => [c.name, c.type])).toEqual([
      ['rpc_address', { kind: 'native', name: 'inet' }],
      ['v', { kind: 'native', name: 'text' }],
    ]);
    expect(driverRows('SELECT schema_version FROM system.local')).toEqual([{ schema_version: expect.anything() }]);
    expect(select("SELECT * FROM system.local WHERE key = 'other'").rows).toEqual([]);
  });

  it('lists the other gateways in system.peers', () => {
    const rows = driverRows('SELECT * FROM system.peers');
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!['peer'])).toBe('10.0.0.2');
    expect(String(rows[0]!['rpc_address'])).toBe('10.0.0.2');
    expect(String(rows[0]!['host_id'])).toBe(PEER.hostId);
    expect(rows[0]!['rack']).toBe('rack2');
    expect(rows[0]!['preferred_ip']).toBeNull();
    expect(rows[0]!['tokens']).toEqual(['-200', '100']);
    expect(select('SELECT * FROM system.peers').columns.map((c) => c.name)).toEqual([
      'peer', 'data_center', 'host_id', 'preferred_ip', 'rack', 'release_version', 'rpc_address', 'schema_version', 'tokens',
    ]);
    expect(select('SELECT * FROM system.peers', NO_VALUES, { ...CTX, peers: [] }).rows).toEqual([]);
    expect(driverRows("SELECT host_id FROM system.peers WHERE peer = '10.0.0.2'")).toHaveLength(1);
    expect(driverRows("SELECT host_id FROM system.peers WHERE peer = '::ffff:10.0.0.2'")).toHaveLength(1);
    expect(driverRows("SELECT host_id FROM system.peers WHERE peer = '10.0.0.3'")).toHaveLength(0);
  });

  it('answers system.peers_v2 and unknown tables as Cassandra answers a table that does not exist', () => {
    invalid('SELECT * FROM system.peers_v2', 'unconfigured table peers_v2');
    invalid('SELECT * FROM system_auth.roles', 'unconfigured table roles');
    invalid('SELECT * FROM system_schema.nope', 'unconfigured table nope');
    invalid('SELECT * FROM nope', 'unconfigured table nope', NO_VALUES, 'system_schema');
  });
});

describe("the Node driver's schema metadata (SchemaParserV3, Cassandra 4)", () => {
  it('reads every keyspace, the virtual one included', async () => {
    const { cc, queries } = fakeControlConnection();
    const parser = getByVersion({ encoding: {} }, cc, null, [4, 0, 11]);
    const keyspaces = await parser.getKeyspaces(false);
    expect(queries.sort()).toEqual(['SELECT * FROM system_schema.keyspaces', 'SELECT * FROM system_virtual_schema.keyspaces']);
    expect(Object.keys(keyspaces).sort()).toEqual([...SYSTEM_KEYSPACES, 'ks', 'other'].sort());
    expect(keyspaces['ks']).toMatchObject({ durableWrites: true, strategy: 'org.apache.cassandra.locator.SimpleStrategy', strategyOptions: { replication_factor: '1' }, virtual: false });
    expect(keyspaces['other']).toMatchObject({ durableWrites: false, strategy: 'org.apache.cassandra.locator.NetworkTopologyStrategy', strategyOptions: { dc1: '3' } });
    expect(keyspaces['system']).toMatchObject({ strategy: 'org.apache.cassandra.locator.LocalStrategy', strategyOptions: {} });
    expect(keyspaces['system_traces']).toMatchObject({ strategy: 'org.apache.cassandra.locator.SimpleStrategy', strategyOptions: { replication_factor: '2' } });
    expect(keyspaces['system_virtual_schema']!.virtual).toBe(true);
    expect(await parser.getKeyspace('ks')).toMatchObject({ name: 'ks' });
    expect(await parser.getKeyspace('system_virtual_schema')).toMatchObject({ name: 'system_virtual_schema', virtual: true });
    expect(await parser.getKeyspace('missing')).toBeNull();
  });

  it('reads a user table: columns, keys, clustering order and options', async () => {
    const { cc, queries } = fakeControlConnection();
    const parser = getByVersion({ encoding: {} }, cc, null, [4, 0, 11]);
    const t = (await parser.getTable('ks', 't'))!;
    expect(queries).toEqual([
      "SELECT * FROM system_schema.tables WHERE keyspace_name='ks' AND table_name='t'",
      "SELECT * FROM system_schema.columns WHERE keyspace_name='ks' AND table_name='t'",
      "SELECT * FROM system_schema.indexes WHERE keyspace_name='ks' AND table_name='t'",
    ]);
    expect(t.columns.map((c) => c.name)).toEqual(['ck', 'id', 'n', 'tags', 'v']); // system_schema.columns' order: by name
    expect(t.partitionKeys.map((c) => c.name)).toEqual(['id']);
    expect(t.clusteringKeys.map((c) => c.name)).toEqual(['ck']);
    expect(t.clusteringOrder).toEqual(['DESC']);
    expect(t.isCompact).toBe(false);
    const type = (name: string) => t.columns.find((c) => c.name === name)!.type;
    expect(type('id').code).toBe(dataTypes.int);
    expect(type('v')).toMatchObject({ code: dataTypes.map, info: [{ code: dataTypes.text }, { code: dataTypes.int }], options: { frozen: true } });
    expect(type('tags')).toMatchObject({ code: dataTypes.set, info: { code: dataTypes.text } });
    expect(t.defaultTtl).toBe(3600);
    expect(t.gcGraceSeconds).toBe(864000);
    expect(t.comment).toBe('hello');
    expect(t.compactionClass).toBe('org.apache.cassandra.db.compaction.LeveledCompactionStrategy');
    expect(t.compactionOptions).toEqual({ max_threshold: '32', min_threshold: '4', sstable_size_in_mb: '80' });
    expect(t.compression).toEqual({ chunk_length_in_kb: '16', class: 'org.apache.cassandra.io.compress.LZ4Compressor' });
    expect(t.bloomFilterFalsePositiveChance).toBe(0.01);
    expect(JSON.parse(t.caching)).toEqual({ keys: 'ALL', rows_per_partition: 'NONE' });

    const u = (await parser.getTable('ks', 'u'))!;
    expect(u.partitionKeys.map((c) => c.name)).toEqual(['a', 'b']);
    expect(u.clusteringKeys.map((c) => c.name)).toEqual(['c']);
    expect(u.clusteringOrder).toEqual(['ASC']);
  });

  it('reads the system tables it may be asked for, and the virtual ones', async () => {
    const { cc, queries } = fakeControlConnection();
    const parser = getByVersion({ encoding: {} }, cc, null, [4, 0, 11]);
    const local = (await parser.getTable('system', 'local'))!;
    expect(local.virtual).toBe(false);
    expect(local.partitionKeys.map((c) => c.name)).toEqual(['key']);
    expect(local.columns.find((c) => c.name === 'tokens')!.type).toMatchObject({ code: dataTypes.set, info: { code: dataTypes.text } });
    expect(local.gcGraceSeconds).toBe(0);
    const columns = (await parser.getTable('system_virtual_schema', 'columns'))!;
    expect(columns.virtual).toBe(true);
    expect(columns.clusteringKeys.map((c) => c.name)).toEqual(['table_name', 'column_name']);
    expect(queries).toContain("SELECT * FROM system_virtual_schema.tables where keyspace_name = 'system_virtual_schema' and table_name='columns'");
    expect(queries).toContain("SELECT * FROM system_virtual_schema.columns where keyspace_name = 'system_virtual_schema' and table_name='columns'");
    expect(await parser.getTable('ks', 'missing')).toBeNull();
  });

  it('finds no user types, functions, aggregates or views', async () => {
    const { cc, queries } = fakeControlConnection();
    const parser = getByVersion({ encoding: {} }, cc, null, [4, 0, 11]);
    expect(await parser.getUdt('ks', 'address')).toBeNull();
    expect((await parser.getFunctions('ks', 'f', false)).size).toBe(0);
    expect((await parser.getFunctions('ks', 'a', true)).size).toBe(0);
    expect(await parser.getMaterializedView('ks', 'mv')).toBeNull();
    expect(queries).toEqual([
      "SELECT * FROM system_schema.types WHERE keyspace_name='ks' AND type_name='address'",
      "SELECT * FROM system_schema.functions WHERE keyspace_name = 'ks' AND function_name = 'f'",
      "SELECT * FROM system_schema.aggregates WHERE keyspace_name = 'ks' AND aggregate_name = 'a'",
      "SELECT * FROM system_schema.views WHERE keyspace_name = 'ks' AND view_name = 'mv'",
    ]);
  });
});

describe("the Python driver's queries (3.25: ControlConnection, SchemaParserV4)", () => {
  /** Each query with the columns the driver (or cqlsh) reads from its rows. */
  const QUERIES: [string, string[]][] = [
    ["SELECT * FROM system.local WHERE key='local'",
      ['cluster_name', 'partitioner', 'tokens', 'data_center', 'rack', 'host_id', 'listen_address', 'rpc_address', 'rpc_port',
        'broadcast_address', 'release_version', 'schema_version', 'cql_version']],
    ["SELECT host_id, cluster_name, data_center, rack, partitioner, release_version, schema_version FROM system.local WHERE key='local'",
      ['host_id', 'cluster_name', 'data_center', 'rack', 'partitioner', 'release_version', 'schema_version']],
    ["SELECT rpc_address FROM system.local WHERE key='local'", ['rpc_address']],
    ["SELECT schema_version FROM system.local WHERE key='local'", ['schema_version']],
    ['SELECT * FROM system.peers', ['peer', 'rpc_address', 'host_id', 'data_center', 'rack', 'release_version', 'tokens', 'schema_version']],
    ['SELECT host_id, peer, data_center, rack, rpc_address, rpc_address, release_version, schema_version FROM system.peers',
      ['host_id', 'peer', 'data_center', 'rack', 'rpc_address', 'release_version', 'schema_version']],
    ['SELECT peer, host_id, rpc_address, schema_version FROM system.peers', ['peer', 'host_id', 'rpc_address', 'schema_version']],
    ['SELECT * FROM system_schema.keyspaces', ['keyspace_name', 'durable_writes', 'replication']],
    ['SELECT * FROM system_schema.tables',
      ['keyspace_name', 'table_name', 'flags', 'extensions', 'additional_write_policy', 'bloom_filter_fp_chance', 'caching', 'cdc',
        'comment', 'compaction', 'compression', 'crc_check_chance', 'default_time_to_live', 'gc_grace_seconds', 'max_index_interval',
        'memtable_flush_period_in_ms', 'min_index_interval', 'read_repair', 'speculative_retry']],
    ['SELECT * FROM system_schema.columns', ['keyspace_name', 'table_name', 'column_name', 'kind', 'position', 'type', 'clustering_order']],
    ['SELECT * FROM system_schema.types', ['keyspace_name', 'type_name', 'field_names', 'field_types']],
    ['SELECT * FROM system_schema.functions',
      ['keyspace_name', 'function_name', 'argument_types', 'argument_names', 'return_type', 'language', 'body', 'called_on_null_input']],
    ['SELECT * FROM system_schema.aggregates',
      ['keyspace_name', 'aggregate_name', 'argument_types', 'state_func', 'state_type', 'final_func', 'initcond', 'return_type']],
    ['SELECT * FROM system_schema.triggers', ['keyspace_name', 'table_name', 'trigger_name', 'options']],
    ['SELECT * FROM system_schema.indexes', ['keyspace_name', 'table_name', 'index_name', 'kind', 'options']],
    ['SELECT * FROM system_schema.views', ['keyspace_name', 'view_name', 'base_table_name', 'include_all_columns', 'where_clause']],
    ['SELECT * from system_virtual_schema.keyspaces', ['keyspace_name']],
    ['SELECT * from system_virtual_schema.tables', ['keyspace_name', 'table_name']],
    ['SELECT * from system_virtual_schema.columns', ['keyspace_name', 'table_name', 'column_name', 'kind', 'position', 'type', 'clustering_order']],
    ["SELECT * FROM system_schema.keyspaces WHERE keyspace_name = 'ks'", ['keyspace_name']],
    ["SELECT * FROM system_schema.tables WHERE keyspace_name = 'ks' AND table_name = 't'", ['table_name']],
    ["SELECT * FROM system_schema.columns WHERE keyspace_name = 'ks' AND table_name = 't'", ['column_name']],
    ["SELECT * FROM system_schema.indexes WHERE keyspace_name = 'ks' AND table_name = 't'", ['index_name']],
    ["SELECT * FROM system_schema.triggers WHERE keyspace_name = 'ks' AND table_name = 't'", ['trigger_name']],
    ["SELECT * FROM system_schema.views WHERE keyspace_name = 'ks' AND view_name = 't'", ['view_name']],
    ["SELECT * FROM system_schema.types WHERE keyspace_name = 'ks' AND type_name = 'address'", ['type_name']],
    ["SELECT * FROM system_schema.types WHERE keyspace_name = 'ks'", ['type_name']],
    ["SELECT * FROM system_schema.functions WHERE keyspace_name = 'ks' AND function_name = 'f' AND argument_types = ['int', 'text']", ['function_name']],
    ["SELECT * FROM system_schema.aggregates WHERE keyspace_name = 'ks' AND aggregate_name = 'a' AND argument_types = ['int']", ['aggregate_name']],
  ];

  it.each(QUERIES)('%s', (cql, read) => {
    const result = select(cql);
    const names = result.columns.map((c) => c.name);
    for (const column of read) expect(names).toContain(column);
  });

  it('finds the table it asks for, and its columns with kinds, positions, orders and CQL types', () => {
    expect(driverRows("SELECT * FROM system_schema.tables WHERE keyspace_name = 'ks' AND table_name = 't'")).toEqual([
      expect.objectContaining({ keyspace_name: 'ks', table_name: 't', flags: ['compound'], cdc: null, read_repair: 'BLOCKING', speculative_retry: '99p', additional_write_policy: '99p', crc_check_chance: 1 }),
    ]);
    const columns = driverRows("SELECT column_name, kind, position, clustering_order, type FROM system_schema.columns WHERE keyspace_name = 'ks' AND table_name = 't'");
    expect(columns).toEqual([
      { column_name: 'ck', kind: 'clustering', position: 0, clustering_order: 'desc', type: 'text' },
      { column_name: 'id', kind: 'partition_key', position: 0, clustering_order: 'none', type: 'int' },
      { column_name: 'n', kind: 'regular', position: -1, clustering_order: 'none', type: 'bigint' },
      { column_name: 'tags', kind: 'regular', position: -1, clustering_order: 'none', type: 'set<text>' },
      { column_name: 'v', kind: 'regular', position: -1, clustering_order: 'none', type: 'frozen<map<text, int>>' },
    ]);
    const u = driverRows("SELECT column_name, position FROM system_schema.columns WHERE keyspace_name = 'ks' AND table_name = 'u' AND column_name IN ('a', 'b')");
    expect(u).toEqual([{ column_name: 'a', position: 0 }, { column_name: 'b', position: 1 }]);
    expect(driverRows("SELECT column_name_bytes FROM system_schema.columns WHERE keyspace_name = 'ks' AND table_name = 't' AND column_name = 'ck'"))
      .toEqual([{ column_name_bytes: Buffer.from('ck') }]);
  });

  it('describes system_virtual_schema in itself', () => {
    expect(driverRows('SELECT * from system_virtual_schema.keyspaces')).toEqual([{ keyspace_name: 'system_virtual_schema' }]);
    expect(driverRows('SELECT table_name, comment FROM system_virtual_schema.tables')).toEqual([
      { table_name: 'columns', comment: 'virtual column definitions' },
      { table_name: 'keyspaces', comment: 'virtual keyspace definitions' },
      { table_name: 'tables', comment: 'virtual table definitions' },
    ]);
    expect(driverRows("SELECT column_name, kind, type FROM system_virtual_schema.columns WHERE keyspace_name = 'system_virtual_schema' AND table_name = 'tables'")).toEqual([
      { column_name: 'comment', kind: 'regular', type: 'text' },
      { column_name: 'keyspace_name', kind: 'partition_key', type: 'text' },
      { column_name: 'table_name', kind: 'clustering', type: 'text' },
    ]);
    // Virtual tables are not in system_schema, and system tables are not in system_virtual_schema.
    expect(driverRows("SELECT table_name FROM system_schema.tables WHERE keyspace_name = 'system_virtual_schema'")).toEqual([]);
    expect(driverRows("SELECT table_name FROM system_virtual_schema.tables WHERE keyspace_name = 'system'")).toEqual([]);
  });
});

describe('SELECT on system tables', () => {
  it('filters with = and IN, literals and bind markers', () => {
    const names = (cql: string, params?: ParamResolver) => driverRows(cql, params).map((r) => r['keyspace_name']);
    expect(names("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = 'ks'")).toEqual(['ks']);
    expect(names('SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?', rawParams([utf8('other')]))).toEqual(['other']);
    expect(names("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name IN ('system', ?, 'nope')", rawParams([utf8('ks')])).sort()).toEqual(['ks', 'system']);
    expect(names('SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name IN ?', rawParams([textList(['ks', 'other'])])).sort()).toEqual(['ks', 'other']);
    expect(driverRows('SELECT table_name FROM system_schema.tables WHERE keyspace_name = :k AND table_name = :t', rawParams([utf8('ks'), utf8('u')])))
      .toEqual([{ table_name: 'u' }]);
    expect(driverRows("SELECT table_name FROM system_schema.tables WHERE keyspace_name = 'ks' AND table_name IN ('t', 'u')").map((r) => r['table_name'])).toEqual(['t', 'u']);
  });

  it('passes the column name and type of each marker to the resolver', () => {
    const seen: [string, string][] = [];
    const params: ParamResolver = (marker, type, column) => {
      seen.push([column, JSON.stringify(type)]);
      return column === '[limit]' ? int32(1) : column === 'in(table_name)' ? textList(['t']) : utf8('ks');
    };
    select('SELECT * FROM system_schema.tables WHERE keyspace_name = ? AND table_name IN ? LIMIT ?', params);
    expect(seen).toEqual([
      ['keyspace_name', '{"kind":"native","name":"text"}'],
      ['in(table_name)', '{"kind":"list","element":{"kind":"native","name":"text"}}'],
      ['[limit]', '{"kind":"native","name":"int"}'],
    ]);
  });

  it('refuses what Cassandra refuses', () => {
    invalid('SELECT nope FROM system_schema.keyspaces', 'Undefined column name nope');
    invalid("SELECT * FROM system_schema.keyspaces WHERE nope = 'x'", 'Undefined column name nope');
    invalid('SELECT * FROM system_schema.keyspaces WHERE keyspace_name = ?', 'There were 1 markers(?) in CQL but 0 bound variables');
    invalid('SELECT * FROM system_schema.keyspaces WHERE keyspace_name = null', 'Invalid null value in condition for column keyspace_name');
    invalid('SELECT * FROM system_schema.keyspaces WHERE keyspace_name = 1', 'Invalid INTEGER constant (1) for "keyspace_name" of type text');
    invalid("SELECT * FROM system_schema.keyspaces WHERE keyspace_name = 'a' AND keyspace_name = 'b'",
      'keyspace_name cannot be restricted by more than one relation if it includes an Equal');
    invalid('SELECT * FROM system_schema.keyspaces WHERE durable_writes = true', /ALLOW FILTERING$/);
    invalid("SELECT * FROM system_schema.tables WHERE table_name = 't'", /ALLOW FILTERING$/);
    invalid("SELECT * FROM system_schema.columns WHERE keyspace_name = 'ks' AND column_name = 'id'",
      'PRIMARY KEY column "column_name" cannot be restricted as preceding column "table_name" is not restricted');
    invalid("SELECT * FROM system_schema.keyspaces WHERE keyspace_name > 'a'", /Only = and IN relations/);
    invalid('SELECT writetime(durable_writes) FROM system_schema.keyspaces', /Only columns can be selected/);
    invalid('SELECT * FROM system_schema.keyspaces LIMIT 0', 'LIMIT must be strictly positive');
    invalid("SELECT * FROM system.peers WHERE peer = 'not-an-ip'", "Unable to make inet address from 'not-an-ip'");
  });

  it('filters on any column with ALLOW FILTERING', () => {
    expect(driverRows('SELECT keyspace_name FROM system_schema.keyspaces WHERE durable_writes = false ALLOW FILTERING')).toEqual([{ keyspace_name: 'other' }]);
    expect(driverRows("SELECT keyspace_name, table_name FROM system_schema.tables WHERE table_name = 'u' ALLOW FILTERING")).toEqual([{ keyspace_name: 'ks', table_name: 'u' }]);
    expect(driverRows("SELECT column_name FROM system_schema.columns WHERE keyspace_name = 'ks' AND kind = 'partition_key' AND position = 1 ALLOW FILTERING"))
      .toEqual([{ column_name: 'b' }]);
  });

  it('applies LIMIT, PER PARTITION LIMIT, DISTINCT and ORDER BY', () => {
    expect(select('SELECT * FROM system_schema.keyspaces LIMIT 2').rows).toHaveLength(2);
    expect(select('SELECT * FROM system_schema.keyspaces LIMIT ?', rawParams([int32(3)])).rows).toHaveLength(3);
    const all = driverRows('SELECT keyspace_name, table_name FROM system_schema.tables');
    const perKeyspace = driverRows('SELECT keyspace_name, table_name FROM system_schema.tables PER PARTITION LIMIT 1');
    expect(perKeyspace.map((r) => r['keyspace_name'])).toEqual([...new Set(all.map((r) => r['keyspace_name']))]);
    expect(driverRows('SELECT DISTINCT keyspace_name FROM system_schema.tables')).toEqual([...new Set(all.map((r) => r['keyspace_name']))].map((k) => ({ keyspace_name: k })));
    invalid('SELECT DISTINCT table_name FROM system_schema.tables', 'SELECT DISTINCT queries must only request partition key columns and/or static columns (not table_name)');
    expect(driverRows("SELECT table_name FROM system_schema.tables WHERE keyspace_name = 'ks' ORDER BY table_name DESC").map((r) => r['table_name'])).toEqual(['u', 't']);
    invalid('SELECT * FROM system_schema.tables ORDER BY table_name DESC', 'ORDER BY is only supported when the partition key is restricted by an EQ or an IN.');
  });

  it('orders partitions by token and rows by clustering key, as Cassandra', () => {
    const keyspaces = driverRows('SELECT keyspace_name FROM system_schema.keyspaces').map((r) => r['keyspace_name'] as string);
    expect(keyspaces.sort()).toEqual(['ks', 'other', 'system', 'system_auth', 'system_distributed', 'system_schema', 'system_traces']);
    const schemaTables = driverRows("SELECT table_name FROM system_schema.tables WHERE keyspace_name = 'system_schema'").map((r) => r['table_name']);
    expect(schemaTables).toEqual(['aggregates', 'columns', 'dropped_columns', 'functions', 'indexes', 'keyspaces', 'tables', 'triggers', 'types', 'views']);
  });

  it("answers the Node driver's trace queries with no rows", () => {
    // lib/metadata/index.js: _selectTraceSession / _selectTraceEvents, with the session id inlined.
    const session = select('SELECT * FROM system_traces.sessions WHERE session_id=6f1a0c4e-8b1e-11ee-b9d1-0242ac120002');
    expect(session.rows).toEqual([]);
    expect(session.columns.map((c) => c.name)).toEqual(['session_id', 'client', 'command', 'coordinator', 'coordinator_port', 'duration', 'parameters', 'request', 'started_at']);
    expect(select('SELECT * FROM system_traces.events WHERE session_id=6f1a0c4e-8b1e-11ee-b9d1-0242ac120002').columns.map((c) => c.name))
      .toEqual(['session_id', 'event_id', 'activity', 'source', 'source_elapsed', 'source_port', 'thread']);
  });

  it('gives system tables stable name-based ids (TableId.forSystemTable)', () => {
    const [row] = driverRows("SELECT id FROM system_schema.tables WHERE keyspace_name = 'system' AND table_name = 'local'");
    // UUID.nameUUIDFromBytes("systemlocal".getBytes()), as Cassandra 4.0 reports system.local's id.
    expect(String(row!['id'])).toBe('7ad54392-bcdd-35a6-8417-4e047860b377');
  });
});
