// Public API of @cassia/ring: Cassandra-compatible Murmur3 tokens, vnode allocation, the token
// ring, replication strategies and consistency levels. Named exports only.

export { murmur3_x64_128, MURMUR3_INPUT_BYTES_MAX } from './murmur3.js';
export {
  type Token,
  MIN_TOKEN,
  MAX_TOKEN,
  TOKEN_STRING_CHARS_MAX,
  isToken,
  murmur3Token,
  tokenToString,
  parseToken,
} from './token.js';
export {
  PARTITION_KEY_BYTES_MAX,
  PARTITION_KEY_COMPONENTS_MAX,
  serializePartitionKey,
  splitPartitionKey,
} from './partition-key.js';
export { type RandomSource, cryptoRandomSource, seededRandomSource } from './random.js';
export { ALLOCATION_TOKENS_MAX, ALLOCATION_DRAWS_PER_TOKEN_MAX, allocateRandomTokens } from './allocation.js';
export { type RingMember, RING_TOKENS_MAX, TokenRing } from './ring.js';
export {
  type ReplicationStrategy,
  REPLICATION_FACTOR_MAX,
  isReplicationFactor,
  SimpleStrategy,
} from './replication.js';
export { NetworkTopologyStrategy } from './network-topology-strategy.js';
export { strategyFromOptions, prepareReplicationOptions } from './replication-options.js';
export {
  type ConsistencyLevel,
  type ReplicationFactors,
  CONSISTENCY_LEVELS,
  parseConsistencyLevel,
  consistencyLevelFromCode,
  blockFor,
  eachQuorumByDc,
  isDatacenterLocal,
} from './consistency.js';
export {
  type ReplicaTopology,
  type DcReplicaPlan,
  type ReplicaPlan,
  type Unavailability,
  type AckedHosts,
  replicaPlan,
  checkAvailability,
  countAcks,
  isPlanSatisfied,
} from './replica-plan.js';
export {
  CASSANDRA_ERROR_CODE_INVALID,
  CASSANDRA_ERROR_CODE_CONFIG,
  ReplicationConfigError,
  PartitionKeyError,
  UnsupportedConsistencyError,
  RingError,
  TokenAllocationError,
} from './errors.js';
