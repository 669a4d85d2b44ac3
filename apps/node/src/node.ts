// A storage node: joins the cluster (identity and tokens in its data directory, member
// record in the cluster metadata), opens its storage engine (commit log replay), serves
// replica verbs over NATS, gossips (liveness, load, metadata epoch), replays the hints it
// holds to replicas gossip sees come back, and serves /metrics and /healthz.
import { Membership, MetadataStore, registerMembershipMetrics, type MetadataSnapshot } from '@cassia/cluster';
import { ApplicationState, MemberRole } from '@cassia/gossip';
import { StorageEngine, nodeFileSystem, systemClock, type TableOptionsInput } from '@cassia/lsm';
import { createLogger, createRegistry, startOpsServer, type Logger, type OpsServer } from '@cassia/telemetry';
import { assertSubjectToken, connectNats } from '@cassia/wire';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { joinCluster } from './join.js';
import { backgroundDurationHistograms, commitLogSyncHistogram, createNodeMetrics, registerEngineMetrics, registerHintMetrics } from './metrics.js';
import { HintStore } from './hints/index.js';
import { HintDelivery } from './hint-delivery.js';
import { join } from 'node:path';
import { engineTableOptions } from './table-options.js';
import type { NodeOptions } from './options.js';
import { serveReplicaVerbs } from './replica.js';
import { serveAdmin } from './admin.js';

/** How long start-up waits for NATS to confirm our subscriptions. */
const STARTUP_FLUSH_TIMEOUT_MS = 10_000;
/** How long stopping waits for NATS to take our unsubscribes. */
const STOP_FLUSH_TIMEOUT_MS = 2_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Memtables are switched out between 75% and 100% of their size at random: every replica of a
 * range receives the same writes, and without it they would all flush at the same moment, when
 * a quorum read or write then meets more than one busy replica.
 */
const MEMTABLE_SWITCH_JITTER = 0.25;

/** How often the node gossips its load (bytes of SSTables on disk). */
const LOAD_GOSSIP_INTERVAL_MS = 10_000;

function engineLoad(engine: StorageEngine): number {
  return engine.stats().sstableBytesTotal;
}

/** NATS's default max_payload, used until the server has told us its own. */
const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;
/** Room kept in every reply for the NATS protocol line and headers. */
const REPLY_HEADROOM_BYTES = 4 * 1024;

export interface RunningNode {
  readonly hostId: string;
  readonly name: string;
  readonly metricsPort: number;
  /** Stops serving, syncs and closes the engine, closes NATS. Idempotent. */
  stop(): Promise<void>;
}

/** The keyspace and table names of a table id in the metadata (metric labels), if it is there. */
function tableNameOf(snapshot: MetadataSnapshot, id: string): { keyspace: string; table: string } | undefined {
  for (const [keyspace, ks] of Object.entries(snapshot.doc.keyspaces ?? {})) {
    for (const [table, t] of Object.entries(ks.tables ?? {})) if (t.id === id) return { keyspace, table };
  }
  return undefined;
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
  const startedAtMs = Date.now();
  const nc: NatsConnection = await connectNats({ servers: options.nats, name: `cassia-node ${options.name ?? ''}`.trim() });
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
    const store = await MetadataStore.open(nc, options.cluster, options.metadataReplicas === undefined ? {} : { replicas: options.metadataReplicas });
    cleanups.push(() => store.close());
    const { identity, name } = await joinCluster(store, options);
    log = log.child({ hostId: identity.hostId, node: name });

    const registry = createRegistry('node', name);
    const metrics = createNodeMetrics(registry);
    const syncLatency = commitLogSyncHistogram(registry);
    const background = backgroundDurationHistograms(registry);
    const tableOptionsOf = (snapshot: MetadataSnapshot) => {
      const out: Record<string, TableOptionsInput> = {};
      for (const ks of Object.values(snapshot.doc.keyspaces ?? {})) {
        for (const t of Object.values(ks.tables ?? {})) {
          if (!t.id) continue;
          try {
            out[t.id] = engineTableOptions(t.optionsJson ? (JSON.parse(t.optionsJson) as Record<string, unknown>) : {});
          } catch (err) {
            log.warn({ err, tableId: t.id }, 'table options not usable by the storage engine; using defaults');
          }
        }
      }
      return out;
    };
    const engine = await StorageEngine.open({
      dataDir: options.dataDir,
      fs: nodeFileSystem,
      clock: systemClock,
      tableOptions: tableOptionsOf(store.current()),
      memtableSwitchJitter: MEMTABLE_SWITCH_JITTER,
      commitLog: { listener: { onSync: (e) => syncLatency.observe(e.durationMicros / 1e6) } },
      listener: {
        onFlush: (e) => {
          background.flush.observe(e.durationMs / 1000);
          log.info(e, 'memtable flushed');
        },
        onCompaction: (e) => {
          background.compaction.observe(e.durationMs / 1000);
          log.info(e, 'compaction finished');
        },
        onDiskFailure: (e) => log.error({ err: e.error, file: e.file, policy: e.policy }, 'disk failure'),
      },
    });
    cleanups.push(() => engine.close());
    registerEngineMetrics(registry, engine, (id) => tableNameOf(store.current(), id));
    const applyTableOptions = (snapshot: MetadataSnapshot) => {
      for (const [id, o] of Object.entries(tableOptionsOf(snapshot))) {
        try {
          engine.setTableOptions(id, o);
        } catch (err) {
          log.warn({ err, tableId: id }, 'table options refused by the storage engine; keeping the previous ones');
        }
      }
    };
    applyTableOptions(store.current());
    log.info({ replay: engine.replayResult }, 'commit log replayed');

    // Tables dropped from the metadata are dropped here too: on every change, and once
    // now for drops made while this node was down. A document that does not list this node
    // (a wiped or foreign bucket) never drops anything.
    let known = tableIds(store.current());
    const dropMissing = (snapshot: MetadataSnapshot, candidates: Iterable<string>) => {
      if (snapshot.doc.members?.[identity.hostId] === undefined) return;
      const present = tableIds(snapshot);
      for (const id of candidates) {
        if (present.has(id) || engine.isDropped(id)) continue;
        engine.dropTable(id).then(
          () => log.info({ tableId: id, epoch: snapshot.epoch }, 'table dropped'),
          (err: unknown) => log.error({ err, tableId: id }, 'could not drop table'),
        );
      }
    };
    cleanups.push(
      store.onChange((snapshot) => {
        dropMissing(snapshot, known);
        known = tableIds(snapshot);
        applyTableOptions(snapshot);
      }),
    );
    store.onWatchError = (err) => log.warn({ err }, 'metadata watch failed; resuming');
    dropMissing(store.current(), engine.tableIds());

    // Hints this node holds for other replicas (hinted handoff), in <data>/hints.
    const hints = await HintStore.open({
      dir: join(options.dataDir, 'hints'),
      onIssue: (issue) => log.warn({ issue }, 'hint file damaged; the damaged part was cut'),
    });
    cleanups.push(() => hints.close());
    registerHintMetrics(registry, () => hints.pendingCount());

    const subscriptions: Subscription[] = serveReplicaVerbs({
      nc,
      cluster: options.cluster,
      hostId: identity.hostId,
      engine,
      // Known tables answer at once, without a promise: this runs for every replica request.
      hasTable: (id) => (engine.isDropped(id) ? false : known.has(id) ? true : store.read().then((view) => tableIds(view).has(id))),
      log,
      metrics,
      replyBytesMax: () => (nc.info?.max_payload ?? DEFAULT_MAX_PAYLOAD_BYTES) - REPLY_HEADROOM_BYTES,
      hints: {
        store: async (target, createdAtMs, mutateRequest) => {
          await hints.append(target, mutateRequest, createdAtMs);
          metrics.hintsStored.inc({ target });
        },
      },
    });
    cleanups.push(async () => {
      for (const s of subscriptions) s.unsubscribe();
      await withTimeout(nc.flush(), STOP_FLUSH_TIMEOUT_MS).catch(() => undefined);
    });
    // Round trip to the server: once it answers, it holds our subscriptions, so nobody
    // told we are up (heartbeats, the caller) can get "no responders" from us.
    await withTimeout(nc.flush(), STARTUP_FLUSH_TIMEOUT_MS);
    metrics.up.set(1);

    const membership = new Membership({
      nc,
      cluster: options.cluster,
      id: identity.hostId,
      role: MemberRole.NODE,
      name,
      dc: options.dc,
      rack: options.rack,
      states: { [ApplicationState.METADATA_EPOCH]: String(store.current().epoch), [ApplicationState.LOAD]: String(engineLoad(engine)) },
      ...(options.gossipIntervalMs === undefined ? {} : { gossip: { intervalMs: options.gossipIntervalMs } }),
    });
    registerMembershipMetrics(registry, membership);
    cleanups.push(
      store.onChange((snapshot) => membership.setState(ApplicationState.METADATA_EPOCH, String(snapshot.epoch))),
    );
    const loadTimer = setInterval(() => membership.setState(ApplicationState.LOAD, String(engineLoad(engine))), LOAD_GOSSIP_INTERVAL_MS);
    loadTimer.unref();
    cleanups.push(() => clearInterval(loadTimer));

    const delivery = new HintDelivery({ store: hints, nc, cluster: options.cluster, isAlive: (h) => membership.isAlive(h), log, metrics });
    membership.subscribe((e) => {
      if (e.kind === 'up' || e.kind === 'down' || e.kind === 'restart') log.info({ member: e.endpoint, event: e.kind }, `member ${e.kind}`);
      if (e.kind === 'up' || e.kind === 'restart') delivery.targetUp(e.endpoint);
    });
    await membership.start();
    cleanups.push(() => membership.stop());
    delivery.start();
    cleanups.push(() => delivery.stop());

    const ops: OpsServer = await startOpsServer({
      host: options.metricsHost,
      port: options.metricsPort,
      registry,
      health: () => ({ ok: !nc.isClosed() && engine.failure === undefined, storageFailure: engine.failure?.message, hostId: identity.hostId, name, metadataEpoch: store.current().epoch }),
    });
    cleanups.push(() => ops.close());

    const adminSubscription = serveAdmin({
      nc, cluster: options.cluster, hostId: identity.hostId, name, dc: options.dc, rack: options.rack, tokens: identity.tokens,
      engine, membership, metadataEpoch: () => store.current().epoch,
      hasTable: async (id) => known.has(id) || tableIds(await store.read()).has(id),
      metricsPort: ops.port, startedAtMs, log,
    });
    cleanups.push(() => adminSubscription.unsubscribe());
    await withTimeout(nc.flush(), STARTUP_FLUSH_TIMEOUT_MS); // tools told we started can reach the admin verb

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
