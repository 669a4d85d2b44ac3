// Replication strategies: which hosts hold the replicas of a token (Cassandra's locator/).

import assert from 'node:assert/strict';
import { ReplicationConfigError } from './errors.js';
import type { TokenRing } from './ring.js';
import type { Token } from './token.js';

/** Places the replicas of a token on a ring. Implementations are pure. */
export interface ReplicationStrategy {
  readonly replicationFactor: number;
  /** Host ids of the replicas of `token`, primary first, at most replicationFactor, distinct. */
  replicasFor(token: Token, ring: TokenRing): string[];
}

/** Largest replication factor accepted (Java's Integer.MAX_VALUE, as Cassandra parses it). */
export const REPLICATION_FACTOR_MAX = 0x7fff_ffff;

/** Package prefix Cassandra adds to unqualified strategy class names. */
const LOCATOR_PACKAGE = 'org.apache.cassandra.locator.';
const SIMPLE_STRATEGY = 'SimpleStrategy';
const NETWORK_TOPOLOGY_STRATEGY = 'NetworkTopologyStrategy';
const CLASS_OPTION = 'class';
const REPLICATION_FACTOR_OPTION = 'replication_factor';

/**
 * Cassandra's SimpleStrategy.calculateNaturalReplicas: starting at the vnode owning the token,
 * walk the ring clockwise and take each host not yet taken, until replicationFactor hosts are
 * found or the ring has been walked once. Ignores data centers and racks.
 */
export class SimpleStrategy implements ReplicationStrategy {
  readonly replicationFactor: number;

  constructor(replicationFactor: number) {
    assert(
      Number.isInteger(replicationFactor) && replicationFactor >= 0 && replicationFactor <= REPLICATION_FACTOR_MAX,
      'replicationFactor must be a non-negative integer',
    );
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

/**
 * Builds a strategy from a keyspace's replication map (CQL `WITH replication = {...}`).
 * Accepts `{class: 'SimpleStrategy' | 'org.apache.cassandra.locator.SimpleStrategy',
 * replication_factor: 'N'}`. Throws ReplicationConfigError with Cassandra's messages for a
 * missing or unknown class, a missing, non-numeric or negative replication_factor, and
 * unrecognized options. NetworkTopologyStrategy is recognized but not supported yet.
 */
export function strategyFromOptions(options: Readonly<Record<string, string>>): ReplicationStrategy {
  const className = own(options, CLASS_OPTION);
  if (className === undefined) throw new ReplicationConfigError('Missing replication strategy class');
  const qualified = className.includes('.') ? className : LOCATOR_PACKAGE + className;
  switch (qualified) {
    case LOCATOR_PACKAGE + SIMPLE_STRATEGY:
      return simpleStrategyFromOptions(options);
    case LOCATOR_PACKAGE + NETWORK_TOPOLOGY_STRATEGY:
      throw new ReplicationConfigError('NetworkTopologyStrategy is not supported yet');
    default:
      throw new ReplicationConfigError(`Unable to find replication strategy class '${qualified}'`);
  }
}

function simpleStrategyFromOptions(options: Readonly<Record<string, string>>): SimpleStrategy {
  for (const key of Object.keys(options)) {
    if (key !== CLASS_OPTION && key !== REPLICATION_FACTOR_OPTION) {
      throw new ReplicationConfigError(`Unrecognized strategy option {${key}} passed to ${SIMPLE_STRATEGY}`);
    }
  }
  const rf = own(options, REPLICATION_FACTOR_OPTION);
  if (rf === undefined) {
    throw new ReplicationConfigError(`${SIMPLE_STRATEGY} requires a replication_factor strategy option.`);
  }
  return new SimpleStrategy(parseReplicationFactor(rf));
}

/** Java's Integer.parseInt plus Cassandra's non-negative check. */
function parseReplicationFactor(rf: string): number {
  const n = /^[+-]?[0-9]{1,10}$/.test(rf) ? Number(rf) : NaN;
  if (!Number.isInteger(n) || n > REPLICATION_FACTOR_MAX || n < -REPLICATION_FACTOR_MAX - 1) {
    throw new ReplicationConfigError(`Replication factor must be numeric; found ${rf}`);
  }
  if (n < 0) throw new ReplicationConfigError(`Replication factor must be non-negative; found ${rf}`);
  return n === 0 ? 0 : n; // '-0' parses to -0
}

function own(options: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}
