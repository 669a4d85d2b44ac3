// The protobuf messages, generated from proto/*.proto by scripts/gen-proto.sh.
import { cassia } from './gen/messages.js';

export const replica = cassia.replica;
export const cluster = cassia.cluster;

export type MutateRequest = cassia.replica.MutateRequest.$Properties;
export type MutateResponse = cassia.replica.MutateResponse.$Properties;
export type ReadRequest = cassia.replica.ReadRequest.$Properties;
export type ReadResponse = cassia.replica.ReadResponse.$Properties;
export type ReplicaErrorMessage = cassia.replica.ReplicaError.$Properties;
export type MutationMessage = cassia.replica.Mutation.$Properties;
export type PartitionMessage = cassia.replica.Partition.$Properties;
export type RowMessage = cassia.replica.Row.$Properties;
export type CellMessage = cassia.replica.Cell.$Properties;
export type DeletionTimeMessage = cassia.replica.DeletionTime.$Properties;
export type LivenessMessage = cassia.replica.Liveness.$Properties;
export type SliceMessage = cassia.replica.Slice.$Properties;
export type RangeTombstoneMessage = cassia.replica.RangeTombstone.$Properties;
export type StoreHintRequest = cassia.replica.StoreHintRequest.$Properties;
export type BatchRequest = cassia.replica.BatchRequest.$Properties;
export type BatchResponse = cassia.replica.BatchResponse.$Properties;
export type RangePositionMessage = cassia.replica.RangePosition.$Properties;
export type RangeReadRequest = cassia.replica.RangeReadRequest.$Properties;
export type RangeReadResponse = cassia.replica.RangeReadResponse.$Properties;
export type RangePartitionMessage = cassia.replica.RangePartition.$Properties;

export type ClusterMetadataMessage = cassia.cluster.ClusterMetadata.$Properties;
export type KeyspaceMessage = cassia.cluster.Keyspace.$Properties;
export type TableMessage = cassia.cluster.Table.$Properties;
export type ColumnMessage = cassia.cluster.Column.$Properties;
export type MemberMessage = cassia.cluster.Member.$Properties;

/** Encodes a message to bytes (a thin wrapper over the generated `encode`). */
export function encode<T>(type: { encode(m: T): { finish(): Uint8Array } }, message: T): Uint8Array {
  return type.encode(message).finish();
}
