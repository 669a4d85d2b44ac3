export { startNode, runNode, type RunningNode } from './node.js';
export {
  DEFAULT_CLUSTER_NAME,
  DEFAULT_NUM_TOKENS,
  DEFAULT_DC,
  DEFAULT_RACK,
  DEFAULT_NODE_METRICS_PORT,
  type NodeOptions,
} from './options.js';
export { loadIdentity, IDENTITY_FILE, type NodeIdentity } from './identity.js';
