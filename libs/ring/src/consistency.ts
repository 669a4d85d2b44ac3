// Consistency levels: how many replicas must answer (Cassandra's db/ConsistencyLevel).
//
// ONE, TWO, THREE, QUORUM and ALL count replicas in any data center, against the total
// replication factor. LOCAL_ONE and LOCAL_QUORUM count only replicas in the coordinator's data
// center, LOCAL_QUORUM against that data center's factor. EACH_QUORUM wants a quorum in every
// data center of the keyspace. ANY is one answer, which a hint stored by the coordinator may
// provide. SERIAL and LOCAL_SERIAL (Paxos) are not served yet. Which replicas are asked and
// which answers count is replica-plan.ts's business; this file owns the numbers.

import assert from 'node:assert/strict';
import { UnsupportedConsistencyError } from './errors.js';
import { isReplicationFactor } from './replication.js';

export type ConsistencyLevel =
  | 'ANY'
  | 'ONE'
  | 'TWO'
  | 'THREE'
  | 'QUORUM'
  | 'ALL'
  | 'LOCAL_ONE'
  | 'LOCAL_QUORUM'
  | 'EACH_QUORUM'
  | 'SERIAL'
  | 'LOCAL_SERIAL';

/** Native-protocol code of each consistency level. DO NOT CHANGE: part of the CQL wire protocol. */
export const CONSISTENCY_LEVELS: Readonly<Record<ConsistencyLevel, number>> = Object.freeze({
  ANY: 0x0000,
  ONE: 0x0001,
  TWO: 0x0002,
  THREE: 0x0003,
  QUORUM: 0x0004,
  ALL: 0x0005,
  LOCAL_QUORUM: 0x0006,
  EACH_QUORUM: 0x0007,
  SERIAL: 0x0008,
  LOCAL_SERIAL: 0x0009,
  LOCAL_ONE: 0x000a,
});

const BY_CODE: ReadonlyMap<number, ConsistencyLevel> = new Map(
  (Object.entries(CONSISTENCY_LEVELS) as [ConsistencyLevel, number][]).map(([level, code]) => [code, level]),
);

/** The level named `s` (case-insensitive, e.g. 'local_quorum'), or undefined. */
export function parseConsistencyLevel(s: string): ConsistencyLevel | undefined {
  const upper = s.toUpperCase();
  return Object.hasOwn(CONSISTENCY_LEVELS, upper) ? (upper as ConsistencyLevel) : undefined;
}

/** The level with native-protocol code `code`, or undefined. */
export function consistencyLevelFromCode(code: number): ConsistencyLevel | undefined {
  return BY_CODE.get(code);
}

/**
 * The replication factors a level counts against. A ReplicationStrategy is one, so a keyspace's
 * strategy may be passed as is.
 */
export interface ReplicationFactors {
  /** Total over all data centers. */
  readonly replicationFactor: number;
  /**
   * Factor per data center (NetworkTopologyStrategy). Undefined or absent: the keyspace does not
   * split replicas by data center (SimpleStrategy); LOCAL_QUORUM and EACH_QUORUM then use a
   * quorum of the total, as Cassandra does.
   */
  readonly replicationFactorByDc?: ReadonlyMap<string, number> | undefined;
}

/**
 * Number of replica answers `level` waits for (Cassandra's ConsistencyLevel.blockFor).
 *
 * - `blockFor(level, replicationFactor)`: one data center, every replica local. ANY, ONE,
 *   LOCAL_ONE 1; TWO 2; THREE 3; QUORUM, LOCAL_QUORUM, EACH_QUORUM floor(rf/2)+1; ALL rf.
 * - `blockFor(level, factors, localDc)`: as above against factors.replicationFactor, except
 *   with per-data-center factors LOCAL_QUORUM is floor(rf(localDc)/2)+1 (1 when localDc has no
 *   factor) and EACH_QUORUM the sum of eachQuorumByDc(factors).
 *
 * Throws UnsupportedConsistencyError for SERIAL and LOCAL_SERIAL. Asserts that factors are
 * integers in [0, REPLICATION_FACTOR_MAX].
 */
export function blockFor(level: ConsistencyLevel, replicationFactor: number): number;
export function blockFor(level: ConsistencyLevel, factors: ReplicationFactors, localDc: string): number;
export function blockFor(level: ConsistencyLevel, factors: number | ReplicationFactors, localDc?: string): number {
  const f: ReplicationFactors = typeof factors === 'number' ? { replicationFactor: factors } : factors;
  assertFactors(f);
  const byDc = f.replicationFactorByDc;
  switch (level) {
    case 'ANY':
    case 'ONE':
    case 'LOCAL_ONE':
      return 1;
    case 'TWO':
      return 2;
    case 'THREE':
      return 3;
    case 'QUORUM':
      return quorumOf(f.replicationFactor);
    case 'ALL':
      return f.replicationFactor;
    case 'LOCAL_QUORUM':
      return byDc === undefined ? quorumOf(f.replicationFactor) : quorumOf(byDc.get(localDc ?? '') ?? 0);
    case 'EACH_QUORUM': {
      if (byDc === undefined) return quorumOf(f.replicationFactor);
      let sum = 0;
      for (const rf of byDc.values()) if (rf > 0) sum += quorumOf(rf);
      return sum;
    }
    case 'SERIAL':
    case 'LOCAL_SERIAL':
      throw new UnsupportedConsistencyError(`${level} is not supported yet (needs lightweight transactions)`);
  }
}

/**
 * Answers EACH_QUORUM needs from each data center: floor(rf(dc)/2)+1 for every data center with
 * a factor above 0 (Cassandra never stores zero factors), in the factors' order; undefined
 * without per-data-center factors.
 */
export function eachQuorumByDc(factors: ReplicationFactors): Map<string, number> | undefined {
  assertFactors(factors);
  const byDc = factors.replicationFactorByDc;
  if (byDc === undefined) return undefined;
  return new Map([...byDc].filter(([, rf]) => rf > 0).map(([dc, rf]) => [dc, quorumOf(rf)]));
}

/** Whether `level` counts only the coordinator's data center (Cassandra's isDatacenterLocal). */
export function isDatacenterLocal(level: ConsistencyLevel): boolean {
  return level === 'LOCAL_ONE' || level === 'LOCAL_QUORUM' || level === 'LOCAL_SERIAL';
}

/** Cassandra's quorumFor: a majority of `rf` replicas. */
function quorumOf(rf: number): number {
  return Math.floor(rf / 2) + 1;
}

function assertFactors(f: ReplicationFactors): void {
  assert(isReplicationFactor(f.replicationFactor), 'replicationFactor must be a non-negative integer');
  for (const [dc, rf] of f.replicationFactorByDc ?? []) {
    assert(isReplicationFactor(rf), `replication factor of ${dc} must be a non-negative integer`);
  }
}
