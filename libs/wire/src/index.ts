export {
  replica,
  cluster,
  encode,
  type MutateRequest,
  type MutateResponse,
  type ReadRequest,
  type ReadResponse,
  type ReplicaErrorMessage,
  type MutationMessage,
  type PartitionMessage,
  type RowMessage,
  type CellMessage,
  type DeletionTimeMessage,
  type LivenessMessage,
  type SliceMessage,
  type ClusterMetadataMessage,
  type KeyspaceMessage,
  type TableMessage,
  type ColumnMessage,
  type MemberMessage,
  type HeartbeatMessage,
} from './messages.js';
export { toBigInt, toLong, toULong, toNumber, type Int64Like } from './int64.js';
export { request, serve, DEFAULT_MAX_IN_FLIGHT, type ServeOptions } from './rpc.js';
export { connectNats, CONNECT_TIMEOUT_MS, RECONNECT_WAIT_MS, type ConnectOptions } from './connect.js';
export { RpcTimeoutError, RpcNoRespondersError, RpcConnectionError } from './errors.js';
export {
  REPLICA_VERBS,
  assertSubjectToken,
  replicaSubject,
  heartbeatSubject,
  metadataBucket,
  type ReplicaVerb,
} from './subjects.js';
export { mutationToMessage, mutationFromMessage, partitionToMessage, partitionFromMessage } from './codec.js';
export { ReplicaErrorCode } from './replica-errors.js';
