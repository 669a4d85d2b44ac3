// Typed errors of @cassia/gossip. A peer can only cause a GossipMessageError (its message is
// dropped and counted); misuse of the API by our own code fails node:assert or throws
// RangeError at the call.

/** A received gossip message is malformed or exceeds a limit; the message is dropped. */
export class GossipMessageError extends Error {
  override readonly name = 'GossipMessageError';
}
