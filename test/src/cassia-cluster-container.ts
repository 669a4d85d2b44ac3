// CassiaCluster: a Cassia cluster in containers for tests, in the manner of
// @testcontainers/cassandra. It starts, on a network of its own, one nats-server (JetStream
// on), N storage nodes and one gateway from the Cassia image (docker/Dockerfile), waits until
// the gateway sees every node live, and hands back the contact points:
//
//   const cluster = await new CassiaCluster('cassia:latest').withNodes(3).start();
//   fetch(`${cluster.getHttpUrl()}/v1/cql`, …);                    // POST /v1/cql
//   new cassandra.Client({ contactPoints: [cluster.getContactPoint()],
//                          localDataCenter: cluster.getDatacenter() });
//   await cluster.stop();
//
// Readiness is decided inside the containers (the image's HEALTHCHECK, then the gateway's
// /healthz read through `exec`), never by connecting from the test process, so it also works
// where the Docker host's ports are not this process's (a remote or namespaced engine).
import { GenericContainer, Network, Wait, type StartedNetwork, type StartedTestContainer } from 'testcontainers';

export const DEFAULT_CASSIA_IMAGE = 'cassia:latest';
export const DEFAULT_NATS_IMAGE = 'nats:2.10';
export const DEFAULT_NODES = 3;
export const DEFAULT_CLUSTER_NAME = 'cassia';
/** Cassia's default data center (`cassia node --dc`). */
export const DEFAULT_DATACENTER = 'datacenter1';
export const GATEWAY_HTTP_PORT = 8080;
export const GATEWAY_NATIVE_PORT = 9042;
export const NODE_METRICS_PORT = 9180;
export const NATS_CLIENT_PORT = 4222;
/** How long each container may take to become healthy. */
export const DEFAULT_STARTUP_TIMEOUT_MS = 60_000;
/** How long the gateway may take to see every node live (gossip). */
export const LIVE_NODES_TIMEOUT_MS = 60_000;
const LIVE_NODES_POLL_MS = 500;
/**
 * The image's own HEALTHCHECK (GET /healthz of the role running), probed every 500 ms instead
 * of every 10 s: Docker runs the first probe only one interval after the start.
 */
const FAST_HEALTH_CHECK: Parameters<GenericContainer['withHealthCheck']>[0] = {
  test: ['CMD', '/usr/local/bin/node', '/opt/cassia/docker/healthcheck.mjs'],
  interval: 500,
  timeout: 5_000,
  retries: 120,
  startPeriod: 0,
};

const NATS_ALIAS = 'nats';
const GATEWAY_ALIAS = 'gateway';

// Run by `node` inside the gateway container: prints the gateway's /healthz body.
const READ_HEALTH = `fetch('http://127.0.0.1:${GATEWAY_HTTP_PORT}/healthz').then((r) => r.text()).then((t) => console.log(t), (e) => { console.error(String(e)); process.exit(1); })`;

export class CassiaCluster {
  private nodes = DEFAULT_NODES;
  private natsImage = DEFAULT_NATS_IMAGE;
  private clusterName = DEFAULT_CLUSTER_NAME;
  private datacenter = DEFAULT_DATACENTER;
  private startupTimeoutMs = DEFAULT_STARTUP_TIMEOUT_MS;
  private environment: Record<string, string> = {};

  constructor(private readonly image: string = DEFAULT_CASSIA_IMAGE) {}

  /** Storage nodes to start (node1…nodeN); default 3. */
  withNodes(count: number): this {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`nodes must be a positive integer, not ${count}`);
    this.nodes = count;
    return this;
  }

  /** The nats-server image (official `nats` or one that behaves like it); default nats:2.10. */
  withNatsImage(image: string): this {
    this.natsImage = image;
    return this;
  }

  /** `--cluster` of every process (scopes NATS subjects and the metadata bucket). */
  withClusterName(name: string): this {
    this.clusterName = name;
    return this;
  }

  /** The data center of every node and of the gateway (drivers' localDataCenter). */
  withDatacenter(dc: string): this {
    this.datacenter = dc;
    return this;
  }

  /** Extra environment for the nodes and the gateway (e.g. CASSIA_LOG_LEVEL). */
  withEnvironment(env: Record<string, string>): this {
    this.environment = { ...this.environment, ...env };
    return this;
  }

  withStartupTimeout(ms: number): this {
    this.startupTimeoutMs = ms;
    return this;
  }

  /** Starts everything; on any failure, stops what was started and rethrows. */
  async start(): Promise<StartedCassiaCluster> {
    const network = await new Network().start();
    const started: StartedTestContainer[] = [];
    try {
      const nats = await new GenericContainer(this.natsImage)
        .withNetwork(network)
        .withNetworkAliases(NATS_ALIAS)
        .withCommand(['-js', '-sd', '/data'])
        .withExposedPorts(NATS_CLIENT_PORT)
        .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
        .withStartupTimeout(this.startupTimeoutMs)
        .start();
      started.push(nats);
      const env = {
        CASSIA_NATS: `nats://${NATS_ALIAS}:${NATS_CLIENT_PORT}`,
        CASSIA_CLUSTER: this.clusterName,
        CASSIA_DC: this.datacenter,
        ...this.environment,
      };
      // The nodes start together: each joins the cluster metadata by compare-and-set.
      const nodes = await Promise.all(
        Array.from({ length: this.nodes }, async (_, i) => {
          const node = await new GenericContainer(this.image)
            .withNetwork(network)
            .withNetworkAliases(`node${i + 1}`)
            .withHostname(`node${i + 1}`)
            .withEnvironment({ ...env, CASSIA_NAME: `node${i + 1}` })
            .withCommand(['node'])
            .withExposedPorts(NODE_METRICS_PORT)
            .withHealthCheck(FAST_HEALTH_CHECK)
            .withWaitStrategy(Wait.forHealthCheck())
            .withStartupTimeout(this.startupTimeoutMs)
            .start();
          started.push(node);
          return node;
        }),
      );
      const gateway = await new GenericContainer(this.image)
        .withNetwork(network)
        .withNetworkAliases(GATEWAY_ALIAS)
        .withHostname(GATEWAY_ALIAS)
        .withEnvironment({ ...env, CASSIA_HTTP_PORT: String(GATEWAY_HTTP_PORT) })
        .withCommand(['gateway'])
        .withExposedPorts(GATEWAY_HTTP_PORT, GATEWAY_NATIVE_PORT)
        .withHealthCheck(FAST_HEALTH_CHECK)
        .withWaitStrategy(Wait.forHealthCheck())
        .withStartupTimeout(this.startupTimeoutMs)
        .start();
      started.push(gateway);
      const cluster = new StartedCassiaCluster(network, nats, nodes, gateway, this.datacenter);
      await cluster.waitForLiveNodes(this.nodes);
      return cluster;
    } catch (err) {
      for (const c of started.reverse()) await c.stop().catch(() => undefined);
      await network.stop().catch(() => undefined);
      throw err;
    }
  }
}

export class StartedCassiaCluster {
  constructor(
    readonly network: StartedNetwork,
    readonly nats: StartedTestContainer,
    /** node1…nodeN, in order. */
    readonly nodes: readonly StartedTestContainer[],
    readonly gateway: StartedTestContainer,
    private readonly datacenter: string,
  ) {}

  /** Host the contact points are on (the Docker host, as testcontainers sees it). */
  getHost(): string {
    return this.gateway.getHost();
  }

  /** The gateway's HTTP port on the Docker host. */
  getHttpPort(): number {
    return this.gateway.getMappedPort(GATEWAY_HTTP_PORT);
  }

  /** http://host:port of the gateway (POST /v1/cql, GET /healthz, GET /metrics). */
  getHttpUrl(): string {
    return `http://${this.getHost()}:${this.getHttpPort()}`;
  }

  /** The gateway's CQL native protocol port on the Docker host. */
  getNativePort(): number {
    return this.gateway.getMappedPort(GATEWAY_NATIVE_PORT);
  }

  /** "host:port" for a driver's contactPoints (CQL native protocol v4). */
  getContactPoint(): string {
    return `${this.getHost()}:${this.getNativePort()}`;
  }

  /** The data center to give drivers as localDataCenter. */
  getDatacenter(): string {
    return this.datacenter;
  }

  /** The gateway's /healthz ({"ok", "liveNodes", …}), read inside its container. */
  async health(): Promise<{ ok: boolean; liveNodes: number; [k: string]: unknown }> {
    const r = await this.gateway.exec(['/usr/local/bin/node', '-e', READ_HEALTH]);
    if (r.exitCode !== 0) throw new Error(`gateway /healthz: ${r.stderr || r.output}`);
    return JSON.parse(r.stdout) as { ok: boolean; liveNodes: number };
  }

  /** Waits until the gateway sees `count` live nodes. */
  async waitForLiveNodes(count: number, timeoutMs = LIVE_NODES_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      try {
        const h = await this.health();
        if (h.ok && h.liveNodes === count) return;
        last = JSON.stringify(h);
      } catch (err) {
        last = err instanceof Error ? err.message : String(err);
      }
      await new Promise((r) => setTimeout(r, LIVE_NODES_POLL_MS));
    }
    throw new Error(`the gateway did not see ${count} live nodes within ${timeoutMs} ms (last /healthz: ${last})`);
  }

  /** Stops every container and removes the network. */
  async stop(): Promise<void> {
    for (const c of [this.gateway, ...[...this.nodes].reverse(), this.nats]) await c.stop().catch(() => undefined);
    await this.network.stop();
  }
}
