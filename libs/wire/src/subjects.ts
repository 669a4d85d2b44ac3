// NATS subject names. Every subject starts with `cassia.<cluster>.` so several clusters
// can share one NATS deployment (and tests can share a server).
//
//   cassia.<cluster>.node.<hostId>.<verb>   replica verbs served by one node (request/reply)
//   cassia.<cluster>.heartbeat              node liveness heartbeats (publish)

export const REPLICA_VERBS = ['mutate', 'read'] as const;
export type ReplicaVerb = (typeof REPLICA_VERBS)[number];

const TOKEN_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Cluster names and host ids become subject tokens: letters, digits, '_' and '-' only. */
export function assertSubjectToken(kind: string, value: string): void {
  if (!TOKEN_PATTERN.test(value)) {
    throw new RangeError(`${kind} "${value}" may contain only letters, digits, '_' and '-'`);
  }
}

export function replicaSubject(cluster: string, hostId: string, verb: ReplicaVerb): string {
  return `cassia.${cluster}.node.${hostId}.${verb}`;
}

export function heartbeatSubject(cluster: string): string {
  return `cassia.${cluster}.heartbeat`;
}

/** The JetStream KV bucket holding the cluster metadata document. */
export function metadataBucket(cluster: string): string {
  return `cassia_${cluster}_metadata`;
}
