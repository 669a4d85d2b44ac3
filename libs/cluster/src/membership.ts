// Cluster membership for a process (storage node or gateway): a Gossiper over NATS, plus
// what the coordinator learns faster than gossip can tell it. NATS answering "no responders"
// for a node's subjects means nothing serves them — the process is gone — so markDown()
// convicts that node locally at once; the conviction lasts until gossip shows the node alive
// with a heartbeat at least CONVICTION_CLEAR_BEATS beyond the one known at conviction (a
// dead node's last beats may still be spreading), or with a new generation (a restart).
import {
  ApplicationState,
  Gossiper,
  MemberRole,
  MemberStatus,
  systemClock,
  systemRandomSource,
  timerScheduler,
  type EndpointSnapshot,
  type GossipEvent,
  type GossiperConfig,
} from '@cassia/gossip';
import type { NatsConnection } from '@nats-io/nats-core';
import { NatsGossipTransport } from './gossip-transport.js';

/** Heartbeats past the conviction that clear a local markDown(). */
export const CONVICTION_CLEAR_BEATS = 3;

export interface MembershipOptions {
  nc: NatsConnection;
  cluster: string;
  /** Host id (nodes) or the gateway's own id. */
  id: string;
  role: (typeof MemberRole)[keyof typeof MemberRole];
  name: string;
  dc: string;
  rack: string;
  /** Application states beyond the defaults (e.g. HTTP_ADDRESS). */
  states?: Record<string, string>;
  /** Gossip options (tests shorten the interval). */
  gossip?: GossiperConfig['options'];
}

/** A member as tools and metrics see it. */
export interface MemberView {
  id: string;
  role: string;
  name: string;
  dc: string;
  rack: string;
  status: string;
  alive: boolean;
  phi: number;
  generation: number;
  heartbeat: number;
  load: number;
  metadataEpoch: number;
}

export class Membership {
  readonly gossiper: Gossiper;
  private readonly transport: NatsGossipTransport;
  /** When each member gossip deems down went down (ms since the epoch); cleared when it is up. */
  private readonly downSince = new Map<string, number>();
  /** Local convictions: host id → (generation, heartbeat) when convicted. */
  private readonly convicted = new Map<string, { generation: number; heartbeat: number }>();

  constructor(private readonly o: MembershipOptions) {
    this.transport = new NatsGossipTransport(o.nc, o.cluster, o.id);
    this.gossiper = new Gossiper({
      id: o.id,
      clusterName: o.cluster,
      generation: Date.now(),
      transport: this.transport,
      clock: systemClock,
      scheduler: timerScheduler,
      random: systemRandomSource,
      applicationStates: {
        [ApplicationState.STATUS]: MemberStatus.NORMAL,
        [ApplicationState.ROLE]: o.role,
        [ApplicationState.HOST_NAME]: o.name,
        [ApplicationState.DC]: o.dc,
        [ApplicationState.RACK]: o.rack,
        ...o.states,
      },
      ...(o.gossip === undefined ? {} : { options: o.gossip }),
    });
    this.gossiper.subscribe((e) => {
      if (e.kind === 'restart' || e.kind === 'up') {
        this.clearConviction(e.endpoint, e.state);
        this.downSince.delete(e.endpoint);
      }
      if (e.kind === 'down' && !this.downSince.has(e.endpoint)) this.downSince.set(e.endpoint, Date.now());
    });
  }

  /** Starts gossiping once NATS holds our subscriptions. */
  async start(): Promise<void> {
    await this.transport.ready();
    this.gossiper.start();
  }

  /** Announces SHUTDOWN to live peers (they mark us down at once) and stops. */
  async stop(): Promise<void> {
    this.gossiper.shutdown();
    await this.transport.flush();
    this.transport.close();
  }

  subscribe(listener: (event: GossipEvent) => void): () => void {
    return this.gossiper.subscribe(listener);
  }

  setState(key: string, value: string): void {
    if (this.gossiper.applicationState(key) !== value) this.gossiper.setApplicationState(key, value);
  }

  isAlive(id: string): boolean {
    if (!this.gossiper.isAlive(id)) return false;
    const c = this.convicted.get(id);
    if (c === undefined) return true;
    const s = this.gossiper.state(id);
    if (s !== undefined && (s.generation > c.generation || s.heartbeatVersion >= c.heartbeat + CONVICTION_CLEAR_BEATS)) {
      this.convicted.delete(id);
      return true;
    }
    return false;
  }

  /**
   * How long `id` has been down, in ms: since gossip convicted it (or it announced SHUTDOWN)
   * or NATS said nothing serves it, whichever came first; 0 while it is up or unknown.
   */
  downForMs(id: string): number {
    if (this.isAlive(id)) return 0;
    const since = this.downSince.get(id);
    return since === undefined ? 0 : Date.now() - since;
  }

  /** NATS said nothing serves `id`: deem it down here until gossip shows it alive again. */
  markDown(id: string): void {
    const s = this.gossiper.state(id);
    if (s === undefined || this.convicted.has(id)) return;
    this.convicted.set(id, { generation: s.generation, heartbeat: s.heartbeatVersion });
    if (!this.downSince.has(id)) this.downSince.set(id, Date.now());
  }

  /** Storage nodes deemed up (host ids). */
  liveNodes(): string[] {
    return this.gossiper.liveMembers().filter((id) => this.roleOf(id) === MemberRole.NODE && this.isAlive(id));
  }

  members(): MemberView[] {
    return this.gossiper.snapshot().map((s) => this.view(s));
  }

  private roleOf(id: string): string | undefined {
    return this.gossiper.state(id)?.applicationStates.get(ApplicationState.ROLE)?.value;
  }

  private view(s: EndpointSnapshot): MemberView {
    const get = (key: string) => s.applicationStates.get(key)?.value ?? '';
    return {
      id: s.endpoint,
      role: get(ApplicationState.ROLE),
      name: get(ApplicationState.HOST_NAME),
      dc: get(ApplicationState.DC),
      rack: get(ApplicationState.RACK),
      status: get(ApplicationState.STATUS),
      alive: s.endpoint === this.o.id ? true : this.isAlive(s.endpoint),
      phi: s.phi,
      generation: s.generation,
      heartbeat: s.heartbeatVersion,
      load: Number(get(ApplicationState.LOAD)) || 0,
      metadataEpoch: Number(get(ApplicationState.METADATA_EPOCH)) || 0,
    };
  }

  private clearConviction(id: string, s: EndpointSnapshot): void {
    const c = this.convicted.get(id);
    if (c !== undefined && s.generation > c.generation) this.convicted.delete(id);
  }
}
