// A storage node: joins the cluster (identity and tokens in its data directory, member
// record in the cluster metadata), opens its storage engine (commit log replay), serves
// replica verbs over NATS, publishes heartbeats, and serves /metrics and /healthz.
import { HeartbeatPublisher, MetadataStore, type MetadataSnapshot } from '@cassia/cluster';
import { StorageEngine, nodeFileSystem, systemClock } from '@cassia/lsm';
import { createLogger, createRegistry, startOpsServer, type Logger, type OpsServer } from '@cassia/telemetry';
import { assertSubjectToken, connectNats } from '@cassia/wire';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { joinCluster } from './join.js';
import { createNodeMetrics, registerEngineMetrics } from './metrics.js';
import type { NodeOptions } from './options.js';
import { serveReplicaVerbs } from './replica.js';

export interface RunningNode {
  readonly hostId: string;
  readonly name: string;
  readonly metricsPort: number;
  /** Stops serving, syncs and closes the engine, closes NATS. Idempotent. */
  stop(): Promise<void>;
}

function tableIds(snapshot: MetadataSnapshot): Set<string> {
  const ids = new Set<string>();
  for (const ks of Object.values(snapshot.doc.keyspaces ?? {})) {
    for (const t of Object.values(ks.tables ?? {})) if (t.id) ids.add(t.id);
  }
  return ids;
}

export async function startNode(options: NodeOptions, log: Logger = createLogger('node')): Promise<RunningNode> {
  assertSubjectToken('cluster name', options.cluster);
  const nc: NatsConnection = await connectNats({ servers: options.nats, name: `cassia-node ${options.name ?? ''}`.trim() });
  const cleanups: (() => Promise<void> | void)[] = [() => nc.close()];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c();
  };
  try {
    const store = await MetadataStore.open(nc, options.cluster);
    cleanups.push(() => store.close());
    const { identity, name } = await joinCluster(store, options);
    log = log.child({ hostId: identity.hostId, node: name });

    const registry = createRegistry('node', name);
    const metrics = createNodeMetrics(registry);
    const engine = await StorageEngine.open({
      dataDir: options.dataDir,
      fs: nodeFileSystem,
      clock: systemClock,
    });
    cleanups.push(() => engine.close());
    registerEngineMetrics(registry, engine);
    log.info({ replay: engine.replayResult }, 'commit log replayed');

    let known = tableIds(store.current());
    const onMetadata = (snapshot: MetadataSnapshot) => {
      const next = tableIds(snapshot);
      for (const id of known) {
        if (!next.has(id)) {
          engine.dropTable(id).then(
            () => log.info({ tableId: id }, 'table dropped'),
            (err: unknown) => log.error({ err, tableId: id }, 'could not drop table'),
          );
        }
      }
      known = next;
    };
    cleanups.push(store.onChange(onMetadata));

    const subscriptions: Subscription[] = serveReplicaVerbs({
      nc,
      cluster: options.cluster,
      hostId: identity.hostId,
      engine,
      hasTable: async (id) => known.has(id) || tableIds(await store.read()).has(id),
      log,
      metrics,
    });
    cleanups.push(async () => {
      for (const s of subscriptions) s.unsubscribe();
      await nc.flush().catch(() => undefined);
    });
    // Round trip to the server: once it answers, it holds our subscriptions, so nobody
    // told we are up (heartbeats, the caller) can get "no responders" from us.
    await nc.flush();
    metrics.up.set(1);

    const heartbeat = new HeartbeatPublisher(
      nc,
      options.cluster,
      { hostId: identity.hostId, name, dc: options.dc, rack: options.rack },
      () => store.current().epoch,
    );
    heartbeat.start();
    cleanups.push(() => heartbeat.stop());

    const ops: OpsServer = await startOpsServer({
      host: options.metricsHost,
      port: options.metricsPort,
      registry,
      health: () => ({ ok: !nc.isClosed() && engine.failure === undefined, storageFailure: engine.failure?.message, hostId: identity.hostId, name, metadataEpoch: store.current().epoch }),
    });
    cleanups.push(() => ops.close());

    log.info(
      { dc: options.dc, rack: options.rack, tokens: identity.tokens.length, metricsPort: ops.port, dataDir: options.dataDir },
      'node started',
    );
    let stopped: Promise<void> | undefined;
    return {
      hostId: identity.hostId,
      name,
      metricsPort: ops.port,
      stop: () => (stopped ??= cleanup().then(() => log.info('node stopped'))),
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** Runs a node until SIGINT/SIGTERM (the `cassia node` command). */
export async function runNode(options: NodeOptions): Promise<void> {
  const log = createLogger('node');
  const node = await startNode(options, log);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ signal }, 'stopping');
      node.stop().then(resolve, (err: unknown) => {
        log.error({ err }, 'error while stopping');
        resolve();
      });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
