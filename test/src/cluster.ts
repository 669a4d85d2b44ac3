// A real local cluster for end-to-end tests: nats-server, N storage nodes and gateways,
// each a separate process started from the built CLI (apps/cli/dist/main.js) with its own
// free ports and data directory. Processes can be SIGKILLed and restarted from outside.
//
// Gateways serve the CQL native protocol the way Cassandra nodes do for drivers: all on one
// port, each on its own loopback address (gateway i on 127.0.0.<i+1>), since drivers reach
// every peer listed in system.peers at its rpc_address and the contact point's port.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { freePort, startNatsServer, startProcess, tempDir, type ManagedProcess, type NatsServer } from '@cassia/testkit';

export const CLI_MAIN = fileURLToPath(new URL('../../apps/cli/dist/main.js', import.meta.url));
export const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

export interface QueryBody {
  query: string;
  params?: unknown[] | Record<string, unknown>;
  consistency?: string;
  keyspace?: string;
  pageSize?: number;
  pagingState?: string;
}

export interface HttpAnswer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

export interface NodeProcess {
  name: string;
  dataDir: string;
  metricsPort: number;
  proc: ManagedProcess;
}

export interface GatewayProcess {
  httpPort: number;
  url: string;
  /** The loopback address of its native protocol listener (127.0.0.<index + 1>). */
  nativeHost: string;
  /** Its native protocol port (the same for every gateway of the cluster). */
  nativePort: number;
  proc: ManagedProcess;
}

/** Runs the CLI as a child process (node from PATH: the same Node that runs the tests). */
export function cli(name: string, args: string[]): ManagedProcess {
  return startProcess(name, process.execPath, [CLI_MAIN, ...args], { env: { ...process.env, CASSIA_LOG_LEVEL: 'info' } });
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms`);
}

export class LocalCluster {
  readonly nodes: NodeProcess[] = [];
  readonly gateways: GatewayProcess[] = [];
  /** Each node's data center and rack, kept for restarts. */
  private readonly placements = new Map<string, { dc?: string; rack?: string }>();
  /** The native protocol port every gateway listens on, chosen with the first gateway. */
  private sharedNativePort: number | undefined;
  private constructor(
    readonly nats: NatsServer,
    readonly dataRoot: { path: string; remove(): Promise<void> },
    readonly clusterName: string,
  ) {}

  /**
   * Starts nats-server, `nodes` nodes (node1..nodeN, placed by `placement(i)` when given) and
   * the gateways (each with `gatewayArgs`), and waits until every gateway sees every node.
   */
  static async start(options: {
    nodes: number;
    gateways?: number;
    clusterName?: string;
    placement?: (i: number) => { dc?: string; rack?: string };
    gatewayArgs?: string[];
  }): Promise<LocalCluster> {
    const nats = await startNatsServer();
    const dataRoot = await tempDir('e2e');
    const cluster = new LocalCluster(nats, dataRoot, options.clusterName ?? 'e2e');
    try {
      for (let i = 1; i <= options.nodes; i++) await cluster.startNode(`node${i}`, undefined, options.placement?.(i) ?? {});
      for (let i = 0; i < (options.gateways ?? 1); i++) await cluster.startGateway(options.gatewayArgs ?? []);
      await cluster.waitForLiveNodes(options.nodes);
      return cluster;
    } catch (err) {
      await cluster.stop();
      throw err;
    }
  }

  get gateway(): GatewayProcess {
    return this.gateways[0]!;
  }

  async startNode(name: string, dataDir = join(this.dataRoot.path, name), placement: { dc?: string; rack?: string } = this.placements.get(name) ?? {}): Promise<NodeProcess> {
    const metricsPort = await freePort();
    this.placements.set(name, placement);
    const proc = cli(name, [
      'node', '--nats', this.nats.url, '--data', dataDir, '--name', name, '--metrics-port', String(metricsPort),
      '--metrics-host', '127.0.0.1', '--cluster', this.clusterName,
      ...(placement.dc === undefined ? [] : ['--dc', placement.dc]),
      ...(placement.rack === undefined ? [] : ['--rack', placement.rack]),
    ]);
    const node = { name, dataDir, metricsPort, proc };
    await proc.waitForOutput(/"msg":"node started"/, READY_TIMEOUT_MS).catch(async (err: unknown) => {
      await proc.kill();
      throw err;
    });
    const existing = this.nodes.findIndex((n) => n.name === name);
    if (existing >= 0) this.nodes[existing] = node;
    else this.nodes.push(node);
    return node;
  }

  /** Starts a gateway; `args` adds flags (e.g. ['--dc', 'dc1'], ['--pin-replica', 'node3']). */
  async startGateway(args: string[] = []): Promise<GatewayProcess> {
    const httpPort = await freePort();
    const nativeHost = `127.0.0.${this.gateways.length + 1}`;
    this.sharedNativePort ??= await freePort();
    const nativePort = this.sharedNativePort;
    if (!(await portFree(nativePort, nativeHost))) throw new Error(`native port ${nativeHost}:${nativePort} is taken`);
    const proc = cli(`gateway${this.gateways.length}`, [
      'gateway', '--nats', this.nats.url, '--http-port', String(httpPort), '--http-host', '127.0.0.1', '--cluster', this.clusterName,
      '--native-port', String(nativePort), '--native-host', nativeHost,
      ...args,
    ]);
    await proc.waitForOutput(/"msg":"gateway started"/, READY_TIMEOUT_MS).catch(async (err: unknown) => {
      await proc.kill();
      throw err;
    });
    const gateway = { httpPort, url: `http://127.0.0.1:${httpPort}`, nativeHost, nativePort, proc };
    this.gateways.push(gateway);
    return gateway;
  }

  /** The native protocol port of the gateways (one for all, as Cassandra's native_transport_port). */
  nativePort(): number {
    if (this.sharedNativePort === undefined) throw new Error('no gateway started');
    return this.sharedNativePort;
  }

  /** Native protocol contact points (addresses, without the port) of the gateways, or of gateway `i`. */
  contactPoints(i?: number): string[] {
    const gateways = i === undefined ? this.gateways : [this.gateways[i]!];
    return gateways.map((g) => g.nativeHost);
  }

  node(name: string): NodeProcess {
    const n = this.nodes.find((x) => x.name === name);
    if (n === undefined) throw new Error(`no node ${name}`);
    return n;
  }

  /** Waits until every gateway sees `count` live nodes. */
  async waitForLiveNodes(count: number): Promise<void> {
    for (const g of this.gateways) {
      await until(`${count} live nodes at ${g.url}`, async () => {
        const res = await fetch(`${g.url}/healthz`);
        const body = (await res.json()) as { liveNodes: number };
        return body.liveNodes === count;
      });
    }
  }

  /** Prometheus text of a node's or gateway's /metrics. */
  async metrics(of: NodeProcess | GatewayProcess): Promise<string> {
    const url = 'url' in of ? `${of.url}/metrics` : `http://127.0.0.1:${of.metricsPort}/metrics`;
    return (await fetch(url)).text();
  }

  /** Sum of a metric's samples (all label sets) in a process's /metrics. */
  async metricSum(of: NodeProcess | GatewayProcess, name: string): Promise<number> {
    return sumSamples(await this.metrics(of), name);
  }

  /** Whether `observer` deems member `name` up (1), down (0), or does not know it (undefined). */
  async memberUp(observer: NodeProcess | GatewayProcess, name: string): Promise<number | undefined> {
    const re = new RegExp(`^cassia_gossip_member_up\\{[^}]*name="${name}"[^}]*\\} (\\d+)`, 'm');
    const m = re.exec(await this.metrics(observer));
    return m === null ? undefined : Number(m[1]);
  }

  async query(body: QueryBody, gateway: GatewayProcess = this.gateway): Promise<HttpAnswer> {
    return postRaw(gateway.url, JSON.stringify(body));
  }

  /** Runs a statement and fails the test on any error answer. */
  async ok(body: QueryBody, gateway?: GatewayProcess): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const answer = await this.query(body, gateway);
    if (answer.status !== 200) throw new Error(`${body.query} → ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Every process still running (none crashed), as [name, alive] pairs. */
  liveness(): [string, boolean][] {
    return [...this.nodes.map((n) => n.proc), ...this.gateways.map((g) => g.proc)].map((p) => [
      p.name,
      p.child.exitCode === null && p.child.signalCode === null,
    ]);
  }

  async stop(): Promise<void> {
    for (const g of this.gateways) await g.proc.stop();
    for (const n of this.nodes) await n.proc.stop();
    await this.nats.stop();
    await this.dataRoot.remove();
  }
}

/** Whether `port` can be bound on `host` now. */
async function portFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Sum of every sample of metric `name` (exact name, any labels) in Prometheus text. */
export function sumSamples(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (m !== null && m[1] === name) sum += Number(m[3]);
  }
  return sum;
}

/** Polls `probe` every 100 ms until it holds; throws after `timeoutMs`. */
export async function eventually(what: string, probe: () => Promise<boolean>, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  return until(what, probe, timeoutMs);
}

export async function postRaw(url: string, body: string, contentType = 'application/json'): Promise<HttpAnswer> {
  const res = await fetch(`${url}/v1/cql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed };
}
