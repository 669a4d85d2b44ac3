// Which nodes are up, as the tools decide it: a node is Up when it answers its admin verb
// within the deadline, Down otherwise. A SIGKILLed node is Down at once (its NATS
// connection closes, so its subject has no responders), a hung or cut-off one after the
// deadline; gossip would take its phi-accrual conviction time (about 5-7 s) to say the
// same. The gossip view of one live node is still read, for what a down node last
// gossiped (its load) and for what gossip itself believes.
import { ApplicationState } from '@cassia/gossip';
import type { ClusterClient, NodeFailure } from './client.js';
import type { NodeInfo } from './cluster-view.js';
import { gossipState, gossipViewFrom, nodeStatsFrom, type GossipView, type NodeStats } from './node-stats.js';

/** Default deadline for asking one node (status, info, stats…). */
export const DEFAULT_NODE_TIMEOUT_MS = 3_000;

export interface NodeState {
  node: NodeInfo;
  up: boolean;
  /** The node's own answer when up. */
  stats: NodeStats | undefined;
  failure: NodeFailure | undefined;
  /** What the gossip observer believes (undefined: no live observer, or it does not know the node). */
  gossipAlive: boolean | undefined;
  /** Load in bytes: the node's answer, else what it last gossiped; undefined when unknown. */
  loadBytes: number | undefined;
}

export interface ClusterState {
  nodes: NodeState[];
  /** The live node whose gossip view was read, if any. */
  gossip: GossipView | undefined;
}

/** Asks every node of the view for its stats, then one live node for its gossip view. */
export async function collectClusterState(client: ClusterClient, timeoutMs: number): Promise<ClusterState> {
  const nodes = client.view.nodes;
  const answers = await client.askAll(nodes.map((n) => n.hostId), 'stats', timeoutMs);
  const firstUp = nodes.find((n) => answers.get(n.hostId)?.ok === true);
  let gossip: GossipView | undefined;
  if (firstUp !== undefined) {
    const g = await client.ask(firstUp.hostId, 'gossipInfo', timeoutMs);
    if (g.ok) gossip = gossipViewFrom(g.value);
  }
  return {
    gossip,
    nodes: nodes.map((node) => {
      const a = answers.get(node.hostId)!;
      const stats = a.ok ? nodeStatsFrom(a.value) : undefined;
      const endpoint = gossip?.endpoints.find((e) => e.endpoint === node.hostId);
      const gossipLoad = Number(gossipState(endpoint, ApplicationState.LOAD));
      return {
        node,
        up: a.ok,
        stats,
        failure: a.ok ? undefined : a.failure,
        gossipAlive: endpoint?.alive,
        loadBytes: stats?.loadBytes ?? (Number.isFinite(gossipLoad) && endpoint !== undefined ? gossipLoad : undefined),
      };
    }),
  };
}

/** nodetool's two-letter status: U/D then N (normal), J (joining) or L (leaving). */
export function statusCode(up: boolean, lifecycle: NodeInfo['status']): string {
  return (up ? 'U' : 'D') + (lifecycle === 'JOINING' ? 'J' : lifecycle === 'LEAVING' ? 'L' : 'N');
}
