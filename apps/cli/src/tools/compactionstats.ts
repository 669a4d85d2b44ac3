// `cassia compactionstats [--node N]`: nodetool compactionstats — per node, pending
// compaction tasks, compactions running, and the major compactions asked for that are still
// running (table and how long); totals of completed compactions and bytes they moved.
import type { ClusterClient, NodeFailure } from './client.js';
import { formatBytes, formatDuration, renderColumns } from './format.js';
import { nodeStatsFrom } from './node-stats.js';

export interface CompactionNode {
  name: string;
  hostId: string;
  answered: boolean;
  failure: NodeFailure | null;
  pending: number;
  running: number;
  completed: number;
  bytesRead: number;
  bytesWritten: number;
  tombstonesPurged: number;
  active: { type: 'Major compaction'; keyspace: string; table: string; tableId: string; runningMs: number }[];
}

export interface CompactionStatsReport {
  pendingTasks: number;
  nodes: CompactionNode[];
}

export async function collectCompactionStats(client: ClusterClient, o: { node?: string; timeoutMs: number }): Promise<CompactionStatsReport> {
  const view = client.view;
  const nodes = o.node === undefined ? [...view.nodes] : [view.node(o.node)];
  const answers = await client.askAll(nodes.map((n) => n.hostId), 'stats', o.timeoutMs);
  const now = Date.now();
  const out: CompactionNode[] = nodes.map((n) => {
    const a = answers.get(n.hostId)!;
    if (!a.ok) {
      return { name: n.name, hostId: n.hostId, answered: false, failure: a.failure, pending: 0, running: 0, completed: 0, bytesRead: 0, bytesWritten: 0, tombstonesPurged: 0, active: [] };
    }
    const c = nodeStatsFrom(a.value).compaction;
    return {
      name: n.name,
      hostId: n.hostId,
      answered: true,
      failure: null,
      pending: c.pending,
      running: c.running,
      completed: c.completed,
      bytesRead: c.bytesRead,
      bytesWritten: c.bytesWritten,
      tombstonesPurged: c.tombstonesPurged,
      active: c.major.map((m) => {
        const t = view.tableById(m.tableId);
        return { type: 'Major compaction' as const, keyspace: t?.keyspace ?? '?', table: t?.name ?? '?', tableId: m.tableId, runningMs: Math.max(0, now - m.startedAtMs) };
      }),
    };
  });
  return { pendingTasks: out.reduce((n, x) => n + x.pending, 0), nodes: out };
}

export function renderCompactionStats(r: CompactionStatsReport): string {
  const out = [`pending tasks: ${r.pendingTasks}`];
  out.push(
    renderColumns(
      ['Node', 'Pending', 'Running', 'Completed', 'Bytes read', 'Bytes written', 'Tombstones purged'],
      r.nodes.map((n) =>
        n.answered
          ? [n.name, String(n.pending), String(n.running), String(n.completed), formatBytes(n.bytesRead), formatBytes(n.bytesWritten), String(n.tombstonesPurged)]
          : [n.name, '?', '?', '?', '?', '?', '?'],
      ),
    ),
  );
  for (const n of r.nodes) if (!n.answered) out.push(`${n.name}: ${n.failure?.message ?? 'no answer'}`);
  const active = r.nodes.flatMap((n) => n.active.map((a) => [n.name, a.type, a.keyspace, a.table, formatDuration(a.runningMs)]));
  out.push('');
  if (active.length === 0) out.push('No major compactions running.');
  else out.push(renderColumns(['Node', 'compaction type', 'keyspace', 'table', 'running for'], active));
  return out.join('\n') + '\n';
}
