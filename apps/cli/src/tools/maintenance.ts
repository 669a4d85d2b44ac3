// `cassia flush [ks [table...]]` and `cassia compact [ks [table...]]`: nodetool flush and
// compact (a major compaction), on every node of the cluster at once (or one with --node).
// A flush is one request per node (memtables hold every table: the node flushes them all);
// a compaction is one request per table per node, the tables of a node one after another,
// so the progress bar moves per table. A node that is down or does not answer in time is
// reported failed (its remaining tables skipped); the others carry on.
import type { ClusterClient, NodeFailure } from './client.js';
import { selectTables, type NodeInfo, type TableInfo } from './cluster-view.js';
import { formatDuration, renderColumns } from './format.js';
import type { Progress } from './progress.js';

/** Default deadline for one node's flush. */
export const DEFAULT_FLUSH_TIMEOUT_MS = 5 * 60_000;
/** Default deadline for one table's major compaction on one node. */
export const DEFAULT_COMPACT_TIMEOUT_MS = 60 * 60_000;

export type MaintenanceOperation = 'flush' | 'compact';

export interface MaintenanceNode {
  name: string;
  hostId: string;
  ok: boolean;
  durationMs: number;
  /** Tables done on this node (all of them when ok). */
  tablesDone: number;
  failure: NodeFailure | null;
}

export interface MaintenanceReport {
  operation: MaintenanceOperation;
  /** The tables asked for; empty for a flush of everything. */
  tables: { keyspace: string; table: string; id: string }[];
  nodes: MaintenanceNode[];
}

export interface MaintenanceOptions {
  operation: MaintenanceOperation;
  keyspace?: string;
  tables: readonly string[];
  node?: string;
  timeoutMs: number;
  /** Made once the amount of work is known. */
  progress: (total: number, unit: string) => Progress;
}

/** Units of work: nodes for a flush, node-tables for a compaction. */
export function workUnits(operation: MaintenanceOperation, nodes: number, tables: number): { total: number; unit: string } {
  return operation === 'flush' ? { total: nodes, unit: 'nodes' } : { total: nodes * tables, unit: 'tables' };
}

export async function runMaintenance(client: ClusterClient, o: MaintenanceOptions): Promise<MaintenanceReport> {
  const view = client.view;
  const nodes: NodeInfo[] = o.node === undefined ? [...view.nodes] : [view.node(o.node)];
  // A flush of everything sends no table ids; anything narrower names them (and so does every
  // compaction, one request per table).
  const everything = o.operation === 'flush' && o.keyspace === undefined;
  const tables: TableInfo[] = everything ? [] : selectTables(view, o.keyspace, o.tables);
  const report: MaintenanceReport = {
    operation: o.operation,
    tables: tables.map((t) => ({ keyspace: t.keyspace, table: t.name, id: t.id })),
    nodes: [],
  };
  if (!everything && tables.length === 0) return report; // a keyspace without tables: nothing to do
  const { total, unit } = workUnits(o.operation, nodes.length, tables.length);
  const progress = o.progress(total, unit);
  try {
    report.nodes = await Promise.all(nodes.map((node) => (o.operation === 'flush' ? flushNode(client, node, tables, o, progress) : compactNode(client, node, tables, o, progress))));
  } finally {
    progress.stop();
  }
  return report;
}

async function flushNode(client: ClusterClient, node: NodeInfo, tables: TableInfo[], o: MaintenanceOptions, progress: Progress): Promise<MaintenanceNode> {
  const started = Date.now();
  const a = await client.ask(node.hostId, 'flush', o.timeoutMs, tables.map((t) => t.id));
  progress.tick(`${node.name} ${a.ok ? 'flushed' : 'failed'}`);
  const durationMs = Date.now() - started;
  return { name: node.name, hostId: node.hostId, ok: a.ok, durationMs, tablesDone: a.ok ? tables.length : 0, failure: a.ok ? null : a.failure };
}

async function compactNode(client: ClusterClient, node: NodeInfo, tables: TableInfo[], o: MaintenanceOptions, progress: Progress): Promise<MaintenanceNode> {
  const started = Date.now();
  let done = 0;
  for (const t of tables) {
    const a = await client.ask(node.hostId, 'compact', o.timeoutMs, [t.id]);
    if (!a.ok) {
      for (let i = done; i < tables.length; i++) progress.tick(`${node.name} failed`);
      return { name: node.name, hostId: node.hostId, ok: false, durationMs: Date.now() - started, tablesDone: done, failure: a.failure };
    }
    done++;
    progress.tick(`${node.name} ${t.keyspace}.${t.name}`);
  }
  return { name: node.name, hostId: node.hostId, ok: true, durationMs: Date.now() - started, tablesDone: done, failure: null };
}

export function renderMaintenance(r: MaintenanceReport): string {
  const verb = r.operation === 'flush' ? 'Flushed' : 'Compacted';
  const what = r.tables.length === 0 ? (r.operation === 'flush' ? 'all tables' : 'no tables') : r.tables.map((t) => `${t.keyspace}.${t.table}`).join(', ');
  if (r.nodes.length === 0) return `Nothing to do: ${what}.\n`;
  const ok = r.nodes.filter((n) => n.ok).length;
  return (
    `${verb} ${what} on ${ok} of ${r.nodes.length} nodes.\n` +
    renderColumns(
      ['Node', 'Result', 'Time', 'Detail'],
      r.nodes.map((n) => [n.name, n.ok ? 'ok' : 'failed', formatDuration(n.durationMs), n.failure === null ? '' : n.failure.message]),
    ) +
    '\n'
  );
}
