// Deterministic simulation (TigerBeetle's VOPR in miniature): a simulated clock and
// scheduler, and a simulated network of gossip transports with latency, loss, partitions
// and crashes, all driven by one seeded RandomSource. The same seed gives the same run.
//
// Nothing here touches real time or I/O. Exported so other projects can test code that
// consumes gossip (a gateway's replica choice, say) against an in-memory cluster.

import assert from 'node:assert/strict';
import type { GossipMessage } from './messages.js';
import { randomFraction, randomIndex, type RandomSource } from './random.js';
import type { Clock, ScheduledTask, Scheduler } from './time.js';
import type { GossipMessageHandler, GossipTransport } from './transport.js';

/** Where simulated time starts: 2024-01-01T00:00:00Z, so generations look like real ones. */
export const SIM_EPOCH_MS = 1_704_067_200_000;
/** Tasks one run may execute before it is assumed to be stuck in a loop. */
export const SIM_TASKS_PER_RUN_MAX = 50_000_000;

interface SimTask {
  readonly atMs: number;
  readonly seq: number;
  readonly run: () => void;
  cancelled: boolean;
}

/** A Clock and Scheduler whose time only moves when run*() is called. Ties run in scheduling order. */
export class SimScheduler implements Clock, Scheduler {
  private now: number;
  private seq = 0;
  private readonly heap: SimTask[] = [];

  constructor(startMs: number = SIM_EPOCH_MS) {
    this.now = startMs;
  }

  nowMs(): number {
    return this.now;
  }

  schedule(delayMs: number, task: () => void): ScheduledTask {
    assert.ok(Number.isFinite(delayMs) && delayMs >= 0, `bad delay ${delayMs}`);
    const entry: SimTask = { atMs: this.now + delayMs, seq: this.seq++, run: task, cancelled: false };
    this.push(entry);
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /** Tasks waiting (cancelled ones included until they come due). */
  pending(): number {
    return this.heap.length;
  }

  /** Runs every task due within `durationMs`, then sets the clock to the end of it. */
  runFor(durationMs: number): void {
    assert.ok(durationMs >= 0, `bad duration ${durationMs}`);
    const end = this.now + durationMs;
    this.runWhile(end, () => false);
    this.now = end;
  }

  /**
   * Runs tasks in time order until `done()` holds (checked after each task) or `limitMs`
   * passes. Returns the elapsed simulated time when done, undefined on reaching the limit.
   */
  runUntil(done: () => boolean, limitMs: number): number | undefined {
    const start = this.now;
    if (done()) return 0;
    if (this.runWhile(start + limitMs, done)) return this.now - start;
    this.now = start + limitMs;
    return undefined;
  }

  private runWhile(endMs: number, done: () => boolean): boolean {
    for (let executed = 0; ; executed++) {
      assert.ok(executed < SIM_TASKS_PER_RUN_MAX, 'simulation ran too many tasks: a scheduling loop?');
      const top = this.heap[0];
      if (top === undefined || top.atMs > endMs) return false;
      this.pop();
      if (top.cancelled) continue;
      this.now = top.atMs;
      top.run();
      if (done()) return true;
    }
  }

  private before(a: SimTask, b: SimTask): boolean {
    return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
  }

  private push(task: SimTask): void {
    const h = this.heap;
    h.push(task);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < h.length && this.before(h[l]!, h[min]!)) min = l;
      if (r < h.length && this.before(h[r]!, h[min]!)) min = r;
      if (min === i) return;
      [h[i], h[min]] = [h[min]!, h[i]!];
      i = min;
    }
  }
}

export interface SimNetworkOptions {
  /** One-way latency is a uniform whole number of milliseconds in [latencyMinMs, latencyMaxMs]. */
  readonly latencyMinMs: number;
  readonly latencyMaxMs: number;
  /** Probability that a message is lost, in [0, 1]. */
  readonly dropRate: number;
}

export const DEFAULT_SIM_NETWORK_OPTIONS: SimNetworkOptions = { latencyMinMs: 1, latencyMaxMs: 20, dropRate: 0 };

export interface SimNetworkStats {
  readonly sent: number;
  readonly delivered: number;
  /** Lost to dropRate, a partition, a crashed or unknown receiver. */
  readonly dropped: number;
}

/**
 * A network of gossip transports. Messages are deep-copied (structuredClone) on delivery,
 * as a real network would, so a receiver can never alias a sender's objects.
 */
export class SimNetwork {
  private options: SimNetworkOptions;
  private readonly attached = new Map<string, SimTransport>();
  private readonly groupOf = new Map<string, number>();
  private readonly counters = { sent: 0, delivered: 0, dropped: 0 };

  constructor(
    private readonly scheduler: SimScheduler,
    private readonly random: RandomSource,
    options: Partial<SimNetworkOptions> = {},
  ) {
    this.options = { ...DEFAULT_SIM_NETWORK_OPTIONS, ...options };
    this.check(this.options);
  }

  /** A transport for endpoint `id`; replaces (and closes) any earlier one of `id` (a restart). */
  connect(id: string): GossipTransport {
    this.attached.get(id)?.close();
    const transport = new SimTransport(this, id);
    this.attached.set(id, transport);
    return transport;
  }

  /** Cuts `id` off (a crash): nothing reaches it or leaves it until it connects again. */
  crash(id: string): void {
    this.attached.get(id)?.close();
  }

  /** Members of different groups cannot reach each other; members in no group reach everyone. */
  partition(groups: readonly (readonly string[])[]): void {
    this.groupOf.clear();
    groups.forEach((group, i) => group.forEach((id) => this.groupOf.set(id, i)));
  }

  heal(): void {
    this.groupOf.clear();
  }

  setOptions(options: Partial<SimNetworkOptions>): void {
    const next = { ...this.options, ...options };
    this.check(next);
    this.options = next;
  }

  stats(): SimNetworkStats {
    return { ...this.counters };
  }

  /** @internal Called by SimTransport. */
  deliver(from: SimTransport, to: string | undefined, message: GossipMessage): void {
    if (from.closed) return;
    this.counters.sent++;
    let target = to;
    if (target === undefined) {
      // The seed: like a NATS queue group, any connected member, the sender included.
      const members = [...this.attached.values()].filter((t) => !t.closed).map((t) => t.id);
      target = members.length === 0 ? undefined : members[randomIndex(this.random, members.length)];
    }
    const receiver = target === undefined ? undefined : this.attached.get(target);
    if (receiver === undefined || receiver.closed || !this.reachable(from.id, receiver.id) || this.lost()) {
      this.counters.dropped++;
      return;
    }
    const { latencyMinMs, latencyMaxMs } = this.options;
    const latencyMs = latencyMinMs + randomIndex(this.random, latencyMaxMs - latencyMinMs + 1);
    const copy = structuredClone(message);
    this.scheduler.schedule(latencyMs, () => {
      // Checked again on arrival: the receiver may have crashed, or a partition begun.
      if (receiver.closed || !this.reachable(from.id, receiver.id)) {
        this.counters.dropped++;
        return;
      }
      this.counters.delivered++;
      receiver.receive(from.id, copy);
    });
  }

  private reachable(a: string, b: string): boolean {
    const ga = this.groupOf.get(a);
    const gb = this.groupOf.get(b);
    return ga === undefined || gb === undefined || ga === gb;
  }

  private lost(): boolean {
    return this.options.dropRate > 0 && randomFraction(this.random) < this.options.dropRate;
  }

  private check(o: SimNetworkOptions): void {
    assert.ok(Number.isSafeInteger(o.latencyMinMs) && Number.isSafeInteger(o.latencyMaxMs), 'latencies are whole ms');
    assert.ok(o.latencyMinMs >= 0 && o.latencyMaxMs >= o.latencyMinMs, 'bad latency range');
    assert.ok(o.dropRate >= 0 && o.dropRate <= 1, 'dropRate must be in [0, 1]');
  }
}

class SimTransport implements GossipTransport {
  closed = false;
  private handler: GossipMessageHandler | undefined;

  constructor(
    private readonly network: SimNetwork,
    readonly id: string,
  ) {}

  send(to: string, message: GossipMessage): void {
    this.network.deliver(this, to, message);
  }

  sendToAny(message: GossipMessage): void {
    this.network.deliver(this, undefined, message);
  }

  onMessage(handler: GossipMessageHandler): void {
    assert.equal(this.handler, undefined, 'onMessage called twice');
    this.handler = handler;
  }

  close(): void {
    this.closed = true;
  }

  receive(from: string, message: GossipMessage): void {
    this.handler?.(from, message);
  }
}
