// `cassia describecluster`: nodetool describecluster — name, partitioner, the schema versions
// the nodes run (the cluster metadata epoch each has applied; nodes that did not answer are
// UNREACHABLE), node counts per state and data center, keyspaces with their replication.
import type { ClusterClient } from './client.js';
import { collectClusterState } from './liveness.js';

/** Cassia's only partitioner, by Cassandra's class name. */
export const PARTITIONER = 'org.apache.cassandra.dht.Murmur3Partitioner';

export interface DescribeClusterReport {
  name: string;
  partitioner: string;
  /** The epoch of the metadata document as read from NATS now. */
  metadataEpoch: number;
  /** Epoch applied → node names; nodes that did not answer are under "UNREACHABLE". */
  schemaVersions: Record<string, string[]>;
  stats: { live: number; joining: number; moving: number; leaving: number; unreachable: number };
  datacenters: { name: string; nodes: number; down: number }[];
  keyspaces: { name: string; replication: Record<string, string> }[];
}

export const UNREACHABLE = 'UNREACHABLE';

export async function collectDescribeCluster(client: ClusterClient, o: { timeoutMs: number }): Promise<DescribeClusterReport> {
  const view = client.view;
  const state = await collectClusterState(client, o.timeoutMs);
  const versions = new Map<string, string[]>();
  for (const s of state.nodes) {
    const key = s.stats === undefined ? UNREACHABLE : String(s.stats.metadataEpoch);
    versions.set(key, [...(versions.get(key) ?? []), s.node.name]);
  }
  // Epochs ascending, UNREACHABLE last.
  const order = [...versions.keys()].sort((a, b) => (a === UNREACHABLE ? 1 : b === UNREACHABLE ? -1 : Number(a) - Number(b)));
  return {
    name: view.clusterName,
    partitioner: PARTITIONER,
    metadataEpoch: view.epoch,
    schemaVersions: Object.fromEntries(order.map((k) => [k, versions.get(k)!])),
    stats: {
      live: state.nodes.filter((s) => s.up).length,
      joining: state.nodes.filter((s) => s.node.status === 'JOINING').length,
      moving: 0,
      leaving: state.nodes.filter((s) => s.node.status === 'LEAVING').length,
      unreachable: state.nodes.filter((s) => !s.up).length,
    },
    datacenters: view.dataCenters().map((dc) => {
      const inDc = state.nodes.filter((s) => s.node.dc === dc);
      return { name: dc, nodes: inDc.length, down: inDc.filter((s) => !s.up).length };
    }),
    keyspaces: [...view.keyspaces.values()].map((ks) => ({ name: ks.name, replication: ks.replication })),
  };
}

export function renderDescribeCluster(r: DescribeClusterReport): string {
  const out = [
    'Cluster Information:',
    `\tName: ${r.name}`,
    `\tPartitioner: ${r.partitioner}`,
    `\tMetadata epoch: ${r.metadataEpoch}`,
    '\tSchema versions:',
  ];
  for (const [version, nodes] of Object.entries(r.schemaVersions)) out.push(`\t\t${version}: [${nodes.join(', ')}]`, '');
  out.push(
    'Stats for all nodes:',
    `\tLive: ${r.stats.live}`,
    `\tJoining: ${r.stats.joining}`,
    `\tMoving: ${r.stats.moving}`,
    `\tLeaving: ${r.stats.leaving}`,
    `\tUnreachable: ${r.stats.unreachable}`,
    '',
    'Data Centers: ',
  );
  for (const dc of r.datacenters) out.push(`\t${dc.name} #Nodes: ${dc.nodes} #Down: ${dc.down}`);
  out.push('', 'Keyspaces:');
  for (const ks of r.keyspaces) {
    const { class: cls, ...factors } = ks.replication;
    const options = Object.entries(factors).map(([k, v]) => `${k}=${v}`).join(', ');
    out.push(`\t${ks.name} -> Replication class: ${cls ?? '?'} {${options}}`);
  }
  return out.join('\n') + '\n';
}
