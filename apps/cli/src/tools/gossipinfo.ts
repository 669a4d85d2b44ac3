// `cassia gossipinfo [--node N]`: nodetool gossipinfo — one node's gossip view (by default
// the first node that answers): every endpoint it knows with its generation, heartbeat,
// its verdict (up or down, phi) and application states as KEY:version:value.
import { ApplicationState } from '@cassia/gossip';
import type { ClusterClient } from './client.js';
import { NodesFailedError } from './errors.js';
import { gossipState, gossipViewFrom, type GossipEndpointView } from './node-stats.js';

/** Suspicion at or above this is shown as Infinity (a node long gone). */
const PHI_SHOWN_MAX = 1e9;

export interface GossipInfoReport {
  observer: { hostId: string; name: string };
  endpoints: (GossipEndpointView & { name: string })[];
}

export async function collectGossipInfo(client: ClusterClient, o: { node?: string; timeoutMs: number }): Promise<GossipInfoReport> {
  const candidates = o.node === undefined ? client.view.nodes : [client.view.node(o.node)];
  if (candidates.length === 0) throw new NodesFailedError(`cluster '${client.view.clusterName}' has no storage nodes`);
  const failures: string[] = [];
  for (const node of candidates) {
    const a = await client.ask(node.hostId, 'gossipInfo', o.timeoutMs);
    if (!a.ok) {
      failures.push(`${node.name}: ${a.failure.message}`);
      continue;
    }
    const view = gossipViewFrom(a.value);
    return {
      observer: { hostId: node.hostId, name: node.name },
      endpoints: view.endpoints.map((e) => ({ ...e, name: client.view.nodeById(e.endpoint)?.name ?? gossipState(e, ApplicationState.HOST_NAME) ?? e.endpoint })),
    };
  }
  throw new NodesFailedError(`no node answered: ${failures.join('; ')}`);
}

export function renderGossipInfo(r: GossipInfoReport): string {
  const out = [`(as seen by ${r.observer.name}, ${r.observer.hostId})`];
  for (const e of r.endpoints) {
    out.push(
      `${e.name}/${e.endpoint}`,
      `  generation:${e.generation}`,
      `  heartbeat:${e.heartbeat}`,
      `  alive:${e.alive}`,
      `  phi:${e.phi >= PHI_SHOWN_MAX ? 'Infinity' : e.phi.toFixed(2)}`,
      ...e.states.map((s) => `  ${s.key}:${s.version}:${s.value}`),
    );
  }
  return out.join('\n') + '\n';
}
