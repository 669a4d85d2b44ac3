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

/**
 * How a request ends: `err` set (and no reply), or the reply's bytes. Called exactly once. It
 * must not throw: it runs inside NATS's message callback, and a batch's callbacks run one after
 * another (one that threw would leave the rest unanswered).
 */
export type ReplyCallback = (err: Error | undefined, reply: Uint8Array | undefined) => void;

interface Pending {
  readonly subject: string;
  readonly done: ReplyCallback;
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
    return new Promise<Uint8Array>((resolve, reject) => this.send(subject, payload, timeoutMs, (err, reply) => (err === undefined ? resolve(reply!) : reject(err))));
  }

  /**
   * `request` without a promise: `done` is called once, with the same outcomes (possibly before
   * `send` returns, when the request cannot be sent). For callers that make many requests a
   * second and have their own completion to drive.
   */
  send(subject: string, payload: Uint8Array, timeoutMs: number, done: ReplyCallback): void {
    if (!(timeoutMs > 0)) return done(new RangeError(`timeoutMs must be positive, got ${timeoutMs}`), undefined);
    if (this.closedError !== undefined) return done(new RpcConnectionError(subject, this.closedError.message, { cause: this.closedError }), undefined);
    const id = this.nextId++;
    const timer = setTimeout(() => {
      if (this.pending.delete(id)) done(new RpcTimeoutError(subject, timeoutMs), undefined);
    }, timeoutMs);
    this.pending.set(id, { subject, done, timer });
    try {
      this.nc.publish(subject, payload, { reply: `${this.inbox}${id}` });
    } catch (err) {
      this.settle(id)?.done(new RpcConnectionError(subject, err instanceof Error ? err.message : String(err), { cause: err }), undefined);
    }
  }

  private reply(msg: Msg): void {
    const id = Number(msg.subject.slice(this.inbox.length));
    const p = this.settle(id);
    if (p === undefined) return; // timed out already, or a duplicate
    if (msg.data.length === 0 && msg.headers?.code === NO_RESPONDERS_STATUS) p.done(new RpcNoRespondersError(p.subject), undefined);
    else p.done(undefined, msg.data);
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
      p.done(new RpcConnectionError(p.subject, err.message, { cause: err }), undefined);
    }
  }
}
