// Executes one CQL-lite statement for a request: DDL through compare-and-set on the cluster
// metadata, INSERT/DELETE as mutations and SELECT as partition reads through the
// coordinator at the request's consistency level. Every failure is a CqlError.
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
  formatType,
  jsonParams,
  keyspaceFromCreate,
  parse,
  resolveKeyspace,
  tableFromCreate,
  valueToJson,
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
import { keyspaceToMessage, tableToMessage, type ClusterView, type KeyspaceView } from './schema.js';
import type { TimestampGenerator } from './timestamps.js';

export const DEFAULT_CONSISTENCY: ConsistencyLevel = 'ONE';
/** Rows asked of the replicas per round trip of a SELECT (replies also stop at NATS's max_payload). */
export const READ_ROUND_ROWS_MAX = 1_000;
/** Longest statement accepted, in characters. */
export const QUERY_CHARS_MAX = 1024 * 1024;

export interface QueryRequest {
  query: string;
  params?: unknown[] | Record<string, unknown>;
  consistency?: string;
  keyspace?: string;
  pageSize?: number;
  pagingState?: string;
}

export interface QueryResponse {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
  pagingState: string | null;
  /** Set by USE: the keyspace the client should use from now on. */
  keyspace?: string;
}

export interface ExecutorDeps {
  store: MetadataStore;
  view: () => ClusterView;
  coordinator: Coordinator;
  timestamps: TimestampGenerator;
  nowSeconds: () => number;
}

const EMPTY_RESULT = (): QueryResponse => ({ columns: [], rows: [], pagingState: null });

export class Executor {
  constructor(private readonly d: ExecutorDeps) {}

  /** Parses the statement (for the operation name in metrics) without executing it. */
  static parse(request: QueryRequest): Statement {
    if (request.query.length > QUERY_CHARS_MAX) throw new InvalidRequest(`statement longer than ${QUERY_CHARS_MAX} characters`);
    return parse(request.query);
  }

  static consistency(request: QueryRequest): ConsistencyLevel {
    if (request.consistency === undefined) return DEFAULT_CONSISTENCY;
    const level = parseConsistencyLevel(request.consistency);
    if (level === undefined) throw new ProtocolError(`Unknown consistency level: ${request.consistency}`);
    return level;
  }

  async execute(stmt: Statement, request: QueryRequest, level: ConsistencyLevel): Promise<QueryResponse> {
    try {
      return await this.dispatch(stmt, request, level);
    } catch (err) {
      if (err instanceof CqlError) throw err;
      if (err instanceof ReplicationConfigError) throw new ConfigurationError(err.message);
      throw new ServerError(err instanceof Error ? err.message : String(err), { cause: err });
    }
  }

  private dispatch(stmt: Statement, request: QueryRequest, level: ConsistencyLevel): Promise<QueryResponse> {
    switch (stmt.kind) {
      case 'use':
        return this.use(stmt.keyspace);
      case 'create_keyspace':
        return this.createKeyspace(stmt);
      case 'drop_keyspace':
        return this.dropKeyspace(stmt.keyspace, stmt.ifExists);
      case 'create_table':
        return this.createTable(stmt, request.keyspace);
      case 'drop_table':
        return this.dropTable(stmt.table, stmt.ifExists, request.keyspace);
      case 'insert':
        return this.insert(stmt, request, level);
      case 'delete':
        return this.delete(stmt, request, level);
      case 'select':
        return this.select(stmt, request, level);
      default: {
        const unknown: never = stmt;
        throw new InvalidRequest(`unsupported statement ${(unknown as { kind: string }).kind}`);
      }
    }
  }

  private async use(keyspace: string): Promise<QueryResponse> {
    if (!(await this.keyspaceExists(keyspace))) throw new InvalidRequest(`Keyspace '${keyspace}' does not exist`);
    return { ...EMPTY_RESULT(), keyspace };
  }

  /** Whether a keyspace exists at this gateway's epoch or, failing that, in the bucket now. */
  private async keyspaceExists(keyspace: string): Promise<boolean> {
    if (this.d.view().keyspaces.has(keyspace)) return true;
    const latest = await this.d.store.read();
    return latest.doc.keyspaces?.[keyspace] !== undefined;
  }

  private async createKeyspace(stmt: Extract<Statement, { kind: 'create_keyspace' }>): Promise<QueryResponse> {
    const created = keyspaceFromCreate(stmt);
    // As Cassandra 4: `replication_factor` under NetworkTopologyStrategy expands to every
    // known data center, and a data center no member is in is refused.
    const knownDcs = new Set(Object.values((await this.d.store.read()).doc.members ?? {}).map((m) => m.dc ?? ''));
    const schema = { ...created, replication: prepareReplicationOptions(created.replication, knownDcs) };
    strategyFromOptions(schema.replication); // refuse what the ring cannot place (ConfigurationError)
    await this.d.store.update((doc) => {
      doc.keyspaces = doc.keyspaces ?? {};
      if (doc.keyspaces[schema.name] !== undefined) {
        if (stmt.ifNotExists) return false;
        throw new AlreadyExists(schema.name, '');
      }
      doc.keyspaces[schema.name] = keyspaceToMessage(schema);
      return true;
    });
    return EMPTY_RESULT();
  }

  private async dropKeyspace(keyspace: string, ifExists: boolean): Promise<QueryResponse> {
    await this.d.store.update((doc) => {
      if (doc.keyspaces?.[keyspace] === undefined) {
        if (ifExists) return false;
        throw new ConfigurationError(`Cannot drop non existing keyspace '${keyspace}'.`);
      }
      delete doc.keyspaces[keyspace];
      return true;
    });
    return EMPTY_RESULT();
  }

  private async createTable(stmt: Extract<Statement, { kind: 'create_table' }>, current: string | undefined): Promise<QueryResponse> {
    const keyspace = resolveKeyspace(stmt.table, current);
    const table = tableFromCreate(stmt, keyspace, randomUUID());
    if (table.columns.some((c) => c.kind === 'static')) throw new InvalidRequest('Static columns are not supported yet');
    await this.d.store.update((doc) => {
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
    return EMPTY_RESULT();
  }

  private async dropTable(name: TableName, ifExists: boolean, current: string | undefined): Promise<QueryResponse> {
    const keyspace = resolveKeyspace(name, current);
    await this.d.store.update((doc) => {
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
    return EMPTY_RESULT();
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

  private async insert(stmt: Extract<Statement, { kind: 'insert' }>, request: QueryRequest, level: ConsistencyLevel): Promise<QueryResponse> {
    const { ks, table } = await this.table(stmt.table, request.keyspace);
    const bound = bindInsert(stmt, table, jsonParams(request.params));
    const timestamp = bound.timestamp ?? this.d.timestamps.nextMicros();
    const now = this.d.nowSeconds();
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
    await this.mutate(ks, table, bound.partitionKey, [row], undefined, level);
    return EMPTY_RESULT();
  }

  private async delete(stmt: Extract<Statement, { kind: 'delete' }>, request: QueryRequest, level: ConsistencyLevel): Promise<QueryResponse> {
    const { ks, table } = await this.table(stmt.table, request.keyspace);
    const bound = bindDelete(stmt, table, jsonParams(request.params));
    const timestamp = bound.timestamp ?? this.d.timestamps.nextMicros();
    const deletion = { timestamp, localDeletionTime: this.d.nowSeconds() };
    if (bound.clustering === undefined) {
      if (bound.columns.length > 0) throw new InvalidRequest('Deleting columns of a whole partition is not supported yet');
      await this.mutate(ks, table, bound.partitionKey, [], deletion, level);
    } else if (bound.columns.length === 0) {
      await this.mutate(ks, table, bound.partitionKey, [{ clustering: bound.clustering, deletion, cells: [] }], undefined, level);
    } else {
      const cells = bound.columns.map((column) => ({
        column,
        cell: { value: null, timestamp, ttlSeconds: 0, localDeletionTime: deletion.localDeletionTime },
      }));
      await this.mutate(ks, table, bound.partitionKey, [{ clustering: bound.clustering, cells }], undefined, level);
    }
    return EMPTY_RESULT();
  }

  private async mutate(
    ks: KeyspaceView,
    table: TableSchema,
    partitionKeyValues: Uint8Array[],
    rows: RowUpdate[],
    partitionDeletion: Mutation['partitionDeletion'],
    level: ConsistencyLevel,
  ): Promise<void> {
    const partitionKey = serializePartitionKey(partitionKeyValues);
    const token = murmur3Token(partitionKey);
    const mutation: Mutation = {
      tableId: table.id,
      token,
      partitionKey,
      ...(partitionDeletion === undefined ? {} : { partitionDeletion }),
      rows,
    };
    await this.d.coordinator.write(level, this.placement(ks, token), [mutation]);
  }

  private async select(stmt: Extract<Statement, { kind: 'select' }>, request: QueryRequest, level: ConsistencyLevel): Promise<QueryResponse> {
    const { ks, table } = await this.table(stmt.table, request.keyspace);
    const bound = bindSelect(stmt, table, jsonParams(request.params));
    const columns = bound.selection.map((s) => ({ name: s.alias, type: formatType(findColumn(table, s.column)!.type) }));
    const digest = queryDigest(request.query, request.keyspace, request.params);
    const start: PagingPosition =
      request.pagingState === undefined
        ? { partition: 0, lastClustering: undefined, rowsReturned: 0 }
        : decodePagingState(request.pagingState, digest);
    const limit = bound.limit ?? Number.POSITIVE_INFINITY;
    const pageSize = request.pageSize ?? Number.POSITIVE_INFINITY;
    const rows: Record<string, unknown>[] = [];
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
            return { columns, rows, pagingState: encodePagingState(digest, { partition: p, lastClustering: lastKey, rowsReturned: returned }) };
          }
          const keys = decodeRowKey(table, pkValues, row.clustering);
          const out: Record<string, unknown> = {};
          for (const s of bound.selection) {
            const bytes = keys.get(s.column) ?? row.cells.get(s.column)?.value ?? null;
            out[s.alias] = valueToJson(findColumn(table, s.column)!.type, bytes);
          }
          rows.push(out);
          returned++;
          lastKey = row.clustering;
        }
        if (more === undefined || returned >= limit) break;
        slice = resumeAfter(slice, more, bound.reversed);
      }
      if (rows.length >= pageSize && returned < limit && p + 1 < bound.partitionKeys.length) {
        // The page filled up at the end of a partition; resume at the start of the next one.
        return { columns, rows, pagingState: encodePagingState(digest, { partition: p + 1, lastClustering: undefined, rowsReturned: returned }) };
      }
    }
    return { columns, rows, pagingState: null };
  }
}

/** `slice` narrowed to what follows `key` in scan order (all of it when key is undefined). */
function resumeAfter(slice: ClusteringSlice, key: Uint8Array | undefined, reversed: boolean): ClusteringSlice {
  return key === undefined ? slice : sliceAfter(slice, key, reversed);
}

function defaultTtl(table: TableSchema): number {
  const v = table.options['default_time_to_live'];
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : 0;
  return Number.isInteger(n) && n > 0 ? n : 0;
}
