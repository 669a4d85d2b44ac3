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
  bindDelete,
  bindInsert,
  bindSelect,
  decodeRowKey,
  findColumn,
  jsonParams,
  keyspaceFromCreate,
  parse,
  resolveKeyspace,
  tableFromCreate,
  valueToJson,
  formatType,
  statementMarkers,
  type CqlType,
  type DeleteStatement,
  type InsertStatement,
  type Term,
  type ParamResolver,
  type SelectStatement,
  type Statement,
  type TableName,
  type TableSchema,
} from '@cassia/cql-lite';
import { liveRows, sliceAfter, type Cell, type ClusteringSlice, type Mutation, type RowUpdate } from '@cassia/lsm';
import {
  murmur3Token,
  parseConsistencyLevel,
  ReplicationConfigError,
  serializePartitionKey,
  strategyFromOptions,
  prepareReplicationOptions,
  type ConsistencyLevel,
} from '@cassia/ring';
import type { MetadataStore } from '@cassia/cluster';
import type { Coordinator, Placement } from './coordinator.js';
import { decodePagingState, encodePagingState, queryDigest, type PagingPosition } from './paging.js';
import type { ExecResult, ExecuteOptions, MarkerSpec, PreparedInfo, ResultColumn } from './results.js';
import { keyspaceToMessage, tableToMessage, type ClusterView, type KeyspaceView } from './schema.js';
import type { TimestampGenerator } from './timestamps.js';

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
      if (stmt.kind !== 'insert' && stmt.kind !== 'delete' && stmt.kind !== 'select') return { markers: [], partitionKeyIndexes: [], resultColumns: undefined };
      const { table } = await this.table(stmt.table, keyspace);
      const spec = (name: string, type: CqlType): MarkerSpec => ({ keyspace: table.keyspace, table: table.name, name, type });
      const typeOf = (column: string): CqlType => {
        const c = findColumn(table, column);
        if (c === undefined) throw new InvalidRequest(`Undefined column name ${column}`);
        return c.type;
      };
      const markers: MarkerSpec[] = [];
      const byColumn = new Map<string, number>(); // a partition key column → the marker binding it with '='
      const add = (term: Term, column: string, type: CqlType): void => {
        if (term.kind !== 'bind') return;
        markers[term.index] = spec(term.name ?? column, type);
        byColumn.set(findColumn(table, column)!.name, term.index);
      };
      if (stmt.kind === 'insert') {
        stmt.columns.forEach((column, i) => add(stmt.values[i]!, column, typeOf(column)));
        if (stmt.ttl?.kind === 'bind') markers[stmt.ttl.index] = spec(stmt.ttl.name ?? '[ttl]', INT);
        if (stmt.timestamp?.kind === 'bind') markers[stmt.timestamp.index] = spec(stmt.timestamp.name ?? '[timestamp]', BIGINT);
      } else {
        for (const rel of stmt.where) {
          const type = typeOf(rel.column);
          if (rel.kind === 'compare') {
            if (rel.op === '=') add(rel.term, rel.column, type);
            else if (rel.term.kind === 'bind') markers[rel.term.index] = spec(rel.term.name ?? rel.column, type);
          } else if (rel.kind === 'in') {
            for (const t of rel.terms) if (t.kind === 'bind') markers[t.index] = spec(t.name ?? rel.column, type);
          } else markers[rel.marker.index] = spec(rel.marker.name ?? `in(${rel.column})`, { kind: 'list', element: type });
        }
        if (stmt.kind === 'delete' && stmt.timestamp?.kind === 'bind') markers[stmt.timestamp.index] = spec(stmt.timestamp.name ?? '[timestamp]', BIGINT);
        if (stmt.kind === 'select' && stmt.limit?.kind === 'bind') markers[stmt.limit.index] = spec(stmt.limit.name ?? '[limit]', INT);
      }
      const pk = table.partitionKey.map((column) => byColumn.get(column));
      return {
        markers: statementMarkers(stmt).map((m) => markers[m.index] ?? spec(m.name ?? `marker${m.index}`, BLOB)),
        partitionKeyIndexes: pk.every((i) => i !== undefined) ? (pk as number[]) : [],
        resultColumns: undefined,
      };
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
      case 'insert':
      case 'delete':
        return this.write(stmt, request.options, level);
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

  /** Runs an INSERT or DELETE: one mutation, written at `level`. */
  private async write(stmt: InsertStatement | DeleteStatement, options: ExecuteOptions, level: ConsistencyLevel): Promise<ExecResult> {
    const { ks, mutation } = await this.mutationOf(stmt, options.params, options);
    await this.d.coordinator.write(level, this.placement(ks, mutation.token), [mutation]);
    return VOID;
  }

  /**
   * Runs INSERT/DELETE statements as one batch: every statement is bound first (an invalid one
   * fails the batch before anything is written), then the mutations of each partition go out
   * together, all partitions at once, each waiting for `level`. A statement without USING
   * TIMESTAMP gets the batch's timestamp (one for the whole batch, as Cassandra).
   */
  async batch(
    entries: readonly { query: string; stmt: Statement; params: ParamResolver }[],
    level: ConsistencyLevel,
    options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'>,
  ): Promise<ExecResult> {
    try {
      const timestamp = options.timestamp ?? this.d.timestamps.nextMicros();
      const byPartition = new Map<string, { ks: KeyspaceView; mutations: Mutation[] }>();
      for (const e of entries) {
        if (e.stmt.kind !== 'insert' && e.stmt.kind !== 'delete') {
          throw new InvalidRequest('Invalid statement in batch: only UPDATE, INSERT and DELETE statements are allowed.');
        }
        const { ks, mutation } = await this.mutationOf(e.stmt, e.params, { ...options, timestamp });
        const key = `${ks.schema.name}\0${mutation.tableId}\0${mutation.token}\0${Buffer.from(mutation.partitionKey).toString('hex')}`;
        const group = byPartition.get(key) ?? { ks, mutations: [] };
        group.mutations.push(mutation);
        byPartition.set(key, group);
      }
      await Promise.all([...byPartition.values()].map((g) => this.d.coordinator.write(level, this.placement(g.ks, g.mutations[0]!.token), g.mutations)));
      return VOID;
    } catch (err) {
      throw asCqlError(err);
    }
  }

  /** The mutation an INSERT or DELETE makes, bound with `params`. */
  private async mutationOf(
    stmt: InsertStatement | DeleteStatement,
    params: ParamResolver,
    options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'>,
  ): Promise<{ ks: KeyspaceView; mutation: Mutation }> {
    const { ks, table } = await this.table(stmt.table, options.keyspace);
    const now = this.d.nowSeconds();
    if (stmt.kind === 'insert') {
      const bound = bindInsert(stmt, table, params);
      const timestamp = bound.timestamp ?? options.timestamp ?? this.d.timestamps.nextMicros();
      const ttlSeconds = bound.ttlSeconds ?? defaultTtl(table);
      const expiresAt = ttlSeconds > 0 ? now + ttlSeconds : 0;
      const cell = (value: Uint8Array | null): Cell =>
        value === null
          ? { value: null, timestamp, ttlSeconds: 0, localDeletionTime: now }
          : { value, timestamp, ttlSeconds, localDeletionTime: expiresAt };
      const row: RowUpdate = {
        clustering: bound.clustering,
        liveness: { timestamp, ttlSeconds, localExpirationTime: expiresAt },
        cells: bound.cells.map((c) => ({ column: c.column, cell: cell(c.value) })),
      };
      return { ks, mutation: mutationFor(table, bound.partitionKey, [row], undefined) };
    }
    const bound = bindDelete(stmt, table, params);
    const timestamp = bound.timestamp ?? options.timestamp ?? this.d.timestamps.nextMicros();
    const deletion = { timestamp, localDeletionTime: now };
    if (bound.clustering === undefined) {
      if (bound.columns.length > 0) throw new InvalidRequest('Deleting columns of a whole partition is not supported yet');
      return { ks, mutation: mutationFor(table, bound.partitionKey, [], deletion) };
    }
    if (bound.columns.length === 0) {
      return { ks, mutation: mutationFor(table, bound.partitionKey, [{ clustering: bound.clustering, deletion, cells: [] }], undefined) };
    }
    const cells = bound.columns.map((column) => ({ column, cell: { value: null, timestamp, ttlSeconds: 0, localDeletionTime: now } }));
    return { ks, mutation: mutationFor(table, bound.partitionKey, [{ clustering: bound.clustering, cells }], undefined) };
  }

  private async select(stmt: SelectStatement, request: Request, level: ConsistencyLevel): Promise<ExecResult> {
    const { options } = request;
    const { ks, table } = await this.table(stmt.table, options.keyspace);
    const bound = bindSelect(stmt, table, options.params);
    const columns: ResultColumn[] = bound.selection.map((s) => ({ keyspace: table.keyspace, table: table.name, name: s.alias, type: findColumn(table, s.column)!.type }));
    const digest = queryDigest(request.query, options.keyspace, options.paramsKey);
    const start: PagingPosition =
      options.pagingState === undefined
        ? { partition: 0, lastClustering: undefined, rowsReturned: 0 }
        : decodePagingState(options.pagingState, digest);
    const limit = bound.limit ?? Number.POSITIVE_INFINITY;
    const pageSize = options.pageSize ?? Number.POSITIVE_INFINITY;
    const rows: (Uint8Array | null)[][] = [];
    let returned = start.rowsReturned;
    const now = this.d.nowSeconds();

    for (let p = start.partition; p < bound.partitionKeys.length && returned < limit; p++) {
      const pkValues = bound.partitionKeys[p]!;
      const partitionKey = serializePartitionKey(pkValues);
      const token = murmur3Token(partitionKey);
      const placement = this.placement(ks, token);
      // The last clustering key returned from this partition, where a next page resumes.
      let lastKey: Uint8Array | undefined = p === start.partition ? start.lastClustering : undefined;
      let slice = resumeAfter(bound.slice, lastKey, bound.reversed);
      // Rounds of at most READ_ROUND_ROWS_MAX rows, until the partition is exhausted, the
      // page is full (one row more is asked for, to know whether another page follows)
      // or the LIMIT is reached.
      for (;;) {
        const want = Math.min(READ_ROUND_ROWS_MAX, limit - returned, pageSize - rows.length + 1);
        const { data, resumeAfter: more } = await this.d.coordinator.read(level, placement, {
          tableId: table.id, token, partitionKey, slice, reversed: bound.reversed, limitRows: want,
        });
        const live = data === undefined ? [] : liveRows(data, now);
        if (bound.reversed) live.reverse();
        for (const row of live) {
          if (returned >= limit) break;
          if (rows.length >= pageSize) {
            return { kind: 'rows', columns, rows, pagingState: encodePagingState(digest, { partition: p, lastClustering: lastKey, rowsReturned: returned }) };
          }
          const keys = decodeRowKey(table, pkValues, row.clustering);
          rows.push(bound.selection.map((s) => keys.get(s.column) ?? row.cells.get(s.column)?.value ?? null));
          returned++;
          lastKey = row.clustering;
        }
        if (more === undefined || returned >= limit) break;
        slice = resumeAfter(slice, more, bound.reversed);
      }
      if (rows.length >= pageSize && returned < limit && p + 1 < bound.partitionKeys.length) {
        // The page filled up at the end of a partition; resume at the start of the next one.
        return { kind: 'rows', columns, rows, pagingState: encodePagingState(digest, { partition: p + 1, lastClustering: undefined, rowsReturned: returned }) };
      }
    }
    return { kind: 'rows', columns, rows, pagingState: null };
  }
}

/** `slice` narrowed to what follows `key` in scan order (all of it when key is undefined). */
function resumeAfter(slice: ClusteringSlice, key: Uint8Array | undefined, reversed: boolean): ClusteringSlice {
  return key === undefined ? slice : sliceAfter(slice, key, reversed);
}

const INT: CqlType = { kind: 'native', name: 'int' };
const BIGINT: CqlType = { kind: 'native', name: 'bigint' };
const BLOB: CqlType = { kind: 'native', name: 'blob' };

/** What a statement runs with besides its AST: its text (paging states are bound to it) and options. */
interface Request {
  readonly query: string;
  readonly options: ExecuteOptions;
}

function mutationFor(table: TableSchema, partitionKeyValues: Uint8Array[], rows: RowUpdate[], partitionDeletion: Mutation['partitionDeletion']): Mutation {
  const partitionKey = serializePartitionKey(partitionKeyValues);
  return {
    tableId: table.id,
    token: murmur3Token(partitionKey),
    partitionKey,
    ...(partitionDeletion === undefined ? {} : { partitionDeletion }),
    rows,
  };
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
