// How gossip messages travel. The Gossiper only sends and receives plain GossipMessage
// objects through this interface; libs/cluster implements it over NATS subjects and sim.ts
// over a simulated network. Delivery is best effort: messages may be lost, delayed or
// reordered, never corrupted into another valid message.

import type { GossipMessage } from './messages.js';

/** Called for every message that arrives; `from` is the sending endpoint's id. */
export type GossipMessageHandler = (from: string, message: GossipMessage) => void;

export interface GossipTransport {
  /** Sends `message` to endpoint `to`, fire and forget. Never throws for an unreachable peer. */
  send(to: string, message: GossipMessage): void;
  /**
   * Sends `message` to one member chosen by the transport (the "seed": on NATS a queue
   * group, so one random subscriber gets it, possibly the sender itself, which ignores it).
   */
  sendToAny(message: GossipMessage): void;
  /**
   * Sets the handler for arriving messages (one handler per transport). The handler may
   * receive unvalidated values from a peer: the Gossiper validates everything it receives.
   */
  onMessage(handler: GossipMessageHandler): void;
  /** Stops sending and receiving. Idempotent. */
  close(): void;
}
