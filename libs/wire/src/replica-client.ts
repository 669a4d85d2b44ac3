// The coordinator's side of the replica verbs, coalescing what goes to the same node.
//
// A NATS request/reply costs about 200 µs and one process tops out near 50k of them per
// second, so sending one per replica per operation would make NATS the bottleneck. Calls to
// the same node with the same deadline made in the same turn of the event loop are queued
// and sent together at the end of it (setImmediate) as one "batch" request; a lone call is
// sent as its own verb. With a coalescing window (`coalescingWindowMs`, as Cassandra's
// otc_coalescing_window_us), the queue is sent that long after its first call instead, so calls
// of later turns join it: on a virtual machine every message wakes a process on the other side,
// which costs far more CPU than the message itself. Under light load nothing waits; under heavy load one round trip
// carries up to BATCH_ENTRIES_MAX calls and BATCH_BYTES_MAX bytes (a larger payload goes
// alone). Replies that do not fit in the batch reply come back listed in `resend` and are
// asked again, alone.
//
// Contract: `call` resolves with the reply payload of the verb (the same bytes a direct
// request would get) or rejects with RpcTimeoutError (no reply within timeoutMs),
// RpcNoRespondersError (nothing serves the node's subjects: it is gone),
// RpcConnectionError, or ReplicaRefusedError (the node refused the whole batch).
// `send` is the same without a promise: its callback is called once with the error or the reply.
import type { NatsConnection } from '@nats-io/nats-core';
import { RpcConnectionError } from './errors.js';
import { encode, replica } from './messages.js';
import { RequestMux, type ReplyCallback } from './request-mux.js';
import { replicaSubject, type ReplicaVerb } from './subjects.js';

/** Most calls one batch carries. */
export const BATCH_ENTRIES_MAX = 256;
/** Largest batch payload before it is split, in bytes (NATS's default max_payload is 1 MiB). */
export const BATCH_BYTES_MAX = 512 * 1024;

/** A node refused a whole batch (e.g. Overloaded); `code` is a ReplicaErrorCode. */
export class ReplicaRefusedError extends Error {
  override readonly name = 'ReplicaRefusedError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type CallableVerb = Exclude<ReplicaVerb, 'batch'>;

interface Pending {
  verb: CallableVerb;
  payload: Uint8Array;
  done: ReplyCallback;
}

interface Queue {
  hostId: string;
  timeoutMs: number;
  calls: Pending[];
  bytes: number;
}

export interface ReplicaClientStats {
  /** NATS requests sent (single calls and batches). */
  requests: number;
  /** Calls made through the client. */
  calls: number;
}

export interface ReplicaClientOptions {
  /**
   * How long queued calls wait for others to the same node before they are sent, in ms; 0 (the
   * default): until the end of the current turn of the event loop only.
   */
  coalescingWindowMs?: number;
}

/** The largest coalescing window accepted, in ms: it adds to every replica round trip. */
export const COALESCING_WINDOW_MS_MAX = 100;

export class ReplicaClient {
  /** Calls waiting to go out, by node and then by timeout (no key string built per call). */
  private readonly queues = new Map<string, Map<number, Queue>>();
  private scheduled = false;
  private readonly mux: RequestMux;
  private readonly coalescingWindowMs: number;
  readonly stats: ReplicaClientStats = { requests: 0, calls: 0 };

  constructor(
    private readonly nc: NatsConnection,
    private readonly cluster: string,
    options: ReplicaClientOptions = {},
  ) {
    const window = options.coalescingWindowMs ?? 0;
    if (!(Number.isInteger(window) && window >= 0 && window <= COALESCING_WINDOW_MS_MAX)) {
      throw new RangeError(`coalescingWindowMs must be an integer from 0 to ${COALESCING_WINDOW_MS_MAX}, got ${window}`);
    }
    this.coalescingWindowMs = window;
    this.mux = new RequestMux(nc);
  }

  /** The NATS server's max_payload in bytes, once connected (the largest message it takes). */
  maxPayloadBytes(): number | undefined {
    return this.nc.info?.max_payload;
  }

  call(hostId: string, verb: CallableVerb, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    return new Promise((resolve, reject) => this.send(hostId, verb, payload, timeoutMs, (err, reply) => (err === undefined ? resolve(reply!) : reject(err))));
  }

  /** `call` with a callback, called once: the coordinator's path (no promise per call). */
  send(hostId: string, verb: CallableVerb, payload: Uint8Array, timeoutMs: number, done: ReplyCallback): void {
    this.stats.calls++;
    let byTimeout = this.queues.get(hostId);
    if (byTimeout === undefined) this.queues.set(hostId, (byTimeout = new Map()));
    let queue = byTimeout.get(timeoutMs);
    if (queue !== undefined && queue.bytes + payload.length > BATCH_BYTES_MAX) {
      // It would not fit: send what waits now, and start a new batch.
      byTimeout.delete(timeoutMs);
      this.dispatch(queue);
      queue = undefined;
    }
    if (queue === undefined) {
      queue = { hostId, timeoutMs, calls: [], bytes: 0 };
      byTimeout.set(timeoutMs, queue);
    }
    queue.calls.push({ verb, payload, done });
    queue.bytes += payload.length;
    if (queue.calls.length >= BATCH_ENTRIES_MAX || queue.bytes >= BATCH_BYTES_MAX) {
      byTimeout.delete(timeoutMs);
      this.dispatch(queue);
    } else if (!this.scheduled) {
      this.scheduled = true;
      if (this.coalescingWindowMs === 0) setImmediate(() => this.flush());
      else setTimeout(() => this.flush(), this.coalescingWindowMs);
    }
  }

  private flush(): void {
    this.scheduled = false;
    const queues: Queue[] = [];
    for (const byTimeout of this.queues.values()) {
      for (const q of byTimeout.values()) queues.push(q);
      byTimeout.clear(); // the per-node maps are kept: the same nodes are called again
    }
    for (const q of queues) this.dispatch(q);
  }

  private dispatch(q: Queue): void {
    this.stats.requests++;
    if (q.calls.length === 1) {
      const only = q.calls[0]!;
      this.mux.send(replicaSubject(this.cluster, q.hostId, only.verb), only.payload, q.timeoutMs, only.done);
      return;
    }
    const sentAt = Date.now();
    const subject = replicaSubject(this.cluster, q.hostId, 'batch');
    const payload = encode(replica.BatchRequest, { entries: q.calls.map((c) => ({ verb: c.verb, payload: c.payload })) });
    this.mux.send(subject, payload, q.timeoutMs, (err, bytes) => {
      if (err !== undefined) {
        for (const c of q.calls) c.done(err, undefined);
        return;
      }
      let response: ReturnType<typeof replica.BatchResponse.decode>;
      try {
        response = replica.BatchResponse.decode(bytes!);
      } catch (e) {
        const failure = new RpcConnectionError(subject, `undecodable batch reply: ${(e as Error).message}`);
        for (const c of q.calls) c.done(failure, undefined);
        return;
      }
      if (response.error) {
        const refused = new ReplicaRefusedError(response.error.code ?? '', response.error.message ?? '');
        for (const c of q.calls) c.done(refused, undefined);
        return;
      }
      const replies = response.replies ?? [];
      const resend = response.resend !== undefined && response.resend !== null && response.resend.length > 0 ? new Set(response.resend) : undefined;
      for (let i = 0; i < q.calls.length; i++) {
        const c = q.calls[i]!;
        const reply = replies[i];
        if (resend?.has(i) === true) {
          // Its reply did not fit in the batch's: ask again alone, within what is left.
          const left = Math.max(1, sentAt + q.timeoutMs - Date.now());
          this.stats.requests++;
          this.mux.send(replicaSubject(this.cluster, q.hostId, c.verb), c.payload, left, c.done);
        } else if (reply === undefined) {
          c.done(new RpcConnectionError(subject, `batch reply has ${replies.length} entries, expected ${q.calls.length}`), undefined);
        } else c.done(undefined, reply);
      }
    });
  }
}
