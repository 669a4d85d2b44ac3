// Liveness from heartbeats over NATS, until gossip with a phi-accrual detector replaces
// it: every node publishes a Heartbeat each HEARTBEAT_INTERVAL_MS; an observer deems a node
// up while its last heartbeat is younger than HEARTBEAT_TIMEOUT_MS and nobody has since
// seen NATS answer "no responders" for it (nothing subscribes to its subjects: the
// process is gone), which marks it down at once instead of after the timeout.
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { cluster, encode, heartbeatSubject, toBigInt, toULong, type HeartbeatMessage } from '@cassia/wire';

export const HEARTBEAT_INTERVAL_MS = 1_000;
export const HEARTBEAT_TIMEOUT_MS = 3_500;
/** How often an observer re-evaluates timeouts (to report nodes going down). */
export const LIVENESS_CHECK_INTERVAL_MS = 250;

export interface Clock {
  nowMs(): number;
}
export const systemClock: Clock = { nowMs: () => Date.now() };

export interface NodeLiveness {
  hostId: string;
  name: string;
  dc: string;
  rack: string;
  generation: bigint;
  version: bigint;
  metadataEpoch: number;
  lastSeenMs: number;
  up: boolean;
}

/** Publishes this node's heartbeat until stopped. */
export class HeartbeatPublisher {
  private version = 0n;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly clusterName: string,
    private readonly self: { hostId: string; name: string; dc: string; rack: string },
    private readonly metadataEpoch: () => number,
    private readonly generation: bigint = BigInt(Date.now()),
  ) {}

  start(): void {
    this.beat();
    this.timer = setInterval(() => this.beat(), HEARTBEAT_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Publishes one heartbeat now (also used right after start, so peers see us at once). */
  beat(): void {
    if (this.nc.isClosed()) return;
    this.version++;
    const message: HeartbeatMessage = {
      ...this.self,
      generation: toULong(this.generation),
      version: toULong(this.version),
      metadataEpoch: toULong(BigInt(this.metadataEpoch())),
    };
    this.nc.publish(heartbeatSubject(this.clusterName), encode(cluster.Heartbeat, message));
  }
}

type ChangeListener = (node: NodeLiveness) => void;

/** Tracks which nodes are up from their heartbeats. */
export class LivenessTracker {
  private readonly nodes = new Map<string, NodeLiveness>();
  private readonly listeners = new Set<ChangeListener>();
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly clusterName: string,
    private readonly clock: Clock = systemClock,
  ) {}

  start(): void {
    this.subscription = this.nc.subscribe(heartbeatSubject(this.clusterName), {
      callback: (err, msg) => {
        if (err !== null) return;
        let beat: HeartbeatMessage;
        try {
          beat = cluster.Heartbeat.decode(msg.data);
        } catch {
          return; // not ours, or garbled: ignore it
        }
        this.observe(beat);
      },
    });
    this.timer = setInterval(() => this.expire(), LIVENESS_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    this.subscription?.unsubscribe();
    clearInterval(this.timer);
  }

  /** Called when a node changes between up and down (and when first seen). */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  isAlive(hostId: string): boolean {
    const node = this.nodes.get(hostId);
    return node !== undefined && node.up && this.clock.nowMs() - node.lastSeenMs < HEARTBEAT_TIMEOUT_MS;
  }

  /** Marks a node down until its next heartbeat (NATS said nothing serves its subjects). */
  markDown(hostId: string): void {
    const node = this.nodes.get(hostId);
    if (node === undefined || !node.up) return;
    node.up = false;
    this.notify(node);
  }

  snapshot(): NodeLiveness[] {
    return [...this.nodes.values()].map((n) => ({ ...n, up: this.isAlive(n.hostId) }));
  }

  /** Applies one heartbeat (exposed for tests). */
  observe(beat: HeartbeatMessage): void {
    const hostId = beat.hostId ?? '';
    if (hostId === '') return;
    const generation = toBigInt(beat.generation);
    const version = toBigInt(beat.version);
    const known = this.nodes.get(hostId);
    if (known !== undefined && (generation < known.generation || (generation === known.generation && version <= known.version))) {
      return; // stale or repeated
    }
    const wasUp = known !== undefined && this.isAlive(hostId);
    const node: NodeLiveness = {
      hostId,
      name: beat.name ?? '',
      dc: beat.dc ?? '',
      rack: beat.rack ?? '',
      generation,
      version,
      metadataEpoch: Number(toBigInt(beat.metadataEpoch)),
      lastSeenMs: this.clock.nowMs(),
      up: true,
    };
    this.nodes.set(hostId, node);
    if (!wasUp) this.notify(node);
  }

  private expire(): void {
    for (const node of this.nodes.values()) {
      if (node.up && !this.isAlive(node.hostId)) {
        node.up = false;
        this.notify(node);
      }
    }
  }

  private notify(node: NodeLiveness): void {
    for (const listener of this.listeners) listener({ ...node });
  }
}
