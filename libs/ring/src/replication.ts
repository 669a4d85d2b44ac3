// Replication strategies: which hosts hold the replicas of a token (Cassandra's locator/).
// This file holds the contract and SimpleStrategy; NetworkTopologyStrategy lives in
// network-topology-strategy.ts and the keyspace-options parser in replication-options.ts.

import assert from 'node:assert/strict';
import type { TokenRing } from './ring.js';
import type { Token } from './token.js';

/** Places the replicas of a token on a ring. Implementations are pure and immutable. */
export interface ReplicationStrategy {
  /** Total replication factor: the sum over data centers for NetworkTopologyStrategy. */
  readonly replicationFactor: number;
  /**
   * Factor per data center (NetworkTopologyStrategy; only data centers with a factor above 0),
   * or undefined when the strategy does not split replicas by data center (SimpleStrategy).
   * Consistency levels use it: LOCAL_QUORUM is a quorum of the local data center's factor and
   * EACH_QUORUM a quorum in each of these data centers.
   */
  readonly replicationFactorByDc: ReadonlyMap<string, number> | undefined;
  /** Host ids of the replicas of `token`, primary first, at most replicationFactor, distinct. */
  replicasFor(token: Token, ring: TokenRing): string[];
}

/** Largest replication factor accepted (Java's Integer.MAX_VALUE, as Cassandra parses it). */
export const REPLICATION_FACTOR_MAX = 0x7fff_ffff;

/** Whether `rf` is a valid replication factor: an integer in [0, REPLICATION_FACTOR_MAX]. */
export function isReplicationFactor(rf: number): boolean {
  return Number.isInteger(rf) && rf >= 0 && rf <= REPLICATION_FACTOR_MAX;
}

/**
 * Cassandra's SimpleStrategy.calculateNaturalReplicas: starting at the vnode owning the token,
 * walk the ring clockwise and take each host not yet taken, until replicationFactor hosts are
 * found or the ring has been walked once. Ignores data centers and racks.
 */
export class SimpleStrategy implements ReplicationStrategy {
  readonly replicationFactor: number;
  /** Always undefined: SimpleStrategy does not split replicas by data center. */
  readonly replicationFactorByDc: undefined = undefined;

  constructor(replicationFactor: number) {
    assert(isReplicationFactor(replicationFactor), 'replicationFactor must be a non-negative integer');
    this.replicationFactor = replicationFactor;
  }

  replicasFor(token: Token, ring: TokenRing): string[] {
    const n = ring.tokenCount;
    const wanted = Math.min(this.replicationFactor, ring.ownerCount);
    const replicas: string[] = [];
    if (n === 0 || wanted === 0) return replicas;
    const seen = new Set<string>();
    const start = ring.firstIndexAtOrAfter(token);
    for (let step = 0; step < n && replicas.length < wanted; step++) {
      const hostId = ring.hostIdAt((start + step) % n);
      if (!seen.has(hostId)) {
        seen.add(hostId);
        replicas.push(hostId);
      }
    }
    return replicas;
  }
}
