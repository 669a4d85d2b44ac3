// The Gossiper (Cassandra's Gossiper + FailureDetector, gms/): keeps every member's
// endpoint state, spreads it in SYN/ACK/ACK2 rounds, decides who is up with one phi-accrual
// detector per member, and tells subscribers when members join, go down, come up, restart
// or change an application state.
//
// Every intervalMs (default 1 s) a running gossiper
//   1. convicts members whose phi exceeds phiConvictThreshold (default 8): down;
//   2. bumps its own heartbeat version;
//   3. sends a SYN (every endpoint it knows as a digest, shuffled) to `fanout` (default 2)
//      distinct random live peers; with probability unreachable / (live + 1) to one random
//      unreachable member too; and to "any member" (the transport's seed) when it knows no
//      live peer, or with probability 1 / (known + 1) otherwise, so separately started
//      groups find each other.
//
// Fanout 2, where Cassandra gossips to one live peer: the detector is fed by heartbeats
// that arrive second or third hand, and with one exchange partner per round they arrive
// too irregularly to convict within 10 s without false alarms. Measured in the simulation
// with the default detector (10 members, 10 seeds × 10 min; detection = crash to "down"
// at each observer):
//   fanout 1: 10% loss: 6 false convictions, max phi 11.4, detection 6.9–10.8 s;
//             no loss: detection 5.2–9.0 s
//   fanout 2: 10% loss: none, max phi 4.7, detection 4.6–7.0 s; no loss: 4.2–6.4 s
// It doubles gossip traffic (about 6 messages per member per second), trivial at Cassia's sizes.
//
// Liveness. A member's detector is fed each time the member's heartbeat version is seen to
// increase (directly or second hand), as Cassandra's notifyFailureDetector does. A member
// first heard of from itself is up at once; one heard of from a third party is up once its
// heartbeat advances (our stand-in for Cassandra's echo: a member dead long ago is not
// reported up to a newly started gossiper). A higher
// generation is a restart: the old state is replaced, the detector starts afresh, and the
// member is up at once. A member whose STATUS is SHUTDOWN or LEFT is down whatever its
// heartbeat does; Gossiper.shutdown() announces SHUTDOWN to every live peer directly.
//
// Nothing a peer sends can throw out of the message handler: malformed messages fail
// parseGossipMessage and are counted in stats().messagesRejected. Exceptions from our own
// code or from a listener are programmer errors and are rethrown asynchronously (they crash
// the process rather than leave gossip half applied or silently broken).

import assert from 'node:assert/strict';
import {
  ApplicationState,
  EndpointState,
  MemberStatus,
  type EndpointSnapshot,
} from './endpoint-state.js';
import { GossipMessageError } from './errors.js';
import {
  CLUSTER_NAME_CHARS_MAX,
  GOSSIP_ENDPOINTS_MAX,
  GOSSIP_MESSAGE_STATE_CHARS_MAX,
  deltaChars,
  isEndpointId,
  parseGossipMessage,
  type EndpointStateDelta,
  type GossipAck,
  type GossipAck2,
  type GossipDigest,
  type GossipMessage,
  type GossipSyn,
} from './messages.js';
import {
  PHI_CONVICT_THRESHOLD,
  PhiAccrualFailureDetector,
  phiAccrualOptionsFor,
  type PhiAccrualOptions,
} from './phi.js';
import { randomFraction, randomIndex, shuffleInPlace, type RandomSource } from './random.js';
import type { Clock, ScheduledTask, Scheduler } from './time.js';
import type { GossipTransport } from './transport.js';

/** Cassandra's gossip interval. */
export const GOSSIP_INTERVAL_MS = 1_000;
/** Live peers sent a SYN each round (Cassandra: 1; see the header for why 2). */
export const GOSSIP_FANOUT = 2;
/**
 * A generation more than this above the one we know is refused as corrupt (Cassandra's
 * MAX_GENERATION_DIFFERENCE: one year, in the unit of millisecond generations).
 */
export const GENERATION_AHEAD_MAX = 365 * 24 * 60 * 60 * 1_000;

export interface GossiperOptions {
  /** Time between rounds (and failure checks). */
  readonly intervalMs: number;
  /** Distinct random live peers sent a SYN each round (at least 1). */
  readonly fanout: number;
  /** phi above which a member is convicted (marked down). */
  readonly phiConvictThreshold: number;
  /** Detector settings; by default phiAccrualOptionsFor(intervalMs). */
  readonly failureDetector: PhiAccrualOptions;
}

export interface GossiperConfig {
  /** This member's endpoint id (host id for nodes, its own id for a gateway). */
  readonly id: string;
  /** Members only gossip with SYNs carrying the same cluster name. */
  readonly clusterName: string;
  /**
   * This incarnation: must be higher than any earlier incarnation of `id` (Cassandra uses
   * seconds since the epoch at start; milliseconds from the clock are fine). Positive safe integer.
   */
  readonly generation: number;
  readonly transport: GossipTransport;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly random: RandomSource;
  /** Application states to publish from the first round on. */
  readonly applicationStates?: Readonly<Record<string, string>>;
  readonly options?: Partial<Omit<GossiperOptions, 'failureDetector'>> & {
    readonly failureDetector?: Partial<PhiAccrualOptions>;
  };
}

export type GossipEventKind = 'join' | 'up' | 'down' | 'restart' | 'change';

/**
 * What subscribers are told, about other members only (never the gossiper itself):
 *   join     first heard of (followed by 'up' when it is, or once it is, alive)
 *   up       was down (or never up), is alive now
 *   down     convicted by the detector, or announced SHUTDOWN / LEFT
 *   restart  a higher generation replaced its state (followed by 'up' if it was down)
 *   change   application states changed in the same generation (see changedKeys)
 */
export interface GossipEvent {
  readonly kind: GossipEventKind;
  readonly endpoint: string;
  /** The member's state right after the event. */
  readonly state: EndpointSnapshot;
  /** For 'change': keys that are new or whose value changed. Empty otherwise. */
  readonly changedKeys: readonly string[];
}

export type GossipListener = (event: GossipEvent) => void;

/** Counters since construction, for metrics. */
export interface GossipStats {
  readonly rounds: number;
  readonly synSent: number;
  readonly seedSynSent: number;
  readonly ackSent: number;
  readonly ack2Sent: number;
  readonly messagesReceived: number;
  /** Malformed, over a limit, from another cluster, or carrying a refused generation. */
  readonly messagesRejected: number;
  /**
   * Endpoint states not taken: GOSSIP_ENDPOINTS_MAX or APPLICATION_STATES_MAX would be
   * exceeded, or a generation more than GENERATION_AHEAD_MAX above the known one.
   */
  readonly statesRefused: number;
  /** Members marked down by the detector (not by a SHUTDOWN announcement). */
  readonly convictions: number;
}

interface Peer {
  state: EndpointState;
  alive: boolean;
  detector: PhiAccrualFailureDetector;
}

type Phase = 'new' | 'running' | 'stopped';

function rethrowLater(err: unknown): void {
  queueMicrotask(() => {
    throw err;
  });
}

export class Gossiper {
  readonly id: string;
  readonly clusterName: string;
  readonly generation: number;
  readonly options: GossiperOptions;

  private readonly transport: GossipTransport;
  private readonly clock: Clock;
  private readonly scheduler: Scheduler;
  private readonly random: RandomSource;
  private readonly local: EndpointState;
  private readonly peers = new Map<string, Peer>();
  private readonly listeners = new Set<GossipListener>();
  private readonly pending: GossipEvent[] = [];
  private flushing = false;
  private phase: Phase = 'new';
  private task: ScheduledTask | undefined;
  private readonly counters = {
    rounds: 0,
    synSent: 0,
    seedSynSent: 0,
    ackSent: 0,
    ack2Sent: 0,
    messagesReceived: 0,
    messagesRejected: 0,
    statesRefused: 0,
    convictions: 0,
  };

  constructor(config: GossiperConfig) {
    if (!isEndpointId(config.id)) throw new RangeError(`bad endpoint id ${JSON.stringify(config.id)}`);
    if (config.clusterName.length === 0 || config.clusterName.length > CLUSTER_NAME_CHARS_MAX) {
      throw new RangeError(`cluster name must have 1 to ${CLUSTER_NAME_CHARS_MAX} chars`);
    }
    if (!Number.isSafeInteger(config.generation) || config.generation <= 0) {
      throw new RangeError(`generation must be a positive safe integer, got ${config.generation}`);
    }
    const intervalMs = config.options?.intervalMs ?? GOSSIP_INTERVAL_MS;
    const phiConvictThreshold = config.options?.phiConvictThreshold ?? PHI_CONVICT_THRESHOLD;
    const fanout = config.options?.fanout ?? GOSSIP_FANOUT;
    if (!Number.isSafeInteger(fanout) || fanout < 1) throw new RangeError(`bad fanout ${fanout}`);
    if (!(intervalMs > 0 && Number.isFinite(intervalMs))) throw new RangeError(`bad intervalMs ${intervalMs}`);
    if (!(phiConvictThreshold > 0)) throw new RangeError(`bad phiConvictThreshold ${phiConvictThreshold}`);
    this.options = {
      intervalMs,
      fanout,
      phiConvictThreshold,
      failureDetector: { ...phiAccrualOptionsFor(intervalMs), ...config.options?.failureDetector },
    };
    new PhiAccrualFailureDetector(this.options.failureDetector); // asserts the options once, here
    this.id = config.id;
    this.clusterName = config.clusterName;
    this.generation = config.generation;
    this.transport = config.transport;
    this.clock = config.clock;
    this.scheduler = config.scheduler;
    this.random = config.random;
    this.local = new EndpointState(this.id, this.generation, 0);
    for (const [key, value] of Object.entries(config.applicationStates ?? {})) this.local.set(key, value);
    this.transport.onMessage((from, message) => this.receive(from, message));
  }

  /** Starts gossiping: one round now, then one every intervalMs. Call once. */
  start(): void {
    assert.equal(this.phase, 'new', 'Gossiper.start() called twice');
    this.phase = 'running';
    this.tick();
  }

  /**
   * Stops rounds and ignores arriving messages from now on, without telling anyone (peers
   * convict us by phi, as after a crash). Does not close the transport. Idempotent.
   */
  stop(): void {
    this.phase = 'stopped';
    this.task?.cancel();
    this.task = undefined;
  }

  /**
   * Graceful stop: sets STATUS to SHUTDOWN, sends our whole state to every live peer (they
   * mark us down at once instead of after phi convicts us), then stop(). Flush the
   * transport afterwards if it buffers.
   */
  shutdown(): void {
    if (this.phase !== 'running') {
      this.stop();
      return;
    }
    this.local.set(ApplicationState.STATUS, MemberStatus.SHUTDOWN);
    this.local.bumpHeartbeat();
    const farewell: GossipAck2 = { kind: 'ack2', states: [this.local.deltaAfter(0)] };
    for (const [id, peer] of this.peers) {
      if (!peer.alive) continue;
      this.transport.send(id, farewell);
      this.counters.ack2Sent++;
    }
    this.stop();
  }

  /**
   * Publishes an application state (at the next version; peers learn it in the next
   * rounds). Throws RangeError for a bad key, a value over APPLICATION_STATE_VALUE_CHARS_MAX
   * or a new key beyond APPLICATION_STATES_MAX.
   */
  setApplicationState(key: string, value: string): void {
    this.local.set(key, value);
  }

  /** Our own current value of `key`. */
  applicationState(key: string): string | undefined {
    return this.local.get(key)?.value;
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: GossipListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether `id` is up in our view (ourselves: while running). */
  isAlive(id: string): boolean {
    if (id === this.id) return this.phase === 'running';
    return this.peers.get(id)?.alive ?? false;
  }

  /** Ids of members up in our view, ourselves included while running; sorted. */
  liveMembers(): string[] {
    const out = this.phase === 'running' ? [this.id] : [];
    for (const [id, peer] of this.peers) if (peer.alive) out.push(id);
    return out.sort();
  }

  /** Ids of known members down in our view; sorted. */
  unreachableMembers(): string[] {
    const out: string[] = [];
    for (const [id, peer] of this.peers) if (!peer.alive) out.push(id);
    return out.sort();
  }

  /** What we know of `id` (ourselves included), or undefined if we never heard of it. */
  state(id: string): EndpointSnapshot | undefined {
    if (id === this.id) return this.local.snapshot(this.phase === 'running', 0);
    const peer = this.peers.get(id);
    return peer === undefined ? undefined : this.peerSnapshot(peer);
  }

  /** Every endpoint we know, ourselves included, sorted by id. */
  snapshot(): EndpointSnapshot[] {
    const ids = [this.id, ...this.peers.keys()].sort();
    return ids.map((id) => this.state(id)!);
  }

  /** Current suspicion of `id`: 0 for ourselves and for members never heard of. */
  phi(id: string): number {
    const peer = this.peers.get(id);
    return peer === undefined ? 0 : peer.detector.phi(this.clock.nowMs());
  }

  stats(): GossipStats {
    return { ...this.counters };
  }

  private tick(): void {
    this.task = undefined;
    if (this.phase !== 'running') return;
    this.checkFailures();
    this.runRound();
    this.flush();
    this.task = this.scheduler.schedule(this.options.intervalMs, () => this.tick());
  }

  private checkFailures(): void {
    const now = this.clock.nowMs();
    for (const peer of this.peers.values()) {
      if (peer.alive && peer.detector.phi(now) > this.options.phiConvictThreshold) {
        peer.alive = false;
        this.counters.convictions++;
        this.emit('down', peer);
      }
    }
  }

  private runRound(): void {
    this.counters.rounds++;
    this.local.bumpHeartbeat();
    const digests: GossipDigest[] = [this.local.digest()];
    const live: string[] = [];
    const unreachable: string[] = [];
    for (const [id, peer] of this.peers) {
      digests.push(peer.state.digest());
      (peer.alive ? live : unreachable).push(id);
    }
    const syn: GossipSyn = { kind: 'syn', clusterName: this.clusterName, digests: shuffleInPlace(this.random, digests) };
    for (let i = 0; i < this.options.fanout && i < live.length; i++) {
      const pick = i + randomIndex(this.random, live.length - i); // partial Fisher–Yates
      [live[i], live[pick]] = [live[pick]!, live[i]!];
      this.transport.send(live[i]!, syn);
      this.counters.synSent++;
    }
    if (unreachable.length > 0 && randomFraction(this.random) < unreachable.length / (live.length + 1)) {
      this.transport.send(unreachable[randomIndex(this.random, unreachable.length)]!, syn);
      this.counters.synSent++;
    }
    if (live.length === 0 || randomFraction(this.random) < 1 / (this.peers.size + 1)) {
      this.transport.sendToAny(syn);
      this.counters.seedSynSent++;
    }
  }

  private receive(from: string, raw: GossipMessage): void {
    if (this.phase !== 'running') return;
    this.counters.messagesReceived++;
    try {
      if (!isEndpointId(from)) throw new GossipMessageError(`bad sender id ${JSON.stringify(from)?.slice(0, 80)}`);
      if (from === this.id) return; // our own SYN, come back through the seed queue group
      const message = parseGossipMessage(raw);
      switch (message.kind) {
        case 'syn':
          this.onSyn(from, message);
          break;
        case 'ack':
          this.onAck(from, message);
          break;
        case 'ack2':
          this.apply(from, message.states);
          break;
      }
    } catch (err) {
      if (err instanceof GossipMessageError) this.counters.messagesRejected++;
      else rethrowLater(err);
    }
    this.flush();
  }

  /** Cassandra's GossipDigestSynVerbHandler + examineGossiper. */
  private onSyn(from: string, syn: GossipSyn): void {
    if (syn.clusterName !== this.clusterName) {
      throw new GossipMessageError(`SYN for cluster ${syn.clusterName}, we are ${this.clusterName}`);
    }
    const requests: GossipDigest[] = [];
    const offers: EndpointStateDelta[] = [];
    const mentioned = new Set<string>();
    for (const d of syn.digests) {
      mentioned.add(d.endpoint);
      const local = this.stateOf(d.endpoint);
      if (local === undefined) {
        if (this.peers.size + 1 < GOSSIP_ENDPOINTS_MAX) requests.push({ endpoint: d.endpoint, generation: 0, maxVersion: 0 });
      } else if (d.generation < local.generation) {
        offers.push(local.deltaAfter(0));
      } else if (d.generation === local.generation && local.maxVersion > d.maxVersion) {
        offers.push(local.deltaAfter(d.maxVersion));
      } else if (d.endpoint !== this.id && (d.generation > local.generation || local.maxVersion < d.maxVersion)) {
        requests.push(local.digest());
      }
    }
    // Unlike Cassandra, also offer what the SYN's sender did not mention at all: a newly
    // started member learns the whole cluster from its first exchange.
    const unmentioned: EndpointStateDelta[] = [];
    for (const state of this.allStates()) if (!mentioned.has(state.endpoint)) unmentioned.push(state.deltaAfter(0));
    offers.push(...shuffleInPlace(this.random, unmentioned));
    const ack: GossipAck = { kind: 'ack', digests: requests, states: fitBudget(offers) };
    this.transport.send(from, ack);
    this.counters.ackSent++;
  }

  /** Cassandra's GossipDigestAckVerbHandler: take their states, send what they asked for. */
  private onAck(from: string, ack: GossipAck): void {
    this.apply(from, ack.states);
    const replies: EndpointStateDelta[] = [];
    for (const r of ack.digests) {
      const local = this.stateOf(r.endpoint);
      if (local === undefined) continue;
      if (local.generation > r.generation) replies.push(local.deltaAfter(0));
      else if (local.generation === r.generation && local.maxVersion > r.maxVersion) replies.push(local.deltaAfter(r.maxVersion));
    }
    if (replies.length === 0) return;
    const ack2: GossipAck2 = { kind: 'ack2', states: fitBudget(replies) };
    this.transport.send(from, ack2);
    this.counters.ack2Sent++;
  }

  /** Cassandra's applyStateLocally, with the failure detector fed as notifyFailureDetector does. */
  private apply(from: string, deltas: readonly EndpointStateDelta[]): void {
    const now = this.clock.nowMs();
    for (const delta of deltas) {
      if (delta.endpoint === this.id) continue; // nobody knows us better than we do
      const peer = this.peers.get(delta.endpoint);
      if (peer === undefined) {
        if (this.peers.size + 1 >= GOSSIP_ENDPOINTS_MAX) {
          this.counters.statesRefused++;
          continue;
        }
        const state = EndpointState.fromDelta(delta);
        const detector = new PhiAccrualFailureDetector(this.options.failureDetector);
        detector.heartbeat(now);
        const joined: Peer = { state, detector, alive: from === delta.endpoint && !state.isDead() };
        this.peers.set(delta.endpoint, joined);
        this.emit('join', joined);
        if (joined.alive) this.emit('up', joined);
      } else if (delta.generation > peer.state.generation) {
        if (delta.generation - peer.state.generation > GENERATION_AHEAD_MAX) {
          this.counters.statesRefused++; // corrupt, or a clock far off: keep what we have
          continue;
        }
        const wasAlive = peer.alive;
        peer.state = EndpointState.fromDelta(delta);
        peer.detector = new PhiAccrualFailureDetector(this.options.failureDetector);
        peer.detector.heartbeat(now);
        peer.alive = !peer.state.isDead();
        this.emit('restart', peer);
        if (!wasAlive && peer.alive) this.emit('up', peer);
        if (wasAlive && !peer.alive) this.emit('down', peer);
      } else if (delta.generation === peer.state.generation) {
        const merged = peer.state.merge(delta);
        if (merged === undefined) {
          this.counters.statesRefused++;
          continue;
        }
        if (merged.heartbeatAdvanced) {
          if (peer.alive) peer.detector.heartbeat(now);
          else peer.detector.resume(now);
        }
        if (merged.changedKeys.length > 0) this.emit('change', peer, merged.changedKeys);
        const dead = peer.state.isDead();
        if (peer.alive && dead) {
          peer.alive = false;
          this.emit('down', peer);
        } else if (!peer.alive && !dead && merged.heartbeatAdvanced) {
          peer.alive = true;
          this.emit('up', peer);
        }
      }
      // An older generation is a stale echo of a previous incarnation: ignored.
    }
  }

  private stateOf(id: string): EndpointState | undefined {
    return id === this.id ? this.local : this.peers.get(id)?.state;
  }

  private *allStates(): Iterable<EndpointState> {
    yield this.local;
    for (const peer of this.peers.values()) yield peer.state;
  }

  private peerSnapshot(peer: Peer): EndpointSnapshot {
    return peer.state.snapshot(peer.alive, peer.detector.phi(this.clock.nowMs()));
  }

  private emit(kind: GossipEventKind, peer: Peer, changedKeys: readonly string[] = []): void {
    this.pending.push({ kind, endpoint: peer.state.endpoint, state: this.peerSnapshot(peer), changedKeys });
  }

  /** Tells listeners about pending events, after the state they describe is complete. */
  private flush(): void {
    if (this.flushing) return; // a listener acted on the gossiper; the outer loop delivers
    this.flushing = true;
    try {
      for (let event = this.pending.shift(); event !== undefined; event = this.pending.shift()) {
        for (const listener of [...this.listeners]) {
          try {
            listener(event);
          } catch (err) {
            rethrowLater(err);
          }
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}

/** The deltas that fit GOSSIP_MESSAGE_STATE_CHARS_MAX, in order; the first always does. */
function fitBudget(deltas: readonly EndpointStateDelta[]): EndpointStateDelta[] {
  const out: EndpointStateDelta[] = [];
  let chars = 0;
  for (const d of deltas) {
    const c = deltaChars(d);
    if (out.length > 0 && chars + c > GOSSIP_MESSAGE_STATE_CHARS_MAX) continue;
    out.push(d);
    chars += c;
  }
  return out;
}
