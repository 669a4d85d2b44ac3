// The coordinator (Cassandra's StorageProxy): sends a mutation or a read to the replicas
// of its partition and waits for as many answers as the consistency level needs.
//
// Writes go to every live replica; the call resolves after `blockFor` acknowledgements.
// Reads go to every live replica too (speculative retry "always": a dead or slow replica
// costs no extra round trip) and resolve with the reconciled merge of the first
// `blockFor` answers. Either fails
//   - with Unavailable before anything is sent when fewer than blockFor replicas are alive;
//   - with WriteFailure/ReadFailure as soon as so many replicas have refused (or NATS has
//     said nothing serves them) that blockFor can no longer be reached;
//   - with WriteTimeout/ReadTimeout when the deadline passes first.
// Never a silent success. A replica NATS reports as having no responders is marked down
// at once, so the next request is Unavailable rather than sent.
import type { NatsConnection } from '@nats-io/nats-core';
import { InvalidRequest, Overloaded, ReadFailure, ReadTimeout, Unavailable, WriteFailure, WriteTimeout } from '@cassia/cql-lite';
import { mergePartialAnswers, type ClusteringSlice, type Mutation, type PartitionData } from '@cassia/lsm';
import { replicaPlan, UnsupportedConsistencyError, type ConsistencyLevel, type ReplicaPlan } from '@cassia/ring';
import {
  encode,
  mutationToMessage,
  partitionFromMessage,
  replica,
  replicaSubject,
  request,
  RpcNoRespondersError,
  RpcTimeoutError,
  ReplicaErrorCode,
  toLong,
  type ReplicaErrorMessage,
} from '@cassia/wire';
import type { Logger } from '@cassia/telemetry';

/** Cassandra's write_request_timeout (2 s) and read_request_timeout (5 s). */
export const DEFAULT_WRITE_TIMEOUT_MS = 2_000;
export const DEFAULT_READ_TIMEOUT_MS = 5_000;

export interface CoordinatorOptions {
  nc: NatsConnection;
  cluster: string;
  isAlive: (hostId: string) => boolean;
  markDown: (hostId: string) => void;
  log: Logger;
  writeTimeoutMs: number;
  readTimeoutMs: number;
}

/** Where a request goes: the partition's replicas (primary first) and the keyspace RF. */
export interface Placement {
  replicas: readonly string[];
  replicationFactor: number;
}

export interface ReadCommand {
  tableId: string;
  token: bigint;
  partitionKey: Uint8Array;
  slice: ClusteringSlice;
  /** Scan from the end of the slice. */
  reversed?: boolean;
  /** Live rows wanted; replicas stop after this many (in scan order). Absent: all. */
  limitRows?: number;
}

/**
 * A reconciled read. `data` holds only the part of the slice every replica answered for;
 * when a replica stopped early (a row or reply-size limit), `resumeAfter` is the last
 * clustering key of that part, in scan order: read again after it for the rest.
 */
export interface ReadResult {
  data: PartitionData | undefined;
  resumeAfter: Uint8Array | undefined;
}

interface ReplicaAnswer {
  partition: PartitionData | undefined;
  more: boolean;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'timeout' | 'failure' | 'overloaded' };

interface Gathered<T> {
  acks: T[];
  /** Replicas that refused or could not be reached (overloaded ones included). */
  failures: number;
  timedOut: boolean;
  /** Every refusal was a replica saying it is overloaded. */
  overloaded: boolean;
}

/** Slack past the per-call deadline before gather gives up on its own. */
const GATHER_GRACE_MS = 100;

export class Coordinator {
  constructor(private readonly o: CoordinatorOptions) {}

  private plan(level: ConsistencyLevel, placement: Placement): ReplicaPlan {
    let plan: ReplicaPlan;
    try {
      plan = replicaPlan(level, placement.replicas, this.o.isAlive, placement.replicationFactor);
    } catch (err) {
      if (err instanceof UnsupportedConsistencyError) throw new InvalidRequest(err.message);
      throw err;
    }
    // No replica at all (replication factor 0) can satisfy no level: at least one answer.
    const required = Math.max(plan.required, 1);
    if (plan.alive.length < required) throw new Unavailable(level, required, plan.alive.length);
    return { ...plan, required };
  }

  /** Applies `mutations` (all of one partition) at `level`. */
  async write(level: ConsistencyLevel, placement: Placement, mutations: Mutation[]): Promise<void> {
    const plan = this.plan(level, placement);
    const payload = encode(replica.MutateRequest, { mutations: mutations.map(mutationToMessage) });
    const maxPayload = this.o.nc.info?.max_payload;
    if (maxPayload !== undefined && payload.length > maxPayload) {
      // As Cassandra's "Mutation of N bytes is too large for the maximum size of M".
      throw new InvalidRequest(`Mutation of ${payload.length} bytes is too large for the maximum size of ${maxPayload}`);
    }
    const result = await this.gather(plan, this.o.writeTimeoutMs, 'mutate', payload, (bytes) => {
      const response = replica.MutateResponse.decode(bytes);
      return response.error ? { error: response.error } : { value: true };
    });
    if (result.acks.length >= plan.required) return;
    const writeType = mutations.length > 1 ? 'BATCH' : 'SIMPLE';
    if (result.overloaded) throw new Overloaded('Replicas are overloaded');
    if (result.timedOut) throw new WriteTimeout(level, result.acks.length, plan.required, writeType);
    throw new WriteFailure(level, result.acks.length, plan.required, result.failures, writeType);
  }

  /** Reads one partition slice at `level`; the reconciled data (tombstones included). */
  async read(level: ConsistencyLevel, placement: Placement, command: ReadCommand): Promise<ReadResult> {
    if (level === 'ANY') throw new InvalidRequest('ANY ConsistencyLevel is only supported for writes');
    const plan = this.plan(level, placement);
    const payload = encode(replica.ReadRequest, {
      tableId: command.tableId,
      token: toLong(command.token),
      partitionKey: command.partitionKey,
      slice: {
        ...(command.slice.start === undefined ? {} : { start: command.slice.start }),
        startInclusive: command.slice.startInclusive,
        ...(command.slice.end === undefined ? {} : { end: command.slice.end }),
        endInclusive: command.slice.endInclusive,
      },
      reversed: command.reversed ?? false,
      limitRows: command.limitRows ?? 0,
    });
    const result = await this.gather(plan, this.o.readTimeoutMs, 'read', payload, (bytes): { value: ReplicaAnswer } | { error: ReplicaErrorMessage } => {
      const response = replica.ReadResponse.decode(bytes);
      if (response.error) return { error: response.error };
      return { value: { partition: response.partition ? partitionFromMessage(response.partition) : undefined, more: response.more === true } };
    });
    if (result.acks.length < plan.required) {
      const dataPresent = result.acks.some((a) => a.partition !== undefined);
      if (result.overloaded) throw new Overloaded('Replicas are overloaded');
      if (result.timedOut) throw new ReadTimeout(level, result.acks.length, plan.required, dataPresent);
      throw new ReadFailure(level, result.acks.length, plan.required, result.failures, dataPresent);
    }
    const merged = mergePartialAnswers(
      result.acks.map((a) => ({ partition: a.partition, truncated: a.more })),
      command.reversed ?? false,
    );
    return { data: merged.partition, resumeAfter: merged.resumeAfter };
  }

  /**
   * Sends `payload` to every live replica of the plan; resolves once `required` replicas
   * answered successfully, once success became impossible, or at the deadline (each call
   * has its own deadline too; this one bounds the whole).
   */
  private gather<T>(
    plan: ReplicaPlan,
    timeoutMs: number,
    verb: 'mutate' | 'read',
    payload: Uint8Array,
    decode: (bytes: Uint8Array) => { value: T } | { error: ReplicaErrorMessage },
  ): Promise<Gathered<T>> {
    return new Promise((resolve) => {
      const acks: T[] = [];
      let failures = 0;
      let overloads = 0;
      let timeouts = 0;
      let pending = plan.alive.length;
      let settled = false;
      const finish = (timedOut: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        const refusals = failures + overloads;
        resolve({ acks: [...acks], failures: refusals, timedOut, overloaded: !timedOut && overloads > 0 && overloads === refusals });
      };
      const deadline = setTimeout(() => finish(true), timeoutMs + GATHER_GRACE_MS);
      const settle = () => {
        if (acks.length >= plan.required) finish(false);
        // Success is out of reach: a timeout if any replica timed out, else a failure.
        else if (acks.length + pending < plan.required || pending === 0) finish(timeouts > 0);
      };
      for (const hostId of plan.alive) {
        const subject = replicaSubject(this.o.cluster, hostId, verb);
        void this.call(hostId, subject, payload, timeoutMs, decode).then((outcome) => {
          pending--;
          if (outcome.ok) acks.push(outcome.value);
          else if (outcome.reason === 'failure') failures++;
          else if (outcome.reason === 'overloaded') overloads++;
          else timeouts++;
          settle();
        });
      }
      settle();
    });
  }

  private async call<T>(
    hostId: string,
    subject: string,
    payload: Uint8Array,
    timeoutMs: number,
    decode: (bytes: Uint8Array) => { value: T } | { error: ReplicaErrorMessage },
  ): Promise<Outcome<T>> {
    let bytes: Uint8Array;
    try {
      bytes = await request(this.o.nc, subject, payload, timeoutMs);
    } catch (err) {
      if (err instanceof RpcNoRespondersError) {
        this.o.markDown(hostId);
        return { ok: false, reason: 'failure' };
      }
      if (err instanceof RpcTimeoutError) return { ok: false, reason: 'timeout' };
      this.o.log.warn({ err, hostId }, 'replica request failed');
      return { ok: false, reason: 'failure' };
    }
    try {
      const answer = decode(bytes);
      if ('error' in answer) {
        if (answer.error.code === ReplicaErrorCode.Overloaded) return { ok: false, reason: 'overloaded' };
        this.o.log.warn({ hostId, code: answer.error.code, message: answer.error.message }, 'replica refused a request');
        return { ok: false, reason: 'failure' };
      }
      return { ok: true, value: answer.value };
    } catch (err) {
      this.o.log.warn({ err, hostId }, 'undecodable replica reply');
      return { ok: false, reason: 'failure' };
    }
  }
}
