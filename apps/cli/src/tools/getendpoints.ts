// `cassia getendpoints <ks> <table> <key>`: nodetool getendpoints — the replicas of a
// partition, placed exactly as the gateway places them: the Murmur3 token of the serialized
// key (key-text.ts), then the keyspace's replication strategy on the ring of NORMAL nodes
// (@cassia/ring). Pure: needs only the metadata.
import { murmur3Token, tokenToString } from '@cassia/ring';
import type { ClusterView } from './cluster-view.js';
import { UsageError } from './errors.js';
import { partitionKeyFromText } from './key-text.js';

export interface EndpointsReport {
  keyspace: string;
  table: string;
  key: string;
  token: string;
  replicas: { hostId: string; name: string; dc: string; rack: string }[];
}

export function computeEndpoints(view: ClusterView, keyspace: string, tableName: string, key: string): EndpointsReport {
  const table = view.table(keyspace, tableName);
  const ks = view.keyspace(keyspace);
  if (ks.strategy === undefined) throw new UsageError(`keyspace '${keyspace}' has a replication map the ring cannot use: ${ks.strategyError}`);
  const token = murmur3Token(partitionKeyFromText(table, key));
  const hostIds = view.ring.tokenCount === 0 ? [] : ks.strategy.replicasFor(token, view.ring);
  return {
    keyspace,
    table: tableName,
    key,
    token: tokenToString(token),
    replicas: hostIds.map((hostId) => {
      const n = view.nodeById(hostId);
      return { hostId, name: n?.name ?? hostId, dc: n?.dc ?? '', rack: n?.rack ?? '' };
    }),
  };
}

/** One replica per line, as nodetool prints one address per line. */
export function renderEndpoints(r: EndpointsReport): string {
  return r.replicas.map((x) => x.name).join('\n') + (r.replicas.length > 0 ? '\n' : '');
}
