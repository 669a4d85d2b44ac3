// NetworkTopologyStrategy: a replication factor per data center, replicas spread over racks.
//
// Placement is Cassandra's NetworkTopologyStrategy.calculateNaturalReplicas (3.0 and later,
// DatacenterEndpoints): one clockwise walk of the ring from the vnode owning the token. Each
// data center with a factor rf > 0 and at least one host on the ring wants min(rf, hosts)
// replicas. A host in such a data center is taken when that data center still wants replicas
// and the host is not taken yet, and either
//   - its rack has not been met in that data center yet during this walk, or
//   - the data center still has rack repeats left: rf - (racks of the data center) at the
//     start, one used up per host taken from an already met rack.
// With at least rf racks no rack holds two replicas; with fewer racks every rack holds one and
// the first hosts met on already used racks fill the rest. Replicas come back in the order
// they were taken (the walk order), so the primary is the first host of a wanted data center.
//
// The replica set equals that of Cassandra 2.x's two-pass "skipped endpoints" algorithm; only
// the order can differ (2.x appended skipped hosts once all racks were seen, 3.0+ takes them
// where they are met while repeats are allowed). Cassia follows 3.0+.
//
// Hosts count as on the ring when they own at least one token (Cassandra's Topology holds
// normal, token-owning endpoints); a data center's hosts and racks are counted among those.

import assert from 'node:assert/strict';
import { isReplicationFactor, type ReplicationStrategy } from './replication.js';
import type { TokenRing } from './ring.js';
import type { Token } from './token.js';

/** Hosts and racks of one data center among the token-owning members of a ring. */
interface DcTopology {
  hosts: number;
  racks: Set<string>;
}

/** Data center topologies per ring; rings are immutable, so this is computed once per ring. */
const TOPOLOGIES = new WeakMap<TokenRing, ReadonlyMap<string, DcTopology>>();

function topologyOf(ring: TokenRing): ReadonlyMap<string, DcTopology> {
  let topology = TOPOLOGIES.get(ring);
  if (topology === undefined) {
    const byDc = new Map<string, DcTopology>();
    for (const m of ring.members) {
      if (m.tokens.length === 0) continue;
      let dc = byDc.get(m.dc);
      if (dc === undefined) byDc.set(m.dc, (dc = { hosts: 0, racks: new Set() }));
      dc.hosts++;
      dc.racks.add(m.rack);
    }
    topology = byDc;
    TOPOLOGIES.set(ring, topology);
  }
  return topology;
}

/** Progress of one data center during a walk (Cassandra's DatacenterEndpoints). */
interface DcFill {
  /** Replicas still wanted from this data center. */
  left: number;
  /** Hosts that may still be taken from racks already seen. */
  rackRepeatsLeft: number;
  /** Racks of this data center met during the walk. */
  racksSeen: Set<string>;
}

export class NetworkTopologyStrategy implements ReplicationStrategy {
  /** Sum of the per-data-center factors. */
  readonly replicationFactor: number;
  /** Data center → factor, in the order given, without zero factors. Never empty-keyed. */
  readonly replicationFactorByDc: ReadonlyMap<string, number>;

  /**
   * `factors`: data center name → replication factor. Factors of 0 are dropped, as Cassandra's
   * CREATE/ALTER KEYSPACE drops them; an empty result places no replicas. Asserts that every
   * name is non-empty and every factor is an integer in [0, REPLICATION_FACTOR_MAX].
   */
  constructor(factors: ReadonlyMap<string, number>) {
    const kept = new Map<string, number>();
    let total = 0;
    for (const [dc, rf] of factors) {
      assert(dc !== '', 'data center names must be non-empty');
      assert(isReplicationFactor(rf), `replication factor of ${dc} must be a non-negative integer`);
      if (rf === 0) continue;
      kept.set(dc, rf);
      total += rf;
    }
    this.replicationFactorByDc = kept;
    this.replicationFactor = total;
  }

  replicasFor(token: Token, ring: TokenRing): string[] {
    const n = ring.tokenCount;
    const replicas: string[] = [];
    if (n === 0) return replicas;
    const topology = topologyOf(ring);
    const fills = new Map<string, DcFill>();
    for (const [dc, rf] of this.replicationFactorByDc) {
      const t = topology.get(dc);
      if (t === undefined) continue; // no host of this data center owns a token
      fills.set(dc, { left: Math.min(rf, t.hosts), rackRepeatsLeft: rf - t.racks.size, racksSeen: new Set() });
    }
    let dcsToFill = fills.size;
    const taken = new Set<string>();
    const start = ring.firstIndexAtOrAfter(token);
    for (let step = 0; step < n && dcsToFill > 0; step++) {
      const hostId = ring.hostIdAt((start + step) % n);
      const member = ring.member(hostId)!;
      const fill = fills.get(member.dc);
      if (fill === undefined || fill.left === 0 || taken.has(hostId)) continue;
      if (!fill.racksSeen.has(member.rack)) {
        fill.racksSeen.add(member.rack);
      } else if (fill.rackRepeatsLeft > 0) {
        fill.rackRepeatsLeft--;
      } else {
        continue;
      }
      taken.add(hostId);
      replicas.push(hostId);
      if (--fill.left === 0) dcsToFill--;
    }
    // Every host of a wanted data center is met in one walk, so every data center is filled.
    assert(dcsToFill === 0, 'NetworkTopologyStrategy walk ended with data centers still wanting replicas');
    return replicas;
  }
}
