// Executes one CQL-lite statement: DDL through compare-and-set on the cluster metadata,
// INSERT/DELETE as mutations and SELECT as partition reads through the coordinator at the
// request's consistency level. Protocol-neutral: values come in through a ParamResolver and go
// out serialized (results.ts); the HTTP endpoint and the native protocol convert. Every
// failure is a CqlError.
import { randomUUID } from 'node:crypto';
import {
  AlreadyExists,
  ConfigurationError,
  CqlError,
  InvalidRequest,
  ProtocolError,
  ServerError,
  alterKeyspace,
  alterTable,
  bindBatch,
  bindDelete,
  bindInsert,
  bindSelect,
  bindSelection,
  bindUpdate,
  decodeRowKey,
  formatType,
  jsonParams,
  keyspaceFromCreate,
  markerSpecs,
  parse,
  resolveKeyspace,
  rowMatches,
  tableFromCreate,
  Unavailable,
  valueToJson,
  type AlterKeyspaceStatement,
  type AlterTableStatement,
  type BatchStatement,
  type CqlType,
  type BoundDelete,
  type BoundInsert,
  type BoundSelect,
  type BoundUpdate,
  type DeleteStatement,
  type InsertStatement,
  type ParamResolver,
  type SelectedColumn,
  type SelectStatement,
  type Statement,
  type TableName,
  type TableSchema,
  type UpdateStatement,
} from '@cassia/cql-lite';
import { bytesEqual, clusteringInSlice, compareBytes, hasPrefix, liveRows, sliceAfter, type Cell, type ClusteringSlice, type Mutation } from '@cassia/lsm';
import {
  murmur3Token,
  parseConsistencyLevel,
  ReplicationConfigError,
  serializePartitionKey,
  splitPartitionKey,
  strategyFromOptions,
  prepareReplicationOptions,
  type ConsistencyLevel,
} from '@cassia/ring';
import type { MetadataStore } from '@cassia/cluster';
import type { Coordinator, Placement, RangeResume } from './coordinator.js';
import { decodePagingState, encodePagingState, queryDigest, type PagingPosition } from './paging.js';
import type { ExecResult, ExecuteOptions, MarkerSpec, PreparedInfo, ResultColumn } from './results.js';
import { deleteMutation, insertMutation, needsCurrentRow, updateMutation, type WriteTime } from './mutations.js';
import { keyspaceToMessage, tableFromMessage, tableToMessage, type ClusterView, type KeyspaceView } from './schema.js';
import { SYSTEM_KEYSPACES, selectSystemTable, type SystemTablesContext } from './system-tables.js';
import type { TimestampGenerator } from './timestamps.js';
import { inclusiveBounds, scanSegments } from './token-ranges.js';

export const DEFAULT_CONSISTENCY: ConsistencyLevel = 'ONE';
/** Rows asked of the replicas per round trip of a SELECT (replies also stop at NATS's max_payload). */
export const READ_ROUND_ROWS_MAX = 1_000;
/** Longest statement accepted, in characters. */
export const QUERY_CHARS_MAX = 1024 * 1024;

/** A request of the HTTP endpoint (README: the HTTP contract). */
export interface QueryRequest {
  query: string;
  params?: unknown[] | Record<string, unknown>;
  consistency?: string;
  keyspace?: string;
  pageSize?: number;
  pagingState?: string;
}

/** The HTTP endpoint's answer: values as JSON (valueToJson). */
export interface QueryResponse {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
  pagingState: string | null;
  /** Set by USE: the keyspace the client should use from now on. */
  keyspace?: string;
}

/** The ExecuteOptions of an HTTP request. */
export function httpExecuteOptions(request: QueryRequest): ExecuteOptions {
  return {
    params: jsonParams(request.params),
    paramsKey: JSON.stringify(request.params ?? null),
    ...(request.keyspace === undefined ? {} : { keyspace: request.keyspace }),
    ...(request.pageSize === undefined ? {} : { pageSize: request.pageSize }),
    ...(request.pagingState === undefined ? {} : { pagingState: request.pagingState }),
  };
}

/** An execution result as the HTTP endpoint answers it. */
export function toQueryResponse(result: ExecResult): QueryResponse {
  switch (result.kind) {
    case 'rows':
      return {
        columns: result.columns.map((c) => ({ name: c.name, type: formatType(c.type) })),
        rows: result.rows.map((values) => {
          const row: Record<string, unknown> = {};
          result.columns.forEach((c, i) => (row[c.name] = valueToJson(c.type, values[i] ?? null)));
          return row;
        }),
        pagingState: result.pagingState,
      };
    case 'set_keyspace':
      return { columns: [], rows: [], pagingState: null, keyspace: result.keyspace };
    default:
      return { columns: [], rows: [], pagingState: null };
  }
}

export interface ExecutorDeps {
  store: MetadataStore;
  view: () => ClusterView;
  /** What SELECTs on the system keyspaces (system.local, system.peers, system_schema.*) answer from. */
  systemTables?: () => SystemTablesContext;
  coordinator: Coordinator;
  timestamps: TimestampGenerator;
  nowSeconds: () => number;
}

const VOID: ExecResult = { kind: 'void' };

export class Executor {
  constructor(private readonly d: ExecutorDeps) {}

  /** Parses the statement (for the operation name in metrics) without executing it. */
  static parse(query: string): Statement {
    if (query.length > QUERY_CHARS_MAX) throw new InvalidRequest(`statement longer than ${QUERY_CHARS_MAX} characters`);
    return parse(query);
  }

  /** A consistency level by name (HTTP); DEFAULT_CONSISTENCY when absent. */
  static consistency(name: string | undefined): ConsistencyLevel {
    if (name === undefined) return DEFAULT_CONSISTENCY;
    const level = parseConsistencyLevel(name);
    if (level === undefined) throw new ProtocolError(`Unknown consistency level: ${name}`);
    return level;
  }

  /** Runs `stmt` (parsed from `query`, which binds paging states to it) at `level`. */
  async execute(query: string, stmt: Statement, level: ConsistencyLevel, options: ExecuteOptions): Promise<ExecResult> {
    try {
      return await this.dispatch({ query, options }, stmt, level);
    } catch (err) {
      throw asCqlError(err);
    }
  }

  /**
   * What PREPARE reports of a statement: its markers (name and type each, in index order), the
   * markers binding the partition key, the result columns of a SELECT. DDL and USE have none.
   */
  async prepare(stmt: Statement, keyspace: string | undefined): Promise<PreparedInfo> {
    try {
      if (stmt.kind !== 'insert' && stmt.kind !== 'update' && stmt.kind !== 'delete' && stmt.kind !== 'select') {
        if (stmt.kind === 'batch') return { markers: await this.batchMarkers(stmt, keyspace), partitionKeyIndexes: [], resultColumns: undefined };
        return { markers: [], partitionKeyIndexes: [], resultColumns: undefined };
      }
      const ks = stmt.table.keyspace ?? keyspace;
      if (stmt.kind === 'select' && ks !== undefined && SYSTEM_KEYSPACES.has(ks)) {
        // System tables are keyed by text (keyspace_name, table_name, key): markers bind text.
        const text: CqlType = { kind: 'native', name: 'text' };
        const markers = stmt.markers.map((m) => ({ keyspace: ks, table: stmt.table.name, name: m.name ?? `marker${m.index}`, type: text }));
        return { markers, partitionKeyIndexes: [], resultColumns: undefined };
      }
      const { table } = await this.table(stmt.table, keyspace);
      const markers: MarkerSpec[] = markerSpecs(stmt, table).map((m) => ({ keyspace: m.keyspace ?? table.keyspace, table: m.table ?? table.name, name: m.name, type: m.type }));
      const pk = table.partitionKey.map((column) => markers.findIndex((m, i) => m.name === column && partitionKeyMarker(stmt, i)));
      const resultColumns =
        stmt.kind === 'select' ? bindSelection(stmt, table).map((c) => ({ keyspace: table.keyspace, table: table.name, name: c.alias, type: c.type })) : undefined;
      return { markers, partitionKeyIndexes: pk.every((i) => i >= 0) ? pk : [], resultColumns };
    } catch (err) {
      throw asCqlError(err);
    }
  }

  private dispatch(request: Request, stmt: Statement, level: ConsistencyLevel): Promise<ExecResult> {
    const current = request.options.keyspace;
    switch (stmt.kind) {
      case 'use':
        return this.use(stmt.keyspace);
      case 'create_keyspace':
        return this.createKeyspace(stmt);
      case 'drop_keyspace':
        return this.dropKeyspace(stmt.keyspace, stmt.ifExists);
      case 'create_table':
        return this.createTable(stmt, current);
      case 'drop_table':
        return this.dropTable(stmt.table, stmt.ifExists, current);
      case 'alter_keyspace':
        return this.alterKeyspace(stmt);
      case 'alter_table':
        return this.alterTable(stmt, current);
      case 'truncate':
        return this.truncate(stmt.table, current);
      case 'insert':
      case 'update':
      case 'delete':
        return this.write(stmt, request.options, level);
      case 'batch':
        return this.batchStatement(stmt, request.options, level);
      case 'select':
        return this.select(stmt, request, level);
      default: {
        const unknown: never = stmt;
        throw new InvalidRequest(`unsupported statement ${(unknown as { kind: string }).kind}`);
      }
    }
  }

  private async use(keyspace: string): Promise<ExecResult> {
    if (!(await this.keyspaceExists(keyspace))) throw new InvalidRequest(`Keyspace '${keyspace}' does not exist`);
    return { kind: 'set_keyspace', keyspace };
  }

  /** Whether a keyspace exists at this gateway's epoch or, failing that, in the bucket now. */
  private async keyspaceExists(keyspace: string): Promise<boolean> {
    if (this.d.view().keyspaces.has(keyspace)) return true;
    const latest = await this.d.store.read();
    return latest.doc.keyspaces?.[keyspace] !== undefined;
  }

  private async createKeyspace(stmt: Extract<Statement, { kind: 'create_keyspace' }>): Promise<ExecResult> {
    const created = keyspaceFromCreate(stmt);
    // As Cassandra 4: `replication_factor` under NetworkTopologyStrategy expands to every
    // known data center, and a data center no member is in is refused.
    const knownDcs = new Set(Object.values((await this.d.store.read()).doc.members ?? {}).map((m) => m.dc ?? ''));
    const schema = { ...created, replication: prepareReplicationOptions(created.replication, knownDcs) };
    strategyFromOptions(schema.replication); // refuse what the ring cannot place (ConfigurationError)
    const changed = await this.changeSchema((doc) => {
      doc.keyspaces = doc.keyspaces ?? {};
      if (doc.keyspaces[schema.name] !== undefined) {
        if (stmt.ifNotExists) return false;
        throw new AlreadyExists(schema.name, '');
      }
      doc.keyspaces[schema.name] = keyspaceToMessage(schema);
      return true;
    });
    return changed ? { kind: 'schema_change', change: 'CREATED', target: 'KEYSPACE', keyspace: schema.name } : VOID;
  }

  private async dropKeyspace(keyspace: string, ifExists: boolean): Promise<ExecResult> {
    const changed = await this.changeSchema((doc) => {
      if (doc.keyspaces?.[keyspace] === undefined) {
        if (ifExists) return false;
        throw new ConfigurationError(`Cannot drop non existing keyspace '${keyspace}'.`);
      }
      delete doc.keyspaces[keyspace];
      return true;
    });
    return changed ? { kind: 'schema_change', change: 'DROPPED', target: 'KEYSPACE', keyspace } : VOID;
  }

  private async createTable(stmt: Extract<Statement, { kind: 'create_table' }>, current: string | undefined): Promise<ExecResult> {
    const keyspace = resolveKeyspace(stmt.table, current);
    const table = tableFromCreate(stmt, keyspace, randomUUID());
    if (table.columns.some((c) => c.kind === 'static')) throw new InvalidRequest('Static columns are not supported yet');
    const changed = await this.changeSchema((doc) => {
      const ks = doc.keyspaces?.[keyspace];
      if (ks === undefined) throw new InvalidRequest(`Keyspace '${keyspace}' does not exist`);
      ks.tables = ks.tables ?? {};
      if (ks.tables[table.name] !== undefined) {
        if (stmt.ifNotExists) return false;
        throw new AlreadyExists(keyspace, table.name);
      }
      ks.tables[table.name] = tableToMessage(table);
      return true;
    });
    return changed ? { kind: 'schema_change', change: 'CREATED', target: 'TABLE', keyspace, name: table.name } : VOID;
  }

  private async dropTable(name: TableName, ifExists: boolean, current: string | undefined): Promise<ExecResult> {
    const keyspace = resolveKeyspace(name, current);
    const changed = await this.changeSchema((doc) => {
      const ks = doc.keyspaces?.[keyspace];
      if (ks === undefined) {
        if (ifExists) return false;
        throw new InvalidRequest(`Keyspace '${keyspace}' does not exist`);
      }
      if (ks.tables?.[name.name] === undefined) {
        if (ifExists) return false;
        throw new InvalidRequest(`Table '${keyspace}.${name.name}' doesn't exist`);
      }
      delete ks.tables[name.name];
      return true;
    });
    return changed ? { kind: 'schema_change', change: 'DROPPED', target: 'TABLE', keyspace, name: name.name } : VOID;
  }

  private async alterKeyspace(stmt: AlterKeyspaceStatement): Promise<ExecResult> {
    const knownDcs = new Set(Object.values((await this.d.store.read()).doc.members ?? {}).map((m) => m.dc ?? ''));
    const changed = await this.changeSchema((doc) => {
      const current = doc.keyspaces?.[stmt.keyspace];
      if (current === undefined) {
        if (stmt.ifExists) return false;
        throw new ConfigurationError(`Cannot alter non existing keyspace '${stmt.keyspace}'.`);
      }
      const altered = alterKeyspace({ name: stmt.keyspace, replication: { ...(current.replication ?? {}) }, durableWrites: current.durableWrites ?? true }, stmt);
      const schema = { ...altered, replication: prepareReplicationOptions(altered.replication, knownDcs) };
      strategyFromOptions(schema.replication);
      doc.keyspaces![stmt.keyspace] = { ...keyspaceToMessage(schema), tables: current.tables ?? {} };
      return true;
    });
    return changed ? { kind: 'schema_change', change: 'UPDATED', target: 'KEYSPACE', keyspace: stmt.keyspace } : VOID;
  }

  private async alterTable(stmt: AlterTableStatement, current: string | undefined): Promise<ExecResult> {
    const keyspace = resolveKeyspace(stmt.table, current);
    const changed = await this.changeSchema((doc) => {
      const ks = doc.keyspaces?.[keyspace];
      const message = ks?.tables?.[stmt.table.name];
      if (ks === undefined || message === undefined) {
        if (stmt.ifExists) return false;
        throw new InvalidRequest(ks === undefined ? `Keyspace '${keyspace}' does not exist` : `Table '${keyspace}.${stmt.table.name}' doesn't exist`);
      }
      const altered = alterTable(tableFromMessage(keyspace, message), stmt);
      if (altered.columns.some((c) => c.kind === 'static')) throw new InvalidRequest('Static columns are not supported yet');
      ks.tables![stmt.table.name] = tableToMessage(altered);
      return true;
    });
    return changed ? { kind: 'schema_change', change: 'UPDATED', target: 'TABLE', keyspace, name: stmt.table.name } : VOID;
  }

  /**
   * TRUNCATE: the table gets a new id; every node drops the data of the old id, as it drops a
   * dropped table's (the schema is unchanged, so no schema change is announced).
   */
  private async truncate(name: TableName, current: string | undefined): Promise<ExecResult> {
    const keyspace = resolveKeyspace(name, current);
    await this.changeSchema((doc) => {
      const table = doc.keyspaces?.[keyspace]?.tables?.[name.name];
      if (table === undefined) throw new InvalidRequest(`unconfigured table ${name.name}`);
      table.id = randomUUID();
      return true;
    });
    return VOID;
  }

  /** A compare-and-set on the metadata; whether `change` changed it (false: it returned false). */
  private async changeSchema(change: Parameters<MetadataStore['update']>[0]): Promise<boolean> {
    let changed = false;
    await this.d.store.update((doc) => {
      changed = change(doc);
      return changed;
    });
    return changed;
  }

  /** The table a DML statement names, at this gateway's epoch (refreshing once if unknown). */
  private async table(name: TableName, current: string | undefined): Promise<{ ks: KeyspaceView; table: TableSchema }> {
    const keyspace = resolveKeyspace(name, current);
    let view = this.d.view();
    if (view.keyspaces.get(keyspace)?.tables.get(name.name) === undefined) {
      // Another gateway may have just created it: catch up with the bucket once.
      await this.d.store.waitForEpoch((await this.d.store.read()).epoch);
      view = this.d.view();
    }
    const ks = view.keyspaces.get(keyspace);
    if (ks === undefined) throw new InvalidRequest(`Keyspace ${keyspace} does not exist`);
    const table = ks.tables.get(name.name);
    if (table === undefined) throw new InvalidRequest(`unconfigured table ${name.name}`);
    return { ks, table };
  }

  private placement(ks: KeyspaceView, token: bigint): Placement {
    const ring = this.d.view().ring;
    const replicas = ring.tokenCount === 0 ? [] : ks.strategy.replicasFor(token, ring);
    const byDc = ks.strategy.replicationFactorByDc;
    return {
      replicas,
      replicationFactor: ks.strategy.replicationFactor,
      ...(byDc === undefined ? {} : { replicationFactorByDc: byDc }),
      dcOf: (h) => ring.member(h)?.dc ?? '',
    };
  }

  /** Runs an INSERT, UPDATE or DELETE: one mutation, written at `level`. */
  private async write(stmt: WriteStatement, options: ExecuteOptions, level: ConsistencyLevel): Promise<ExecResult> {
    const { table } = await this.table(stmt.table, options.keyspace);
    const bound = bindWrite(stmt, table, options.params);
    await this.writeAll([{ table, bound }], options.timestamp, level);
    return VOID;
  }

  /** A `BEGIN BATCH … APPLY BATCH` statement: its statements bound together, then written as one batch. */
  private async batchStatement(stmt: BatchStatement, options: ExecuteOptions, level: ConsistencyLevel): Promise<ExecResult> {
    const tables = await this.tablesOf(stmt.statements.map((s) => s.table), options.keyspace);
    const bound = bindBatch(stmt, (name) => tables.get(tableKey(name, options.keyspace))!, options.params);
    const writes = bound.statements.map((s): { table: TableSchema; bound: BoundWrite } => {
      switch (s.kind) {
        case 'insert':
          return { table: s.table, bound: { kind: 'insert', bound: s.bound } };
        case 'update':
          return { table: s.table, bound: { kind: 'update', bound: s.bound } };
        case 'delete':
          return { table: s.table, bound: { kind: 'delete', bound: s.bound } };
      }
    });
    await this.writeAll(writes, bound.timestamp ?? options.timestamp, level);
    return VOID;
  }

  /** The markers of a batch statement, for PREPARE. */
  private async batchMarkers(stmt: BatchStatement, keyspace: string | undefined): Promise<MarkerSpec[]> {
    const tables = await this.tablesOf(stmt.statements.map((s) => s.table), keyspace);
    return markerSpecs(stmt, (name) => tables.get(tableKey(name, keyspace))!).map((m) => ({ keyspace: m.keyspace ?? '', table: m.table ?? '', name: m.name, type: m.type }));
  }

  /**
   * Runs INSERT/UPDATE/DELETE statements (the native protocol's BATCH) as one batch: every
   * statement is bound first (an invalid one fails the batch before anything is written).
   */
  async batch(
    entries: readonly { query: string; stmt: Statement; params: ParamResolver }[],
    level: ConsistencyLevel,
    options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'>,
  ): Promise<ExecResult> {
    try {
      const writes: { table: TableSchema; bound: BoundWrite }[] = [];
      for (const e of entries) {
        const stmt = e.stmt;
        if (stmt.kind !== 'insert' && stmt.kind !== 'update' && stmt.kind !== 'delete') {
          throw new InvalidRequest('Invalid statement in batch: only UPDATE, INSERT and DELETE statements are allowed.');
        }
        const { table } = await this.table(stmt.table, options.keyspace);
        writes.push({ table, bound: bindWrite(stmt, table, e.params) });
      }
      await this.writeAll(writes, options.timestamp, level);
      return VOID;
    } catch (err) {
      throw asCqlError(err);
    }
  }

  /**
   * Writes bound statements at `level`: one timestamp for all of them unless a statement has
   * its own (as a Cassandra batch); the mutations of each partition go out together, all
   * partitions at once. Element operations on collections read the row first (see mutations.ts).
   */
  private async writeAll(writes: readonly { table: TableSchema; bound: BoundWrite }[], timestamp: bigint | undefined, level: ConsistencyLevel): Promise<void> {
    const batchTimestamp = timestamp ?? this.d.timestamps.nextMicros();
    const nowSeconds = this.d.nowSeconds();
    const byPartition = new Map<string, { ks: KeyspaceView; mutations: Mutation[] }>();
    for (const { table, bound } of writes) {
      const ks = this.d.view().keyspaces.get(table.keyspace);
      if (ks === undefined) throw new InvalidRequest(`Keyspace ${table.keyspace} does not exist`);
      const at: WriteTime = {
        timestamp: bound.bound.timestamp ?? batchTimestamp,
        nowSeconds,
        ttlSeconds: bound.kind === 'delete' ? 0 : (bound.bound.ttlSeconds ?? defaultTtl(table)),
      };
      let mutation: Mutation;
      if (bound.kind === 'insert') mutation = insertMutation(table, bound.bound, at);
      else {
        const current = needsCurrentRow(bound.bound) ? await this.currentRow(ks, table, bound.bound, level) : new Map<string, Uint8Array>();
        mutation = bound.kind === 'update' ? updateMutation(table, bound.bound, at, current) : deleteMutation(table, bound.bound, at, current);
      }
      const key = `${mutation.tableId}\0${Buffer.from(mutation.partitionKey).toString('hex')}`;
      const group = byPartition.get(key) ?? { ks, mutations: [] };
      group.mutations.push(mutation);
      byPartition.set(key, group);
    }
    await Promise.all([...byPartition.values()].map((g) => this.d.coordinator.write(level, this.placement(g.ks, g.mutations[0]!.token), g.mutations)));
  }

  /** The cells of the row an element operation changes, read at `level` (ONE for ANY). */
  private async currentRow(ks: KeyspaceView, table: TableSchema, bound: BoundUpdate | BoundDelete, level: ConsistencyLevel): Promise<Map<string, Uint8Array>> {
    const clustering = bound.clustering ?? new Uint8Array(0);
    const partitionKey = serializePartitionKey([...bound.partitionKey]);
    const token = murmur3Token(partitionKey);
    const slice: ClusteringSlice = { start: clustering, startInclusive: true, end: clustering, endInclusive: true };
    const { data } = await this.d.coordinator.read(level === 'ANY' ? 'ONE' : level, this.placement(ks, token), { tableId: table.id, token, partitionKey, slice, reversed: false });
    const out = new Map<string, Uint8Array>();
    const row = data === undefined ? undefined : liveRows(data, this.d.nowSeconds()).find((r) => Buffer.compare(r.clustering, clustering) === 0);
    for (const [column, cell] of row?.cells ?? []) if (cell.value !== null) out.set(column, cell.value);
    return out;
  }

  /** The tables a batch names, by `keyspace.table` (refreshing the view once if one is unknown). */
  private async tablesOf(names: readonly TableName[], current: string | undefined): Promise<Map<string, TableSchema>> {
    const out = new Map<string, TableSchema>();
    for (const name of names) out.set(tableKey(name, current), (await this.table(name, current)).table);
    return out;
  }

  private async select(stmt: SelectStatement, request: Request, level: ConsistencyLevel): Promise<ExecResult> {
    const { options } = request;
    const keyspace = stmt.table.keyspace ?? options.keyspace;
    if (keyspace !== undefined && SYSTEM_KEYSPACES.has(keyspace)) {
      const context = this.d.systemTables?.();
      if (context === undefined) throw new InvalidRequest(`unconfigured table ${stmt.table.name}`);
      return selectSystemTable(stmt, keyspace, context, options.params);
    }
    const { ks, table } = await this.table(stmt.table, options.keyspace);
    const bound = bindSelect(stmt, table, options.params);
    const columns = resultColumns(bound.selection, table, stmt.selection.kind === 'all');
    const partitionKeys = bound.partitionKeys;
    // The query's digest binds a paging state to its query: hashed only when a page state is read or written.
    let digestMemo: string | undefined;
    const digest = (): string => (digestMemo ??= queryDigest(request.query, options.keyspace, options.paramsKey));
    const resumed = options.pagingState === undefined || bound.aggregate ? undefined : decodePagingState(options.pagingState, digest());
    if (partitionKeys === undefined) return this.selectRange({ ks, table, bound, columns, level, digest, pageSize: options.pageSize }, resumed);
    const start: PagingPosition = resumed ?? { partition: 0, lastClustering: undefined, rowsReturned: 0, partitionRows: 0 };
    const filters = bound.filters ?? [];
    const limit = bound.aggregate ? Number.POSITIVE_INFINITY : (bound.limit ?? Number.POSITIVE_INFINITY);
    const perPartition = bound.distinct ? 1 : (bound.perPartitionLimit ?? Number.POSITIVE_INFINITY);
    const pageSize = bound.aggregate ? Number.POSITIVE_INFINITY : (options.pageSize ?? Number.POSITIVE_INFINITY);
    const slices = bound.reversed ? [...bound.slices].reverse() : bound.slices;
    const rows: (Uint8Array | null)[][] = [];
    let counted = 0;
    let first: (Uint8Array | null)[] | undefined;
    let returned = start.rowsReturned;
    const now = this.d.nowSeconds();
    const page = (position: PagingPosition): ExecResult => ({ kind: 'rows', columns, rows, pagingState: encodePagingState(digest(), position) });

    for (let p = start.partition; p < partitionKeys.length && returned < limit; p++) {
      const pkValues = partitionKeys[p]!;
      const partitionKey = serializePartitionKey(pkValues);
      const token = murmur3Token(partitionKey);
      const placement = this.placement(ks, token);
      // The last clustering key returned from this partition, where a next page resumes.
      let lastKey: Uint8Array | undefined = p === start.partition ? start.lastClustering : undefined;
      let inPartition = p === start.partition ? start.partitionRows : 0;
      for (const selected of slices) {
        if (inPartition >= perPartition || returned >= limit) break;
        // Only the part of this slice after the last row returned (none if that lies past it).
        const rest = narrowAfter(selected, lastKey, bound.reversed);
        if (rest === undefined) continue;
        let slice = rest;
        // Rounds of at most READ_ROUND_ROWS_MAX rows, until the slice is exhausted, the page
        // is full (one row more is asked for, to know whether another page follows) or a
        // limit is reached.
        for (;;) {
          // Filtered rows do not count: ask for full rounds then.
          const want = filters.length > 0 ? READ_ROUND_ROWS_MAX : Math.min(READ_ROUND_ROWS_MAX, limit - returned, perPartition - inPartition, pageSize - rows.length + 1);
          const { data, resumeAfter: more } = await this.d.coordinator.read(level, placement, {
            tableId: table.id, token, partitionKey, slice, reversed: bound.reversed, limitRows: want,
          });
          const live = data === undefined ? [] : liveRows(data, now);
          if (bound.reversed) live.reverse();
          for (const row of live) {
            if (returned >= limit || inPartition >= perPartition) break;
            const keys = decodeRowKey(table, pkValues, row.clustering);
            if (filters.length > 0 && !rowMatches(filters, (c) => keys.get(c) ?? row.cells.get(c)?.value ?? null)) {
              lastKey = row.clustering; // a next page need not look at it again
              continue;
            }
            if (rows.length >= pageSize) return page({ partition: p, lastClustering: lastKey, rowsReturned: returned, partitionRows: inPartition });
            const values = bound.selection.map((s) => selectedValue(s, keys, row.cells, token, now));
            if (bound.aggregate) {
              counted++;
              first ??= values;
            } else rows.push(values);
            returned++;
            inPartition++;
            lastKey = row.clustering;
          }
          if (more === undefined || returned >= limit || inPartition >= perPartition) break;
          slice = resumeAfter(slice, more, bound.reversed);
        }
      }
      if (rows.length >= pageSize && returned < limit && p + 1 < partitionKeys.length) {
        // The page filled up at the end of a partition; resume at the start of the next one.
        return page({ partition: p + 1, lastClustering: undefined, rowsReturned: returned, partitionRows: 0 });
      }
    }
    if (bound.aggregate) {
      // COUNT(*): one row; the other selected columns come from the first row (null if none).
      rows.push(bound.selection.map((s, i) => (s.kind === 'count' ? bigintBytes(BigInt(counted)) : (first?.[i] ?? null))));
    }
    return { kind: 'rows', columns, rows, pagingState: null };
  }

  /**
   * A SELECT without its partition key (a range scan): the ring's vnode ranges within the
   * token bounds, in token order (adjacent ones with the same replicas as one), each read at
   * `level` a bounded round at a time (coordinator.rangeRead reconciles the replicas), rows
   * filtered (ALLOW FILTERING) and counted against LIMIT and PER PARTITION LIMIT here. A
   * page's paging state names its last row (token, partition key, clustering key); the next
   * page starts right after it.
   */
  private async selectRange(s: RangeSelect, start: PagingPosition | undefined): Promise<ExecResult> {
    const { table, bound, columns } = s;
    const limit = bound.aggregate ? Number.POSITIVE_INFINITY : (bound.limit ?? Number.POSITIVE_INFINITY);
    const perPartition = bound.distinct ? 1 : (bound.perPartitionLimit ?? Number.POSITIVE_INFINITY);
    const pageSize = bound.aggregate ? Number.POSITIVE_INFINITY : (s.pageSize ?? Number.POSITIVE_INFINITY);
    const filters = bound.filters ?? [];
    const rows: (Uint8Array | null)[][] = [];
    let counted = 0;
    let first: (Uint8Array | null)[] | undefined;
    let returned = start?.rowsReturned ?? 0;
    const now = this.d.nowSeconds();
    const finish = (): ExecResult => {
      if (bound.aggregate) rows.push(bound.selection.map((c, i) => (c.kind === 'count' ? bigintBytes(BigInt(counted)) : (first?.[i] ?? null))));
      return { kind: 'rows', columns, rows, pagingState: null };
    };
    const bounds = inclusiveBounds(bound.tokenRange);
    // No slices: the clustering restrictions select no row (the range verb reads every row
    // for an empty list, so it must not be sent).
    if (bounds === undefined || bound.slices.length === 0 || returned >= limit) return finish();
    const resumed = start?.scan;
    if (resumed !== undefined && (resumed.token < bounds.lo || resumed.token > bounds.hi)) throw new ProtocolError('Invalid paging state: bad scan position');
    // Resume after the last row returned, or after its whole partition once that one has
    // its PER PARTITION LIMIT.
    const partitionRows = start?.partitionRows ?? 0;
    let after: RangeResume | undefined =
      resumed === undefined
        ? undefined
        : { ...resumed, ...(start?.lastClustering === undefined || partitionRows >= perPartition ? {} : { clustering: start.lastClustering }) };
    let current: { token: bigint; partitionKey: Uint8Array; rows: number } | undefined = resumed === undefined ? undefined : { ...resumed, rows: partitionRows };
    let position: PagingPosition = start ?? { partition: 0, lastClustering: undefined, rowsReturned: 0, partitionRows: 0 };
    const segments = this.scanPlacements(s.ks, resumed?.token ?? bounds.lo, bounds.hi);
    if (segments.length === 0) throw new Unavailable(s.level, 1, 0); // a ring without tokens
    for (const segment of segments) {
      for (;;) {
        // Filtered rows do not count: ask for full rounds then. One row more than the page
        // holds tells whether another page follows.
        const want = filters.length > 0 ? READ_ROUND_ROWS_MAX : Math.min(READ_ROUND_ROWS_MAX, limit - returned, pageSize - rows.length + 1);
        const result = await this.d.coordinator.rangeRead(s.level, segment.placement, {
          tableId: table.id,
          startToken: segment.start,
          endToken: segment.end,
          ...(after === undefined ? {} : { after }),
          slices: bound.slices,
          limitRows: want,
          perPartitionLimitRows: filters.length === 0 && Number.isFinite(perPartition) ? perPartition : 0,
        });
        for (const p of result.partitions) {
          if (current === undefined || current.token !== p.token || !bytesEqual(current.partitionKey, p.partitionKey)) {
            current = { token: p.token, partitionKey: p.partitionKey, rows: 0 };
          }
          if (current.rows >= perPartition) continue;
          const pkValues = splitPartitionKey(p.partitionKey, table.partitionKey.length);
          for (const row of liveRows(p, now)) {
            const keys = decodeRowKey(table, pkValues, row.clustering);
            if (filters.length > 0 && !rowMatches(filters, (c) => keys.get(c) ?? row.cells.get(c)?.value ?? null)) continue;
            if (rows.length >= pageSize) return { kind: 'rows', columns, rows, pagingState: encodePagingState(s.digest(), position) };
            const values = bound.selection.map((c) => selectedValue(c, keys, row.cells, p.token, now));
            if (bound.aggregate) {
              counted++;
              first ??= values;
            } else rows.push(values);
            returned++;
            current.rows++;
            position = {
              partition: 0,
              lastClustering: row.clustering,
              rowsReturned: returned,
              partitionRows: current.rows,
              scan: { token: p.token, partitionKey: p.partitionKey },
            };
            if (returned >= limit) return finish();
            if (current.rows >= perPartition) break;
          }
        }
        if (result.resume === undefined) break;
        after = result.resume;
        const done = current !== undefined && current.rows >= perPartition && current.token === after.token && bytesEqual(current.partitionKey, after.partitionKey);
        if (done) after = { token: after.token, partitionKey: after.partitionKey }; // skip the rest of a full partition
      }
      after = undefined;
    }
    return finish();
  }

  /** The vnode ranges within [lo, hi] with their placements; adjacent ones with the same replicas merged. */
  private scanPlacements(ks: KeyspaceView, lo: bigint, hi: bigint): { start: bigint; end: bigint; placement: Placement }[] {
    const out: { start: bigint; end: bigint; placement: Placement }[] = [];
    for (const segment of scanSegments(this.d.view().ring, lo, hi)) {
      const placement = this.placement(ks, segment.owner);
      const previous = out[out.length - 1];
      const same = previous !== undefined && previous.placement.replicas.length === placement.replicas.length && previous.placement.replicas.every((h, i) => h === placement.replicas[i]);
      if (same && previous.end + 1n === segment.start) previous.end = segment.end;
      else out.push({ start: segment.start, end: segment.end, placement });
    }
    return out;
  }
}

/**
 * Result columns per selection list. `SELECT *` gets one list per table schema (bindSelection),
 * so its results share one (`shared`); other selections are new each execution, not kept.
 */
const resultColumnsCache = new WeakMap<readonly SelectedColumn[], readonly ResultColumn[]>();

function resultColumns(selection: readonly SelectedColumn[], table: TableSchema, shared: boolean): readonly ResultColumn[] {
  let columns = shared ? resultColumnsCache.get(selection) : undefined;
  if (columns === undefined) {
    columns = selection.map((s) => ({ keyspace: table.keyspace, table: table.name, name: s.alias, type: s.type }));
    if (shared) resultColumnsCache.set(selection, columns);
  }
  return columns;
}

/** What a range scan runs with. */
interface RangeSelect {
  ks: KeyspaceView;
  table: TableSchema;
  bound: BoundSelect;
  columns: readonly ResultColumn[];
  level: ConsistencyLevel;
  /** The query's digest (see queryDigest), computed on first use. */
  digest: () => string;
  pageSize: number | undefined;
}

/** The value a selector gives for one row (COUNT is filled in by the caller). */
function selectedValue(s: SelectedColumn, keys: ReadonlyMap<string, Uint8Array>, cells: ReadonlyMap<string, Cell>, token: bigint, nowSeconds: number): Uint8Array | null {
  switch (s.kind) {
    case 'column':
      return keys.get(s.column) ?? cells.get(s.column)?.value ?? null;
    case 'writetime': {
      const cell = cells.get(s.column);
      return cell === undefined || cell.value === null ? null : bigintBytes(cell.timestamp);
    }
    case 'ttl': {
      const cell = cells.get(s.column);
      if (cell === undefined || cell.value === null || cell.ttlSeconds === 0) return null;
      const out = new Uint8Array(4);
      new DataView(out.buffer).setInt32(0, Math.max(0, cell.localDeletionTime - nowSeconds));
      return out;
    }
    case 'token':
      return bigintBytes(token);
    case 'count':
      return null;
  }
}

function bigintBytes(v: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigInt64(0, v);
  return out;
}

/** `slice` narrowed to what follows `key` in scan order (all of it when key is undefined). */
function resumeAfter(slice: ClusteringSlice, key: Uint8Array | undefined, reversed: boolean): ClusteringSlice {
  return key === undefined ? slice : sliceAfter(slice, key, reversed);
}

/**
 * The part of `slice` after `key` in scan order, where `key` may lie before the slice (all of
 * it), within it, or past it (undefined: nothing left). IN on a clustering column gives
 * several slices: the last row of one must not widen the next (`c IN (7, 100)` is two rows).
 */
export function narrowAfter(slice: ClusteringSlice, key: Uint8Array | undefined, reversed: boolean): ClusteringSlice | undefined {
  if (key === undefined) return slice;
  if (clusteringInSlice(key, slice)) return sliceAfter(slice, key, reversed);
  // Outside the slice: before its start (in byte order) or after its end.
  const { start, end } = slice;
  const beforeStart = start !== undefined && (compareBytes(key, start) < 0 || (!slice.startInclusive && hasPrefix(key, start)));
  const afterEnd = end !== undefined && !beforeStart && !(slice.endInclusive ? compareBytes(key, end) <= 0 || hasPrefix(key, end) : compareBytes(key, end) < 0);
  if (reversed) return afterEnd ? slice : undefined;
  return beforeStart ? slice : undefined;
}

type WriteStatement = InsertStatement | UpdateStatement | DeleteStatement;
type BoundWrite = { kind: 'insert'; bound: BoundInsert } | { kind: 'update'; bound: BoundUpdate } | { kind: 'delete'; bound: BoundDelete };

function bindWrite(stmt: WriteStatement, table: TableSchema, params: ParamResolver): BoundWrite {
  switch (stmt.kind) {
    case 'insert':
      return { kind: 'insert', bound: bindInsert(stmt, table, params) };
    case 'update':
      return { kind: 'update', bound: bindUpdate(stmt, table, params) };
    case 'delete':
      return { kind: 'delete', bound: bindDelete(stmt, table, params) };
  }
}

function tableKey(name: TableName, current: string | undefined): string {
  return `${name.keyspace ?? current ?? ''}.${name.name}`;
}

/** Whether marker `index` binds a partition key column with `=` (for PREPARE's pk indexes). */
function partitionKeyMarker(stmt: Statement, index: number): boolean {
  if (stmt.kind === 'insert') return stmt.values.some((v) => v.kind === 'bind' && v.index === index);
  if (stmt.kind === 'select' || stmt.kind === 'update' || stmt.kind === 'delete') {
    return stmt.where.some((r) => r.kind === 'compare' && r.op === '=' && r.term.kind === 'bind' && r.term.index === index);
  }
  return false;
}

/** What a statement runs with besides its AST: its text (paging states are bound to it) and options. */
interface Request {
  readonly query: string;
  readonly options: ExecuteOptions;
}


/** Any failure as a CqlError (unexpected ones as ServerError). */
function asCqlError(err: unknown): CqlError {
  if (err instanceof CqlError) return err;
  if (err instanceof ReplicationConfigError) return new ConfigurationError(err.message);
  return new ServerError(err instanceof Error ? err.message : String(err), { cause: err });
}

function defaultTtl(table: TableSchema): number {
  const v = table.options['default_time_to_live'];
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : 0;
  return Number.isInteger(n) && n > 0 ? n : 0;
}
