// The gateway's CQL native protocol v4 listener (node:net): one NativeConnection per client,
// a prepared-statement cache shared by all of them, and EVENT fan-out to the connections
// that REGISTERed for each type. See apps/gateway/doc/native_protocol.md for what is supported.
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from '@cassia/telemetry';
import { FrameBytesBudget, NativeConnection, type NativeStatements } from './connection.js';
import type { NativeMetrics } from './metrics.js';
import { PreparedCache, PREPARED_STATEMENTS_MAX } from './prepared-cache.js';
import { encodeEvent, type NativeEvent } from './responses.js';

/** Cassandra's native_transport_port. */
export const DEFAULT_NATIVE_PORT = 9042;
/** Client connections a gateway accepts at once (Cassandra's native_transport_max_concurrent_connections is unbounded by default; ours is not). */
export const NATIVE_CONNECTIONS_MAX = 4_096;
/** How long stop() waits for connections to finish writing before destroying them. */
export const NATIVE_CLOSE_GRACE_MS = 2_000;

export interface NativeServerOptions {
  readonly statements: NativeStatements;
  readonly metrics: NativeMetrics;
  readonly log: Logger;
  readonly preparedStatementsMax?: number;
  readonly connectionsMax?: number;
  readonly requestsInFlightMax?: number;
  readonly frameBodyBytesMax?: number;
  readonly halfOpenGraceMs?: number;
  /** Bytes of incomplete frames all connections may hold (NATIVE_PENDING_FRAME_BYTES_MAX). */
  readonly pendingFrameBytesMax?: number;
}

export class NativeServer {
  readonly prepared: PreparedCache;
  private readonly server: Server;
  private readonly connections = new Map<Socket, NativeConnection>();
  private readonly connectionsMax: number;
  private readonly pendingBudget: FrameBytesBudget;

  constructor(private readonly options: NativeServerOptions) {
    this.prepared = new PreparedCache(options.preparedStatementsMax ?? PREPARED_STATEMENTS_MAX);
    this.connectionsMax = options.connectionsMax ?? NATIVE_CONNECTIONS_MAX;
    this.pendingBudget = new FrameBytesBudget(options.pendingFrameBytesMax);
    this.server = createServer((socket) => this.onConnection(socket));
    this.server.on('error', (err) => options.log.error({ err }, 'native protocol listener error'));
  }

  /** Listens on host:port (port 0: any free port); resolves with the port bound. */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.server.once('error', onError);
      this.server.listen({ port, host }, () => {
        this.server.off('error', onError);
        const address = this.server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : port);
      });
    });
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Bytes of incomplete frames the connections hold now. */
  get pendingFrameBytes(): number {
    return this.pendingBudget.used;
  }

  /** Sends `event` to every connection registered for its type; returns how many got it. */
  broadcast(event: NativeEvent): number {
    let sent = 0;
    const body = encodeEvent(event);
    for (const c of this.connections.values()) if (c.pushEvent(event.type, body)) sent++;
    if (sent > 0) this.options.metrics.events.inc({ type: event.type }, sent);
    if (event.type === 'SCHEMA_CHANGE' && event.change !== 'CREATED') {
      // Statements prepared against the old schema must be prepared again (drivers do on UNPREPARED).
      this.prepared.evict(event.keyspace, event.target === 'TABLE' ? event.name : undefined);
    }
    return sent;
  }

  /** Stops accepting, ends every connection (destroying those still open after the grace period). */
  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const c of this.connections.values()) c.close();
    const grace = setTimeout(() => {
      for (const socket of this.connections.keys()) socket.destroy();
    }, NATIVE_CLOSE_GRACE_MS);
    try {
      await closed;
    } finally {
      clearTimeout(grace);
    }
  }

  private onConnection(socket: Socket): void {
    const { metrics, log } = this.options;
    if (this.connections.size >= this.connectionsMax) {
      log.warn({ remote: socket.remoteAddress, connections: this.connections.size }, 'refusing a native connection: too many open');
      socket.destroy();
      return;
    }
    const connection = new NativeConnection(socket, {
      statements: this.options.statements,
      prepared: this.prepared,
      metrics,
      log,
      pendingBudget: this.pendingBudget,
      ...(this.options.requestsInFlightMax === undefined ? {} : { requestsInFlightMax: this.options.requestsInFlightMax }),
      ...(this.options.frameBodyBytesMax === undefined ? {} : { frameBodyBytesMax: this.options.frameBodyBytesMax }),
      ...(this.options.halfOpenGraceMs === undefined ? {} : { halfOpenGraceMs: this.options.halfOpenGraceMs }),
    });
    this.connections.set(socket, connection);
    metrics.connections.set(this.connections.size);
    socket.once('close', () => {
      this.connections.delete(socket);
      metrics.connections.set(this.connections.size);
    });
  }
}
