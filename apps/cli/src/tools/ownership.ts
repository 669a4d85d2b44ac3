// Token ownership as `nodetool status` shows it:
//   raw        the share of the token space each node owns as primary replica (the ranges
//              ending at its vnode tokens), whatever the keyspaces;
//   effective  for one keyspace: the share of the token space each node holds a replica
//              of under the keyspace's replication strategy (Cassandra's
//              effectiveOwnership). Over all nodes it sums to the replication factor
//              (capped by the nodes that can take replicas).
import type { ReplicationStrategy, TokenRing } from '@cassia/ring';
import type { ClusterClient } from './client.js';
import { UsageError } from './errors.js';

/** Size of the token space: 2^64 positions. */
const TOKEN_SPACE = 1n << 64n;

/** Raw ownership by host id (0 for members without tokens). */
export function rawOwnership(ring: TokenRing): Map<string, number> {
  return ring.ownership();
}

/**
 * Effective ownership by host id for a keyspace replicated by `strategy`: each vnode range
 * (previous token, token] counts for every replica the strategy places for its end token.
 */
export function effectiveOwnership(ring: TokenRing, strategy: ReplicationStrategy): Map<string, number> {
  const held = new Map<string, bigint>(ring.members.map((m) => [m.hostId, 0n]));
  const n = ring.tokenCount;
  for (let i = 0; i < n; i++) {
    const end = ring.tokenAt(i);
    const start = ring.tokenAt(i === 0 ? n - 1 : i - 1);
    const span = n === 1 ? TOKEN_SPACE : BigInt.asUintN(64, end - start);
    for (const hostId of strategy.replicasFor(end, ring)) held.set(hostId, (held.get(hostId) ?? 0n) + span);
  }
  return new Map([...held].map(([hostId, span]) => [hostId, Number(span) / Number(TOKEN_SPACE)]));
}

/** Raw token ownership, or the effective ownership for `keyspace`'s replication (as nodetool status/ring). */
export function ownershipFor(client: ClusterClient, keyspace: string | undefined): Map<string, number> {
  const view = client.view;
  if (keyspace === undefined) return rawOwnership(view.ring);
  const ks = view.keyspace(keyspace);
  if (ks.strategy === undefined) throw new UsageError(`keyspace '${ks.name}' has a replication map the ring cannot use: ${ks.strategyError}`);
  return effectiveOwnership(view.ring, ks.strategy);
}
