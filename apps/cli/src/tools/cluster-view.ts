// What the tools know from one cluster metadata snapshot: the storage nodes (host id, name,
// data center, rack, tokens, lifecycle status), keyspaces with their replication strategy,
// tables with their partition key columns, and the token ring built exactly as the gateway
// builds it (NORMAL members with tokens). Pure: built from the document, no I/O.
import { parseType, type CqlType } from '@cassia/cql-lite';
import { strategyFromOptions, TokenRing, type ReplicationStrategy } from '@cassia/ring';
import { toBigInt, type ClusterMetadataMessage } from '@cassia/wire';
import { UnknownKeyspaceError, UnknownNodeError, UnknownTableError } from './errors.js';

/** Member lifecycle states the tools show (LEFT members are not shown, as nodetool). */
export type NodeLifecycle = 'NORMAL' | 'JOINING' | 'LEAVING';

export interface NodeInfo {
  hostId: string;
  name: string;
  dc: string;
  rack: string;
  tokens: bigint[];
  status: NodeLifecycle;
}

export interface PartitionKeyColumn {
  name: string;
  type: CqlType | undefined;
  /** The type as stored, for messages. */
  typeText: string;
}

export interface TableInfo {
  keyspace: string;
  name: string;
  id: string;
  partitionKey: PartitionKeyColumn[];
}

export interface KeyspaceInfo {
  name: string;
  replication: Record<string, string>;
  /** Undefined when the stored replication map cannot be built (see strategyError). */
  strategy: ReplicationStrategy | undefined;
  strategyError: string | undefined;
  tables: Map<string, TableInfo>;
}

const LIFECYCLES: ReadonlySet<string> = new Set(['NORMAL', 'JOINING', 'LEAVING']);

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export class ClusterView {
  /** Storage nodes not LEFT, by data center then name. */
  readonly nodes: readonly NodeInfo[];
  readonly keyspaces: ReadonlyMap<string, KeyspaceInfo>;
  readonly ring: TokenRing;
  private readonly tablesById = new Map<string, TableInfo>();

  constructor(
    readonly clusterName: string,
    /** The KV revision of the document read. */
    readonly epoch: number,
    doc: ClusterMetadataMessage,
  ) {
    this.nodes = Object.values(doc.members ?? {})
      .filter((m) => LIFECYCLES.has(m.status ?? ''))
      .map((m) => ({
        hostId: m.hostId ?? '',
        name: m.name || (m.hostId ?? '').slice(0, 8),
        dc: m.dc ?? '',
        rack: m.rack ?? '',
        tokens: (m.tokens ?? []).map(toBigInt),
        status: m.status as NodeLifecycle,
      }))
      .sort((a, b) => (a.dc < b.dc ? -1 : a.dc > b.dc ? 1 : byName(a, b) || (a.hostId < b.hostId ? -1 : 1)));
    // The gateway's ring (apps/gateway/src/schema.ts): NORMAL members with tokens.
    this.ring = TokenRing.build(
      this.nodes.filter((n) => n.status === 'NORMAL' && n.tokens.length > 0).map((n) => ({ hostId: n.hostId, tokens: n.tokens, dc: n.dc, rack: n.rack })),
    );
    const keyspaces = new Map<string, KeyspaceInfo>();
    for (const [name, ks] of Object.entries(doc.keyspaces ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const replication = { ...(ks.replication ?? {}) };
      let strategy: ReplicationStrategy | undefined;
      let strategyError: string | undefined;
      try {
        strategy = strategyFromOptions(replication);
      } catch (err) {
        strategyError = err instanceof Error ? err.message : String(err);
      }
      const tables = new Map<string, TableInfo>();
      for (const [tableName, t] of Object.entries(ks.tables ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const columns = t.columns ?? [];
        const table: TableInfo = {
          keyspace: name,
          name: tableName,
          id: t.id ?? '',
          partitionKey: (t.partitionKey ?? []).map((column) => {
            const typeText = columns.find((c) => c.name === column)?.type ?? '';
            return { name: column, typeText, type: parseTypeOrUndefined(typeText) };
          }),
        };
        tables.set(tableName, table);
        if (table.id !== '') this.tablesById.set(table.id, table);
      }
      keyspaces.set(name, { name, replication, strategy, strategyError, tables });
    }
    this.keyspaces = keyspaces;
  }

  /** The node named `nameOrHostId` (its name, or its host id); UnknownNodeError otherwise. */
  node(nameOrHostId: string): NodeInfo {
    const found = this.nodes.find((n) => n.hostId === nameOrHostId) ?? this.nodes.find((n) => n.name === nameOrHostId);
    if (found === undefined) throw new UnknownNodeError(nameOrHostId, this.nodes.map((n) => n.name));
    return found;
  }

  nodeById(hostId: string): NodeInfo | undefined {
    return this.nodes.find((n) => n.hostId === hostId);
  }

  keyspace(name: string): KeyspaceInfo {
    const ks = this.keyspaces.get(name);
    if (ks === undefined) throw new UnknownKeyspaceError(name, [...this.keyspaces.keys()]);
    return ks;
  }

  table(keyspace: string, name: string): TableInfo {
    const ks = this.keyspace(keyspace);
    const t = ks.tables.get(name);
    if (t === undefined) throw new UnknownTableError(keyspace, name, [...ks.tables.keys()]);
    return t;
  }

  tableById(id: string): TableInfo | undefined {
    return this.tablesById.get(id);
  }

  /** Every table, by keyspace then name. */
  allTables(): TableInfo[] {
    return [...this.keyspaces.values()].flatMap((ks) => [...ks.tables.values()]);
  }

  /** Data centers in node order. */
  dataCenters(): string[] {
    return [...new Set(this.nodes.map((n) => n.dc))];
  }
}

function parseTypeOrUndefined(text: string): CqlType | undefined {
  try {
    return parseType(text);
  } catch {
    return undefined;
  }
}

/**
 * The tables `ks [table...]` names (nodetool's flush/compact arguments): all of a keyspace's
 * tables when none are named, every table when no keyspace is given.
 */
export function selectTables(view: ClusterView, keyspace: string | undefined, tables: readonly string[]): TableInfo[] {
  if (keyspace === undefined) return view.allTables();
  const ks = view.keyspace(keyspace);
  if (tables.length === 0) return [...ks.tables.values()];
  return [...new Set(tables)].map((t) => view.table(keyspace, t));
}

/** `ks` or `ks.table` (tablestats' argument). */
export function parseTableFilter(view: ClusterView, filter: string | undefined): { keyspace?: string; table?: string } {
  if (filter === undefined) return {};
  const dot = filter.indexOf('.');
  if (dot < 0) {
    view.keyspace(filter);
    return { keyspace: filter };
  }
  const keyspace = filter.slice(0, dot);
  const table = filter.slice(dot + 1);
  view.table(keyspace, table);
  return { keyspace, table };
}
