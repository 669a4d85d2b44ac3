// Opens the NATS connection every Cassia process uses.
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';

/** How long to keep trying the first connection before giving up. */
export const CONNECT_TIMEOUT_MS = 10_000;
/** Pause between reconnect attempts after the connection drops. */
export const RECONNECT_WAIT_MS = 250;

export interface ConnectOptions {
  /** One URL or a comma-separated list, e.g. "nats://127.0.0.1:4222". */
  servers: string;
  /** Shown in the server's connection list (`nats-server` /connz). */
  name: string;
}

/** Connects, retrying while the server comes up, then reconnects forever on loss. */
export async function connectNats(options: ConnectOptions): Promise<NatsConnection> {
  const servers = options.servers
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (servers.length === 0) throw new RangeError('no NATS server URL given');
  return connect({
    servers,
    name: options.name,
    timeout: CONNECT_TIMEOUT_MS,
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: RECONNECT_WAIT_MS,
    // A request's error would otherwise capture a stack trace when the request is made,
    // every request: a measurable share of a coordinator's CPU. Errors still carry their
    // own stack from where they are raised.
    noAsyncTraces: true,
  });
}
