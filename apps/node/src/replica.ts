// The replica verbs a node serves over NATS request/reply:
//   mutate  apply mutations durably (commit log synced) and acknowledge;
//   read    one partition's rows in a clustering slice, tombstones included.
// A request never takes the process down: bad input or a failing engine answers a
// ReplicaError (code + message) that the coordinator reports.
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import {
  InvalidMutationError,
  MutationTooLargeError,
  TableDroppedError,
  liveRows,
  type ClusteringSlice,
  type PartitionData,
  type StorageEngine,
} from '@cassia/lsm';
import {
  DEFAULT_MAX_IN_FLIGHT,
  encode,
  mutationFromMessage,
  partitionToMessage,
  replica,
  replicaSubject,
  ReplicaErrorCode,
  serve,
  toBigInt,
  type ReplicaVerb,
} from '@cassia/wire';
import type { Logger } from '@cassia/telemetry';
import type { NodeMetrics } from './metrics.js';

export class ReplicaRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const VERB_RESPONSE = {
  mutate: (code: string, message: string) => encode(replica.MutateResponse, { error: { code, message } }),
  read: (code: string, message: string) => encode(replica.ReadResponse, { error: { code, message } }),
} satisfies Record<ReplicaVerb, (code: string, message: string) => Uint8Array>;

export interface ReplicaServiceOptions {
  nc: NatsConnection;
  cluster: string;
  hostId: string;
  engine: StorageEngine;
  /** Whether a table id is known; unknown ones are refused (e.g. dropped tables). */
  hasTable: (tableId: string) => Promise<boolean>;
  log: Logger;
  metrics: NodeMetrics;
  /** Largest reply NATS carries (the server's max_payload), less room for headers. */
  replyBytesMax: () => number;
}

export function serveReplicaVerbs(o: ReplicaServiceOptions): Subscription[] {
  const handlers: Record<ReplicaVerb, (data: Uint8Array) => Promise<Uint8Array>> = {
    mutate: async (data) => {
      const request = decode(() => replica.MutateRequest.decode(data));
      const mutations = request.mutations.map(mutationFromMessage);
      for (const m of mutations) await requireTable(o, m.tableId);
      await o.engine.applyBatch(mutations);
      o.metrics.mutationsApplied.inc(mutations.length);
      return encode(replica.MutateResponse, {});
    },
    read: async (data) => {
      const request = decode(() => replica.ReadRequest.decode(data));
      const tableId = request.tableId ?? '';
      await requireTable(o, tableId);
      const s = request.slice;
      const slice: ClusteringSlice = {
        ...(s?.start === null || s?.start === undefined ? {} : { start: s.start }),
        startInclusive: s?.startInclusive ?? true,
        ...(s?.end === null || s?.end === undefined ? {} : { end: s.end }),
        endInclusive: s?.endInclusive ?? true,
      };
      const reversed = request.reversed ?? false;
      const limitRows = request.limitRows ?? 0;
      const partition = await o.engine.read(tableId, toBigInt(request.token), request.partitionKey ?? new Uint8Array(0), slice, {
        reversed,
        ...(limitRows > 0 ? { limitRows } : {}),
      });
      if (partition === undefined) return encode(replica.ReadResponse, {});
      const budget = Math.min(request.limitBytes || Number.MAX_SAFE_INTEGER, o.replyBytesMax());
      return encodeReadReply(partition, { reversed, limitRows, budget, nowSeconds: Math.floor(Date.now() / 1000) });
    },
  };

  return (Object.keys(handlers) as ReplicaVerb[]).map((verb) =>
    serve(
      o.nc,
      replicaSubject(o.cluster, o.hostId, verb),
      async (data) => {
        const end = o.metrics.replicaLatency.startTimer({ verb });
        try {
          const reply = await handlers[verb](data);
          o.metrics.replicaRequests.inc({ verb, outcome: 'ok' });
          return reply;
        } finally {
          end();
        }
      },
      {
        maxInFlight: DEFAULT_MAX_IN_FLIGHT,
        overloaded: () => {
          o.metrics.replicaRequests.inc({ verb, outcome: 'overloaded' });
          return VERB_RESPONSE[verb](ReplicaErrorCode.Overloaded, `more than ${DEFAULT_MAX_IN_FLIGHT} requests in flight`);
        },
        failed: (err) => {
          o.metrics.replicaRequests.inc({ verb, outcome: 'error' });
          if (err instanceof ReplicaRequestError) return VERB_RESPONSE[verb](err.code, err.message);
          if (err instanceof InvalidMutationError || err instanceof MutationTooLargeError) {
            return VERB_RESPONSE[verb](ReplicaErrorCode.BadRequest, err.message);
          }
          if (err instanceof TableDroppedError) return VERB_RESPONSE[verb](ReplicaErrorCode.UnknownTable, err.message);
          o.log.error({ err, verb }, 'replica verb failed');
          return VERB_RESPONSE[verb](ReplicaErrorCode.Storage, err instanceof Error ? err.message : String(err));
        },
      },
    ),
  );
}

/**
 * The read reply, cut to `budget` bytes: rows are dropped from the far end of the scan
 * (the end of the slice, or its start when reversed) until it fits, and `more` tells the
 * coordinator that rows may follow the last one returned. Also `more` when the engine
 * stopped at `limitRows` live rows.
 */
export function encodeReadReply(
  partition: PartitionData,
  o: { reversed: boolean; limitRows: number; budget: number; nowSeconds: number },
): Uint8Array {
  let more = o.limitRows > 0 && liveRows(partition, o.nowSeconds).length >= o.limitRows;
  let rows = partition.rows;
  for (;;) {
    const bytes = encode(replica.ReadResponse, { partition: partitionToMessage({ ...partition, rows }), more });
    if (bytes.length <= o.budget) return bytes;
    if (rows.length <= 1) {
      throw new ReplicaRequestError(ReplicaErrorCode.BadRequest, `a single row is larger than the reply limit of ${o.budget} bytes`);
    }
    // Halve until it fits: few encodes even for large partitions.
    const keep = Math.max(1, Math.floor(rows.length / 2));
    rows = o.reversed ? rows.slice(rows.length - keep) : rows.slice(0, keep);
    more = true;
  }
}

function decode<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw new ReplicaRequestError(ReplicaErrorCode.BadRequest, `undecodable request: ${(err as Error).message}`);
  }
}

async function requireTable(o: ReplicaServiceOptions, tableId: string): Promise<void> {
  if (!(await o.hasTable(tableId))) {
    throw new ReplicaRequestError(ReplicaErrorCode.UnknownTable, `unknown table id ${tableId}`);
  }
}
