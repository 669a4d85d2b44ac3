// The replica verbs a node serves over NATS request/reply:
//   mutate  apply mutations durably (commit log synced) and acknowledge;
//   read    one partition's rows in a clustering slice, tombstones included.
// A request never takes the process down: bad input or a failing engine answers a
// ReplicaError (code + message) that the coordinator reports.
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { InvalidMutationError, MutationTooLargeError, TableDroppedError, type StorageEngine, type ClusteringSlice } from '@cassia/lsm';
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
      const partition = await o.engine.read(tableId, toBigInt(request.token), request.partitionKey ?? new Uint8Array(0), slice, {
        reversed: request.reversed ?? false,
        ...(request.limitRows ? { limitRows: request.limitRows } : {}),
      });
      return encode(replica.ReadResponse, partition === undefined ? {} : { partition: partitionToMessage(partition) });
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
