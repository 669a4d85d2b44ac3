// Hinted handoff, the delivering side: replays the hints this node holds to their target
// replica, in the order they were stored, once gossip sees the target up — at once when it
// comes up, and every HINT_DELIVERY_INTERVAL_MS for any target that is up with hints still
// pending (a delivery that failed, or hints stored while it was already up). One replay per
// target at a time. For targets that stay down, the same pass drops hints older than
// max_hint_window, so hints for a node that never returns do not accumulate. Delivery is at least once: a crash mid-replay may resend a few hints,
// which is harmless as mutations are idempotent (reconciliation keeps the newest cell).
import type { NatsConnection } from '@nats-io/nats-core';
import { replica, ReplicaErrorCode, replicaSubject, request } from '@cassia/wire';
import type { Logger } from '@cassia/telemetry';
import type { HintStore } from './hints/index.js';
import type { NodeMetrics } from './metrics.js';

/** How often targets that are up with hints pending are retried. */
export const HINT_DELIVERY_INTERVAL_MS = 10_000;
/**
 * How often the expired hints of a target that stays down are dropped. A purge closes the
 * target's open segment (hint-store.ts), so it runs far less often than delivery passes.
 */
export const HINT_PURGE_INTERVAL_MS = 10 * 60 * 1000;
/** Deadline of one hint's delivery (a mutate request to the target). */
export const HINT_DELIVERY_TIMEOUT_MS = 10_000;

export interface HintDeliveryOptions {
  store: HintStore;
  nc: NatsConnection;
  cluster: string;
  isAlive: (hostId: string) => boolean;
  log: Logger;
  metrics: NodeMetrics;
  intervalMs?: number;
  purgeIntervalMs?: number;
}

export class HintDeliveryError extends Error {
  override readonly name = 'HintDeliveryError';
}

/** Refuses delivery to a target that is down (used to drop expired hints only). */
class HintTargetDownError extends Error {
  override readonly name = 'HintTargetDownError';
  constructor(target: string) {
    super(`hint target ${target} is down`);
  }
}

export class HintDelivery {
  private readonly running = new Map<string, Promise<void>>();
  /** When each down target's expired hints were last dropped (ms since the epoch). */
  private readonly lastPurgeMs = new Map<string, number>();
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly o: HintDeliveryOptions) {}

  start(): void {
    this.timer = setInterval(() => this.deliverAll(), this.o.intervalMs ?? HINT_DELIVERY_INTERVAL_MS);
    this.timer.unref();
    this.deliverAll();
  }

  /** Gossip saw `hostId` come up (or restart): deliver its hints now. */
  targetUp(hostId: string): void {
    if (this.o.store.pendingCount(hostId) > 0) this.deliver(hostId);
  }

  /** Stops delivering (the hint in flight finishes) and waits for running replays. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.abort.abort();
    await Promise.allSettled([...this.running.values()]);
  }

  private deliverAll(): void {
    const targets = this.o.store.targets();
    for (const target of targets) {
      if (this.o.isAlive(target)) this.deliver(target);
      else this.purgeExpired(target);
    }
    for (const target of this.lastPurgeMs.keys()) if (!targets.includes(target)) this.lastPurgeMs.delete(target);
  }

  /**
   * Drops the expired hints of a target that is down, so a node that never comes back does
   * not fill the store: hints are kept in the order they were stored, so the expired ones are
   * a prefix, and a replay whose delivery refuses everything drops exactly that prefix (the
   * store drops expired hints instead of delivering them) and stops at the first live one.
   */
  private purgeExpired(target: string): void {
    if (this.running.has(target) || this.abort.signal.aborted) return;
    const now = Date.now();
    if (now - (this.lastPurgeMs.get(target) ?? 0) < (this.o.purgeIntervalMs ?? HINT_PURGE_INTERVAL_MS)) return;
    this.lastPurgeMs.set(target, now);
    const run = this.o.store
      .replay(target, () => Promise.reject(new HintTargetDownError(target)), { signal: this.abort.signal })
      .then(
        (result) => {
          if (result.dropped === 0) return;
          this.o.metrics.hintsDropped.inc({ target }, result.dropped);
          this.o.log.info({ target, dropped: result.dropped, remaining: result.remaining }, 'expired hints dropped for a target that is down');
        },
        (err: unknown) => this.o.log.warn({ err, target }, 'could not drop expired hints'),
      )
      .finally(() => this.running.delete(target));
    this.running.set(target, run);
  }

  private deliver(target: string): void {
    if (this.running.has(target) || this.abort.signal.aborted) return;
    const subject = replicaSubject(this.o.cluster, target, 'mutate');
    const run = this.o.store
      .replay(
        target,
        async (payload) => {
          const reply = replica.MutateResponse.decode(await request(this.o.nc, subject, payload, HINT_DELIVERY_TIMEOUT_MS));
          const code = reply.error?.code;
          if (code === ReplicaErrorCode.UnknownTable || code === ReplicaErrorCode.BadRequest) {
            // The target will never take it (its table was dropped since): dropping it lets
            // the hints behind it through instead of blocking them until they expire.
            this.o.log.warn({ target, code, message: reply.error?.message }, 'hint refused by its target; dropped');
            this.o.metrics.hintsDropped.inc({ target });
            return;
          }
          if (reply.error) throw new HintDeliveryError(`${code ?? ''}: ${reply.error.message ?? ''}`);
          this.o.metrics.hintsReplayed.inc({ target });
        },
        { signal: this.abort.signal },
      )
      .then(
        (result) => {
          if (result.dropped > 0) this.o.metrics.hintsDropped.inc({ target }, result.dropped);
          const counts = { target, delivered: result.delivered, dropped: result.dropped, corrupt: result.corrupt, remaining: result.remaining };
          if (result.outcome === 'deliveryFailed' || result.outcome === 'storeFailed') {
            this.o.log.warn({ ...counts, outcome: result.outcome, err: result.error }, 'hint replay stopped; will retry');
          } else if (result.delivered > 0 || result.dropped > 0) {
            this.o.log.info(counts, 'hints replayed');
          }
        },
        (err: unknown) => this.o.log.warn({ err, target }, 'hint replay failed; will retry'),
      )
      .finally(() => this.running.delete(target));
    this.running.set(target, run);
  }
}
