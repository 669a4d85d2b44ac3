// `cassia ring [keyspace]`: nodetool ring — every vnode token in ascending order with the
// node that owns it, per data center, the first line giving the last token (the ring wraps).
import { tokenToString } from '@cassia/ring';
import type { ClusterClient } from './client.js';
import { datacenterHeader, formatBytes, formatPercent, renderColumns } from './format.js';
import { collectClusterState } from './liveness.js';
import { ownershipFor } from './ownership.js';

export interface RingEntry {
  token: string;
  hostId: string;
  name: string;
  address: string | null;
  rack: string;
  status: 'Up' | 'Down';
  state: 'Normal' | 'Joining' | 'Leaving';
  loadBytes: number | null;
  /** The owning node's share of the token space (0..1). */
  owns: number;
}

export interface RingReport {
  cluster: string;
  keyspace: string | null;
  ownership: 'raw' | 'effective';
  datacenters: { name: string; tokens: RingEntry[] }[];
}

const STATE = { NORMAL: 'Normal', JOINING: 'Joining', LEAVING: 'Leaving' } as const;

export async function collectRing(client: ClusterClient, o: { keyspace?: string; timeoutMs: number }): Promise<RingReport> {
  const view = client.view;
  const owns = ownershipFor(client, o.keyspace);
  const state = await collectClusterState(client, o.timeoutMs);
  const datacenters = view.dataCenters().map((dc) => {
    const tokens: { token: bigint; entry: RingEntry }[] = [];
    for (const s of state.nodes.filter((x) => x.node.dc === dc)) {
      for (const token of s.node.tokens) {
        tokens.push({
          token,
          entry: {
            token: tokenToString(token),
            hostId: s.node.hostId,
            name: s.node.name,
            address: s.stats?.address || null,
            rack: s.node.rack,
            status: s.up ? 'Up' : 'Down',
            state: STATE[s.node.status],
            loadBytes: s.loadBytes ?? null,
            owns: owns.get(s.node.hostId) ?? 0,
          },
        });
      }
    }
    tokens.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
    return { name: dc, tokens: tokens.map((t) => t.entry) };
  });
  return { cluster: view.clusterName, keyspace: o.keyspace ?? null, ownership: o.keyspace === undefined ? 'raw' : 'effective', datacenters };
}

export function renderRing(r: RingReport): string {
  const out: string[] = [];
  if (r.datacenters.length === 0) out.push(`Cluster '${r.cluster}' has no storage nodes.`);
  for (const dc of r.datacenters) {
    out.push(datacenterHeader(dc.name));
    const last = dc.tokens.at(-1);
    const rows = dc.tokens.map((t) => [
      t.address ?? '?', t.name, t.rack, t.status, t.state, t.loadBytes === null ? '?' : formatBytes(t.loadBytes), formatPercent(t.owns), t.token,
    ]);
    const header = ['Address', 'Name', 'Rack', 'Status', 'State', 'Load', r.ownership === 'effective' ? 'Owns (effective)' : 'Owns', 'Token'];
    // nodetool's first line: the last token alone in the Token column (the first range wraps to it).
    out.push(renderColumns(header, last === undefined ? rows : [['', '', '', '', '', '', '', last.token], ...rows]), '');
  }
  return out.join('\n').trimEnd() + '\n';
}
