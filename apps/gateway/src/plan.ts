// What one request needs from the replicas of its partition: whom to contact, which
// replicas are down (they get hints), and when the answers received satisfy the level.
// The counting rules (per data center for LOCAL_* and EACH_QUORUM) come from @cassia/ring.
import {
  checkAvailability,
  countAcks,
  isDatacenterLocal,
  isPlanSatisfied,
  replicaPlan,
  UnsupportedConsistencyError,
  type AckedHosts,
  type ConsistencyLevel,
  type ReplicaPlan,
} from '@cassia/ring';
import { InvalidRequest } from '@cassia/cql-lite';

export type { ConsistencyLevel } from '@cassia/ring';

/** Where a request goes: the partition's replicas (primary first) and the keyspace RF. */
export interface Placement {
  replicas: readonly string[];
  /** The keyspace's total replication factor (may exceed replicas.length on a small ring). */
  replicationFactor: number;
  /** Factor per data center (NetworkTopologyStrategy); absent for SimpleStrategy. */
  replicationFactorByDc?: ReadonlyMap<string, number>;
  /** A replica's data center; absent: every replica is in the local one. */
  dcOf?: (hostId: string) => string;
}

export interface RequestPlan {
  /** Answers the level needs in all (Cassandra's blockFor), as errors report it. */
  readonly required: number;
  /** Live replicas to send to, in preference order (local data center first). */
  readonly contact: readonly string[];
  /** Replicas believed down (hinted handoff's targets). */
  readonly down: readonly string[];
  /** Set when too few replicas are alive: Cassandra's Unavailable counts. */
  readonly unavailable?: { required: number; alive: number };
  /** Whether acknowledgements from `hosts` satisfy the level (a Set or Map is not copied). */
  satisfied(hosts: AckedHosts): boolean;
  /** How many of `hosts` count towards `required` (WriteTimeout's "received"). */
  countTowards(hosts: AckedHosts): number;
}

/**
 * Plans a request at `level`. For reads at LOCAL_ONE and LOCAL_QUORUM only the local data
 * center's replicas are contacted; writes go to every live replica (Cassandra does the same).
 * Throws InvalidRequest for levels not served (SERIAL, LOCAL_SERIAL).
 */
export function planRequest(
  level: ConsistencyLevel,
  placement: Placement,
  isAlive: (hostId: string) => boolean,
  localDc: string,
  forRead = false,
): RequestPlan {
  let plan: ReplicaPlan;
  try {
    plan = replicaPlan(level, placement.replicas, isAlive, {
      replicationFactor: placement.replicationFactor,
      replicationFactorByDc: placement.replicationFactorByDc,
      localDc,
      dcOf: placement.dcOf,
    });
  } catch (err) {
    if (err instanceof UnsupportedConsistencyError) throw new InvalidRequest(err.message);
    throw err;
  }
  // No replica at all (replication factor 0) can satisfy no level: at least one answer.
  const required = Math.max(plan.required, 1);
  const aliveSet = new Set(plan.alive);
  const down = placement.replicas.filter((h) => !aliveSet.has(h));
  const local = isDatacenterLocal(level) ? plan.perDc?.get(localDc)?.alive : undefined;
  const contact = forRead && local !== undefined ? local : plan.alive;
  const unavailable = checkAvailability(plan) ?? (plan.alive.length === 0 && level !== 'ANY' ? { required, alive: 0 } : undefined);
  return {
    required,
    contact,
    down,
    ...(unavailable === undefined ? {} : { unavailable: { required: Math.max(unavailable.required, 1), alive: unavailable.alive } }),
    satisfied: (hosts) => isPlanSatisfied(plan, hosts),
    countTowards: (hosts) => countAcks(plan, hosts),
  };
}
