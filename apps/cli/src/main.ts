// `cassia`: run a storage node or a gateway, bring up a local cluster, or open the shell.
import { Command, InvalidArgumentError, Option } from 'commander';
import { runNode, DEFAULT_CLUSTER_NAME, DEFAULT_DC, DEFAULT_NODE_METRICS_PORT, DEFAULT_NUM_TOKENS, DEFAULT_RACK } from '@cassia/node';
import { runGateway, DEFAULT_HTTP_PORT, DEFAULT_NATIVE_PORT, DEFAULT_REPLICA_COALESCING_WINDOW_MS } from '@cassia/gateway';
import { up, parseDataCenters, DEFAULT_METRICS_BASE_PORT } from './up.js';
import { openShell } from './shell/open.js';
import { registerTools } from './tools/index.js';

const VERSION = '0.1.0';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('not a port number (0-65535)');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('not a positive integer');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('not a non-negative integer');
  return n;
}

function metadataReplicasOption(): Option {
  return new Option('--metadata-replicas <n>', 'JetStream replicas of the cluster metadata bucket (3 on a 3-server NATS cluster; the same in every process)')
    .env('CASSIA_METADATA_REPLICAS')
    .argParser(positiveInt)
    .default(1);
}

function clusterOption(): Option {
  return new Option('--cluster <name>', 'cluster name (scopes NATS subjects and the metadata bucket)')
    .env('CASSIA_CLUSTER')
    .default(DEFAULT_CLUSTER_NAME);
}

const program = new Command()
  .name('cassia')
  .description('Cassia: a Cassandra-like wide-column database')
  .version(VERSION)
  .showHelpAfterError();

program
  .command('node')
  .description('run a storage node')
  .addOption(new Option('--nats <url>', 'NATS server URL(s), comma-separated').env('CASSIA_NATS').makeOptionMandatory())
  .addOption(new Option('--data <dir>', 'data directory').env('CASSIA_DATA').makeOptionMandatory())
  .addOption(new Option('--name <name>', 'node name (default: from the host id)').env('CASSIA_NAME'))
  .addOption(new Option('--dc <dc>', 'data center').env('CASSIA_DC').default(DEFAULT_DC))
  .addOption(new Option('--rack <rack>', 'rack').env('CASSIA_RACK').default(DEFAULT_RACK))
  .addOption(new Option('--metrics-port <port>', 'port for /metrics and /healthz').env('CASSIA_METRICS_PORT').argParser(port).default(DEFAULT_NODE_METRICS_PORT))
  .addOption(new Option('--metrics-host <host>', 'interface for /metrics and /healthz').env('CASSIA_METRICS_HOST').default('0.0.0.0'))
  .addOption(new Option('--num-tokens <n>', 'vnode tokens allocated on first start').env('CASSIA_NUM_TOKENS').argParser(positiveInt).default(DEFAULT_NUM_TOKENS))
  .addOption(metadataReplicasOption())
  .addOption(clusterOption())
  .action(async (o) => {
    await runNode({
      nats: o.nats, dataDir: o.data, name: o.name, dc: o.dc, rack: o.rack, metricsPort: o.metricsPort,
      metricsHost: o.metricsHost, cluster: o.cluster, numTokens: o.numTokens, metadataReplicas: o.metadataReplicas,
    });
  });

program
  .command('gateway')
  .description('run a gateway (coordinator): CQL over HTTP and the CQL native protocol v4, /metrics, /healthz')
  .addOption(new Option('--nats <url>', 'NATS server URL(s), comma-separated').env('CASSIA_NATS').makeOptionMandatory())
  .addOption(new Option('--http-port <port>', 'HTTP port').env('CASSIA_HTTP_PORT').argParser(port).default(DEFAULT_HTTP_PORT))
  .addOption(new Option('--http-host <host>', 'HTTP interface').env('CASSIA_HTTP_HOST').default('0.0.0.0'))
  .addOption(new Option('--native-port <port>', 'CQL native protocol port (0: any free port)').env('CASSIA_NATIVE_PORT').argParser(port).default(DEFAULT_NATIVE_PORT))
  .addOption(new Option('--native-host <host>', 'CQL native protocol interface (default: the HTTP interface)').env('CASSIA_NATIVE_HOST'))
  .addOption(new Option('--dc <dc>', 'the gateway\'s local data center').env('CASSIA_DC').default(DEFAULT_DC))
  .addOption(new Option('--write-timeout-ms <ms>', 'write_request_timeout').env('CASSIA_WRITE_TIMEOUT_MS').argParser(positiveInt).default(2_000))
  .addOption(new Option('--read-timeout-ms <ms>', 'read_request_timeout').env('CASSIA_READ_TIMEOUT_MS').argParser(positiveInt).default(5_000))
  .addOption(new Option('--no-hinted-handoff', 'store no hints for down replicas (hinted_handoff_enabled: false)').env('CASSIA_NO_HINTED_HANDOFF'))
  .addOption(
    new Option('--replica-coalescing-window-ms <ms>', 'how long replica calls wait for others to the same node before they are sent (as otc_coalescing_window_us; 0: within one event-loop turn)')
      .env('CASSIA_REPLICA_COALESCING_WINDOW_MS')
      .argParser(nonNegativeInt)
      .default(DEFAULT_REPLICA_COALESCING_WINDOW_MS),
  )
  .addOption(new Option('--pin-replica <node>', 'TEST ONLY: serve every request from this one node (name or host id) as its only replica').env('CASSIA_PIN_REPLICA'))
  .addOption(metadataReplicasOption())
  .addOption(clusterOption())
  .action(async (o) => {
    await runGateway({
      nats: o.nats, httpPort: o.httpPort, httpHost: o.httpHost, cluster: o.cluster, dc: o.dc,
      nativePort: o.nativePort, ...(o.nativeHost === undefined ? {} : { nativeHost: o.nativeHost }),
      writeTimeoutMs: o.writeTimeoutMs, readTimeoutMs: o.readTimeoutMs, hintedHandoff: o.hintedHandoff, metadataReplicas: o.metadataReplicas,
      replicaCoalescingWindowMs: o.replicaCoalescingWindowMs,
      ...(o.pinReplica === undefined ? {} : { pinReplica: o.pinReplica }),
    });
  });

program
  .command('up')
  .description('start nats-server, storage nodes and a gateway on loopback; Ctrl-C stops them')
  .addOption(new Option('--nodes <n>', 'storage nodes (all in dc1)').argParser(positiveInt).default(3))
  .addOption(new Option('--dcs <spec>', 'data centers as name:nodes[:racks], e.g. dc1:3,dc2:2 (overrides --nodes; the gateway is in the first)'))
  .addOption(new Option('--racks <n>', 'racks per data center when --dcs gives none; nodes spread round-robin').argParser(positiveInt).default(1))
  .addOption(new Option('--data <dir>', 'data directory for every process').default('./data'))
  .addOption(new Option('--http-port <port>', 'gateway HTTP port').argParser(port).default(DEFAULT_HTTP_PORT))
  .addOption(new Option('--native-port <port>', 'gateway CQL native protocol port').argParser(port).default(DEFAULT_NATIVE_PORT))
  .addOption(new Option('--nats-port <port>', 'nats-server client port').argParser(port).default(4222))
  .addOption(new Option('--metrics-base-port <port>', 'node i serves /metrics on this port + i').argParser(port).default(DEFAULT_METRICS_BASE_PORT))
  .addOption(clusterOption())
  .option('--shell', 'open the shell once the cluster is up; leaving it stops the cluster', false)
  .action(async (o) => {
    process.exitCode = await up(
      { nodes: o.nodes, ...(o.dcs === undefined ? {} : { dcs: parseDataCenters(o.dcs, o.racks) }), data: o.data, httpPort: o.httpPort, nativePort: o.nativePort, natsPort: o.natsPort, metricsBasePort: o.metricsBasePort, cluster: o.cluster, shell: o.shell },
      (url) => openShell(url, {}, VERSION),
    );
  });

program
  .command('shell')
  .description('the CQL-lite shell')
  .addOption(new Option('--url <url>', 'gateway URL').env('CASSIA_URL').default('http://127.0.0.1:8080'))
  .option('-e, --execute <statements>', 'run the statement(s) and exit; non-zero exit status on error')
  .addOption(new Option('-f, --file <file>', 'run the statements of FILE and exit; non-zero exit status on error').conflicts('execute'))
  .option('-k, --keyspace <keyspace>', 'keyspace to use')
  .option('--consistency <level>', 'consistency level', 'ONE')
  .action(async (o) => {
    process.exitCode = await openShell(o.url, { consistency: o.consistency, keyspace: o.keyspace, execute: o.execute, file: o.file }, VERSION);
  });

registerTools(program); // status, ring, info, describecluster, tablestats, compactionstats, flush, compact, getendpoints, gossipinfo

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`cassia: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
