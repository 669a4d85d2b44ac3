// `cassia tablestats [ks[.table]] [--node N]`: nodetool tablestats — per keyspace and table,
// SSTable count (and per level), space used, read and write counts, summed over the nodes
// that answer (or one node with --node). The storage engine keeps memtables and bloom filter
// counters for all tables together, so those are shown per node set, not per table.
import type { ClusterClient, NodeFailure } from './client.js';
import { parseTableFilter, type NodeInfo } from './cluster-view.js';
import { formatBytes } from './format.js';
import { nodeStatsFrom, type NodeStats } from './node-stats.js';

export interface TableNodeFigures {
  name: string;
  hostId: string;
  sstables: number;
  bytes: number;
  reads: number;
  writes: number;
}

export interface TableStatsEntry {
  name: string;
  id: string;
  sstables: number;
  sstablesPerLevel: number[];
  bytes: number;
  reads: number;
  writes: number;
  perNode: TableNodeFigures[];
}

export interface TableStatsReport {
  nodes: { name: string; hostId: string; answered: boolean; failure: NodeFailure | null }[];
  totalTables: number;
  keyspaces: { name: string; reads: number; writes: number; sstables: number; bytes: number; tables: TableStatsEntry[] }[];
  /** Node-wide figures (all tables), summed over the nodes that answered. */
  nodeTotals: {
    memtableBytes: number;
    memtablePartitions: number;
    memtablesFlushing: number;
    flushes: number;
    storageReads: number;
    sstablesTouched: number;
    bloomChecks: number;
    bloomNegatives: number;
    bloomFalsePositives: number;
  };
}

export async function collectTableStats(client: ClusterClient, o: { filter?: string; node?: string; timeoutMs: number }): Promise<TableStatsReport> {
  const view = client.view;
  const { keyspace, table } = parseTableFilter(view, o.filter);
  const nodes: NodeInfo[] = o.node === undefined ? [...view.nodes] : [view.node(o.node)];
  const answers = await client.askAll(nodes.map((n) => n.hostId), 'stats', o.timeoutMs);
  const stats: { node: NodeInfo; s: NodeStats }[] = [];
  for (const node of nodes) {
    const a = answers.get(node.hostId)!;
    if (a.ok) stats.push({ node, s: nodeStatsFrom(a.value) });
  }
  const keyspaces = [...view.keyspaces.values()]
    .filter((ks) => keyspace === undefined || ks.name === keyspace)
    .map((ks) => {
      const tables = [...ks.tables.values()]
        .filter((t) => table === undefined || t.name === table)
        .map((t): TableStatsEntry => {
          const perLevel: number[] = [];
          const perNode: TableNodeFigures[] = stats.map(({ node, s }) => {
            const c = s.tables.find((x) => x.tableId === t.id);
            c?.sstablesPerLevel.forEach((count, level) => (perLevel[level] = (perLevel[level] ?? 0) + count));
            return { name: node.name, hostId: node.hostId, sstables: c?.sstables ?? 0, bytes: c?.bytes ?? 0, reads: c?.reads ?? 0, writes: c?.writes ?? 0 };
          });
          const sum = (k: 'sstables' | 'bytes' | 'reads' | 'writes') => perNode.reduce((n, x) => n + x[k], 0);
          return {
            name: t.name, id: t.id, sstables: sum('sstables'), sstablesPerLevel: Array.from(perLevel, (x) => x ?? 0),
            bytes: sum('bytes'), reads: sum('reads'), writes: sum('writes'), perNode,
          };
        });
      const sum = (k: 'sstables' | 'bytes' | 'reads' | 'writes') => tables.reduce((n, x) => n + x[k], 0);
      return { name: ks.name, reads: sum('reads'), writes: sum('writes'), sstables: sum('sstables'), bytes: sum('bytes'), tables };
    });
  const total = (k: keyof TableStatsReport['nodeTotals']) => stats.reduce((n, { s }) => n + s[k], 0);
  return {
    nodes: nodes.map((n) => {
      const a = answers.get(n.hostId)!;
      return { name: n.name, hostId: n.hostId, answered: a.ok, failure: a.ok ? null : a.failure };
    }),
    totalTables: keyspaces.reduce((n, ks) => n + ks.tables.length, 0),
    keyspaces,
    nodeTotals: {
      memtableBytes: total('memtableBytes'),
      memtablePartitions: total('memtablePartitions'),
      memtablesFlushing: total('memtablesFlushing'),
      flushes: total('flushes'),
      storageReads: total('storageReads'),
      sstablesTouched: total('sstablesTouched'),
      bloomChecks: total('bloomChecks'),
      bloomNegatives: total('bloomNegatives'),
      bloomFalsePositives: total('bloomFalsePositives'),
    },
  };
}

/** Bloom filter false positives over its "maybe" answers (Cassandra's false ratio). */
export function bloomFalseRatio(t: TableStatsReport['nodeTotals']): number {
  const positives = t.bloomChecks - t.bloomNegatives;
  return positives > 0 ? t.bloomFalsePositives / positives : 0;
}

export function renderTableStats(r: TableStatsReport): string {
  const answered = r.nodes.filter((n) => n.answered);
  const out = [`Total number of tables: ${r.totalTables}`, `Nodes: ${answered.map((n) => n.name).join(', ') || 'none'} (${answered.length} of ${r.nodes.length} answered)`];
  for (const n of r.nodes) if (!n.answered) out.push(`\t${n.name}: ${n.failure?.message ?? 'no answer'}`);
  out.push('----------------');
  for (const ks of r.keyspaces) {
    out.push(
      `Keyspace : ${ks.name}`,
      `\tRead Count: ${ks.reads}`,
      `\tWrite Count: ${ks.writes}`,
      `\tSSTable count: ${ks.sstables}`,
      `\tSpace used (live): ${formatBytes(ks.bytes)}`,
    );
    for (const t of ks.tables) {
      out.push(
        `\t\tTable: ${t.name}`,
        `\t\tTable id: ${t.id}`,
        `\t\tSSTable count: ${t.sstables}`,
        `\t\tSSTables in each level: [${t.sstablesPerLevel.join(', ') || '0'}]`,
        `\t\tSpace used (live): ${formatBytes(t.bytes)}`,
        `\t\tSpace used (live, bytes): ${t.bytes}`,
        `\t\tLocal read count: ${t.reads}`,
        `\t\tLocal write count: ${t.writes}`,
        `\t\tPer node (SSTables/reads/writes): ${t.perNode.map((n) => `${n.name}=${n.sstables}/${n.reads}/${n.writes}`).join(', ') || 'none'}`,
        '',
      );
    }
    out.push('----------------');
  }
  const t = r.nodeTotals;
  out.push(
    'All tables, summed over the nodes that answered:',
    `\tMemtable data size: ${formatBytes(t.memtableBytes)}`,
    `\tMemtable partitions: ${t.memtablePartitions}`,
    `\tPending flushes: ${t.memtablesFlushing}`,
    `\tFlushes: ${t.flushes}`,
    `\tStorage reads: ${t.storageReads}`,
    `\tSSTables read per read: ${t.storageReads > 0 ? (t.sstablesTouched / t.storageReads).toFixed(2) : '0.00'}`,
    `\tBloom filter checks: ${t.bloomChecks}`,
    `\tBloom filter false positives: ${t.bloomFalsePositives}`,
    `\tBloom filter false ratio: ${bloomFalseRatio(t).toFixed(5)}`,
  );
  return out.join('\n') + '\n';
}
