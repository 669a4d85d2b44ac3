// Codes a replica answers in ReplicaError.code (replica.proto), so the coordinator can
// tell a refused request from a failed one.
export const ReplicaErrorCode = {
  /** The request could not be decoded or is not well-formed. */
  BadRequest: 'BAD_REQUEST',
  /** The table id is not (or no longer) in the node's cluster metadata. */
  UnknownTable: 'UNKNOWN_TABLE',
  /** Too many requests in flight on the node; nothing was applied. */
  Overloaded: 'OVERLOADED',
  /** The storage engine failed (disk full, corruption, ...). */
  Storage: 'STORAGE',
} as const;

export type ReplicaErrorCode = (typeof ReplicaErrorCode)[keyof typeof ReplicaErrorCode];
