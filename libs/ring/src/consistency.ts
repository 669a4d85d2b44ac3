// Consistency levels: how many replicas must answer (Cassandra's db/ConsistencyLevel).
//
// Cassia has one data center for now: LOCAL_ONE behaves as ONE and LOCAL_QUORUM as QUORUM.
// SERIAL, LOCAL_SERIAL (Paxos) and EACH_QUORUM (per-DC quorums) are not served yet.

import assert from 'node:assert/strict';
import { UnsupportedConsistencyError } from './errors.js';

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
 * Number of replica responses `level` waits for with `replicationFactor` replicas
 * (Cassandra's ConsistencyLevel.blockFor, single data center). Throws
 * UnsupportedConsistencyError for SERIAL, LOCAL_SERIAL and EACH_QUORUM.
 */
export function blockFor(level: ConsistencyLevel, replicationFactor: number): number {
  assert(Number.isInteger(replicationFactor) && replicationFactor >= 0, 'replicationFactor must be a non-negative integer');
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
    case 'LOCAL_QUORUM':
      return Math.floor(replicationFactor / 2) + 1;
    case 'ALL':
      return replicationFactor;
    case 'EACH_QUORUM':
      throw new UnsupportedConsistencyError('EACH_QUORUM is not supported yet (needs NetworkTopologyStrategy)');
    case 'SERIAL':
    case 'LOCAL_SERIAL':
      throw new UnsupportedConsistencyError(`${level} is not supported yet (needs lightweight transactions)`);
  }
}

/** What a coordinator needs to serve one request. */
export interface ReplicaPlan {
  /** Responses to wait for (blockFor). */
  readonly required: number;
  /** Live replicas in preference order (the order of `replicas`, primary first). */
  readonly alive: string[];
}

/**
 * Plans a request at `level` over `replicas` (host ids from ReplicationStrategy.replicasFor).
 * `replicationFactor` defaults to replicas.length; pass the keyspace's factor when the ring
 * has fewer hosts than that, as Cassandra counts against the configured factor. The request
 * is Unavailable when alive.length < required. ANY is planned like ONE (no hinted handoff yet).
 * Throws UnsupportedConsistencyError as blockFor does.
 */
export function replicaPlan(
  level: ConsistencyLevel,
  replicas: readonly string[],
  isAlive: (hostId: string) => boolean,
  replicationFactor: number = replicas.length,
): ReplicaPlan {
  return { required: blockFor(level, replicationFactor), alive: replicas.filter((h) => isAlive(h)) };
}
