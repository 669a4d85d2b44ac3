// What a storage node is told at start (flags or environment; see apps/cli).

export const DEFAULT_CLUSTER_NAME = 'cassia';
export const DEFAULT_NUM_TOKENS = 16;
export const DEFAULT_DC = 'datacenter1';
export const DEFAULT_RACK = 'rack1';
export const DEFAULT_NODE_METRICS_PORT = 9180;

export interface NodeOptions {
  /** NATS server URL(s), comma-separated. */
  nats: string;
  /** The node's data directory: identity, commit log (and later SSTables). */
  dataDir: string;
  /** Human-readable name; defaults to the host id's first 8 characters. */
  name?: string;
  dc: string;
  rack: string;
  /** Port of the /metrics and /healthz server; 0 picks a free one. */
  metricsPort: number;
  /** Interface the /metrics server binds to. */
  metricsHost: string;
  /** Cluster name: NATS subjects and the metadata bucket are scoped by it. */
  cluster: string;
  /** Tokens to allocate on first start (ignored later: tokens are kept). */
  numTokens: number;
  /** JetStream replicas of the cluster metadata bucket (MetadataStore.open); the same in every process. */
  metadataReplicas?: number;
  /** Gossip round interval (default GOSSIP_INTERVAL_MS, 1 s); tests may shorten it. */
  gossipIntervalMs?: number;
}
