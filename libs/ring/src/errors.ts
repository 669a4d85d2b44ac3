// Typed errors of @cassia/ring. Errors a client can cause carry the Cassandra native-protocol
// error code the gateway should answer with; programmer errors are node:assert failures.

/** Cassandra native-protocol error code for an invalid request (`Invalid`, 0x2200). */
export const CASSANDRA_ERROR_CODE_INVALID = 0x2200;
/** Cassandra native-protocol error code for a configuration error (`Config_error`, 0x2300). */
export const CASSANDRA_ERROR_CODE_CONFIG = 0x2300;

/** Keyspace replication options are invalid (Cassandra's ConfigurationException). */
export class ReplicationConfigError extends Error {
  override readonly name = 'ReplicationConfigError';
  readonly code = CASSANDRA_ERROR_CODE_CONFIG;
}

/** A partition key cannot be serialized, or serialized bytes do not split into components. */
export class PartitionKeyError extends Error {
  override readonly name = 'PartitionKeyError';
  readonly code = CASSANDRA_ERROR_CODE_INVALID;
}

/** A consistency level cannot be served yet (for example SERIAL before Paxos exists). */
export class UnsupportedConsistencyError extends Error {
  override readonly name = 'UnsupportedConsistencyError';
  readonly code = CASSANDRA_ERROR_CODE_INVALID;
}

/** Ring membership is inconsistent (duplicate host ids, a token claimed twice, empty ring). */
export class RingError extends Error {
  override readonly name = 'RingError';
}

/** Random token allocation gave up: the random source kept producing taken tokens. */
export class TokenAllocationError extends Error {
  override readonly name = 'TokenAllocationError';
}
