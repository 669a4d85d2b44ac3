// Gossip over NATS: @cassia/gossip's GossipTransport on plain publish/subscribe.
//
//   cassia.<cluster>.gossip.<endpointId>   messages for one member (each member subscribes to its own)
//   cassia.<cluster>.gossip.any            SYNs for any one member: every member subscribes in the
//                                          queue group GOSSIP_QUEUE_GROUP, so NATS hands each message
//                                          to one random subscriber (the "seed" of a new member)
//
// Every message is a gossip.Envelope (libs/wire/proto/gossip.proto) carrying the sender's
// endpoint id. Publishing is fire and forget: a message to a member that is gone is simply
// lost, as gossip expects. A member may receive its own SYN from the queue group; the
// Gossiper ignores it and the next round tries again. Nothing received can throw: bytes
// that do not decode to a valid message are counted in stats().decodeErrors and dropped.
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import {
  GossipMessageError,
  isEndpointId,
  parseGossipMessage,
  type EndpointStateDelta,
  type GossipDigest,
  type GossipMessage,
  type GossipMessageHandler,
  type GossipTransport,
} from '@cassia/gossip';
import {
  GOSSIP_QUEUE_GROUP,
  assertSubjectToken,
  encode,
  gossip,
  gossipAnySubject,
  gossipSubject,
  toNumber,
  toULong,
  type GossipDigestMessage,
  type GossipEndpointStateMessage,
  type GossipEnvelopeMessage,
} from '@cassia/wire';

export interface NatsGossipTransportStats {
  readonly sent: number;
  /** Publishes that failed (connection closed or draining, payload too large). */
  readonly sendErrors: number;
  readonly received: number;
  /** Received payloads that were not a valid gossip envelope. */
  readonly decodeErrors: number;
}

const u64 = (n: number) => toULong(BigInt(n));

function digestToWire(d: GossipDigest): GossipDigestMessage {
  return { endpoint: d.endpoint, generation: u64(d.generation), maxVersion: u64(d.maxVersion) };
}

function stateToWire(s: EndpointStateDelta): GossipEndpointStateMessage {
  return {
    endpoint: s.endpoint,
    generation: u64(s.generation),
    heartbeatVersion: u64(s.heartbeatVersion),
    applicationStates: s.applicationStates.map((a) => ({ key: a.key, value: a.value, version: u64(a.version) })),
  };
}

/** Encodes `message` from `sender` as a gossip.Envelope. */
export function encodeGossipEnvelope(sender: string, message: GossipMessage): Uint8Array {
  const envelope: GossipEnvelopeMessage = { sender };
  switch (message.kind) {
    case 'syn':
      envelope.syn = { clusterName: message.clusterName, digests: message.digests.map(digestToWire) };
      break;
    case 'ack':
      envelope.ack = { digests: message.digests.map(digestToWire), states: message.states.map(stateToWire) };
      break;
    case 'ack2':
      envelope.ack2 = { states: message.states.map(stateToWire) };
      break;
  }
  return encode(gossip.Envelope, envelope);
}

/** Plain objects in @cassia/gossip's shape, still unvalidated (numbers may be unsafe). */
function digestsFromWire(ds: GossipDigestMessage[] | null | undefined): unknown[] {
  return (ds ?? []).map((d) => ({
    endpoint: d.endpoint ?? '',
    generation: toNumber(d.generation),
    maxVersion: toNumber(d.maxVersion),
  }));
}

function statesFromWire(ss: GossipEndpointStateMessage[] | null | undefined): unknown[] {
  return (ss ?? []).map((s) => ({
    endpoint: s.endpoint ?? '',
    generation: toNumber(s.generation),
    heartbeatVersion: toNumber(s.heartbeatVersion),
    applicationStates: (s.applicationStates ?? []).map((a) => ({
      key: a.key ?? '',
      value: a.value ?? '',
      version: toNumber(a.version),
    })),
  }));
}

/**
 * Decodes and validates a gossip.Envelope. Throws GossipMessageError (with the protobuf
 * error as `cause` when the bytes do not parse) for anything that is not a valid message
 * within @cassia/gossip's limits.
 */
export function decodeGossipEnvelope(bytes: Uint8Array): { sender: string; message: GossipMessage } {
  let envelope: GossipEnvelopeMessage;
  try {
    envelope = gossip.Envelope.decode(bytes);
  } catch (err) {
    throw new GossipMessageError('not a gossip envelope', { cause: err });
  }
  const sender = envelope.sender;
  if (!isEndpointId(sender)) throw new GossipMessageError(`bad sender id ${JSON.stringify(sender)?.slice(0, 80)}`);
  let plain: unknown;
  if (envelope.syn) {
    plain = { kind: 'syn', clusterName: envelope.syn.clusterName ?? '', digests: digestsFromWire(envelope.syn.digests) };
  } else if (envelope.ack) {
    plain = { kind: 'ack', digests: digestsFromWire(envelope.ack.digests), states: statesFromWire(envelope.ack.states) };
  } else if (envelope.ack2) {
    plain = { kind: 'ack2', states: statesFromWire(envelope.ack2.states) };
  } else {
    throw new GossipMessageError('envelope holds no message');
  }
  return { sender, message: parseGossipMessage(plain) };
}

/** One member's gossip transport over a NATS connection it shares with the rest of the process. */
export class NatsGossipTransport implements GossipTransport {
  private readonly directSubject: string;
  private readonly anySubject: string;
  private subscriptions: Subscription[] = [];
  private closed = false;
  private readonly counters = { sent: 0, sendErrors: 0, received: 0, decodeErrors: 0 };

  /** `selfId` must be a valid subject token and not the reserved "any". */
  constructor(
    private readonly nc: NatsConnection,
    private readonly clusterName: string,
    readonly selfId: string,
  ) {
    assertSubjectToken('cluster', clusterName);
    this.directSubject = gossipSubject(clusterName, selfId);
    this.anySubject = gossipAnySubject(clusterName);
  }

  send(to: string, message: GossipMessage): void {
    let subject: string;
    try {
      subject = gossipSubject(this.clusterName, to);
    } catch {
      this.counters.sendErrors++; // an id no member can have (e.g. "any"): nobody to reach
      return;
    }
    this.publish(subject, message);
  }

  sendToAny(message: GossipMessage): void {
    this.publish(this.anySubject, message);
  }

  /** Subscribes to our own subject and to the "any" queue group. Call once. */
  onMessage(handler: GossipMessageHandler): void {
    if (this.subscriptions.length > 0) throw new Error('NatsGossipTransport.onMessage called twice');
    if (this.closed) return;
    const callback = (err: Error | null, msg: { data: Uint8Array }): void => {
      if (err !== null || this.closed) return;
      this.counters.received++;
      let decoded: { sender: string; message: GossipMessage };
      try {
        decoded = decodeGossipEnvelope(msg.data);
      } catch (e) {
        if (!(e instanceof GossipMessageError)) throw e;
        this.counters.decodeErrors++;
        return;
      }
      handler(decoded.sender, decoded.message);
    };
    this.subscriptions = [
      this.nc.subscribe(this.directSubject, { callback }),
      this.nc.subscribe(this.anySubject, { queue: GOSSIP_QUEUE_GROUP, callback }),
    ];
  }

  /**
   * Resolves once the server holds our subscriptions (a NATS flush round trip after
   * onMessage subscribed), so a gossiper started afterwards can be answered at once.
   */
  async ready(): Promise<void> {
    if (this.closed || this.nc.isClosed()) return;
    await this.nc.flush();
  }

  /** Resolves once everything published so far reached the server (e.g. after Gossiper.shutdown()). */
  async flush(): Promise<void> {
    if (this.nc.isClosed()) return;
    await this.nc.flush();
  }

  /** Unsubscribes; later sends are dropped. The connection stays open (it is shared). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.subscriptions) s.unsubscribe();
    this.subscriptions = [];
  }

  stats(): NatsGossipTransportStats {
    return { ...this.counters };
  }

  private publish(subject: string, message: GossipMessage): void {
    if (this.closed || this.nc.isClosed()) return;
    const bytes = encodeGossipEnvelope(this.selfId, message); // a failure here is our bug: not caught
    try {
      this.nc.publish(subject, bytes);
      this.counters.sent++;
    } catch {
      this.counters.sendErrors++; // draining, closed meanwhile, or over the server's max_payload
    }
  }
}
