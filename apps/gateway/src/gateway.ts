// A gateway: watches the cluster metadata, gossips as a member without tokens (liveness), coordinates CQL-lite
// requests at their consistency level, and serves HTTP (POST /v1/cql, /metrics, /healthz) and the CQL native
// protocol v4 (native/, port 9042 by default) with its events: schema changes from every metadata change,
// status and topology changes of the other gateways from gossip.
import { Membership, MetadataStore, registerMembershipMetrics } from '@cassia/cluster';
import { ApplicationState, MemberRole } from '@cassia/gossip';
import { hostname } from 'node:os';
import { createLogger, createRegistry, type Logger } from '@cassia/telemetry';
import { assertSubjectToken, connectNats, ReplicaClient } from '@cassia/wire';
import { Coordinator, DEFAULT_READ_TIMEOUT_MS, DEFAULT_WRITE_TIMEOUT_MS } from './coordinator.js';
import { Executor, httpExecuteOptions, toQueryResponse, type QueryRequest, type QueryResponse } from './executor.js';
import { buildHttpServer } from './http.js';
import { createGatewayMetrics, registerReplicaTrafficMetrics } from './metrics.js';
import { GatewayEvents, schemaChangeEvents } from './native/events.js';
import { advertisedAddress, formatNativeAddress, gatewayIdentity, peerIdentities } from './native/identity.js';
import { createNativeMetrics } from './native/metrics.js';
import { DEFAULT_NATIVE_PORT, NativeServer } from './native/server.js';
import { buildView, type ClusterView } from './schema.js';
import { StatementService } from './statements.js';
import { TimestampGenerator } from './timestamps.js';

export const DEFAULT_HTTP_PORT = 8080;
/** The gateway's default replica coalescing window, in ms (0: coalesce within one event-loop turn only). */
export const DEFAULT_REPLICA_COALESCING_WINDOW_MS = 0;
export { DEFAULT_NATIVE_PORT };

export interface GatewayOptions {
  nats: string;
  httpPort: number;
  httpHost: string;
  cluster: string;
  /** The gateway's local data center (for LOCAL_* levels once there are several). */
  dc: string;
  writeTimeoutMs?: number;
  readTimeoutMs?: number;
  /**
   * How long replica calls wait for others to the same node before they go out, in ms (see
   * ReplicaClient; Cassandra's otc_coalescing_window_us). Default DEFAULT_REPLICA_COALESCING_WINDOW_MS.
   */
  replicaCoalescingWindowMs?: number;
  /** Cassandra's hinted_handoff_enabled; default true. */
  hintedHandoff?: boolean;
  /** Test only: every request is served by this one node (host id or name) alone. */
  pinReplica?: string;
  /** JetStream replicas of the cluster metadata bucket (MetadataStore.open); the same in every process. */
  metadataReplicas?: number;
  /** Gossip round interval (default 1 s); tests may shorten it. */
  gossipIntervalMs?: number;
  /** This gateway's gossip id; default from the host name and HTTP port. */
  gatewayId?: string;
  /** CQL native protocol port (default DEFAULT_NATIVE_PORT, 9042; 0: any free port). */
  nativePort?: number;
  /** Interface of the native protocol listener (default: httpHost). */
  nativeHost?: string;
}

export interface RunningGateway {
  readonly httpPort: number;
  /** The native protocol port bound (the one asked for, or the free one picked for 0). */
  readonly nativePort: number;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions, log: Logger = createLogger('gateway')): Promise<RunningGateway> {
  assertSubjectToken('cluster name', options.cluster);
  const nc = await connectNats({ servers: options.nats, name: 'cassia-gateway' });
  const cleanups: (() => Promise<void> | void)[] = [() => nc.close()];
  // Every step runs even if an earlier one fails; NATS closes last.
  const cleanup = async () => {
    for (const c of cleanups.reverse()) {
      try {
        await c();
      } catch (err) {
        log.warn({ err }, 'error while stopping');
      }
    }
  };
  try {
    const registry = createRegistry('gateway', `${options.httpHost}:${options.httpPort}`);
    const metrics = createGatewayMetrics(registry);
    const store = await MetadataStore.open(nc, options.cluster, options.metadataReplicas === undefined ? {} : { replicas: options.metadataReplicas });
    store.onWatchError = (err) => log.warn({ err }, 'metadata watch failed; resuming');
    cleanups.push(() => store.close());
    let view: ClusterView = buildView(store.current(), log);
    metrics.metadataEpoch.set(view.epoch);
    // Holds the native listener once it is up; events before that have no one to go to.
    const native: { server?: NativeServer } = {};
    cleanups.push(
      store.onChange((snapshot) => {
        const before = view;
        view = buildView(snapshot, log);
        metrics.metadataEpoch.set(view.epoch);
        if (native.server !== undefined) for (const event of schemaChangeEvents(before, view)) native.server.broadcast(event);
        log.info({ epoch: view.epoch, keyspaces: view.keyspaces.size, nodes: view.ring.ownerCount }, 'metadata applied');
      }),
    );

    // Gossip never forgets a member, so a gateway keeps one id across restarts: from its host
    // name and HTTP port (GATEWAY_ID env overrides it), not a fresh one per start.
    const gatewayId = gatewayIdFor(options.gatewayId ?? `${hostname()}-${options.httpPort}`);
    const liveness = new Membership({
      nc,
      cluster: options.cluster,
      id: gatewayId,
      role: MemberRole.GATEWAY,
      name: gatewayId,
      dc: options.dc,
      rack: '',
      states: { [ApplicationState.METADATA_EPOCH]: String(view.epoch), [ApplicationState.HTTP_ADDRESS]: `${options.httpHost}:${options.httpPort}` },
      ...(options.gossipIntervalMs === undefined ? {} : { gossip: { intervalMs: options.gossipIntervalMs } }),
    });
    registerMembershipMetrics(registry, liveness);
    const gatewayEvents = new GatewayEvents();
    liveness.subscribe((e) => {
      if (e.kind === 'up' || e.kind === 'down' || e.kind === 'restart') log.info({ member: e.endpoint, event: e.kind }, `member ${e.kind}`);
      const events = gatewayEvents.onGossip(e); // tracks the other gateways' native addresses even before we listen
      for (const event of events) native.server?.broadcast(event);
    });
    cleanups.push(store.onChange((snapshot) => liveness.setState(ApplicationState.METADATA_EPOCH, String(snapshot.epoch))));
    await liveness.start();
    cleanups.push(() => liveness.stop());
    const liveNodes = () => liveness.liveNodes().length;

    const pinnedReplica = options.pinReplica === undefined ? undefined : resolveHost(options.pinReplica, store.current().doc.members ?? {});
    const replicaClient = new ReplicaClient(nc, options.cluster, { coalescingWindowMs: options.replicaCoalescingWindowMs ?? DEFAULT_REPLICA_COALESCING_WINDOW_MS });
    registerReplicaTrafficMetrics(registry, replicaClient.stats);
    const coordinator = new Coordinator({
      client: replicaClient,
      isAlive: (h) => liveness.isAlive(h),
      markDown: (h) => liveness.markDown(h),
      liveNodes: () => liveness.liveNodes(),
      downForMs: (h) => liveness.downForMs(h),
      log,
      writeTimeoutMs: options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
      readTimeoutMs: options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
      localDc: options.dc,
      hintedHandoff: options.hintedHandoff ?? true,
      ...(pinnedReplica === undefined ? {} : { pinnedReplica }),
      metrics: {
        readRepair: (mode) => metrics.readRepairs.inc({ mode }),
        hint: (outcome) => metrics.hintsWritten.inc({ outcome }),
      },
    });
    if (pinnedReplica !== undefined) log.warn({ pinnedReplica }, 'test option: every request is served by one pinned replica');
    // What system.local and system.peers say: this gateway at its native address, the others from gossip.
    const nativeHost = options.nativeHost ?? options.httpHost;
    const local = { rpcAddress: await advertisedAddress(nativeHost), nativePort: options.nativePort ?? DEFAULT_NATIVE_PORT };
    const executor = new Executor({
      store,
      view: () => view,
      systemTables: () => ({
        view,
        local: gatewayIdentity({ id: gatewayId, clusterName: options.cluster, dataCenter: options.dc, ...local, epoch: view.epoch }),
        peers: peerIdentities(liveness.gossiper.snapshot(), gatewayId, options.cluster, (id) => liveness.downForMs(id)),
      }),
      coordinator,
      timestamps: new TimestampGenerator(),
      nowSeconds: () => Math.floor(Date.now() / 1000),
    });

    const statements = new StatementService(executor, metrics);
    const execute = async (request: QueryRequest): Promise<QueryResponse> =>
      toQueryResponse(await statements.query(request.query, Executor.consistency(request.consistency), httpExecuteOptions(request)));

    const app = await buildHttpServer({
      execute,
      registry,
      log,
      health: () => {
        const live = liveNodes();
        metrics.liveNodes.set(live);
        return { ok: !nc.isClosed(), liveNodes: live, metadataEpoch: view.epoch, keyspaces: view.keyspaces.size };
      },
    });
    await app.listen({ port: options.httpPort, host: options.httpHost });
    cleanups.push(() => app.close());
    const address = app.server.address();
    const httpPort = typeof address === 'object' && address !== null ? address.port : options.httpPort;

    const nativeServer = new NativeServer({ statements, metrics: createNativeMetrics(registry), log });
    const nativePort = await nativeServer.listen(local.nativePort, nativeHost);
    cleanups.push(() => nativeServer.stop());
    local.nativePort = nativePort;
    native.server = nativeServer;
    // Other gateways list us in system.peers and announce us to their drivers at this address.
    const nativeAddress = formatNativeAddress(local.rpcAddress, nativePort);
    liveness.setState(ApplicationState.NATIVE_ADDRESS, nativeAddress);

    log.info({ httpPort, nativePort, nativeAddress, cluster: options.cluster, epoch: view.epoch }, 'gateway started');
    let stopped: Promise<void> | undefined;
    return { httpPort, nativePort, stop: () => (stopped ??= cleanup().then(() => log.info('gateway stopped'))) };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** `gateway-` + `base` with characters gossip ids may not hold replaced, at most 64 chars. */
function gatewayIdFor(base: string): string {
  return `gateway-${base.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 64);
}

/** The host id of a member named by host id or node name; throws when there is none. */
function resolveHost(nameOrId: string, members: Record<string, { hostId?: string | null; name?: string | null }>): string {
  for (const m of Object.values(members)) {
    if (m.hostId === nameOrId || m.name === nameOrId) return m.hostId ?? nameOrId;
  }
  throw new Error(`--pin-replica ${nameOrId}: no such node in the cluster metadata`);
}

/** Runs a gateway until SIGINT/SIGTERM (the `cassia gateway` command). */
export async function runGateway(options: GatewayOptions): Promise<void> {
  const log = createLogger('gateway');
  const gateway = await startGateway(options, log);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ signal }, 'stopping');
      gateway.stop().then(resolve, (err: unknown) => {
        log.error({ err }, 'error while stopping');
        resolve();
      });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
