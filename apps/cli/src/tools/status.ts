// `cassia status [keyspace]`: nodetool status — every node grouped by data center with
// Up/Down and Normal/Joining/Leaving, address, load, tokens, ownership (effective for the
// keyspace given, else raw token ownership), host id and rack.
import type { ClusterClient, NodeFailure } from './client.js';
import { datacenterHeader, formatBytes, formatPercent, renderColumns } from './format.js';
import { collectClusterState, statusCode } from './liveness.js';
import { ownershipFor } from './ownership.js';

export interface StatusNode {
  status: string;
  up: boolean;
  state: 'NORMAL' | 'JOINING' | 'LEAVING';
  name: string;
  address: string | null;
  loadBytes: number | null;
  tokens: number;
  /** Fraction of the token space (0..1). */
  owns: number;
  hostId: string;
  rack: string;
  failure: NodeFailure | null;
  /** The gossip observer's verdict, or null when no live node was asked. */
  gossipAlive: boolean | null;
}

export interface StatusReport {
  cluster: string;
  keyspace: string | null;
  ownership: 'raw' | 'effective';
  datacenters: { name: string; nodes: StatusNode[] }[];
}

export async function collectStatus(client: ClusterClient, o: { keyspace?: string; timeoutMs: number }): Promise<StatusReport> {
  const view = client.view;
  const owns = ownershipFor(client, o.keyspace);
  const state = await collectClusterState(client, o.timeoutMs);
  const datacenters = view.dataCenters().map((dc) => ({
    name: dc,
    nodes: state.nodes
      .filter((s) => s.node.dc === dc)
      .map(
        (s): StatusNode => ({
          status: statusCode(s.up, s.node.status),
          up: s.up,
          state: s.node.status,
          name: s.node.name,
          address: s.stats?.address || null,
          loadBytes: s.loadBytes ?? null,
          tokens: s.node.tokens.length,
          owns: owns.get(s.node.hostId) ?? 0,
          hostId: s.node.hostId,
          rack: s.node.rack,
          failure: s.failure ?? null,
          gossipAlive: s.gossipAlive ?? null,
        }),
      ),
  }));
  return { cluster: view.clusterName, keyspace: o.keyspace ?? null, ownership: o.keyspace === undefined ? 'raw' : 'effective', datacenters };
}

export function renderStatus(r: StatusReport): string {
  const out: string[] = [];
  if (r.datacenters.length === 0) out.push(`Cluster '${r.cluster}' has no storage nodes.`);
  for (const dc of r.datacenters) {
    out.push(datacenterHeader(dc.name), 'Status=Up/Down', '|/ State=Normal/Leaving/Joining/Moving');
    out.push(
      renderColumns(
        ['--', 'Address', 'Name', 'Load', 'Tokens', r.ownership === 'effective' ? 'Owns (effective)' : 'Owns', 'Host ID', 'Rack'],
        dc.nodes.map((n) => [
          n.status,
          n.address ?? '?',
          n.name,
          n.loadBytes === null ? '?' : formatBytes(n.loadBytes),
          String(n.tokens),
          formatPercent(n.owns),
          n.hostId,
          n.rack,
        ]),
      ),
      '',
    );
  }
  if (r.ownership === 'raw' && r.datacenters.length > 0) {
    out.push('Note: Owns is raw token ownership; give a keyspace (cassia status <keyspace>) for effective ownership.');
  }
  return out.join('\n').trimEnd() + '\n';
}
