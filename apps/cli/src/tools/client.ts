// The tools' connection to a cluster: NATS, one read of the cluster metadata (without
// creating anything: a wrong --cluster is an error, not a new empty bucket), and the admin
// verb of each node, with a deadline on every call. A node that does not answer is a
// failure value (down, timed out, refused), never an exception and never a hang.
import { Kvm } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { decodeMetadata, emptyMetadata, METADATA_KEY } from '@cassia/cluster';
import {
  AdminRefusedError,
  metadataBucket,
  requestAdmin,
  RpcNoRespondersError,
  RpcTimeoutError,
  type AdminOp,
  type AdminResults,
} from '@cassia/wire';
import { ClusterView } from './cluster-view.js';
import { ClusterUnreachableError, NoSuchClusterError, UsageError } from './errors.js';

/** How long to try reaching NATS before giving up. */
export const TOOL_CONNECT_TIMEOUT_MS = 5_000;
/** Deadline of the metadata read. */
export const METADATA_READ_TIMEOUT_MS = 5_000;
/** Nodes asked at once. */
export const NODE_REQUESTS_IN_FLIGHT_MAX = 32;

export interface ConnectionOptions {
  /** NATS server URL(s), comma-separated. */
  nats: string;
  cluster: string;
}

/** Why a node gave no result: not running, no answer in time, refused, or another failure. */
export type NodeFailureKind = 'down' | 'timeout' | 'refused' | 'error';

export interface NodeFailure {
  kind: NodeFailureKind;
  message: string;
}

export type NodeAnswer<T> = { ok: true; value: T; ms: number } | { ok: false; failure: NodeFailure };

export class ClusterClient {
  private constructor(
    private readonly nc: NatsConnection,
    readonly options: ConnectionOptions,
    readonly view: ClusterView,
  ) {}

  /** Connects and reads the metadata: ClusterUnreachableError or NoSuchClusterError on failure. */
  static async open(options: ConnectionOptions): Promise<ClusterClient> {
    if (!/^[A-Za-z0-9_-]+$/.test(options.cluster)) {
      throw new UsageError(`cluster name '${options.cluster}' may contain only letters, digits, '_' and '-'`);
    }
    const servers = options.nats
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (servers.length === 0) throw new ClusterUnreachableError('no NATS server URL given (--nats)');
    let nc: NatsConnection;
    try {
      nc = await connect({ servers, name: 'cassia-tools', timeout: TOOL_CONNECT_TIMEOUT_MS, maxReconnectAttempts: 0 });
    } catch (err) {
      throw new ClusterUnreachableError(`cannot reach NATS at ${options.nats}: ${messageOf(err)}`, { cause: err });
    }
    try {
      const view = await readView(nc, options);
      return new ClusterClient(nc, options, view);
    } catch (err) {
      await nc.close().catch(() => undefined);
      throw err;
    }
  }

  /** Asks node `hostId` for one admin operation; never throws. */
  async ask<K extends AdminOp>(hostId: string, op: K, timeoutMs: number, tableIds: readonly string[] = []): Promise<NodeAnswer<AdminResults[K]>> {
    const started = Date.now();
    try {
      const value = await requestAdmin(this.nc, this.options.cluster, hostId, op, timeoutMs, tableIds);
      return { ok: true, value, ms: Date.now() - started };
    } catch (err) {
      return { ok: false, failure: nodeFailure(err, timeoutMs) };
    }
  }

  /** Asks every node in `hostIds` (at most NODE_REQUESTS_IN_FLIGHT_MAX at once), answers by host id. */
  async askAll<K extends AdminOp>(hostIds: readonly string[], op: K, timeoutMs: number): Promise<Map<string, NodeAnswer<AdminResults[K]>>> {
    const answers = await mapBounded(hostIds, NODE_REQUESTS_IN_FLIGHT_MAX, (h) => this.ask(h, op, timeoutMs));
    return new Map(hostIds.map((h, i) => [h, answers[i]!]));
  }

  async close(): Promise<void> {
    await this.nc.close().catch(() => undefined);
  }
}

async function readView(nc: NatsConnection, options: ConnectionOptions): Promise<ClusterView> {
  const bucket = metadataBucket(options.cluster);
  try {
    const kv = await new Kvm(nc).open(bucket, { bindOnly: true, timeout: METADATA_READ_TIMEOUT_MS });
    await kv.status(); // fails when the bucket does not exist
    const entry = await kv.get(METADATA_KEY);
    const epoch = entry?.revision ?? 0;
    const doc = entry === null || entry.operation !== 'PUT' || entry.length === 0 ? emptyMetadata() : decodeMetadata(entry.value);
    return new ClusterView(options.cluster, epoch, doc);
  } catch (err) {
    if (/stream not found|bucket not found/i.test(messageOf(err))) throw new NoSuchClusterError(options.cluster, options.nats);
    throw new ClusterUnreachableError(`cannot read the metadata of cluster '${options.cluster}' (bucket ${bucket}): ${messageOf(err)}`, { cause: err });
  }
}

export function nodeFailure(err: unknown, timeoutMs: number): NodeFailure {
  if (err instanceof RpcNoRespondersError) return { kind: 'down', message: 'not running (no responders)' };
  if (err instanceof RpcTimeoutError) return { kind: 'timeout', message: `no answer within ${timeoutMs} ms` };
  if (err instanceof AdminRefusedError) return { kind: 'refused', message: `${err.code}: ${err.message}` };
  return { kind: 'error', message: messageOf(err) };
}

/** Runs `f` over `items` with at most `limit` calls pending; results in item order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
