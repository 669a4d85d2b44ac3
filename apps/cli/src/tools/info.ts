// `cassia info [--node N] [--tokens]`: nodetool info — one node's id, gossip state, load,
// generation, uptime, heap, data center, rack and storage figures. Without --node, the
// first node (in status order) that answers.
import { tokenToString } from '@cassia/ring';
import type { ClusterClient } from './client.js';
import type { NodeInfo } from './cluster-view.js';
import { NodesFailedError } from './errors.js';
import { formatBytes, formatDuration } from './format.js';
import { nodeStatsFrom, type NodeStats } from './node-stats.js';

export interface InfoReport {
  hostId: string;
  name: string;
  gossipActive: boolean;
  address: string;
  metricsPort: number;
  loadBytes: number;
  generation: number;
  uptimeMs: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  rssBytes: number;
  dc: string;
  rack: string;
  status: NodeInfo['status'];
  metadataEpoch: number;
  memtableBytes: number;
  memtablePartitions: number;
  sstables: number;
  quarantinedSSTables: number;
  commitlogSegments: number;
  storageFailure: string | null;
  tokens: string[];
}

/** Asks `node` (or each node in turn until one answers); NodesFailedError when none does. */
export async function collectInfo(client: ClusterClient, o: { node?: string; timeoutMs: number }): Promise<InfoReport> {
  const candidates = o.node === undefined ? client.view.nodes : [client.view.node(o.node)];
  if (candidates.length === 0) throw new NodesFailedError(`cluster '${client.view.clusterName}' has no storage nodes`);
  const failures: string[] = [];
  for (const node of candidates) {
    const a = await client.ask(node.hostId, 'stats', o.timeoutMs);
    if (a.ok) return infoFrom(node, nodeStatsFrom(a.value));
    failures.push(`${node.name}: ${a.failure.message}`);
  }
  throw new NodesFailedError(`no node answered: ${failures.join('; ')}`);
}

function infoFrom(node: NodeInfo, s: NodeStats): InfoReport {
  return {
    hostId: s.hostId,
    name: s.name,
    gossipActive: s.gossipActive,
    address: s.address,
    metricsPort: s.metricsPort,
    loadBytes: s.loadBytes,
    generation: s.generation,
    uptimeMs: s.uptimeMs,
    heapUsedBytes: s.heapUsedBytes,
    heapTotalBytes: s.heapTotalBytes,
    rssBytes: s.rssBytes,
    dc: s.dc,
    rack: s.rack,
    status: node.status,
    metadataEpoch: s.metadataEpoch,
    memtableBytes: s.memtableBytes,
    memtablePartitions: s.memtablePartitions,
    sstables: s.tables.reduce((n, t) => n + t.sstables, 0),
    quarantinedSSTables: s.quarantinedSSTables,
    commitlogSegments: s.commitlogSegments,
    storageFailure: s.storageFailure === '' ? null : s.storageFailure,
    tokens: s.tokens.map(tokenToString),
  };
}

const MIB = 1024 * 1024;

export function renderInfo(r: InfoReport, o: { tokens: boolean }): string {
  const rows: [string, string][] = [
    ['ID', r.hostId],
    ['Name', r.name],
    ['Gossip active', String(r.gossipActive)],
    ['Address', r.address === '' ? '?' : r.address],
    ['Metrics port', String(r.metricsPort)],
    ['Load', formatBytes(r.loadBytes)],
    ['Generation No', String(r.generation)],
    ['Uptime (seconds)', String(Math.floor(r.uptimeMs / 1000))],
    ['Uptime', formatDuration(r.uptimeMs)],
    ['Heap Memory (MB)', `${(r.heapUsedBytes / MIB).toFixed(2)} / ${(r.heapTotalBytes / MIB).toFixed(2)}`],
    ['Resident Memory (MB)', (r.rssBytes / MIB).toFixed(2)],
    ['Data Center', r.dc],
    ['Rack', r.rack],
    ['State', r.status],
    ['Schema version', `epoch ${r.metadataEpoch}`],
    ['Memtable', `${formatBytes(r.memtableBytes)}, ${r.memtablePartitions} partitions`],
    ['SSTables', `${r.sstables}${r.quarantinedSSTables > 0 ? ` (${r.quarantinedSSTables} quarantined)` : ''}`],
    ['Commit log segments', String(r.commitlogSegments)],
    ['Storage failure', r.storageFailure ?? 'none'],
  ];
  if (o.tokens) for (const t of r.tokens) rows.push(['Token', t]);
  else rows.push(['Token', `(invoke with -T/--tokens to see all ${r.tokens.length} tokens)`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)} : ${v}`).join('\n') + '\n';
}
