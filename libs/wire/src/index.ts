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
  type RangeTombstoneMessage,
  type StoreHintRequest,
  type BatchRequest,
  type BatchResponse,
  type RangePositionMessage,
  type RangeReadRequest,
  type RangeReadResponse,
  type RangePartitionMessage,
  type ClusterMetadataMessage,
  type KeyspaceMessage,
  type TableMessage,
  type ColumnMessage,
  type MemberMessage,
} from './messages.js';
export { toBigInt, toLong, toULong, toNumber, type Int64Like } from './int64.js';
export { request, serve, DEFAULT_MAX_IN_FLIGHT, type ServeOptions } from './rpc.js';
export {
  ReplicaClient,
  ReplicaRefusedError,
  BATCH_ENTRIES_MAX,
  BATCH_BYTES_MAX,
  COALESCING_WINDOW_MS_MAX,
  type CallableVerb,
  type ReplicaClientOptions,
  type ReplicaClientStats,
} from './replica-client.js';
export type { ReplyCallback } from './request-mux.js';
export { encodeReadResponse, decodeReadResponse, encodeMutateRequest, decodeMutateRequest, encodeStoreHintRequest, type DecodedReadResponse } from './direct-codec.js';
export { connectNats, CONNECT_TIMEOUT_MS, RECONNECT_WAIT_MS, type ConnectOptions } from './connect.js';
export { RpcTimeoutError, RpcNoRespondersError, RpcConnectionError } from './errors.js';
export {
  REPLICA_VERBS,
  assertSubjectToken,
  replicaSubject,
  metadataBucket,
  gossipSubject,
  gossipAnySubject,
  GOSSIP_ANY_ENDPOINT,
  GOSSIP_QUEUE_GROUP,
  type ReplicaVerb,
} from './subjects.js';
export {
  gossip,
  type GossipEnvelopeMessage,
  type GossipSynMessage,
  type GossipAckMessage,
  type GossipAck2Message,
  type GossipDigestMessage,
  type GossipEndpointStateMessage,
  type GossipApplicationStateMessage,
} from './gossip-messages.js';
export { mutationToMessage, mutationFromMessage, partitionToMessage, partitionFromMessage } from './codec.js';
export { ReplicaErrorCode } from './replica-errors.js';
export {
  admin,
  adminSubject,
  adminRequestFor,
  requestAdmin,
  AdminErrorCode,
  AdminRefusedError,
  ADMIN_VERB,
  type AdminOp,
  type AdminResults,
  type AdminRequestMessage,
  type AdminResponseMessage,
  type NodeStatsMessage,
  type TableStatsMessage,
  type CompactionInfoMessage,
  type FlushResultMessage,
  type CompactResultMessage,
  type GossipInfoMessage,
  type GossipEndpointMessage,
} from './admin.js';
