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
export {
  HeartbeatPublisher,
  LivenessTracker,
  systemClock,
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_TIMEOUT_MS,
  LIVENESS_CHECK_INTERVAL_MS,
  type Clock,
  type NodeLiveness,
} from './liveness.js';
