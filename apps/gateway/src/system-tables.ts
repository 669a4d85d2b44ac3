// The gateway's system tables: what drivers read on connect and for schema metadata
// (system.local, system.peers, system_schema.*, system_virtual_schema.*), answered from the
// gateway's identity, the other gateways and the cluster metadata view, as Cassandra 4.0
// answers them. To a driver the gateways are the nodes of the cluster (doc/system_tables.md).
//
// Contract: selectSystemTable answers a SELECT on a table of a keyspace in SYSTEM_KEYSPACES
// with all its rows in one page (pagingState null), values serialized in the native protocol
// v4 encoding, or throws InvalidRequest with Cassandra's message: `unconfigured table x` for
// a table not defined here (system.peers_v2 among them, so that drivers fall back to
// system.peers), `Undefined column name x`, the ALLOW FILTERING message. It supports what
// drivers and people send: `*` or plain columns (with aliases), DISTINCT, WHERE with = and
// IN (literals or bind markers) on any column, ORDER BY clustering columns, PER PARTITION
// LIMIT, LIMIT. Other selectors and relations are refused with InvalidRequest.
// Layouts (columns, types, primary keys) are Cassandra 4.0's (SystemKeyspace, SchemaKeyspace,
// TraceKeyspace, VirtualSchemaKeyspace). Rows come in Cassandra's order: partitions by the
// Murmur3 token of their key (by key for the virtual tables, which use a LocalPartitioner),
// then by clustering key.
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { formatType, InvalidRequest, type CqlType, type Literal, type ParamResolver, type SelectStatement, type Term } from '@cassia/cql-lite';
import { murmur3Token } from '@cassia/ring';
import type { ExecResult, ResultColumn } from './results.js';
import type { ClusterView, KeyspaceView } from './schema.js';

/** The keyspaces whose tables this module answers (Cassandra 4.0's system keyspaces). */
export const SYSTEM_KEYSPACES: ReadonlySet<string> = new Set([
  'system',
  'system_schema',
  'system_auth',
  'system_distributed',
  'system_traces',
  'system_virtual_schema',
]);

/** A gateway as system.local (itself) or a row of system.peers (another gateway) describes it. */
export interface GatewayIdentity {
  /** UUID text. */
  hostId: string;
  clusterName: string;
  dataCenter: string;
  rack: string;
  /** IP address of the native protocol listener. */
  rpcAddress: string;
  nativePort: number;
  /** IP address (system.peers' `peer`, system.local's listen and broadcast addresses). */
  listenAddress: string;
  /** E.g. '4.0.11': drivers choose their schema queries by it. */
  releaseVersion: string;
  /** E.g. '3.4.5'. */
  cqlVersion: string;
  /** E.g. '4'. */
  nativeProtocolVersion: string;
  /** E.g. 'org.apache.cassandra.dht.Murmur3Partitioner'. */
  partitioner: string;
  /** Murmur3 tokens, decimal. */
  tokens: string[];
  /** UUID text derived from the metadata epoch. */
  schemaVersion: string;
}

export interface SystemTablesContext {
  view: ClusterView;
  local: GatewayIdentity;
  /** The other gateways (drivers connect to gateways only). */
  peers: readonly GatewayIdentity[];
}

const REQUIRES_ALLOW_FILTERING_MESSAGE =
  'Cannot execute this query as it might involve data filtering and thus may have unpredictable performance. ' +
  'If you want to execute this query despite the performance unpredictability, use ALLOW FILTERING';

/**
 * Answers a SELECT on a system table: the statement's keyspace or else `keyspace` (the
 * session's) names it. Returns kind 'rows' with pagingState null; throws InvalidRequest.
 */
export function selectSystemTable(stmt: SelectStatement, keyspace: string, ctx: SystemTablesContext, params: ParamResolver): ExecResult {
  const ksName = stmt.table.keyspace ?? keyspace;
  const table = SYSTEM_KEYSPACES.has(ksName) ? TABLES.get(`${ksName}.${stmt.table.name}`) : undefined;
  if (table === undefined) throw new InvalidRequest(`unconfigured table ${stmt.table.name}`);
  params.checkMarkers?.(stmt.markers);

  const selection = bindSelection(stmt, table);
  const restrictions = bindWhere(stmt, table, params);
  checkFiltering(stmt, table, restrictions);
  if (stmt.distinct) checkDistinct(stmt, table, selection, restrictions);
  const reversed = bindOrdering(stmt, table, restrictions);
  const limit = stmt.limit === undefined ? Number.POSITIVE_INFINITY : bindLimit(stmt.limit, '[limit]', params);
  const perPartitionLimit = stmt.perPartitionLimit === undefined ? Number.POSITIVE_INFINITY : bindLimit(stmt.perPartitionLimit, '[per_partition_limit]', params);

  const partitions = partitionsOf(table, sortedRows(table, ctx).filter((row) => matches(row, restrictions)));
  const rows: (Uint8Array | null)[][] = [];
  for (const partition of partitions) {
    const inOrder = reversed ? [...partition].reverse() : partition;
    const taken = stmt.distinct ? inOrder.slice(0, 1) : inOrder.slice(0, Math.min(perPartitionLimit, inOrder.length));
    for (const row of taken) {
      if (rows.length >= limit) break;
      rows.push(selection.map((s) => row.get(s.column) ?? null));
    }
  }
  const columns: ResultColumn[] = selection.map((s) => ({ keyspace: table.keyspace, table: table.name, name: s.alias, type: s.type }));
  return { kind: 'rows', columns, rows, pagingState: null };
}

// ---------------------------------------------------------------------------------------
// Table definitions

type ColumnKind = 'partition_key' | 'clustering' | 'regular' | 'static';

interface ColumnDef {
  readonly name: string;
  readonly type: CqlType;
  readonly kind: ColumnKind;
  /** Index in the partition key or clustering columns; -1 for the others (as Cassandra). */
  readonly position: number;
}

/**
 * A value of a row before serialization: text, uuid and inet as strings, int and double as
 * numbers, bigint as bigint, timestamp as milliseconds, set and list as arrays, map as a Map.
 */
type Value = null | string | number | bigint | boolean | Uint8Array | readonly Value[] | ReadonlyMap<string, Value>;
type Row = Readonly<Record<string, Value>>;

interface TableDef {
  readonly keyspace: string;
  readonly name: string;
  readonly comment: string;
  /** In `SELECT *` order: partition key, clustering, then the others by name. */
  readonly columns: readonly ColumnDef[];
  readonly partitionKey: string;
  readonly clustering: readonly string[];
  /** Virtual tables (LocalPartitioner, listed in system_virtual_schema, not system_schema). */
  readonly virtual: boolean;
  readonly gcGraceSeconds: number;
  readonly memtableFlushPeriodMs: number;
  readonly rows: (ctx: SystemTablesContext) => readonly Row[];
}

const native = (name: Extract<CqlType, { kind: 'native' }>['name']): CqlType => ({ kind: 'native', name });
const TEXT = native('text');
const INT = native('int');
const BIGINT = native('bigint');
const BOOLEAN = native('boolean');
const DOUBLE = native('double');
const UUID = native('uuid');
const TIMEUUID = native('timeuuid');
const INET = native('inet');
const BLOB = native('blob');
const TIMESTAMP = native('timestamp');
const setOf = (element: CqlType): CqlType => ({ kind: 'set', element });
const listOf = (element: CqlType): CqlType => ({ kind: 'list', element });
const mapOf = (key: CqlType, value: CqlType): CqlType => ({ kind: 'map', key, value });
const frozen = (inner: CqlType): CqlType => ({ kind: 'frozen', inner });
const TEXT_MAP = frozen(mapOf(TEXT, TEXT));
const TEXT_LIST = frozen(listOf(TEXT));

/** Cassandra's defaults: gc_grace_seconds 0 and an hourly flush for system, 7 days for system_schema. */
const SYSTEM_OPTIONS = { gcGraceSeconds: 0, memtableFlushPeriodMs: 3_600_000 };
const SCHEMA_OPTIONS = { gcGraceSeconds: 604_800, memtableFlushPeriodMs: 3_600_000 };
const TRACES_OPTIONS = { gcGraceSeconds: 0, memtableFlushPeriodMs: 0 };
const VIRTUAL_OPTIONS = { gcGraceSeconds: 0, memtableFlushPeriodMs: 0 };

type ColumnList = readonly (readonly [string, CqlType])[];

function defineTable(
  keyspace: string,
  name: string,
  comment: string,
  key: { partition: readonly [string, CqlType]; clustering?: ColumnList },
  others: ColumnList,
  options: { gcGraceSeconds: number; memtableFlushPeriodMs: number; virtual?: boolean },
  rows: TableDef['rows'] = () => [],
): TableDef {
  const clustering = key.clustering ?? [];
  const byName = (a: readonly [string, CqlType], b: readonly [string, CqlType]): number => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0]));
  const columns: ColumnDef[] = [
    { name: key.partition[0], type: key.partition[1], kind: 'partition_key', position: 0 },
    ...clustering.map(([n, type], position): ColumnDef => ({ name: n, type, kind: 'clustering', position })),
    ...[...others].sort(byName).map(([n, type]): ColumnDef => ({ name: n, type, kind: 'regular', position: -1 })),
  ];
  if (new Set(columns.map((c) => c.name)).size !== columns.length) throw new Error(`system table ${keyspace}.${name} defines a column twice`);
  return {
    keyspace,
    name,
    comment,
    columns,
    partitionKey: key.partition[0],
    clustering: clustering.map(([n]) => n),
    virtual: options.virtual ?? false,
    gcGraceSeconds: options.gcGraceSeconds,
    memtableFlushPeriodMs: options.memtableFlushPeriodMs,
    rows,
  };
}

const KS_NAME = ['keyspace_name', TEXT] as const;

const TABLE_DEFS: readonly TableDef[] = [
  defineTable('system', 'local', 'information about the local node', { partition: ['key', TEXT] }, [
    ['bootstrapped', TEXT], ['broadcast_address', INET], ['broadcast_port', INT], ['cluster_name', TEXT], ['cql_version', TEXT],
    ['data_center', TEXT], ['gossip_generation', INT], ['host_id', UUID], ['listen_address', INET], ['listen_port', INT],
    ['native_protocol_version', TEXT], ['partitioner', TEXT], ['rack', TEXT], ['release_version', TEXT], ['rpc_address', INET],
    ['rpc_port', INT], ['schema_version', UUID], ['tokens', setOf(TEXT)], ['truncated_at', mapOf(UUID, BLOB)],
  ], SYSTEM_OPTIONS, (ctx) => [localRow(ctx.local)]),
  defineTable('system', 'peers', 'information about known peers in the cluster', { partition: ['peer', INET] }, [
    ['data_center', TEXT], ['host_id', UUID], ['preferred_ip', INET], ['rack', TEXT], ['release_version', TEXT],
    ['rpc_address', INET], ['schema_version', UUID], ['tokens', setOf(TEXT)],
  ], SYSTEM_OPTIONS, (ctx) => ctx.peers.map(peerRow)),
  defineTable('system', 'size_estimates', 'per-table primary range size estimates, table is deprecated in favor of table_estimates',
    { partition: KS_NAME, clustering: [['table_name', TEXT], ['range_start', TEXT], ['range_end', TEXT]] },
    [['mean_partition_size', BIGINT], ['partitions_count', BIGINT]], SYSTEM_OPTIONS),

  defineTable('system_schema', 'keyspaces', 'keyspace definitions', { partition: KS_NAME },
    [['durable_writes', BOOLEAN], ['replication', TEXT_MAP]], SCHEMA_OPTIONS, keyspaceRows),
  defineTable('system_schema', 'tables', 'table definitions', { partition: KS_NAME, clustering: [['table_name', TEXT]] }, [
    ['bloom_filter_fp_chance', DOUBLE], ['caching', TEXT_MAP], ['comment', TEXT], ['compaction', TEXT_MAP], ['compression', TEXT_MAP],
    ['crc_check_chance', DOUBLE], ['dclocal_read_repair_chance', DOUBLE], ['default_time_to_live', INT],
    ['extensions', frozen(mapOf(TEXT, BLOB))], ['flags', frozen(setOf(TEXT))], ['gc_grace_seconds', INT], ['id', UUID],
    ['max_index_interval', INT], ['memtable_flush_period_in_ms', INT], ['min_index_interval', INT], ['read_repair_chance', DOUBLE],
    ['speculative_retry', TEXT], ['additional_write_policy', TEXT], ['cdc', BOOLEAN], ['read_repair', TEXT],
  ], SCHEMA_OPTIONS, tableRows),
  defineTable('system_schema', 'columns', 'column definitions',
    { partition: KS_NAME, clustering: [['table_name', TEXT], ['column_name', TEXT]] },
    [['clustering_order', TEXT], ['column_name_bytes', BLOB], ['kind', TEXT], ['position', INT], ['type', TEXT]],
    SCHEMA_OPTIONS, (ctx) => columnRows(ctx, false)),
  defineTable('system_schema', 'triggers', 'trigger definitions',
    { partition: KS_NAME, clustering: [['table_name', TEXT], ['trigger_name', TEXT]] }, [['options', TEXT_MAP]], SCHEMA_OPTIONS),
  defineTable('system_schema', 'dropped_columns', 'dropped column registry',
    { partition: KS_NAME, clustering: [['table_name', TEXT], ['column_name', TEXT]] },
    [['dropped_time', TIMESTAMP], ['kind', TEXT], ['type', TEXT]], SCHEMA_OPTIONS),
  defineTable('system_schema', 'views', 'view definitions', { partition: KS_NAME, clustering: [['view_name', TEXT]] }, [
    ['base_table_id', UUID], ['base_table_name', TEXT], ['where_clause', TEXT], ['bloom_filter_fp_chance', DOUBLE], ['caching', TEXT_MAP],
    ['comment', TEXT], ['compaction', TEXT_MAP], ['compression', TEXT_MAP], ['crc_check_chance', DOUBLE],
    ['dclocal_read_repair_chance', DOUBLE], ['default_time_to_live', INT], ['extensions', frozen(mapOf(TEXT, BLOB))],
    ['gc_grace_seconds', INT], ['id', UUID], ['include_all_columns', BOOLEAN], ['max_index_interval', INT],
    ['memtable_flush_period_in_ms', INT], ['min_index_interval', INT], ['read_repair_chance', DOUBLE], ['speculative_retry', TEXT],
    ['additional_write_policy', TEXT], ['cdc', BOOLEAN], ['read_repair', TEXT],
  ], SCHEMA_OPTIONS),
  defineTable('system_schema', 'types', 'user defined type definitions', { partition: KS_NAME, clustering: [['type_name', TEXT]] },
    [['field_names', TEXT_LIST], ['field_types', TEXT_LIST]], SCHEMA_OPTIONS),
  defineTable('system_schema', 'functions', 'user defined function definitions',
    { partition: KS_NAME, clustering: [['function_name', TEXT], ['argument_types', TEXT_LIST]] },
    [['argument_names', TEXT_LIST], ['body', TEXT], ['language', TEXT], ['return_type', TEXT], ['called_on_null_input', BOOLEAN]],
    SCHEMA_OPTIONS),
  defineTable('system_schema', 'aggregates', 'user defined aggregate definitions',
    { partition: KS_NAME, clustering: [['aggregate_name', TEXT], ['argument_types', TEXT_LIST]] },
    [['final_func', TEXT], ['initcond', TEXT], ['return_type', TEXT], ['state_func', TEXT], ['state_type', TEXT]], SCHEMA_OPTIONS),
  defineTable('system_schema', 'indexes', 'secondary index definitions',
    { partition: KS_NAME, clustering: [['table_name', TEXT], ['index_name', TEXT]] },
    [['kind', TEXT], ['options', TEXT_MAP]], SCHEMA_OPTIONS),

  defineTable('system_traces', 'sessions', 'tracing sessions', { partition: ['session_id', UUID] }, [
    ['command', TEXT], ['client', INET], ['coordinator', INET], ['coordinator_port', INT], ['duration', INT],
    ['parameters', mapOf(TEXT, TEXT)], ['request', TEXT], ['started_at', TIMESTAMP],
  ], TRACES_OPTIONS),
  defineTable('system_traces', 'events', 'tracing events', { partition: ['session_id', UUID], clustering: [['event_id', TIMEUUID]] }, [
    ['activity', TEXT], ['source', INET], ['source_port', INT], ['source_elapsed', INT], ['thread', TEXT],
  ], TRACES_OPTIONS),

  defineTable('system_virtual_schema', 'keyspaces', 'virtual keyspace definitions', { partition: KS_NAME }, [],
    { ...VIRTUAL_OPTIONS, virtual: true }, () => VIRTUAL_KEYSPACES.map((k) => ({ keyspace_name: k }))),
  defineTable('system_virtual_schema', 'tables', 'virtual table definitions', { partition: KS_NAME, clustering: [['table_name', TEXT]] },
    [['comment', TEXT]], { ...VIRTUAL_OPTIONS, virtual: true },
    () => TABLE_DEFS.filter((t) => t.virtual).map((t) => ({ keyspace_name: t.keyspace, table_name: t.name, comment: t.comment }))),
  defineTable('system_virtual_schema', 'columns', 'virtual column definitions',
    { partition: KS_NAME, clustering: [['table_name', TEXT], ['column_name', TEXT]] },
    [['clustering_order', TEXT], ['column_name_bytes', BLOB], ['kind', TEXT], ['position', INT], ['type', TEXT]],
    { ...VIRTUAL_OPTIONS, virtual: true }, (ctx) => columnRows(ctx, true)),
];

const TABLES: ReadonlyMap<string, TableDef> = new Map(TABLE_DEFS.map((t) => [`${t.keyspace}.${t.name}`, t]));

/** The virtual keyspaces system_virtual_schema lists: those whose tables this module answers. */
const VIRTUAL_KEYSPACES: readonly string[] = ['system_virtual_schema'];

const LOCAL_STRATEGY = 'org.apache.cassandra.locator.LocalStrategy';
const SIMPLE_STRATEGY = 'org.apache.cassandra.locator.SimpleStrategy';

/** Cassandra 4.0's own keyspaces in system_schema.keyspaces, with the replication it reports. */
const SYSTEM_KEYSPACE_REPLICATION: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map<string, Readonly<Record<string, string>>>([
  ['system', { class: LOCAL_STRATEGY }],
  ['system_schema', { class: LOCAL_STRATEGY }],
  ['system_auth', { class: SIMPLE_STRATEGY, replication_factor: '1' }],
  ['system_distributed', { class: SIMPLE_STRATEGY, replication_factor: '3' }],
  ['system_traces', { class: SIMPLE_STRATEGY, replication_factor: '2' }],
]);

// ---------------------------------------------------------------------------------------
// Rows

function localRow(id: GatewayIdentity): Row {
  return {
    key: 'local',
    bootstrapped: 'COMPLETED',
    broadcast_address: id.listenAddress,
    cluster_name: id.clusterName,
    cql_version: id.cqlVersion,
    data_center: id.dataCenter,
    host_id: id.hostId,
    listen_address: id.listenAddress,
    native_protocol_version: id.nativeProtocolVersion,
    partitioner: id.partitioner,
    rack: id.rack,
    release_version: id.releaseVersion,
    rpc_address: id.rpcAddress,
    rpc_port: id.nativePort,
    schema_version: id.schemaVersion,
    tokens: id.tokens,
  };
}

function peerRow(id: GatewayIdentity): Row {
  return {
    peer: id.listenAddress,
    data_center: id.dataCenter,
    host_id: id.hostId,
    rack: id.rack,
    release_version: id.releaseVersion,
    rpc_address: id.rpcAddress,
    schema_version: id.schemaVersion,
    tokens: id.tokens,
  };
}

/** The user keyspaces of the view (a name clashing with a system keyspace is left out). */
function userKeyspaces(ctx: SystemTablesContext): KeyspaceView[] {
  return [...ctx.view.keyspaces.values()].filter((ks) => !SYSTEM_KEYSPACES.has(ks.schema.name));
}

function keyspaceRows(ctx: SystemTablesContext): Row[] {
  const rows: Row[] = [...SYSTEM_KEYSPACE_REPLICATION].map(([name, replication]) => ({
    keyspace_name: name,
    durable_writes: true,
    replication: new Map(Object.entries(replication)),
  }));
  for (const ks of userKeyspaces(ctx)) {
    rows.push({ keyspace_name: ks.schema.name, durable_writes: ks.schema.durableWrites, replication: new Map(Object.entries(ks.schema.replication)) });
  }
  return rows;
}

/** Table options as Cassandra 4.0 reports them when CREATE TABLE gives none. */
const DEFAULT_CACHING: Readonly<Record<string, string>> = { keys: 'ALL', rows_per_partition: 'NONE' };
const COMPACTION_PACKAGE = 'org.apache.cassandra.db.compaction.';
const COMPRESSION_PACKAGE = 'org.apache.cassandra.io.compress.';
const DEFAULT_COMPACTION_CLASS = `${COMPACTION_PACKAGE}SizeTieredCompactionStrategy`;
const DEFAULT_COMPRESSION_CLASS = `${COMPRESSION_PACKAGE}LZ4Compressor`;
const DEFAULT_CHUNK_LENGTH_KB = '16';
const DEFAULT_GC_GRACE_SECONDS = 864_000;

function tableRows(ctx: SystemTablesContext): Row[] {
  const rows: Row[] = TABLE_DEFS.filter((t) => !t.virtual).map((t) =>
    tableOptionsRow(t.keyspace, t.name, systemTableId(t.keyspace, t.name), {
      comment: t.comment,
      gc_grace_seconds: t.gcGraceSeconds,
      memtable_flush_period_in_ms: t.memtableFlushPeriodMs,
    }),
  );
  for (const ks of userKeyspaces(ctx)) for (const t of ks.tables.values()) rows.push(tableOptionsRow(t.keyspace, t.name, t.id, t.options));
  return rows;
}

/** A system_schema.tables row: the options given (TableSchema.options), Cassandra's defaults for the rest. */
function tableOptionsRow(keyspace: string, name: string, id: string, options: Readonly<Record<string, unknown>>): Row {
  const num = (key: string, fallback: number): number => {
    const v = options[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
    return Number.isFinite(n) ? n : fallback;
  };
  const int = (key: string, fallback: number): number => {
    const n = num(key, fallback);
    return Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 ? n : fallback;
  };
  const str = (key: string, fallback: string): string => (typeof options[key] === 'string' ? (options[key] as string) : fallback);
  const cdc = options['cdc'];
  return {
    keyspace_name: keyspace,
    table_name: name,
    additional_write_policy: str('additional_write_policy', '99p'),
    bloom_filter_fp_chance: num('bloom_filter_fp_chance', 0.01),
    caching: new Map(Object.entries({ ...DEFAULT_CACHING, ...stringMap(options['caching']) })),
    // Cassandra leaves cdc unset unless cdc_enabled is on in cassandra.yaml.
    cdc: typeof cdc === 'boolean' ? cdc : cdc === 'true' ? true : cdc === 'false' ? false : null,
    comment: str('comment', ''),
    compaction: compactionOption(stringMap(options['compaction'])),
    compression: compressionOption(stringMap(options['compression'])),
    crc_check_chance: num('crc_check_chance', 1),
    dclocal_read_repair_chance: 0,
    default_time_to_live: int('default_time_to_live', 0),
    extensions: new Map(),
    flags: ['compound'],
    gc_grace_seconds: int('gc_grace_seconds', DEFAULT_GC_GRACE_SECONDS),
    id: UUID_PATTERN.test(id) ? id : null,
    max_index_interval: int('max_index_interval', 2048),
    memtable_flush_period_in_ms: int('memtable_flush_period_in_ms', 0),
    min_index_interval: int('min_index_interval', 128),
    read_repair: str('read_repair', 'BLOCKING'),
    read_repair_chance: 0,
    speculative_retry: str('speculative_retry', '99p'),
  };
}

/** A `{k: v}` option as strings; empty when it is not a map. */
function stringMap(v: unknown): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, String(val)]));
}

function qualified(cls: string, pkg: string): string {
  return cls.includes('.') ? cls : pkg + cls;
}

function compactionOption(given: Record<string, string>): Map<string, Value> {
  const { class: cls, ...rest } = given;
  return new Map(Object.entries({
    class: cls === undefined ? DEFAULT_COMPACTION_CLASS : qualified(cls, COMPACTION_PACKAGE),
    max_threshold: '32',
    min_threshold: '4',
    ...rest,
  }));
}

function compressionOption(given: Record<string, string>): Map<string, Value> {
  if (given['enabled'] === 'false') return new Map([['enabled', 'false']]);
  const { class: cls, sstable_compression: legacyClass, chunk_length_kb: legacyChunk, chunk_length_in_kb: chunk, enabled: _enabled, ...rest } = given;
  const name = cls ?? legacyClass;
  return new Map(Object.entries({
    chunk_length_in_kb: chunk ?? legacyChunk ?? DEFAULT_CHUNK_LENGTH_KB,
    class: name === undefined ? DEFAULT_COMPRESSION_CLASS : qualified(name, COMPRESSION_PACKAGE),
    ...rest,
  }));
}

/** Rows of system_schema.columns (virtual false) or system_virtual_schema.columns (virtual true). */
function columnRows(ctx: SystemTablesContext, virtual: boolean): Row[] {
  const rows: Row[] = [];
  for (const t of TABLE_DEFS.filter((d) => d.virtual === virtual)) {
    for (const c of t.columns) rows.push(columnRow(t.keyspace, t.name, c.name, c.kind, c.position, c.type, c.kind === 'clustering' ? 'asc' : 'none'));
  }
  if (virtual) return rows;
  for (const ks of userKeyspaces(ctx)) {
    for (const t of ks.tables.values()) {
      for (const c of t.columns) {
        const order = c.kind === 'clustering' ? (t.clusteringOrder[c.position] === 'DESC' ? 'desc' : 'asc') : 'none';
        rows.push(columnRow(t.keyspace, t.name, c.name, c.kind, c.kind === 'partition_key' || c.kind === 'clustering' ? c.position : -1, c.type, order));
      }
    }
  }
  return rows;
}

function columnRow(keyspace: string, table: string, name: string, kind: string, position: number, type: CqlType, order: string): Row {
  return {
    keyspace_name: keyspace,
    table_name: table,
    column_name: name,
    clustering_order: order,
    column_name_bytes: Buffer.from(name, 'utf8'),
    kind,
    position,
    // Cassandra prints a DESC clustering column's type without ReversedType: so does formatType.
    type: formatType(type),
  };
}

/**
 * Cassandra's TableId.forSystemTable: a name-based (version 3) UUID of the keyspace and table
 * names' bytes, so a system table's id is the same on every node and every restart.
 */
function systemTableId(keyspace: string, table: string): string {
  const b = createHash('md5').update(Buffer.from(keyspace + table, 'utf8')).digest();
  b[6] = (b[6]! & 0x0f) | 0x30;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------
// Ordering and query evaluation

/** A serialized row: column name → value bytes (absent for null). */
type SerializedRow = ReadonlyMap<string, Uint8Array>;

/** Every row of `table`, serialized, in Cassandra's order (partition token, then clustering). */
function sortedRows(table: TableDef, ctx: SystemTablesContext): SerializedRow[] {
  const keyed = table.rows(ctx).map((row) => {
    const bytes = serializeRow(table, row);
    const pk = bytes.get(table.partitionKey);
    if (pk === undefined) throw new Error(`${table.keyspace}.${table.name}: a row without partition key`);
    return { bytes, pk, token: table.virtual ? 0n : murmur3Token(pk) };
  });
  keyed.sort((a, b) => {
    if (a.token !== b.token) return a.token < b.token ? -1 : 1;
    const byKey = Buffer.compare(a.pk, b.pk);
    if (byKey !== 0) return byKey;
    // Byte order is Cassandra's order for the clustering columns these tables have (text).
    for (const c of table.clustering) {
      const d = Buffer.compare(a.bytes.get(c) ?? EMPTY, b.bytes.get(c) ?? EMPTY);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map((k) => k.bytes);
}

const EMPTY = new Uint8Array(0);

function serializeRow(table: TableDef, row: Row): SerializedRow {
  const out = new Map<string, Uint8Array>();
  const names = new Set(table.columns.map((c) => c.name));
  for (const name of Object.keys(row)) {
    if (!names.has(name)) throw new Error(`${table.keyspace}.${table.name}: a row sets unknown column ${name}`);
  }
  for (const c of table.columns) {
    const bytes = serialize(c.type, row[c.name] ?? null, `${table.keyspace}.${table.name}.${c.name}`);
    if (bytes !== null) out.set(c.name, bytes);
  }
  return out;
}

/** Consecutive rows of the same partition, grouped. */
function partitionsOf(table: TableDef, rows: readonly SerializedRow[]): SerializedRow[][] {
  const out: SerializedRow[][] = [];
  let last: Uint8Array | undefined;
  for (const row of rows) {
    const pk = row.get(table.partitionKey) ?? EMPTY;
    if (last === undefined || Buffer.compare(last, pk) !== 0) out.push([]);
    out[out.length - 1]!.push(row);
    last = pk;
  }
  return out;
}

interface Selected {
  readonly column: string;
  readonly alias: string;
  readonly type: CqlType;
}

function findColumnDef(table: TableDef, name: string): ColumnDef {
  const c = table.columns.find((col) => col.name === name);
  if (c === undefined) throw new InvalidRequest(`Undefined column name ${name}`);
  return c;
}

function bindSelection(stmt: SelectStatement, table: TableDef): Selected[] {
  if (stmt.selection.kind === 'all') return table.columns.map((c) => ({ column: c.name, alias: c.name, type: c.type }));
  return stmt.selection.selectors.map((s): Selected => {
    if (s.kind !== 'column') {
      throw new InvalidRequest(`Only columns can be selected from system table ${table.keyspace}.${table.name} (not ${s.kind})`);
    }
    const c = findColumnDef(table, s.column);
    return { column: c.name, alias: s.alias ?? c.name, type: c.type };
  });
}

/** For each restricted column, the serialized values (hex) a row may hold there. */
type Restrictions = ReadonlyMap<string, ReadonlySet<string>>;

function bindWhere(stmt: SelectStatement, table: TableDef, params: ParamResolver): Restrictions {
  const out = new Map<string, Set<string>>();
  for (const rel of stmt.where) {
    if (rel.kind !== 'compare' && rel.kind !== 'in' && rel.kind !== 'in_marker') {
      throw new InvalidRequest(`Only = and IN relations on single columns are supported on system tables (not ${rel.kind})`);
    }
    const c = findColumnDef(table, rel.column);
    if (out.has(c.name)) {
      throw new InvalidRequest(`${c.name} cannot be restricted by more than one relation if it includes ${rel.kind === 'compare' ? 'an Equal' : 'a IN'}`);
    }
    let values: (Uint8Array | null)[];
    if (rel.kind === 'compare') {
      if (rel.op !== '=') throw new InvalidRequest(`Only = and IN relations on single columns are supported on system tables (not ${rel.op})`);
      values = [termBytes(rel.term, c.type, c.name, params)];
    } else if (rel.kind === 'in') {
      values = rel.terms.map((t) => termBytes(t, c.type, c.name, params));
    } else {
      const list = params(rel.marker, { kind: 'list', element: c.type }, `in(${c.name})`);
      if (list === null) throw new InvalidRequest(`Invalid null value for IN restriction on ${c.name}`);
      values = deserializeElements(list, `in(${c.name})`);
    }
    if (values.some((v) => v === null)) throw new InvalidRequest(`Invalid null value in condition for column ${c.name}`);
    out.set(c.name, new Set(values.map((v) => Buffer.from(v as Uint8Array).toString('hex'))));
  }
  return out;
}

function matches(row: SerializedRow, restrictions: Restrictions): boolean {
  for (const [column, allowed] of restrictions) {
    const v = row.get(column);
    if (v === undefined || !allowed.has(Buffer.from(v).toString('hex'))) return false;
  }
  return true;
}

/**
 * Cassandra's rule, for these single-column partition keys: without ALLOW FILTERING only the
 * partition key and a prefix of the clustering columns (after the partition key) may be
 * restricted.
 */
function checkFiltering(stmt: SelectStatement, table: TableDef, restrictions: Restrictions): void {
  if (stmt.allowFiltering) return;
  for (const column of restrictions.keys()) {
    const kind = findColumnDef(table, column).kind;
    if (kind === 'regular' || kind === 'static') throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);
  }
  const restrictedClustering = table.clustering.filter((c) => restrictions.has(c));
  if (restrictedClustering.length === 0) return;
  if (!restrictions.has(table.partitionKey)) throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);
  table.clustering.forEach((c, i) => {
    const preceding = table.clustering[i - 1];
    if (i > 0 && restrictions.has(c) && preceding !== undefined && !restrictions.has(preceding)) {
      throw new InvalidRequest(`PRIMARY KEY column "${c}" cannot be restricted as preceding column "${preceding}" is not restricted`);
    }
  });
}

function checkDistinct(stmt: SelectStatement, table: TableDef, selection: readonly Selected[], restrictions: Restrictions): void {
  if (stmt.perPartitionLimit !== undefined) throw new InvalidRequest('PER PARTITION LIMIT is not allowed with SELECT DISTINCT queries');
  for (const s of selection) {
    if (s.column !== table.partitionKey) {
      throw new InvalidRequest(`SELECT DISTINCT queries must only request partition key columns and/or static columns (not ${s.column})`);
    }
  }
  if (!selection.some((s) => s.column === table.partitionKey)) {
    throw new InvalidRequest(`SELECT DISTINCT queries must request all the partition key columns (missing ${table.partitionKey})`);
  }
  if ([...restrictions.keys()].some((c) => c !== table.partitionKey)) {
    throw new InvalidRequest('SELECT DISTINCT with WHERE clause only supports restriction by partition key and/or static columns.');
  }
}

/** Whether ORDER BY reverses the clustering order (every clustering column of these tables is ASC). */
function bindOrdering(stmt: SelectStatement, table: TableDef, restrictions: Restrictions): boolean {
  if (stmt.orderBy.length === 0) return false;
  if (!restrictions.has(table.partitionKey)) {
    throw new InvalidRequest('ORDER BY is only supported when the partition key is restricted by an EQ or an IN.');
  }
  stmt.orderBy.forEach((o, i) => {
    const c = findColumnDef(table, o.column);
    if (c.kind !== 'clustering') throw new InvalidRequest(`Order by is currently only supported on the clustered columns of the PRIMARY KEY, got ${o.column}`);
    if (c.position !== i) throw new InvalidRequest('Order by currently only supports the ordering of columns following their declared order in the PRIMARY KEY');
  });
  const reversed = stmt.orderBy[0]!.order === 'DESC';
  if (stmt.orderBy.some((o) => (o.order === 'DESC') !== reversed)) throw new InvalidRequest('Unsupported order by relation');
  return reversed;
}

function bindLimit(term: Term, name: string, params: ParamResolver): number {
  const bytes = termBytes(term, INT, name, params);
  if (bytes === null) throw new InvalidRequest('Invalid null value of limit');
  if (bytes.length !== 4) throw new InvalidRequest(`Expected 4 bytes for the value of ${name} (got ${bytes.length})`);
  const limit = Buffer.from(bytes).readInt32BE(0);
  if (limit <= 0) throw new InvalidRequest('LIMIT must be strictly positive');
  return limit;
}

// ---------------------------------------------------------------------------------------
// Terms of WHERE and LIMIT: literals and bind markers to serialized values

function termBytes(term: Term, type: CqlType, column: string, params: ParamResolver): Uint8Array | null {
  const kind = (term as { kind: string }).kind;
  switch (term.kind) {
    case 'bind':
      return params(term, type, column);
    case 'literal':
      return literalBytes(term, unfrozen(type), column);
    case 'list':
    case 'set': {
      const t = unfrozen(type);
      if ((t.kind !== 'list' && t.kind !== 'set') || (term.kind === 'set' && t.kind === 'list')) throw invalidCollection(term.kind, type, column);
      const items = term.items.map((item) => termBytes(item, t.element, column, params));
      if (items.some((i) => i === null)) throw new InvalidRequest('null is not supported inside collections');
      return serializeCollection(items as Uint8Array[], t.kind === 'set');
    }
    case 'map': {
      const t = unfrozen(type);
      if (t.kind !== 'map' && !(t.kind === 'set' && term.entries.length === 0)) throw invalidCollection('map', type, column);
      if (t.kind === 'set') return serializeCollection([], true); // `{}` is also the empty set
      const entries = term.entries.map(([k, v]) => [termBytes(k, t.key, column, params), termBytes(v, t.value, column, params)] as const);
      if (entries.some(([k, v]) => k === null || v === null)) throw new InvalidRequest('null is not supported inside collections');
      return serializeMap(entries as [Uint8Array, Uint8Array][]);
    }
    default:
      throw new InvalidRequest(`Invalid ${kind} term for ${column} of type ${formatType(type)}`);
  }
}

function invalidCollection(kind: string, type: CqlType, column: string): InvalidRequest {
  return new InvalidRequest(`Invalid ${kind} literal for ${column} of type ${formatType(type)}`);
}

function literalBytes(lit: Literal, type: CqlType, column: string): Uint8Array | null {
  if (lit.type === 'null') return null;
  const invalid = (): InvalidRequest =>
    new InvalidRequest(`Invalid ${lit.type.toUpperCase()} constant (${lit.text}) for "${column}" of type ${formatType(type)}`);
  if (type.kind !== 'native') throw invalid();
  switch (type.name) {
    case 'text':
    case 'ascii':
      if (lit.type !== 'string') throw invalid();
      return Buffer.from(lit.text, 'utf8');
    case 'inet': {
      if (lit.type !== 'string') throw invalid();
      const b = inetBytes(lit.text);
      if (b === undefined) throw new InvalidRequest(`Unable to make inet address from '${lit.text}'`);
      return b;
    }
    case 'uuid':
    case 'timeuuid':
      if ((lit.type !== 'uuid' && lit.type !== 'string') || !UUID_PATTERN.test(lit.text)) throw invalid();
      return uuidBytes(lit.text);
    case 'int':
    case 'bigint': {
      if (lit.type !== 'integer') throw invalid();
      const n = BigInt(lit.text);
      const bits = type.name === 'int' ? 32 : 64;
      if (n < -(2n ** BigInt(bits - 1)) || n >= 2n ** BigInt(bits - 1)) throw invalid();
      return type.name === 'int' ? serialize(INT, Number(n), column)! : serialize(BIGINT, n, column)!;
    }
    case 'double':
      if (lit.type !== 'integer' && lit.type !== 'float') throw invalid();
      return serialize(DOUBLE, Number(lit.text), column)!;
    case 'boolean':
      if (lit.type !== 'boolean') throw invalid();
      return serialize(BOOLEAN, lit.text.toLowerCase() === 'true', column)!;
    case 'blob':
      if (lit.type !== 'blob') throw invalid();
      return Buffer.from(lit.text.slice(2), 'hex');
    default:
      throw invalid();
  }
}

// ---------------------------------------------------------------------------------------
// Serialization (native protocol v4 value encoding)

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function unfrozen(t: CqlType): CqlType {
  let out = t;
  while (out.kind === 'frozen') out = out.inner;
  return out;
}

/**
 * The bytes of `value` as a column of `type`; null for null and for an empty non-frozen
 * collection (Cassandra stores no cells for it). A value that does not fit its type is a
 * programmer error (`where` names the column).
 */
function serialize(type: CqlType, value: Value, where: string): Uint8Array | null {
  if (value === null) return null;
  const wrong = (): Error => new Error(`${where}: ${String(value)} is not a value of type ${formatType(type)}`);
  switch (type.kind) {
    case 'frozen': {
      const inner = unfrozen(type);
      if ((inner.kind === 'list' || inner.kind === 'set') && Array.isArray(value)) return serializeCollection(elements(inner.element, value, where), inner.kind === 'set');
      if (inner.kind === 'map' && value instanceof Map) return serializeMap(entries(inner, value, where));
      return serialize(inner, value, where);
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw wrong();
      return value.length === 0 ? null : serializeCollection(elements(type.element, value, where), type.kind === 'set');
    }
    case 'map': {
      if (!(value instanceof Map)) throw wrong();
      return value.size === 0 ? null : serializeMap(entries(type, value, where));
    }
    case 'native':
      return serializeNative(type.name, value, wrong);
    default:
      throw wrong();
  }
}

function elements(type: CqlType, values: readonly Value[], where: string): Uint8Array[] {
  return values.map((v) => {
    const b = serialize(type, v, where);
    if (b === null) throw new Error(`${where}: null inside a collection`);
    return b;
  });
}

function entries(type: Extract<CqlType, { kind: 'map' }>, map: ReadonlyMap<string, Value>, where: string): [Uint8Array, Uint8Array][] {
  return [...map].map(([k, v]) => {
    const kb = serialize(type.key, k, where);
    const vb = serialize(type.value, v, where);
    if (kb === null || vb === null) throw new Error(`${where}: null inside a map`);
    return [kb, vb];
  });
}

function serializeNative(name: string, value: Value, wrong: () => Error): Uint8Array {
  switch (name) {
    case 'text':
    case 'ascii':
      if (typeof value !== 'string') throw wrong();
      return Buffer.from(value, 'utf8');
    case 'uuid':
    case 'timeuuid':
      if (typeof value !== 'string' || !UUID_PATTERN.test(value)) throw wrong();
      return uuidBytes(value);
    case 'inet': {
      const b = typeof value === 'string' ? inetBytes(value) : undefined;
      if (b === undefined) throw wrong();
      return b;
    }
    case 'int': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) throw wrong();
      const b = Buffer.alloc(4);
      b.writeInt32BE(value);
      return b;
    }
    case 'bigint':
    case 'timestamp': {
      const n = typeof value === 'bigint' ? value : typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : undefined;
      if (n === undefined || n < -(2n ** 63n) || n >= 2n ** 63n) throw wrong();
      const b = Buffer.alloc(8);
      b.writeBigInt64BE(n);
      return b;
    }
    case 'double': {
      if (typeof value !== 'number') throw wrong();
      const b = Buffer.alloc(8);
      b.writeDoubleBE(value);
      return b;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return Uint8Array.of(value ? 1 : 0);
    case 'blob':
      if (!(value instanceof Uint8Array)) throw wrong();
      return value;
    default:
      throw wrong();
  }
}

/** `[int32 n][int32 length, bytes]*n`; a set's elements sorted by their bytes and deduplicated (UTF8Type order for text). */
function serializeCollection(items: readonly Uint8Array[], isSet: boolean): Uint8Array {
  let list = [...items];
  if (isSet) list = list.sort((a, b) => Buffer.compare(a, b)).filter((b, i, all) => i === 0 || Buffer.compare(all[i - 1]!, b) !== 0);
  return concatSized(list.length, list);
}

/** `[int32 n]([int32 length, key bytes][int32 length, value bytes])*n`, by key bytes. */
function serializeMap(pairs: readonly (readonly [Uint8Array, Uint8Array])[]): Uint8Array {
  const sorted = [...pairs].sort((a, b) => Buffer.compare(a[0], b[0]));
  return concatSized(sorted.length, sorted.flat());
}

function concatSized(count: number, parts: readonly Uint8Array[]): Uint8Array {
  const out = Buffer.alloc(4 + parts.reduce((n, p) => n + 4 + p.length, 0));
  out.writeInt32BE(count, 0);
  let at = 4;
  for (const p of parts) {
    out.writeInt32BE(p.length, at);
    out.set(p, at + 4);
    at += 4 + p.length;
  }
  return out;
}

/** The elements of a serialized list (an IN marker's value). */
function deserializeElements(bytes: Uint8Array, name: string): (Uint8Array | null)[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (): InvalidRequest => new InvalidRequest(`Invalid list value for ${name}: not enough bytes`);
  if (b.length < 4) throw bad();
  const n = b.readInt32BE(0);
  if (n < 0 || n > (b.length - 4) / 4) throw bad();
  const out: (Uint8Array | null)[] = [];
  let at = 4;
  for (let i = 0; i < n; i++) {
    if (at + 4 > b.length) throw bad();
    const len = b.readInt32BE(at);
    at += 4;
    if (len < 0) {
      out.push(null);
      continue;
    }
    if (at + len > b.length) throw bad();
    out.push(b.subarray(at, at + len));
    at += len;
  }
  if (at !== b.length) throw new InvalidRequest(`Invalid list value for ${name}: ${b.length - at} bytes left over`);
  return out;
}

function uuidBytes(text: string): Uint8Array {
  return Buffer.from(text.replaceAll('-', ''), 'hex');
}

/** 4 bytes for IPv4 (and IPv4-mapped IPv6, as Java's InetAddress), 16 for IPv6; undefined if not an IP. */
function inetBytes(text: string): Uint8Array | undefined {
  const version = isIP(text);
  if (version === 4) return Uint8Array.from(text.split('.').map(Number));
  if (version !== 6) return undefined;
  let s = text.split('%')[0]!;
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    const [a, b, c, d] = tail.split('.').map(Number) as [number, number, number, number];
    s = `${s.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = s.split('::') as [string, string | undefined];
  const words = (part: string | undefined): number[] => (part === undefined || part === '' ? [] : part.split(':').map((w) => parseInt(w, 16)));
  const front = words(head);
  const back = words(rest);
  const all = rest === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  const out = new Uint8Array(16);
  all.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  const mapped = out.subarray(0, 10).every((x) => x === 0) && out[10] === 0xff && out[11] === 0xff;
  return mapped ? out.slice(12) : out;
}
