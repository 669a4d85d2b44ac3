// Request/reply over one inbox subscription, for the coordinator's replica traffic.
//
// nats.js's `request()` already shares one inbox subscription, but it builds a request object,
// a deferred, a timer wrapper and — when the request is settled — a RequestError with a fresh
// stack trace that nobody sees (its cancel() runs after every reply): several microseconds per
// reply at tens of thousands of replies a second. Here a request is one map entry, one timer
// and one promise.
//
// Contract: `request` publishes `payload` on `subject` with reply subject `<inbox>.<id>` and
// resolves with the first reply's bytes. It rejects with RpcTimeoutError after `timeoutMs`,
// RpcNoRespondersError when the server answers 503 (nothing subscribes to the subject: the
// connection asks for no-responders statuses, as nats.js does by default), and
// RpcConnectionError when the publish fails or the connection closes. Later replies for the
// same id are dropped.
import { createInbox, type Msg, type NatsConnection } from '@nats-io/nats-core';
import { RpcConnectionError, RpcNoRespondersError, RpcTimeoutError } from './errors.js';

/** Status code nats-server sends to a request's reply subject when the subject has no subscriber. */
const NO_RESPONDERS_STATUS = 503;

interface Pending {
  readonly subject: string;
  readonly timeoutMs: number;
  readonly resolve: (reply: Uint8Array) => void;
  readonly reject: (err: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class RequestMux {
  private readonly inbox: string;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closedError: Error | undefined;

  constructor(private readonly nc: NatsConnection) {
    this.inbox = `${createInbox()}.`;
    nc.subscribe(`${this.inbox}*`, { callback: (err, msg) => (err === null ? this.reply(msg) : this.failAll(err)) });
    void nc.closed().then(() => this.failAll(new Error('connection closed')));
  }

  /** Requests in flight (awaiting a reply). */
  get inFlight(): number {
    return this.pending.size;
  }

  request(subject: string, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (!(timeoutMs > 0)) return Promise.reject(new RangeError(`timeoutMs must be positive, got ${timeoutMs}`));
    if (this.closedError !== undefined) return Promise.reject(new RpcConnectionError(subject, this.closedError.message, { cause: this.closedError }));
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) reject(new RpcTimeoutError(subject, timeoutMs));
      }, timeoutMs);
      this.pending.set(id, { subject, timeoutMs, resolve, reject, timer });
      try {
        this.nc.publish(subject, payload, { reply: `${this.inbox}${id}` });
      } catch (err) {
        this.settle(id)?.reject(new RpcConnectionError(subject, err instanceof Error ? err.message : String(err), { cause: err }));
      }
    });
  }

  private reply(msg: Msg): void {
    const id = Number(msg.subject.slice(this.inbox.length));
    const p = this.settle(id);
    if (p === undefined) return; // timed out already, or a duplicate
    if (msg.data.length === 0 && msg.headers?.code === NO_RESPONDERS_STATUS) p.reject(new RpcNoRespondersError(p.subject));
    else p.resolve(msg.data);
  }

  /** Removes a pending request and stops its timer; undefined when it is not pending. */
  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (p === undefined) return undefined;
    this.pending.delete(id);
    clearTimeout(p.timer);
    return p;
  }

  private failAll(err: Error): void {
    this.closedError ??= err;
    for (const id of [...this.pending.keys()]) {
      const p = this.settle(id)!;
      p.reject(new RpcConnectionError(p.subject, err.message, { cause: err }));
    }
  }
}
