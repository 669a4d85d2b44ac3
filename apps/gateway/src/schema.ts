// The gateway's view of one cluster metadata epoch: keyspaces with their replication
// strategy and tables (as @cassia/cql-lite schemas), and the token ring of NORMAL members.
// Rebuilt on every metadata change; immutable once built.
import { formatType, parseType, type KeyspaceSchema, type TableSchema } from '@cassia/cql-lite';
import { strategyFromOptions, TokenRing, type ReplicationStrategy, type RingMember } from '@cassia/ring';
import { toBigInt, type KeyspaceMessage, type TableMessage } from '@cassia/wire';
import type { MetadataSnapshot } from '@cassia/cluster';
import type { Logger } from '@cassia/telemetry';

export interface KeyspaceView {
  schema: KeyspaceSchema;
  strategy: ReplicationStrategy;
  tables: Map<string, TableSchema>;
}

export interface ClusterView {
  epoch: number;
  keyspaces: Map<string, KeyspaceView>;
  ring: TokenRing;
}

export function tableToMessage(t: TableSchema): TableMessage {
  return {
    id: t.id,
    name: t.name,
    columns: t.columns.map((c) => ({ name: c.name, type: formatType(c.type), kind: c.kind })),
    partitionKey: t.partitionKey,
    clustering: t.clustering,
    clusteringOrder: t.clusteringOrder,
    optionsJson: JSON.stringify(t.options),
  };
}

export function tableFromMessage(keyspace: string, m: TableMessage): TableSchema {
  const partitionKey = m.partitionKey ?? [];
  const clustering = m.clustering ?? [];
  return {
    keyspace,
    name: m.name ?? '',
    id: m.id ?? '',
    columns: (m.columns ?? []).map((c) => {
      const name = c.name ?? '';
      const kind = (c.kind ?? 'regular') as TableSchema['columns'][number]['kind'];
      const position = kind === 'partition_key' ? partitionKey.indexOf(name) : kind === 'clustering' ? clustering.indexOf(name) : -1;
      return { name, type: parseType(c.type ?? ''), kind, position };
    }),
    partitionKey,
    clustering,
    clusteringOrder: (m.clusteringOrder ?? []) as TableSchema['clusteringOrder'],
    options: m.optionsJson ? (JSON.parse(m.optionsJson) as Record<string, unknown>) : {},
  };
}

export function keyspaceToMessage(ks: KeyspaceSchema): KeyspaceMessage {
  return { name: ks.name, replication: { ...ks.replication }, durableWrites: ks.durableWrites, tables: {} };
}

export function buildView(snapshot: MetadataSnapshot, log: Logger): ClusterView {
  const keyspaces = new Map<string, KeyspaceView>();
  for (const [name, ks] of Object.entries(snapshot.doc.keyspaces ?? {})) {
    try {
      const schema: KeyspaceSchema = { name, replication: { ...(ks.replication ?? {}) }, durableWrites: ks.durableWrites ?? true };
      const tables = new Map<string, TableSchema>();
      for (const [tableName, t] of Object.entries(ks.tables ?? {})) tables.set(tableName, tableFromMessage(name, t));
      keyspaces.set(name, { schema, strategy: strategyFromOptions(schema.replication), tables });
    } catch (err) {
      // A keyspace this build cannot understand is left out rather than failing every query.
      log.error({ err, keyspace: name, epoch: snapshot.epoch }, 'skipping keyspace with unreadable metadata');
    }
  }
  const members: RingMember[] = Object.values(snapshot.doc.members ?? {})
    .filter((m) => m.status === 'NORMAL' && (m.tokens ?? []).length > 0)
    .map((m) => ({ hostId: m.hostId ?? '', tokens: (m.tokens ?? []).map(toBigInt), dc: m.dc ?? '', rack: m.rack ?? '' }));
  return { epoch: snapshot.epoch, keyspaces, ring: TokenRing.build(members) };
}
