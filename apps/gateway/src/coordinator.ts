// The coordinator (Cassandra's StorageProxy): sends a mutation or a read to the replicas
// of its partition and waits for as many answers as the consistency level needs.
//
// Writes go to every live replica; the call resolves once the acknowledgements satisfy the
// level (for LOCAL_* and EACH_QUORUM, from the right data centers). A replica that is down,
// or that times out or vanishes mid-request, gets a hint: the mutation is stored durably on
// a live node (verb "hint") and replayed to it when gossip sees it up again (hinted
// handoff). ANY succeeds when only a hint could be stored.
//
// Reads ask one replica for data and the others for a digest (the MD5 of the answer they
// would give). Every live replica is asked, so a stale one is found even when it is not
// among the first answers. When the answers the level waits for agree, the data is the
// result. When they disagree, the coordinator reads data from all of them, reconciles,
// writes to each stale replica what it lacks, waits for those writes, and only then answers
// (Cassandra's BLOCKING read repair). A digest that disagrees after the answer was sent
// starts the same repair in the background.
//
// Either fails
//   - with Unavailable before anything is sent when too few replicas are alive;
//   - with WriteFailure/ReadFailure as soon as so many replicas have refused that the level
//     can no longer be reached;
//   - with WriteTimeout/ReadTimeout when the deadline passes first.
// Never a silent success. A replica NATS reports as having no responders is marked down
// at once, so the next request is Unavailable (or hinted) rather than sent.
import {
  InvalidRequest,
  Overloaded,
  ReadFailure,
  ReadTimeout,
  Unavailable,
  WriteFailure,
  WriteTimeout,
} from '@cassia/cql-lite';
import { compareBytes, mergePartialAnswers, type ClusteringSlice, type Mutation, type PartitionData, type RowUpdate } from '@cassia/lsm';
import {
  encode,
  mutationToMessage,
  partitionFromMessage,
  partitionToMessage,
  decodeReadResponse,
  encodeMutateRequest,
  encodeStoreHintRequest,
  replica,
  ReplicaErrorCode,
  ReplicaRefusedError,
  RpcNoRespondersError,
  RpcTimeoutError,
  toBigInt,
  toLong,
  type CallableVerb,
  type ReplicaClient,
  type ReplicaErrorMessage,
} from '@cassia/wire';
import type { Logger } from '@cassia/telemetry';
import { createHash } from 'node:crypto';
import { planRequest, type ConsistencyLevel, type Placement, type RequestPlan } from './plan.js';

export type { Placement } from './plan.js';

/** Cassandra's max_hint_window: no hints for a replica down longer than this. */
export const DEFAULT_MAX_HINT_WINDOW_MS = 3 * 60 * 60 * 1000;
/** Cassandra's write_request_timeout (2 s) and read_request_timeout (5 s). */
export const DEFAULT_WRITE_TIMEOUT_MS = 2_000;
export const DEFAULT_READ_TIMEOUT_MS = 5_000;

export interface CoordinatorMetricsSink {
  /** A read repair: 'blocking' before answering, 'background' after. */
  readRepair(mode: 'blocking' | 'background'): void;
  /** A hint written for a replica (outcome 'stored' or 'failed'). */
  hint(outcome: 'stored' | 'failed'): void;
}

export interface CoordinatorOptions {
  client: ReplicaClient;
  isAlive: (hostId: string) => boolean;
  markDown: (hostId: string) => void;
  /** Live storage nodes (host ids), any order: where hints go when no replica is alive. */
  liveNodes: () => readonly string[];
  log: Logger;
  writeTimeoutMs: number;
  readTimeoutMs: number;
  /** The gateway's data center (LOCAL_ONE, LOCAL_QUORUM). */
  localDc: string;
  /** Cassandra's hinted_handoff_enabled (default true). */
  hintedHandoff?: boolean;
  /**
   * How long a replica has been down, in ms (0 when up or unknown). No hints are written for a
   * replica down longer than max_hint_window, as in Cassandra: it needs a repair anyway.
   */
  downForMs?: (hostId: string) => number;
  /** Cassandra's max_hint_window (default DEFAULT_MAX_HINT_WINDOW_MS, 3 h). */
  maxHintWindowMs?: number;
  /**
   * Test only: serve every request from this one host as if it were the partition's only
   * replica (consistency ONE reads what that node alone holds). Unavailable for partitions
   * it does not replicate.
   */
  pinnedReplica?: string;
  metrics?: CoordinatorMetricsSink;
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

/** A range read (verb "range"): the partitions of [startToken, endToken] on one replica set. */
export interface RangeReadCommand {
  tableId: string;
  /** Both inclusive; the range must lie within one vnode range (one set of replicas). */
  startToken: bigint;
  endToken: bigint;
  /** Start strictly after this partition or, with a clustering key, after that row of it. */
  after?: RangeResume;
  /** Clustering slices in stored order; empty: every row. */
  slices: readonly ClusteringSlice[];
  /** Live rows each replica returns at most (0: the replica's default). */
  limitRows: number;
  /** Live rows per partition each replica returns at most (0: no limit). */
  perPartitionLimitRows: number;
}

export interface RangeResume {
  token: bigint;
  partitionKey: Uint8Array;
  clustering?: Uint8Array;
}

/**
 * A reconciled range read: the partitions every answering replica vouched for, merged, in
 * partition order (tombstones included). `resume` is where to read again for the rest of
 * the range; undefined when the range is exhausted.
 */
export interface RangeReadResult {
  partitions: PartitionData[];
  resume: RangeResume | undefined;
}

interface RangeAnswer {
  partitions: { partition: PartitionData; truncated: boolean }[];
  /** Absent: the replica covered the whole range. */
  last: { token: bigint; partitionKey: Uint8Array } | undefined;
}

interface DataAnswer {
  /** The reply's bytes, whose MD5 is what a digest replica sends for the same data. */
  bytes: Uint8Array;
  partition: PartitionData | undefined;
  more: boolean;
}

/**
 * Why a replica call did not succeed. 'refused': the replica answered that the request itself
 * is wrong (bad request, unknown table): resending it cannot help, so it gets no hint.
 * 'failure': it could not apply it (storage failure) or the outcome is unknown (connection).
 */
type FailureReason = 'timeout' | 'refused' | 'failure' | 'overloaded' | 'gone';
type Outcome<T> = { ok: true; value: T } | { ok: false; reason: FailureReason };

interface Call<T> {
  host: string;
  outcome: Promise<Outcome<T>>;
}

interface Gathered<T> {
  acks: Map<string, T>;
  /** Replicas that refused or could not be reached (overloaded ones included). */
  failures: number;
  timedOut: boolean;
  /** Every refusal was a replica saying it is overloaded. */
  overloaded: boolean;
}

/** Background read repairs running at once; a disagreeing late digest beyond this is skipped. */
export const BACKGROUND_REPAIRS_MAX = 64;
/** Slack past the per-call deadline before gather gives up on its own. */
const GATHER_GRACE_MS = 100;
const EMPTY = new Uint8Array(0);

export class Coordinator {
  private readonly hintedHandoff: boolean;
  private backgroundRepairs = 0;

  constructor(private readonly o: CoordinatorOptions) {
    this.hintedHandoff = o.hintedHandoff ?? true;
  }

  private plan(level: ConsistencyLevel, placement: Placement, forRead = false): RequestPlan {
    const pinned = this.o.pinnedReplica;
    const effective: Placement =
      pinned === undefined
        ? placement
        : { replicas: placement.replicas.includes(pinned) ? [pinned] : [], replicationFactor: 1, dcOf: placement.dcOf };
    const plan = planRequest(level, effective, this.o.isAlive, this.o.localDc, forRead);
    if (plan.unavailable !== undefined) throw new Unavailable(level, plan.unavailable.required, plan.unavailable.alive);
    // ANY is satisfied by a hint, which needs hinted handoff and a live node to hold it.
    if (level === 'ANY' && plan.contact.length === 0 && !(this.hintedHandoff && pinned === undefined && this.o.liveNodes().length > 0)) {
      throw new Unavailable(level, 1, 0);
    }
    return plan;
  }

  /** Applies `mutations` (all of one partition) at `level`. */
  async write(level: ConsistencyLevel, placement: Placement, mutations: Mutation[]): Promise<void> {
    const plan = this.plan(level, placement);
    const payload = encodeMutateRequest(mutations);
    const maxPayload = this.o.client.maxPayloadBytes();
    if (maxPayload !== undefined && payload.length > maxPayload) {
      // As Cassandra's "Mutation of N bytes is too large for the maximum size of M".
      throw new InvalidRequest(`Mutation of ${payload.length} bytes is too large for the maximum size of ${maxPayload}`);
    }
    const hinting = this.hintedHandoff && this.o.pinnedReplica === undefined;
    const hints: Promise<boolean>[] = [];
    const window = this.o.maxHintWindowMs ?? DEFAULT_MAX_HINT_WINDOW_MS;
    const hintFor = (target: string) => {
      if ((this.o.downForMs?.(target) ?? 0) > window) return; // down too long: repair, not hints
      hints.push(this.storeHint(target, payload, plan.contact));
    };
    const calls = plan.contact.map((host) => this.call(host, 'mutate', payload, this.o.writeTimeoutMs, decodeMutateReply));
    if (hinting) for (const host of plan.down) hintFor(host);
    const result = await this.gather(
      calls,
      this.o.writeTimeoutMs,
      (acks) => plan.satisfied(acks),
      (possible) => level === 'ANY' || plan.satisfied(possible),
      // A replica that failed or timed out, even after the level was met, gets a hint.
      hinting
        ? (host, reason) => {
            if (reason !== 'refused') hintFor(host);
          }
        : undefined,
    );
    if (plan.satisfied(result.acks)) {
      // Hints for replicas known down were sent with the write: wait for them (they are as
      // quick as the write) so a client that saw success can count on their replay.
      if (hints.length > 0) await Promise.all(hints);
      return;
    }
    if (level === 'ANY' && (await Promise.all(hints)).some((stored) => stored)) return;
    const writeType = mutations.length > 1 ? 'BATCH' : 'SIMPLE';
    const received = plan.countTowards(result.acks);
    if (result.overloaded) throw new Overloaded('Replicas are overloaded');
    if (result.timedOut) throw new WriteTimeout(level, received, plan.required, writeType);
    throw new WriteFailure(level, received, plan.required, result.failures, writeType);
  }

  /** Reads one partition slice at `level`; the reconciled data (tombstones included). */
  async read(level: ConsistencyLevel, placement: Placement, command: ReadCommand): Promise<ReadResult> {
    if (level === 'ANY') throw new InvalidRequest('ANY ConsistencyLevel is only supported for writes');
    const plan = this.plan(level, placement, true);
    // One deadline for the whole read: the digest round, a data round and the repair writes.
    const deadline = Date.now() + this.o.readTimeoutMs;
    const request = readRequest(command);
    const dataHost = plan.contact[0]!;
    const data = this.call(dataHost, 'read', encode(replica.ReadRequest, request), this.o.readTimeoutMs, decodeDataReply);
    const digestPayload = encode(replica.ReadRequest, { ...request, digestOnly: true });
    const digests = plan.contact.slice(1).map((host) => this.call(host, 'read', digestPayload, this.o.readTimeoutMs, decodeDigestReply));
    const calls: Call<DataAnswer | Uint8Array>[] = [data, ...digests];
    const first = await this.gather(
      calls,
      this.o.readTimeoutMs,
      (acks) => acks.has(dataHost) && plan.satisfied(acks),
      (possible) => plan.satisfied(possible),
    );
    const answer = first.acks.get(dataHost) as DataAnswer | undefined;

    if (answer !== undefined && plan.satisfied(first.acks)) {
      const expected = md5(answer.bytes);
      let agreed = true;
      for (const [host, a] of first.acks) if (host !== dataHost && !equalBytes(a as Uint8Array, expected)) agreed = false;
      if (agreed) {
        // Late digests that disagree start a repair in the background.
        for (const d of digests) {
          if (first.acks.has(d.host)) continue;
          void d.outcome.then((o) => {
            if (o.ok && !equalBytes(o.value, expected)) this.backgroundRepair(level, plan, command);
          });
        }
        return resultOf([answer], command);
      }
      this.o.metrics?.readRepair('blocking');
      return this.readAndRepair(level, plan, command, plan.contact, new Set(first.acks.keys()), deadline);
    }
    if (answer === undefined && first.acks.size > 0 && !first.timedOut) {
      // The data replica failed but others answered: read data from those that can.
      return this.readAndRepair(level, plan, command, plan.contact.filter((h) => h !== dataHost), new Set(first.acks.keys()), deadline);
    }
    throw this.readError(level, plan, first, answer !== undefined);
  }

  /**
   * Reads a token range at `level`: as many replicas as the level needs (the nearest first)
   * send data, no digests, as Cassandra's range reads; when some fail, the other live
   * replicas are asked in their place. The answers are reconciled, and only the part
   * of the range all of them covered is returned. A replica whose answer differs from the
   * reconciled data is sent what it lacks before the result is returned, as a blocking read
   * repair of single-partition reads (ReadTimeout when those writes are not acknowledged in
   * time). Answers arriving after the level was met are not compared.
   */
  async rangeRead(level: ConsistencyLevel, placement: Placement, command: RangeReadCommand): Promise<RangeReadResult> {
    if (level === 'ANY') throw new InvalidRequest('ANY ConsistencyLevel is only supported for writes');
    const plan = this.plan(level, placement, true);
    const deadline = Date.now() + this.o.readTimeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    const payload = encode(replica.RangeReadRequest, rangeRequest(command));
    let needed = 1;
    while (needed < plan.contact.length && !plan.satisfied(plan.contact.slice(0, needed))) needed++;
    const ask = (hosts: readonly string[]) =>
      this.gather(
        hosts.map((host) => this.call(host, 'range', payload, left(), decodeRangeReply)),
        left(),
        (acks) => plan.satisfied(acks),
      );
    let result = await ask(plan.contact.slice(0, needed));
    const rest = plan.contact.slice(needed);
    if (!plan.satisfied(result.acks) && !result.timedOut && rest.length > 0) {
      // Some refused or vanished: ask the others, keeping the answers already in.
      const first = result;
      const again = await this.gather(
        rest.map((host) => this.call(host, 'range', payload, left(), decodeRangeReply)),
        left(),
        (acks) => plan.satisfied([...first.acks.keys(), ...acks.keys()]),
      );
      result = {
        acks: new Map([...first.acks, ...again.acks]),
        failures: first.failures + again.failures,
        timedOut: again.timedOut,
        overloaded: !again.timedOut && (first.failures === 0 || first.overloaded) && (again.failures === 0 || again.overloaded) && first.failures + again.failures > 0,
      };
    }
    if (!plan.satisfied(result.acks)) throw this.readError(level, plan, result, result.acks.size > 0);
    const merged = reconcileRange([...result.acks.values()]);
    const agreed: string[] = [];
    const repairs: Call<true>[] = [];
    for (const [host, answer] of result.acks) {
      const theirs = new Map(answer.partitions.map((p) => [Buffer.from(p.partition.partitionKey).toString('hex'), p.partition]));
      const mutations: Mutation[] = [];
      for (const p of merged.partitions) {
        const m = repairMutation(command.tableId, p, theirs.get(Buffer.from(p.partitionKey).toString('hex')));
        if (m !== undefined) mutations.push(m);
      }
      if (mutations.length === 0) {
        agreed.push(host);
        continue;
      }
      // One mutate per partition (each within the reply that carried it, so within max_payload).
      const calls = mutations.map((m) => this.call(host, 'mutate', encode(replica.MutateRequest, { mutations: [mutationToMessage(m)] }), left(), decodeMutateReply));
      const outcome = Promise.all(calls.map((c) => c.outcome)).then((os): Outcome<true> => os.find((o) => !o.ok) ?? { ok: true, value: true });
      repairs.push({ host, outcome });
    }
    if (repairs.length > 0) {
      this.o.metrics?.readRepair('blocking');
      const repaired = await this.gather(repairs, left(), (acks) => plan.satisfied([...agreed, ...acks.keys()]));
      if (!plan.satisfied([...agreed, ...repaired.acks.keys()])) {
        throw new ReadTimeout(level, plan.countTowards([...agreed, ...repaired.acks.keys()]), plan.required, true);
      }
    }
    return merged;
  }

  /**
   * Reads data from `hosts`, waits until the level is satisfied and every host in
   * `awaited` has answered or failed (those that answered the digest round: a stale one
   * among them must be repaired), reconciles, and writes to every answering replica whose
   * data differs what it lacks. Returns once replicas holding the reconciled data (those that
   * agreed, and those whose repair was acknowledged) satisfy the level, as Cassandra's
   * blocking read repair does; ReadTimeout if that does not happen by `deadline` (ms).
   */
  private async readAndRepair(
    level: ConsistencyLevel,
    plan: RequestPlan,
    command: ReadCommand,
    hosts: readonly string[],
    awaited: ReadonlySet<string>,
    deadline: number,
  ): Promise<ReadResult> {
    const payload = encode(replica.ReadRequest, readRequest(command));
    const left = () => Math.max(1, deadline - Date.now());
    const calls = hosts.map((host) => this.call(host, 'read', payload, left(), decodeDataReply));
    const result = await this.gather(
      calls,
      left(),
      (acks, settled) => plan.satisfied(acks) && [...awaited].every((h) => settled.has(h)),
      (possible) => plan.satisfied(possible),
    );
    if (!plan.satisfied(result.acks)) throw this.readError(level, plan, result, result.acks.size > 0);
    const answers = [...result.acks.values()];
    const merged = resultOf(answers, command);
    if (merged.data !== undefined) {
      const agreed: string[] = [];
      const repairs: Call<true>[] = [];
      for (const [host, a] of result.acks) {
        const mutation = repairMutation(command.tableId, merged.data, a.partition);
        if (mutation === undefined) {
          agreed.push(host);
          continue;
        }
        const body = encode(replica.MutateRequest, { mutations: [mutationToMessage(mutation)] });
        repairs.push(this.call(host, 'mutate', body, left(), decodeMutateReply));
      }
      if (repairs.length > 0) {
        const repaired = await this.gather(repairs, left(), (acks) => plan.satisfied([...agreed, ...acks.keys()]));
        if (!plan.satisfied([...agreed, ...repaired.acks.keys()])) {
          throw new ReadTimeout(level, plan.countTowards([...agreed, ...repaired.acks.keys()]), plan.required, true);
        }
      }
    }
    return merged;
  }

  /** Repairs after a late digest disagreed; at most BACKGROUND_REPAIRS_MAX at once, others skipped. */
  private backgroundRepair(level: ConsistencyLevel, plan: RequestPlan, command: ReadCommand): void {
    if (this.backgroundRepairs >= BACKGROUND_REPAIRS_MAX) return;
    this.backgroundRepairs++;
    this.o.metrics?.readRepair('background');
    this.readAndRepair(level, plan, command, plan.contact, new Set(plan.contact), Date.now() + this.o.readTimeoutMs)
      .catch((err: unknown) => this.o.log.warn({ err, tableId: command.tableId }, 'background read repair failed'))
      .finally(() => this.backgroundRepairs--);
  }

  private readError(level: ConsistencyLevel, plan: RequestPlan, result: Gathered<unknown>, dataPresent: boolean): Error {
    const received = plan.countTowards(result.acks);
    if (result.overloaded) return new Overloaded('Replicas are overloaded');
    if (result.timedOut) return new ReadTimeout(level, received, plan.required, dataPresent);
    return new ReadFailure(level, received, plan.required, result.failures, dataPresent);
  }

  /**
   * Stores a hint for `target` on a live node (a live replica of the same write first, else
   * any live node). Resolves true once stored durably, false when no node could take it.
   */
  private async storeHint(target: string, mutateRequest: Uint8Array, replicas: readonly string[]): Promise<boolean> {
    const candidates = [...replicas.filter((h) => h !== target && this.o.isAlive(h))];
    for (const h of this.o.liveNodes()) if (h !== target && !candidates.includes(h)) candidates.push(h);
    const holder = candidates[0];
    if (holder === undefined) {
      this.o.metrics?.hint('failed');
      this.o.log.warn({ target }, 'no live node to store a hint on');
      return false;
    }
    const payload = encodeStoreHintRequest(target, BigInt(Date.now()), mutateRequest);
    const outcome = await this.call(holder, 'hint', payload, this.o.writeTimeoutMs, decodeHintReply).outcome;
    this.o.metrics?.hint(outcome.ok ? 'stored' : 'failed');
    if (!outcome.ok) this.o.log.warn({ target, holder, reason: outcome.reason }, 'could not store a hint');
    return outcome.ok;
  }

  /**
   * Resolves once `done(acks)` holds, once every call has settled, or at the deadline
   * (each call has its own deadline too; this one bounds the whole).
   */
  private gather<T>(
    calls: readonly Call<T>[],
    timeoutMs: number,
    done: (acks: ReadonlyMap<string, T>, settled: ReadonlySet<string>) => boolean,
    /** Whether success is still reachable if every unsettled call succeeded; else finish now. */
    reachable: (possible: readonly string[]) => boolean = () => true,
    /** Called for every call that fails, also after the gather has finished. */
    onFailure?: (host: string, reason: FailureReason) => void,
  ): Promise<Gathered<T>> {
    return new Promise((resolve) => {
      const acks = new Map<string, T>();
      const settledHosts = new Set<string>();
      let failures = 0;
      let overloads = 0;
      let timeouts = 0;
      let pending = calls.length;
      let settled = false;
      // Once finished, `acks` is the result's and later outcomes leave it alone.
      const finish = (timedOut: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        const refusals = failures + overloads;
        resolve({ acks, failures: refusals, timedOut, overloaded: !timedOut && overloads > 0 && overloads === refusals });
      };
      const deadline = setTimeout(() => finish(true), timeoutMs + GATHER_GRACE_MS);
      /** `failed`: the outcome just settled is a failure (only then can success become unreachable). */
      const settle = (failed: boolean) => {
        if (done(acks, settledHosts)) finish(false);
        // Nothing more can come: a timeout if any replica timed out, else a failure.
        else if (pending === 0) finish(timeouts > 0);
        // So many refused that the level is out of reach: fail now, not at the deadline.
        else if (timeouts === 0 && failed && !reachable([...acks.keys(), ...calls.filter((c) => !settledHosts.has(c.host)).map((c) => c.host)])) finish(false);
      };
      for (const c of calls) {
        void c.outcome.then((outcome) => {
          if (!outcome.ok) onFailure?.(c.host, outcome.reason);
          if (settled) return;
          pending--;
          settledHosts.add(c.host);
          if (outcome.ok) acks.set(c.host, outcome.value);
          else if (outcome.reason === 'overloaded') overloads++;
          else if (outcome.reason === 'timeout') timeouts++;
          else failures++;
          settle(!outcome.ok);
        });
      }
      settle(true);
    });
  }

  private call<T>(
    host: string,
    verb: CallableVerb,
    payload: Uint8Array,
    timeoutMs: number,
    decode: (bytes: Uint8Array) => { value: T } | { error: ReplicaErrorMessage },
  ): Call<T> {
    const outcome = new Promise<Outcome<T>>((resolve) =>
      this.o.client.send(host, verb, payload, timeoutMs, (err, bytes) => {
        // The client's callback must not throw: answered() already catches what decoding throws,
        // and anything else (a logger, markDown) makes the outcome a failure.
        try {
          resolve(err === undefined ? this.answered(host, verb, bytes!, decode) : this.failed(host, verb, err));
        } catch {
          resolve({ ok: false, reason: 'failure' });
        }
      }),
    );
    return { host, outcome };
  }

  /** A replica's reply as an outcome: its value, or why it refused. */
  private answered<T>(host: string, verb: CallableVerb, bytes: Uint8Array, decode: (bytes: Uint8Array) => { value: T } | { error: ReplicaErrorMessage }): Outcome<T> {
    try {
      const answer = decode(bytes);
      if ('error' in answer) {
        if (answer.error.code === ReplicaErrorCode.Overloaded) return { ok: false, reason: 'overloaded' };
        this.o.log.warn({ host, verb, code: answer.error.code, message: answer.error.message }, 'replica refused a request');
        const definite = answer.error.code === ReplicaErrorCode.BadRequest || answer.error.code === ReplicaErrorCode.UnknownTable;
        return { ok: false, reason: definite ? 'refused' : 'failure' };
      }
      return { ok: true, value: answer.value };
    } catch (err) {
      this.o.log.warn({ err, host, verb }, 'undecodable replica reply');
      return { ok: false, reason: 'failure' };
    }
  }

  /** A request that got no reply, as an outcome (a node with no responders is marked down). */
  private failed(host: string, verb: CallableVerb, err: Error): { ok: false; reason: FailureReason } {
    if (err instanceof RpcNoRespondersError) {
      this.o.markDown(host);
      return { ok: false, reason: 'gone' };
    }
    if (err instanceof RpcTimeoutError) return { ok: false, reason: 'timeout' };
    if (err instanceof ReplicaRefusedError && err.code === ReplicaErrorCode.Overloaded) return { ok: false, reason: 'overloaded' };
    this.o.log.warn({ err, host, verb }, 'replica request failed');
    return { ok: false, reason: 'failure' };
  }
}

function readRequest(command: ReadCommand) {
  return {
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
  };
}

function rangeRequest(command: RangeReadCommand) {
  const slice = (s: ClusteringSlice) => ({
    ...(s.start === undefined ? {} : { start: s.start }),
    startInclusive: s.startInclusive,
    ...(s.end === undefined ? {} : { end: s.end }),
    endInclusive: s.endInclusive,
  });
  const after = command.after;
  return {
    tableId: command.tableId,
    startToken: toLong(command.startToken),
    endToken: toLong(command.endToken),
    ...(after === undefined
      ? {}
      : { after: { token: toLong(after.token), partitionKey: after.partitionKey, ...(after.clustering === undefined ? {} : { clustering: after.clustering }) } }),
    slices: command.slices.map(slice),
    limitRows: command.limitRows,
    perPartitionLimitRows: command.perPartitionLimitRows,
  };
}

function decodeRangeReply(bytes: Uint8Array): { value: RangeAnswer } | { error: ReplicaErrorMessage } {
  const response = replica.RangeReadResponse.decode(bytes);
  if (response.error) return { error: response.error };
  const more = response.more === true;
  const last = response.last;
  // A replica that stopped must say where: otherwise nothing of its answer can be trusted.
  if (more && (last === null || last === undefined)) throw new Error('range reply with more but no last position');
  return {
    value: {
      partitions: (response.partitions ?? []).map((p) => ({ partition: partitionFromMessage(p.partition ?? {}), truncated: p.truncated === true })),
      last: more && last ? { token: toBigInt(last.token ?? 0), partitionKey: last.partitionKey ?? EMPTY } : undefined,
    },
  };
}

/** Partition order: token, then key bytes (the engine's). */
function comparePartitions(a: { token: bigint; partitionKey: Uint8Array }, b: { token: bigint; partitionKey: Uint8Array }): number {
  return a.token < b.token ? -1 : a.token > b.token ? 1 : compareBytes(a.partitionKey, b.partitionKey);
}

/**
 * Reconciles the answers of several replicas for one range: the range is covered up to the
 * nearest `last` among them (the whole range when none stopped); partitions beyond it are
 * dropped (read again from there), each partition within it is merged from every answer
 * that has it (timestamps and tombstones, mergePartialAnswers), and a partition cut short by
 * a replica is covered only up to that replica's last row.
 */
export function reconcileRange(answers: readonly RangeAnswer[]): RangeReadResult {
  let boundary: { token: bigint; partitionKey: Uint8Array } | undefined;
  for (const a of answers) {
    if (a.last !== undefined && (boundary === undefined || comparePartitions(a.last, boundary) < 0)) boundary = a.last;
  }
  const groups = new Map<string, { token: bigint; partitionKey: Uint8Array; parts: { partition: PartitionData; truncated: boolean }[] }>();
  for (const a of answers) {
    for (const p of a.partitions) {
      if (boundary !== undefined && comparePartitions(p.partition, boundary) > 0) continue;
      const key = Buffer.from(p.partition.partitionKey).toString('hex');
      const g = groups.get(key) ?? { token: p.partition.token, partitionKey: p.partition.partitionKey, parts: [] };
      g.parts.push(p);
      groups.set(key, g);
    }
  }
  const ordered = [...groups.values()].sort(comparePartitions);
  const partitions: PartitionData[] = [];
  let resumeClustering: Uint8Array | undefined;
  for (const g of ordered) {
    const merged = mergePartialAnswers(g.parts, false);
    if (merged.partition !== undefined) partitions.push(merged.partition);
    // Only the boundary partition can be truncated (a replica stops inside its last one).
    if (merged.resumeAfter !== undefined && boundary !== undefined && comparePartitions(g, boundary) === 0) resumeClustering = merged.resumeAfter;
  }
  const resume =
    boundary === undefined
      ? undefined
      : { token: boundary.token, partitionKey: boundary.partitionKey, ...(resumeClustering === undefined ? {} : { clustering: resumeClustering }) };
  return { partitions, resume };
}

function decodeMutateReply(bytes: Uint8Array): { value: true } | { error: ReplicaErrorMessage } {
  const response = replica.MutateResponse.decode(bytes);
  return response.error ? { error: response.error } : { value: true };
}

function decodeHintReply(bytes: Uint8Array): { value: true } | { error: ReplicaErrorMessage } {
  const response = replica.StoreHintResponse.decode(bytes);
  return response.error ? { error: response.error } : { value: true };
}

function decodeDataReply(bytes: Uint8Array): { value: DataAnswer } | { error: ReplicaErrorMessage } {
  const response = decodeReadResponse(bytes);
  if (response.error) return { error: response.error };
  return { value: { bytes, partition: response.partition, more: response.more } };
}

function decodeDigestReply(bytes: Uint8Array): { value: Uint8Array } | { error: ReplicaErrorMessage } {
  const response = decodeReadResponse(bytes);
  if (response.error) return { error: response.error };
  return { value: response.digest ?? EMPTY };
}

function resultOf(answers: readonly DataAnswer[], command: ReadCommand): ReadResult {
  const merged = mergePartialAnswers(
    answers.map((a) => ({ partition: a.partition, truncated: a.more })),
    command.reversed ?? false,
  );
  return { data: merged.partition, resumeAfter: merged.resumeAfter };
}

function md5(bytes: Uint8Array): Uint8Array {
  return createHash('md5').update(bytes).digest();
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** A partition's parts as comparable strings (their wire encodings). */
function encodedRows(p: PartitionData | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (p === undefined) return out;
  for (const row of p.rows) {
    const bytes = encode(replica.Partition, partitionToMessage({ token: p.token, partitionKey: p.partitionKey, rows: [row] }));
    out.set(Buffer.from(row.clustering).toString('base64'), Buffer.from(bytes).toString('base64'));
  }
  return out;
}

function encodedTombstones(p: PartitionData | undefined): string {
  if (p === undefined) return '';
  const { partitionDeletion, rangeTombstones } = p;
  const bytes = encode(
    replica.Partition,
    partitionToMessage({ token: p.token, partitionKey: p.partitionKey, rows: [], ...(partitionDeletion ? { partitionDeletion } : {}), ...(rangeTombstones ? { rangeTombstones } : {}) }),
  );
  return Buffer.from(bytes).toString('base64');
}

/**
 * What a replica that answered `theirs` lacks of the reconciled `merged`: the rows (and
 * partition and range tombstones) that differ, as a mutation; undefined when nothing does.
 * Applying it is idempotent: reconciliation keeps the newest of each cell.
 */
export function repairMutation(tableId: string, merged: PartitionData, theirs: PartitionData | undefined): Mutation | undefined {
  const mine = encodedRows(merged);
  const their = encodedRows(theirs);
  const rows: RowUpdate[] = [];
  for (const row of merged.rows) {
    const key = Buffer.from(row.clustering).toString('base64');
    if (their.get(key) === mine.get(key)) continue;
    rows.push({
      clustering: row.clustering,
      ...(row.liveness === undefined ? {} : { liveness: row.liveness }),
      ...(row.deletion === undefined ? {} : { deletion: row.deletion }),
      cells: [...row.cells].map(([column, cell]) => ({ column, cell })),
    });
  }
  const tombstonesDiffer = encodedTombstones(merged) !== encodedTombstones(theirs);
  if (rows.length === 0 && !tombstonesDiffer) return undefined;
  return {
    tableId,
    token: merged.token,
    partitionKey: merged.partitionKey,
    ...(tombstonesDiffer && merged.partitionDeletion ? { partitionDeletion: merged.partitionDeletion } : {}),
    ...(tombstonesDiffer && merged.rangeTombstones ? { rangeTombstones: merged.rangeTombstones } : {}),
    rows,
  };
}
