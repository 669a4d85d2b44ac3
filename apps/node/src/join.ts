// First start and restart: establish the node's identity (host id and tokens, kept in
// its data directory) and make the cluster metadata list it as a NORMAL member.
import { allocateRandomTokens, cryptoRandomSource, tokenToString, type Token } from '@cassia/ring';
import type { MetadataStore } from '@cassia/cluster';
import { toBigInt, toLong, type ClusterMetadataMessage } from '@cassia/wire';
import { IdentityError, loadIdentity, newHostId, saveIdentity, type NodeIdentity } from './identity.js';

export class TokenCollisionError extends Error {
  override readonly name = 'TokenCollisionError';
}

function takenTokens(doc: ClusterMetadataMessage, exceptHostId: string): Set<Token> {
  const taken = new Set<Token>();
  for (const member of Object.values(doc.members ?? {})) {
    if (member.hostId === exceptHostId) continue;
    for (const t of member.tokens ?? []) taken.add(toBigInt(t));
  }
  return taken;
}

/**
 * Loads the identity or creates it (allocating `numTokens` tokens not yet taken in the
 * cluster), then records the member in the metadata (compare-and-set). Idempotent.
 */
export async function joinCluster(
  store: MetadataStore,
  options: { dataDir: string; cluster: string; numTokens: number; name?: string; dc: string; rack: string },
): Promise<{ identity: NodeIdentity; name: string }> {
  let identity = await loadIdentity(options.dataDir);
  if (identity !== undefined && identity.cluster !== options.cluster) {
    throw new IdentityError(
      `data directory ${options.dataDir} belongs to cluster "${identity.cluster}", not "${options.cluster}"`,
    );
  }
  if (identity === undefined) {
    const hostId = newHostId();
    const { doc } = await store.read();
    const tokens = allocateRandomTokens(options.numTokens, cryptoRandomSource, takenTokens(doc, hostId));
    identity = { hostId, cluster: options.cluster, tokens };
    await saveIdentity(options.dataDir, identity);
  }
  const self = identity;
  const name = options.name ?? self.hostId.slice(0, 8);
  await store.update((doc) => {
    const taken = takenTokens(doc, self.hostId);
    const clash = self.tokens.find((t) => taken.has(t));
    if (clash !== undefined) {
      throw new TokenCollisionError(`token ${tokenToString(clash)} of this node is already owned by another member`);
    }
    const existing = doc.members?.[self.hostId];
    if (existing !== undefined && (existing.dc !== options.dc || existing.rack !== options.rack)) {
      // As Cassandra: a node's replicas were placed by its data center and rack.
      throw new IdentityError(
        `this node was in data center "${existing.dc}" rack "${existing.rack}"; ` +
          `it cannot restart in "${options.dc}" rack "${options.rack}"`,
      );
    }
    const tokens = self.tokens.map(toLong);
    const same =
      existing !== undefined &&
      existing.name === name &&
      existing.dc === options.dc &&
      existing.rack === options.rack &&
      existing.status === 'NORMAL' &&
      (existing.tokens ?? []).length === tokens.length &&
      (existing.tokens ?? []).every((t, i) => toBigInt(t) === self.tokens[i]);
    if (same) return false;
    doc.members = doc.members ?? {};
    doc.members[self.hostId] = { hostId: self.hostId, name, dc: options.dc, rack: options.rack, tokens, status: 'NORMAL' };
    return true;
  });
  return { identity: self, name };
}
