// Replica plans: for one request at a consistency level, which live replicas to contact, how
// many answers are needed and from which data centers, whether the request is Unavailable
// before anything is sent (Cassandra's ReplicaPlans.assureSufficientLiveReplicas), and whether
// the answers received satisfy the level (Cassandra's write response handlers: answers from
// another data center do not count for LOCAL_*, EACH_QUORUM counts each data center apart).
// Pure functions over plain values: the coordinator owns liveness, sending and hints.

import { blockFor, eachQuorumByDc, type ConsistencyLevel, type ReplicationFactors } from './consistency.js';

/** Where the replicas of a request are: the keyspace's factors and each replica's data center. */
export interface ReplicaTopology extends ReplicationFactors {
  /** The coordinator's data center. */
  readonly localDc: string;
  /** Data center of a replica host id. Absent: every replica is in localDc. */
  readonly dcOf?: ((hostId: string) => string) | undefined;
}

/** What one data center must contribute. */
export interface DcReplicaPlan {
  /** Answers needed from this data center's replicas. */
  readonly required: number;
  /** This data center's live replicas, in replica order (primary first). */
  readonly alive: string[];
}

/** What a coordinator needs to serve one request. */
export interface ReplicaPlan {
  readonly level: ConsistencyLevel;
  /** Answers to wait for in all (blockFor); Unavailable and timeouts report this number. */
  readonly required: number;
  /**
   * Live replicas in preference order: those of the local data center first, then the others
   * (Cassandra's snitches sort by proximity), replica order (primary first) within each. Writes
   * go to all of them, even for LOCAL_* levels; LOCAL_* reads ask only perDc's local entry.
   * May be empty (the request is then Unavailable, except at ANY).
   */
  readonly alive: string[];
  /**
   * Set when answers count per data center: for LOCAL_ONE and LOCAL_QUORUM one entry, the local
   * data center; for EACH_QUORUM under per-data-center factors one entry per data center with a
   * factor (factors' order). Absent: an answer from any replica in `alive` counts.
   */
  readonly perDc?: ReadonlyMap<string, DcReplicaPlan>;
}

/** Cassandra's Unavailable numbers: answers required and replicas alive to give them. */
export interface Unavailability {
  readonly required: number;
  readonly alive: number;
  /** The data center short of replicas, when answers count per data center. */
  readonly dc?: string;
}

/**
 * Plans a request at `level` over `replicas` (host ids from ReplicationStrategy.replicasFor,
 * distinct, primary first). Calls isAlive once per replica, in replica order. Throws
 * UnsupportedConsistencyError for SERIAL and LOCAL_SERIAL.
 *
 * - `replicaPlan(level, replicas, isAlive, replicationFactor = replicas.length)`: one data
 *   center. `required` is blockFor(level, replicationFactor), `alive` the live replicas in
 *   replica order, no perDc. Pass the keyspace's factor when the ring has fewer hosts than it,
 *   as Cassandra counts against the configured factor.
 * - `replicaPlan(level, replicas, isAlive, topology)`: several data centers: `required` is
 *   blockFor(level, topology, topology.localDc); see ReplicaPlan for `alive` and `perDc`.
 *
 * ANY needs one answer, which a hint may give: checkAvailability never reports it Unavailable.
 */
export function replicaPlan(
  level: ConsistencyLevel,
  replicas: readonly string[],
  isAlive: (hostId: string) => boolean,
  replicationFactor?: number,
): ReplicaPlan;
export function replicaPlan(
  level: ConsistencyLevel,
  replicas: readonly string[],
  isAlive: (hostId: string) => boolean,
  topology: ReplicaTopology,
): ReplicaPlan;
export function replicaPlan(
  level: ConsistencyLevel,
  replicas: readonly string[],
  isAlive: (hostId: string) => boolean,
  factors: number | ReplicaTopology = replicas.length,
): ReplicaPlan {
  if (typeof factors === 'number') {
    return { level, required: blockFor(level, factors), alive: replicas.filter((h) => isAlive(h)) };
  }
  const { localDc, dcOf } = factors;
  const required = blockFor(level, factors, localDc);
  const aliveByDc = new Map<string, string[]>();
  for (const h of replicas) {
    if (!isAlive(h)) continue;
    const dc = dcOf === undefined ? localDc : dcOf(h);
    const list = aliveByDc.get(dc);
    if (list === undefined) aliveByDc.set(dc, [h]);
    else list.push(h);
  }
  const localAlive = aliveByDc.get(localDc) ?? [];
  const alive = [...localAlive];
  for (const [dc, hosts] of aliveByDc) if (dc !== localDc) alive.push(...hosts);

  let perDc: Map<string, DcReplicaPlan> | undefined;
  if (level === 'LOCAL_ONE' || level === 'LOCAL_QUORUM') {
    perDc = new Map([[localDc, { required, alive: localAlive }]]);
  } else if (level === 'EACH_QUORUM') {
    const quorums = eachQuorumByDc(factors);
    if (quorums !== undefined) {
      perDc = new Map([...quorums].map(([dc, q]) => [dc, { required: q, alive: [...(aliveByDc.get(dc) ?? [])] }]));
    }
  }
  return perDc === undefined ? { level, required, alive } : { level, required, alive, perDc };
}

/**
 * Cassandra's assureSufficientLiveReplicas: undefined when enough replicas are alive to try,
 * else the numbers of the Unavailable error to answer with.
 * - ANY: always undefined. A hint stored by the coordinator is an answer, so ANY is served
 *   with no live replica at all; whether hints can be stored is the coordinator's call.
 * - perDc set (LOCAL_ONE, LOCAL_QUORUM, EACH_QUORUM by data center): the first data center, in
 *   perDc order, with fewer live replicas than it needs: that data center's required and
 *   alive counts (live replicas elsewhere do not help).
 * - otherwise: required and alive.length when alive.length < required.
 */
export function checkAvailability(plan: ReplicaPlan): Unavailability | undefined {
  if (plan.level === 'ANY') return undefined;
  if (plan.perDc !== undefined) {
    for (const [dc, p] of plan.perDc) {
      if (p.alive.length < p.required) return { required: p.required, alive: p.alive.length, dc };
    }
    return undefined;
  }
  return plan.alive.length < plan.required ? { required: plan.required, alive: plan.alive.length } : undefined;
}

/**
 * The hosts that answered: any list of host ids, or — without a copy — a set of them or a map
 * keyed by them (a coordinator's answers by host).
 */
export type AckedHosts = Iterable<string> | ReadonlySet<string> | ReadonlyMap<string, unknown>;

interface HostLookup {
  has(hostId: string): boolean;
  readonly size: number;
}

/** A Set or Map is used as it is (its keys are distinct); anything else is copied into a Set. */
function lookupOf(acked: AckedHosts): HostLookup {
  return acked instanceof Set || acked instanceof Map ? acked : new Set(acked as Iterable<string>);
}

/**
 * How many of the hosts in `acked` count towards plan.required (distinct hosts; the
 * "received" of WriteTimeout and ReadTimeout). With perDc, only hosts listed in a perDc entry
 * count; otherwise hosts in plan.alive. At ANY every distinct host counts, including a down
 * replica the coordinator stored a hint for.
 */
export function countAcks(plan: ReplicaPlan, acked: AckedHosts): number {
  return countIn(plan, lookupOf(acked));
}

/**
 * Whether answers from the hosts in `acked` satisfy the plan: every perDc entry has its
 * required answers from its own replicas when perDc is set (LOCAL_*, EACH_QUORUM), else
 * countAcks(plan, acked) >= plan.required. A plan requiring 0 answers is satisfied at once.
 * Allocates nothing when `acked` is a Set or a Map (the coordinator asks on every answer).
 */
export function isPlanSatisfied(plan: ReplicaPlan, acked: AckedHosts): boolean {
  const hosts = lookupOf(acked);
  if (plan.level !== 'ANY' && plan.perDc !== undefined) {
    for (const p of plan.perDc.values()) if (countListed(p.alive, hosts) < p.required) return false;
    return true;
  }
  return countIn(plan, hosts) >= plan.required;
}

function countIn(plan: ReplicaPlan, hosts: HostLookup): number {
  if (plan.level === 'ANY') return hosts.size;
  if (plan.perDc === undefined) return countListed(plan.alive, hosts);
  let n = 0;
  for (const p of plan.perDc.values()) n += countListed(p.alive, hosts);
  return n;
}

function countListed(list: readonly string[], hosts: HostLookup): number {
  let n = 0;
  for (const h of list) if (hosts.has(h)) n++;
  return n;
}
