// NATS subject names. Every subject starts with `cassia.<cluster>.` so several clusters
// can share one NATS deployment (and tests can share a server).
//
//   cassia.<cluster>.node.<hostId>.<verb>   replica verbs served by one node (request/reply):
//                                           mutate, read, range, hint, batch (replica.proto)
//   cassia.<cluster>.node.<hostId>.admin    operator tools' verb served by one node (admin.proto, admin.ts)
//   cassia.<cluster>.gossip.<endpointId>    gossip SYN/ACK/ACK2 to one member (publish, gossip.proto)
//   cassia.<cluster>.gossip.any             a gossip SYN to one random member (queue group GOSSIP_QUEUE_GROUP)

export const REPLICA_VERBS = ['mutate', 'read', 'range', 'hint', 'batch'] as const;
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

/** The JetStream KV bucket holding the cluster metadata document. */
export function metadataBucket(cluster: string): string {
  return `cassia_${cluster}_metadata`;
}

/** The endpoint id reserved for gossipAnySubject: no member may be called this. */
export const GOSSIP_ANY_ENDPOINT = 'any';
/** Every member subscribes to gossipAnySubject in this queue group, so one random member gets each message. */
export const GOSSIP_QUEUE_GROUP = 'gossip';

/** Where gossip messages for one member are published. */
export function gossipSubject(cluster: string, endpointId: string): string {
  assertSubjectToken('endpoint id', endpointId);
  if (endpointId === GOSSIP_ANY_ENDPOINT) throw new RangeError(`endpoint id "${GOSSIP_ANY_ENDPOINT}" is reserved`);
  return `cassia.${cluster}.gossip.${endpointId}`;
}

/** Where a gossip SYN for any one member (the "seed") is published. */
export function gossipAnySubject(cluster: string): string {
  return `cassia.${cluster}.gossip.${GOSSIP_ANY_ENDPOINT}`;
}
