// The replica verbs a node serves over NATS request/reply:
//   mutate  apply mutations durably (commit log synced) and acknowledge;
//   read    one partition's rows in a clustering slice, tombstones included, or only the
//           MD5 digest of that answer (a digest read);
//   range   the partitions of a token range in partition order, a bounded reply at a time
//           (range-scan.ts);
//   hint    store mutations durably for another replica that could not take them;
//   batch   several of the above in one message (coordinators coalesce per node).
// A request never takes the process down: bad input or a failing engine answers a
// ReplicaError (code + message) that the coordinator reports.
import { createHash } from 'node:crypto';
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
  decodeMutateRequest,
  encodeReadResponse,
  replica,
  replicaSubject,
  ReplicaErrorCode,
  serve,
  toBigInt,
  type ReplicaVerb,
  type SliceMessage,
} from '@cassia/wire';
import type { Logger } from '@cassia/telemetry';
import type { NodeMetrics } from './metrics.js';
import { RangeScanError, scanRange } from './range-scan.js';

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
  range: (code: string, message: string) => encode(replica.RangeReadResponse, { error: { code, message } }),
  hint: (code: string, message: string) => encode(replica.StoreHintResponse, { error: { code, message } }),
  batch: (code: string, message: string) => encode(replica.BatchResponse, { error: { code, message } }),
} satisfies Record<ReplicaVerb, (code: string, message: string) => Uint8Array>;

/** Where a node keeps hints for other replicas (apps/node/src/hints). */
export interface HintSink {
  /** Stores the encoded MutateRequest for `targetHostId`, durably, before resolving. */
  store(targetHostId: string, createdAtMs: number, mutateRequest: Uint8Array): Promise<void>;
}

/** The digest of a read reply: MD5 of its bytes, as Cassandra's digest reads use. */
export function readDigest(reply: Uint8Array): Uint8Array {
  return createHash('md5').update(reply).digest();
}

export interface ReplicaServiceOptions {
  nc: NatsConnection;
  cluster: string;
  hostId: string;
  engine: StorageEngine;
  /** Whether a table id is known (a promise when that takes a metadata read); unknown ones are refused (e.g. dropped tables). */
  hasTable: (tableId: string) => boolean | Promise<boolean>;
  log: Logger;
  metrics: NodeMetrics;
  /** Largest reply NATS carries (the server's max_payload), less room for headers. */
  replyBytesMax: () => number;
  /** Hint storage; absent: the hint verb answers Storage errors. */
  hints?: HintSink;
}

export function serveReplicaVerbs(o: ReplicaServiceOptions): Subscription[] {
  const handlers: Record<Exclude<ReplicaVerb, 'batch'>, (data: Uint8Array) => Promise<Uint8Array>> = {
    mutate: async (data) => {
      const mutations = decode(() => decodeMutateRequest(data));
      for (const m of mutations) {
        const checking = requireTable(o, m.tableId);
        if (checking !== undefined) await checking;
      }
      await o.engine.applyBatch(mutations);
      o.metrics.mutationsApplied.inc(mutations.length);
      return encode(replica.MutateResponse, {});
    },
    read: async (data) => {
      const request = decode(() => replica.ReadRequest.decode(data));
      const tableId = request.tableId ?? '';
      const checking = requireTable(o, tableId);
      if (checking !== undefined) await checking;
      const slice = sliceFromMessage(request.slice);
      const reversed = request.reversed ?? false;
      const limitRows = request.limitRows ?? 0;
      const partition = await o.engine.read(tableId, toBigInt(request.token), request.partitionKey ?? new Uint8Array(0), slice, {
        reversed,
        ...(limitRows > 0 ? { limitRows } : {}),
      });
      const budget = Math.min(request.limitBytes || Number.MAX_SAFE_INTEGER, o.replyBytesMax());
      const reply =
        partition === undefined
          ? encode(replica.ReadResponse, {})
          : encodeReadReply(partition, { reversed, limitRows, budget, nowSeconds: Math.floor(Date.now() / 1000) });
      return request.digestOnly === true ? encode(replica.ReadResponse, { digest: readDigest(reply) }) : reply;
    },
    range: async (data) => {
      const request = decode(() => replica.RangeReadRequest.decode(data));
      const tableId = request.tableId ?? '';
      await requireTable(o, tableId);
      const after = request.after;
      return scanRange(o.engine, {
        tableId,
        startToken: toBigInt(request.startToken ?? 0),
        endToken: toBigInt(request.endToken ?? 0),
        ...(after === null || after === undefined
          ? {}
          : {
              after: {
                token: toBigInt(after.token ?? 0),
                partitionKey: after.partitionKey ?? new Uint8Array(0),
                ...(after.clustering === null || after.clustering === undefined ? {} : { clustering: after.clustering }),
              },
            }),
        slices: (request.slices ?? []).map(sliceFromMessage),
        limitRows: request.limitRows ?? 0,
        perPartitionLimitRows: request.perPartitionLimitRows ?? 0,
        budgetBytes: Math.min(request.limitBytes || Number.MAX_SAFE_INTEGER, o.replyBytesMax()),
        nowSeconds: Math.floor(Date.now() / 1000),
      });
    },
    hint: async (data) => {
      const request = decode(() => replica.StoreHintRequest.decode(data));
      const target = request.targetHostId ?? '';
      if (!/^[A-Za-z0-9_-]{1,128}$/.test(target)) throw new ReplicaRequestError(ReplicaErrorCode.BadRequest, `bad hint target host id "${target}"`);
      if (!request.mutate || (request.mutate.mutations ?? []).length === 0) {
        throw new ReplicaRequestError(ReplicaErrorCode.BadRequest, 'a hint carries at least one mutation');
      }
      if (o.hints === undefined) throw new ReplicaRequestError(ReplicaErrorCode.Storage, 'this node stores no hints');
      const createdAtMs = Number(toBigInt(request.createdAtMs ?? 0));
      await o.hints.store(target, createdAtMs > 0 ? createdAtMs : Date.now(), encode(replica.MutateRequest, request.mutate));
      return encode(replica.StoreHintResponse, {});
    },
  };

  // Labelled children bound once per verb: prom-client hashes a label object on every call.
  const latencyOf = new Map<string, ReturnType<typeof o.metrics.replicaLatency.labels>>();
  const okOf = new Map<string, ReturnType<typeof o.metrics.replicaRequests.labels>>();
  /** Runs one verb, answering its failure as that verb's error reply: never throws. */
  const run = async (verb: Exclude<ReplicaVerb, 'batch'>, data: Uint8Array): Promise<Uint8Array> => {
    let latency = latencyOf.get(verb);
    if (latency === undefined) latencyOf.set(verb, (latency = o.metrics.replicaLatency.labels({ verb })));
    const end = latency.startTimer();
    try {
      const reply = await handlers[verb](data);
      let ok = okOf.get(verb);
      if (ok === undefined) okOf.set(verb, (ok = o.metrics.replicaRequests.labels({ verb, outcome: 'ok' })));
      ok.inc();
      return reply;
    } catch (err) {
      return failure(verb, err);
    } finally {
      end();
    }
  };

  const failure = (verb: ReplicaVerb, err: unknown): Uint8Array => {
    o.metrics.replicaRequests.inc({ verb, outcome: 'error' });
    if (err instanceof ReplicaRequestError || err instanceof RangeScanError) return VERB_RESPONSE[verb](err.code, err.message);
    if (err instanceof InvalidMutationError || err instanceof MutationTooLargeError) {
      return VERB_RESPONSE[verb](ReplicaErrorCode.BadRequest, err.message);
    }
    if (err instanceof TableDroppedError) return VERB_RESPONSE[verb](ReplicaErrorCode.UnknownTable, err.message);
    o.log.error({ err, verb }, 'replica verb failed');
    return VERB_RESPONSE[verb](ReplicaErrorCode.Storage, err instanceof Error ? err.message : String(err));
  };

  const batch = async (data: Uint8Array): Promise<Uint8Array> => {
    const request = decode(() => replica.BatchRequest.decode(data));
    const entries = request.entries ?? [];
    for (const e of entries) {
      if (e.verb !== 'mutate' && e.verb !== 'read' && e.verb !== 'range' && e.verb !== 'hint') {
        throw new ReplicaRequestError(ReplicaErrorCode.BadRequest, `a batch may not carry verb "${e.verb ?? ''}"`);
      }
    }
    o.metrics.replicaBatchEntries.observe(entries.length);
    const replies = await Promise.all(entries.map((e) => run(e.verb as Exclude<ReplicaVerb, 'batch'>, e.payload ?? new Uint8Array(0))));
    return encodeBatchReply(replies, o.replyBytesMax());
  };

  const verbs: ReplicaVerb[] = ['mutate', 'read', 'range', 'hint', 'batch'];
  return verbs.map((verb) =>
    serve(o.nc, replicaSubject(o.cluster, o.hostId, verb), verb === 'batch' ? batch : (data) => run(verb, data), {
      maxInFlight: DEFAULT_MAX_IN_FLIGHT,
      overloaded: () => {
        o.metrics.replicaRequests.inc({ verb, outcome: 'overloaded' });
        return VERB_RESPONSE[verb](ReplicaErrorCode.Overloaded, `more than ${DEFAULT_MAX_IN_FLIGHT} requests in flight`);
      },
      failed: (err) => failure(verb, err),
    }),
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
  // Live rows are never more than rows: fewer rows than the limit cannot have reached it.
  let more = o.limitRows > 0 && partition.rows.length >= o.limitRows && liveRows(partition, o.nowSeconds).length >= o.limitRows;
  let rows = partition.rows;
  for (;;) {
    const bytes = encodeReadResponse(rows === partition.rows ? partition : { ...partition, rows }, more);
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

/** Bytes a batch reply adds per entry beyond the reply itself (field tag and length). */
const BATCH_ENTRY_OVERHEAD_BYTES = 8;

/**
 * The batch reply, under `budget` bytes: when the replies together are larger, the largest
 * are left out (empty) and listed in `resend`, so their requests are sent again alone.
 */
export function encodeBatchReply(replies: Uint8Array[], budget: number): Uint8Array {
  let total = 0;
  for (const r of replies) total += r.length + BATCH_ENTRY_OVERHEAD_BYTES;
  const resend: number[] = [];
  if (total > budget) {
    const bySize = replies.map((r, i) => i).sort((a, b) => replies[b]!.length - replies[a]!.length);
    for (const i of bySize) {
      if (total <= budget) break;
      total -= replies[i]!.length;
      replies[i] = new Uint8Array(0);
      resend.push(i);
    }
  }
  return encode(replica.BatchResponse, { replies, ...(resend.length > 0 ? { resend } : {}) });
}

/** A clustering slice from its message (absent: every row). */
function sliceFromMessage(s: SliceMessage | null | undefined): ClusteringSlice {
  return {
    ...(s?.start === null || s?.start === undefined ? {} : { start: s.start }),
    startInclusive: s?.startInclusive ?? true,
    ...(s?.end === null || s?.end === undefined ? {} : { end: s.end }),
    endInclusive: s?.endInclusive ?? true,
  };
}

function decode<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw new ReplicaRequestError(ReplicaErrorCode.BadRequest, `undecodable request: ${(err as Error).message}`);
  }
}

/** Throws UnknownTable unless `tableId` is known; a promise only when hasTable answers with one. */
function requireTable(o: ReplicaServiceOptions, tableId: string): Promise<void> | undefined {
  const known = o.hasTable(tableId);
  if (known === true) return undefined;
  if (known === false) throw unknownTable(tableId);
  return known.then((k) => {
    if (!k) throw unknownTable(tableId);
  });
}

function unknownTable(tableId: string): ReplicaRequestError {
  return new ReplicaRequestError(ReplicaErrorCode.UnknownTable, `unknown table id ${tableId}`);
}
