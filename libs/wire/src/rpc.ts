// NATS request/reply with an explicit deadline on every call, and a bounded server side.
import { errors, type Msg, type NatsConnection, type Subscription } from '@nats-io/nats-core';
import { RpcConnectionError, RpcNoRespondersError, RpcTimeoutError } from './errors.js';

/**
 * Sends `payload` on `subject` and resolves with the reply's bytes.
 * Rejects with RpcTimeoutError after `timeoutMs`, RpcNoRespondersError at once when
 * nothing subscribes to the subject, RpcConnectionError on any other failure.
 */
export async function request(
  nc: NatsConnection,
  subject: string,
  payload: Uint8Array,
  timeoutMs: number,
): Promise<Uint8Array> {
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
  try {
    const msg = await nc.request(subject, payload, { timeout: timeoutMs });
    return msg.data;
  } catch (err) {
    throw classifyRequestError(err, subject, timeoutMs);
  }
}

function classifyRequestError(err: unknown, subject: string, timeoutMs: number): Error {
  if (err instanceof errors.TimeoutError) return new RpcTimeoutError(subject, timeoutMs, { cause: err });
  if (err instanceof errors.NoRespondersError) return new RpcNoRespondersError(subject, { cause: err });
  if (err instanceof errors.RequestError) {
    if (err.isNoResponders()) return new RpcNoRespondersError(subject, { cause: err });
    if (err.cause instanceof errors.TimeoutError) return new RpcTimeoutError(subject, timeoutMs, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new RpcConnectionError(subject, message, { cause: err });
}

export interface ServeOptions {
  /** Requests handled at once; further ones are answered by `overloaded()` at once. */
  maxInFlight: number;
  /** Optional queue group, so several subscribers share the load. */
  queue?: string;
  /** The reply sent when `maxInFlight` requests are already running. */
  overloaded: () => Uint8Array;
  /** The reply sent when the handler throws; it must not throw itself. */
  failed: (err: unknown) => Uint8Array;
}

export const DEFAULT_MAX_IN_FLIGHT = 4096;

/**
 * Serves request/reply on `subject`: each request's data goes to `handler`, whose bytes
 * are the reply. A throwing handler never takes the process down: it answers `failed(err)`.
 * Requests without a reply subject are ignored.
 */
export function serve(
  nc: NatsConnection,
  subject: string,
  handler: (data: Uint8Array) => Promise<Uint8Array>,
  options: ServeOptions,
): Subscription {
  let inFlight = 0;
  // Replies finished in one turn of the event loop go out together at its end (setImmediate):
  // nats.js writes to the socket once per microtask checkpoint that published, so replies
  // resolving in separate promise chains would each cost a write(2).
  let replies: { msg: Msg; reply: Uint8Array }[] = [];
  const sendReplies = (): void => {
    const batch = replies;
    replies = [];
    for (const { msg, reply } of batch) respondOrFail(msg, reply, options);
  };
  const respond = (msg: Msg, reply: Uint8Array): void => {
    if (replies.push({ msg, reply }) === 1) setImmediate(sendReplies);
  };
  return nc.subscribe(subject, {
    ...(options.queue === undefined ? {} : { queue: options.queue }),
    callback: (err, msg) => {
      if (err !== null || msg.reply === undefined || msg.reply === '') return;
      if (inFlight >= options.maxInFlight) {
        msg.respond(options.overloaded());
        return;
      }
      inFlight++;
      handler(msg.data).then(
        (reply) => {
          inFlight--;
          respond(msg, reply);
        },
        (error: unknown) => {
          inFlight--;
          respond(msg, options.failed(error));
        },
      );
    },
  });
}

function respondOrFail(msg: Msg, reply: Uint8Array, options: ServeOptions): void {
  try {
    msg.respond(reply);
  } catch (err) {
    // E.g. a reply larger than the server's max_payload: answer the failure instead.
    // If even that cannot be sent (connection closed), the requester times out.
    try {
      msg.respond(options.failed(err));
    } catch {
      // nothing more to do
    }
  }
}
