export {
  MetadataStore,
  MetadataContentionError,
  emptyMetadata,
  decodeMetadata,
  METADATA_KEY,
  METADATA_FORMAT_VERSION,
  METADATA_HISTORY,
  CAS_ATTEMPTS_MAX,
  METADATA_OP_TIMEOUT_MS,
  WATCH_RETRY_DELAY_MS,
  type MetadataSnapshot,
} from './metadata.js';
export { Membership, CONVICTION_CLEAR_BEATS, type MembershipOptions, type MemberView } from './membership.js';
export { registerMembershipMetrics } from './membership-metrics.js';
export {
  NatsGossipTransport,
  encodeGossipEnvelope,
  decodeGossipEnvelope,
  type NatsGossipTransportStats,
} from './gossip-transport.js';
