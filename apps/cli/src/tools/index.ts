// The cluster tools (nodetool habits): status, ring, info, describecluster, tablestats,
// compactionstats, flush, compact, getendpoints, gossipinfo. Each reaches the cluster over
// NATS (--nats, --cluster, as `cassia node` and `gateway` do), prints a table or, with
// --json, JSON on stdout; progress and errors go to stderr. Exit status: 0 done, 1 the
// cluster or some nodes could not do it (EXIT_FAILURE), 2 bad input (EXIT_BAD_INPUT).
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_CLUSTER_NAME } from '@cassia/node';
import { ClusterClient, messageOf } from './client.js';
import { collectCompactionStats, renderCompactionStats } from './compactionstats.js';
import { collectDescribeCluster, renderDescribeCluster } from './describecluster.js';
import { EXIT_FAILURE, ToolError } from './errors.js';
import { toJson } from './format.js';
import { computeEndpoints, renderEndpoints } from './getendpoints.js';
import { collectGossipInfo, renderGossipInfo } from './gossipinfo.js';
import { collectInfo, renderInfo } from './info.js';
import { DEFAULT_NODE_TIMEOUT_MS } from './liveness.js';
import {
  DEFAULT_COMPACT_TIMEOUT_MS,
  DEFAULT_FLUSH_TIMEOUT_MS,
  renderMaintenance,
  runMaintenance,
  type MaintenanceOperation,
  type MaintenanceReport,
} from './maintenance.js';
import { startProgress } from './progress.js';
import { collectRing, renderRing } from './ring.js';
import { collectStatus, renderStatus } from './status.js';
import { collectTableStats, renderTableStats } from './tablestats.js';

/** Where the tools look for NATS when neither --nats nor CASSIA_NATS says (`cassia up`'s default). */
export const DEFAULT_TOOLS_NATS_URL = 'nats://127.0.0.1:4222';

interface CommonOptions {
  nats: string;
  cluster: string;
  timeoutMs: number;
  json: boolean;
  node?: string;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('not a positive integer');
  return n;
}

/** A tool command with the connection flags every tool takes. */
function toolCommand(program: Command, name: string, description: string, timeoutMs: number): Command {
  return program
    .command(name)
    .description(description)
    .addOption(new Option('--nats <url>', 'NATS server URL(s), comma-separated').env('CASSIA_NATS').default(DEFAULT_TOOLS_NATS_URL))
    .addOption(new Option('--cluster <name>', 'cluster name (scopes NATS subjects and the metadata bucket)').env('CASSIA_CLUSTER').default(DEFAULT_CLUSTER_NAME))
    .addOption(new Option('--timeout-ms <ms>', 'deadline for each request to a node, in milliseconds').argParser(positiveInt).default(timeoutMs))
    .option('--json', 'print JSON instead of a table', false);
}

const nodeOption = (what: string) => new Option('--node <node>', `${what} (node name or host id)`);

/**
 * Connects, runs `collect`, prints its report (table or JSON), closes. `failed` says what
 * went wrong in a report that was still printed (exit status 1). Errors are one line on
 * stderr with the exit status of their type; never a stack trace.
 */
async function runTool<R>(
  command: string,
  o: CommonOptions,
  collect: (client: ClusterClient) => Promise<R>,
  render: (report: R) => string,
  failed: (report: R) => string | undefined = () => undefined,
): Promise<void> {
  let client: ClusterClient | undefined;
  try {
    client = await ClusterClient.open({ nats: o.nats, cluster: o.cluster });
    const report = await collect(client);
    process.stdout.write(o.json ? toJson(report) : render(report));
    const failure = failed(report);
    if (failure !== undefined) {
      process.stderr.write(`cassia ${command}: ${failure}\n`);
      process.exitCode = EXIT_FAILURE;
    }
  } catch (err) {
    if (err instanceof ToolError) {
      process.stderr.write(`cassia ${command}: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`cassia ${command}: unexpected error: ${messageOf(err)}\n`);
      process.exitCode = EXIT_FAILURE;
    }
  } finally {
    await client?.close();
  }
}

function maintenanceFailure(r: MaintenanceReport): string | undefined {
  const failed = r.nodes.filter((n) => !n.ok);
  if (failed.length === 0) return undefined;
  return `${failed.length} of ${r.nodes.length} nodes failed: ${failed.map((n) => `${n.name} (${n.failure?.message ?? 'failed'})`).join(', ')}`;
}

function registerMaintenance(program: Command, operation: MaintenanceOperation): void {
  const description =
    operation === 'flush'
      ? 'flush memtables to SSTables on every node (nodetool flush)'
      : 'run a major compaction of the tables on every node (nodetool compact)';
  toolCommand(program, operation, description, operation === 'flush' ? DEFAULT_FLUSH_TIMEOUT_MS : DEFAULT_COMPACT_TIMEOUT_MS)
    .argument('[keyspace]', 'only this keyspace')
    .argument('[tables...]', 'only these tables of the keyspace')
    .addOption(nodeOption('only this node'))
    .action(async (keyspace: string | undefined, tables: string[], o: CommonOptions) => {
      await runTool(
        operation,
        o,
        (client) =>
          runMaintenance(client, {
            operation, tables, timeoutMs: o.timeoutMs,
            ...(keyspace === undefined ? {} : { keyspace }),
            ...(o.node === undefined ? {} : { node: o.node }),
            progress: (total, unit) => startProgress(operation, total, unit),
          }),
        renderMaintenance,
        maintenanceFailure,
      );
    });
}

/** Adds the cluster tools to `program`. */
export function registerTools(program: Command): void {
  toolCommand(program, 'status', 'nodes by data center: up/down, state, load, tokens, ownership (nodetool status)', DEFAULT_NODE_TIMEOUT_MS)
    .argument('[keyspace]', 'show effective ownership for this keyspace')
    .action(async (keyspace: string | undefined, o: CommonOptions) => {
      await runTool('status', o, (c) => collectStatus(c, { timeoutMs: o.timeoutMs, ...(keyspace === undefined ? {} : { keyspace }) }), renderStatus);
    });

  toolCommand(program, 'ring', 'every token with its node (nodetool ring)', DEFAULT_NODE_TIMEOUT_MS)
    .argument('[keyspace]', 'show effective ownership for this keyspace')
    .action(async (keyspace: string | undefined, o: CommonOptions) => {
      await runTool('ring', o, (c) => collectRing(c, { timeoutMs: o.timeoutMs, ...(keyspace === undefined ? {} : { keyspace }) }), renderRing);
    });

  toolCommand(program, 'info', 'one node: id, gossip, load, generation, uptime, heap, data center, rack (nodetool info)', DEFAULT_NODE_TIMEOUT_MS)
    .addOption(nodeOption('the node (default: the first that answers)'))
    .option('-T, --tokens', 'list every token', false)
    .action(async (o: CommonOptions & { tokens: boolean }) => {
      await runTool('info', o, (c) => collectInfo(c, { timeoutMs: o.timeoutMs, ...(o.node === undefined ? {} : { node: o.node }) }), (r) => renderInfo(r, { tokens: o.tokens }));
    });

  toolCommand(program, 'describecluster', 'name, partitioner, schema versions per node, data centers, keyspaces (nodetool describecluster)', DEFAULT_NODE_TIMEOUT_MS).action(
    async (o: CommonOptions) => {
      await runTool('describecluster', o, (c) => collectDescribeCluster(c, { timeoutMs: o.timeoutMs }), renderDescribeCluster);
    },
  );

  toolCommand(program, 'tablestats', 'per table: SSTables, space used, reads, writes (nodetool tablestats)', DEFAULT_NODE_TIMEOUT_MS)
    .argument('[table]', 'ks or ks.table')
    .addOption(nodeOption('only this node (default: summed over every node that answers)'))
    .action(async (filter: string | undefined, o: CommonOptions) => {
      await runTool(
        'tablestats',
        o,
        (c) => collectTableStats(c, { timeoutMs: o.timeoutMs, ...(filter === undefined ? {} : { filter }), ...(o.node === undefined ? {} : { node: o.node }) }),
        renderTableStats,
      );
    });

  toolCommand(program, 'compactionstats', 'pending and running compactions per node (nodetool compactionstats)', DEFAULT_NODE_TIMEOUT_MS)
    .addOption(nodeOption('only this node'))
    .action(async (o: CommonOptions) => {
      await runTool('compactionstats', o, (c) => collectCompactionStats(c, { timeoutMs: o.timeoutMs, ...(o.node === undefined ? {} : { node: o.node }) }), renderCompactionStats);
    });

  registerMaintenance(program, 'flush');
  registerMaintenance(program, 'compact');

  toolCommand(program, 'getendpoints', 'the replicas of a partition key, as the gateway places them (nodetool getendpoints)', DEFAULT_NODE_TIMEOUT_MS)
    .argument('<keyspace>')
    .argument('<table>')
    .argument('<key>', "the partition key; components of a composite key separated by ':'")
    .action(async (keyspace: string, table: string, key: string, o: CommonOptions) => {
      await runTool('getendpoints', o, async (c) => computeEndpoints(c.view, keyspace, table, key), renderEndpoints);
    });

  toolCommand(program, 'gossipinfo', "one node's gossip view of every endpoint (nodetool gossipinfo)", DEFAULT_NODE_TIMEOUT_MS)
    .addOption(nodeOption('whose view (default: the first that answers)'))
    .action(async (o: CommonOptions) => {
      await runTool('gossipinfo', o, (c) => collectGossipInfo(c, { timeoutMs: o.timeoutMs, ...(o.node === undefined ? {} : { node: o.node }) }), renderGossipInfo);
    });
}
