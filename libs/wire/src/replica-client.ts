// The coordinator's side of the replica verbs, coalescing what goes to the same node.
//
// A NATS request/reply costs about 200 µs and one process tops out near 50k of them per
// second, so sending one per replica per operation would make NATS the bottleneck. Calls to
// the same node with the same deadline made in the same turn of the event loop are queued
// and sent together at the end of it (setImmediate) as one "batch" request; a lone call is
// sent as its own verb. Under light load nothing waits; under heavy load one round trip
// carries up to BATCH_ENTRIES_MAX calls and BATCH_BYTES_MAX bytes (a larger payload goes
// alone). Replies that do not fit in the batch reply come back listed in `resend` and are
// asked again, alone.
//
// Contract: `call` resolves with the reply payload of the verb (the same bytes a direct
// request would get) or rejects with RpcTimeoutError (no reply within timeoutMs),
// RpcNoRespondersError (nothing serves the node's subjects: it is gone),
// RpcConnectionError, or ReplicaRefusedError (the node refused the whole batch).
import type { NatsConnection } from '@nats-io/nats-core';
import { RpcConnectionError } from './errors.js';
import { encode, replica } from './messages.js';
import { RequestMux } from './request-mux.js';
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
  resolve: (reply: Uint8Array) => void;
  reject: (err: unknown) => void;
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

export class ReplicaClient {
  private readonly queues = new Map<string, Queue>();
  private scheduled = false;
  private readonly mux: RequestMux;
  readonly stats: ReplicaClientStats = { requests: 0, calls: 0 };

  constructor(
    private readonly nc: NatsConnection,
    private readonly cluster: string,
  ) {
    this.mux = new RequestMux(nc);
  }

  /** The NATS server's max_payload in bytes, once connected (the largest message it takes). */
  maxPayloadBytes(): number | undefined {
    return this.nc.info?.max_payload;
  }

  call(hostId: string, verb: CallableVerb, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    this.stats.calls++;
    return new Promise((resolve, reject) => {
      const key = `${hostId} ${timeoutMs}`;
      let queue = this.queues.get(key);
      if (queue !== undefined && queue.bytes + payload.length > BATCH_BYTES_MAX) {
        // It would not fit: send what waits now, and start a new batch.
        this.queues.delete(key);
        this.send(queue);
        queue = undefined;
      }
      if (queue === undefined) {
        queue = { hostId, timeoutMs, calls: [], bytes: 0 };
        this.queues.set(key, queue);
      }
      queue.calls.push({ verb, payload, resolve, reject });
      queue.bytes += payload.length;
      if (queue.calls.length >= BATCH_ENTRIES_MAX || queue.bytes >= BATCH_BYTES_MAX) {
        this.queues.delete(key);
        this.send(queue);
      } else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const queues = [...this.queues.values()];
    this.queues.clear();
    for (const q of queues) this.send(q);
  }

  private send(q: Queue): void {
    this.stats.requests++;
    if (q.calls.length === 1) {
      const only = q.calls[0]!;
      this.mux.request(replicaSubject(this.cluster, q.hostId, only.verb), only.payload, q.timeoutMs).then(only.resolve, only.reject);
      return;
    }
    const sentAt = Date.now();
    const payload = encode(replica.BatchRequest, { entries: q.calls.map((c) => ({ verb: c.verb, payload: c.payload })) });
    this.mux.request(replicaSubject(this.cluster, q.hostId, 'batch'), payload, q.timeoutMs).then(
      (bytes) => {
        let response: ReturnType<typeof replica.BatchResponse.decode>;
        try {
          response = replica.BatchResponse.decode(bytes);
        } catch (err) {
          const e = new RpcConnectionError(replicaSubject(this.cluster, q.hostId, 'batch'), `undecodable batch reply: ${(err as Error).message}`);
          for (const c of q.calls) c.reject(e);
          return;
        }
        if (response.error) {
          const e = new ReplicaRefusedError(response.error.code ?? '', response.error.message ?? '');
          for (const c of q.calls) c.reject(e);
          return;
        }
        const replies = response.replies ?? [];
        const resend = new Set(response.resend ?? []);
        q.calls.forEach((c, i) => {
          const reply = replies[i];
          if (resend.has(i)) {
            // Its reply did not fit in the batch's: ask again alone, within what is left.
            const left = Math.max(1, sentAt + q.timeoutMs - Date.now());
            this.stats.requests++;
            this.mux.request(replicaSubject(this.cluster, q.hostId, c.verb), c.payload, left).then(c.resolve, c.reject);
          } else if (reply === undefined) {
            c.reject(new RpcConnectionError(replicaSubject(this.cluster, q.hostId, 'batch'), `batch reply has ${replies.length} entries, expected ${q.calls.length}`));
          } else c.resolve(reply);
        });
      },
      (err: unknown) => {
        for (const c of q.calls) c.reject(err);
      },
    );
  }
}
