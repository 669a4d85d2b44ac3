// The three gossip messages (Cassandra's GossipDigestSyn, GossipDigestAck, GossipDigestAck2)
// as plain objects, the limits every message and every endpoint state obeys, and
// parseGossipMessage, which checks an untrusted value against both before it is used.
//
//   SYN  A→B  cluster name + one digest (endpoint, generation, maxVersion) per endpoint A knows
//   ACK  B→A  digests of endpoints B wants newer data for + states A lacks (deltas)
//   ACK2 A→B  the states B asked for
//
// A delta is an endpoint's heartbeat plus every application state whose version is above
// the version the receiver said it has; a delta is never split across messages, so "I have
// version v" always means "I have everything up to v".

import { GossipMessageError } from './errors.js';

/** Endpoints one gossiper tracks, itself included; also the most digests or states a message carries. */
export const GOSSIP_ENDPOINTS_MAX = 1024;
/** Endpoint ids become NATS subject tokens: letters, digits, '_' and '-', at most this many. */
export const ENDPOINT_ID_CHARS_MAX = 64;
/** Application states per endpoint. */
export const APPLICATION_STATES_MAX = 32;
/** Length of an application state key (letters, digits, '_', '-', '.'). */
export const APPLICATION_STATE_KEY_CHARS_MAX = 64;
/** Length of an application state value (UTF-16 code units). */
export const APPLICATION_STATE_VALUE_CHARS_MAX = 2048;
/** Length of the cluster name carried by a SYN. */
export const CLUSTER_NAME_CHARS_MAX = 64;
/**
 * Budget for the states of one ACK or ACK2, counted as key + value + endpoint characters
 * plus ENDPOINT_STATE_OVERHEAD_CHARS per endpoint and per application state. Endpoints that do
 * not fit wait for a later round. One endpoint's whole state (at most 32 × (64 + 2048 + 16)
 * ≈ 68 K) always fits, and the largest message stays far below NATS' default 1 MiB payload.
 */
export const GOSSIP_MESSAGE_STATE_CHARS_MAX = 128 * 1024;
/** What an endpoint or an application state costs against GOSSIP_MESSAGE_STATE_CHARS_MAX beyond its text. */
export const ENDPOINT_STATE_OVERHEAD_CHARS = 16;

const ENDPOINT_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const APPLICATION_STATE_KEY_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** What a gossiper knows of one endpoint, in one line: its incarnation and newest version. */
export interface GossipDigest {
  readonly endpoint: string;
  /** The endpoint's generation (0 in an ACK request: "I know nothing, send everything"). */
  readonly generation: number;
  /** The highest version of the endpoint's heartbeat or any of its application states. */
  readonly maxVersion: number;
}

/** One application state on the wire. */
export interface ApplicationStateEntry {
  readonly key: string;
  readonly value: string;
  readonly version: number;
}

/** An endpoint's heartbeat and the application states newer than what the receiver has. */
export interface EndpointStateDelta {
  readonly endpoint: string;
  readonly generation: number;
  readonly heartbeatVersion: number;
  readonly applicationStates: readonly ApplicationStateEntry[];
}

export interface GossipSyn {
  readonly kind: 'syn';
  readonly clusterName: string;
  readonly digests: readonly GossipDigest[];
}

export interface GossipAck {
  readonly kind: 'ack';
  /** Endpoints the ACK's sender wants newer data for, each with what the sender has. */
  readonly digests: readonly GossipDigest[];
  readonly states: readonly EndpointStateDelta[];
}

export interface GossipAck2 {
  readonly kind: 'ack2';
  readonly states: readonly EndpointStateDelta[];
}

export type GossipMessage = GossipSyn | GossipAck | GossipAck2;

/** True when `id` may name an endpoint (checked on every id a message carries). */
export function isEndpointId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= ENDPOINT_ID_CHARS_MAX && ENDPOINT_ID_PATTERN.test(id);
}

/** True when `key` may name an application state. */
export function isApplicationStateKey(key: unknown): key is string {
  return (
    typeof key === 'string' &&
    key.length > 0 &&
    key.length <= APPLICATION_STATE_KEY_CHARS_MAX &&
    APPLICATION_STATE_KEY_PATTERN.test(key)
  );
}

/** What a delta costs against GOSSIP_MESSAGE_STATE_CHARS_MAX. */
export function deltaChars(delta: EndpointStateDelta): number {
  let chars = delta.endpoint.length + ENDPOINT_STATE_OVERHEAD_CHARS;
  for (const s of delta.applicationStates) chars += s.key.length + s.value.length + ENDPOINT_STATE_OVERHEAD_CHARS;
  return chars;
}

function fail(path: string, problem: string): never {
  throw new GossipMessageError(`${path}: ${problem}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'not an object');
  return value as Record<string, unknown>;
}

function list(value: unknown, max: number, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, 'not an array');
  if (value.length > max) fail(path, `${value.length} entries, at most ${max} allowed`);
  return value;
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(path, `not a non-negative safe integer: ${String(value)}`);
  }
  return value;
}

function endpointId(value: unknown, path: string): string {
  if (!isEndpointId(value)) fail(path, `not an endpoint id: ${JSON.stringify(value)?.slice(0, 80)}`);
  return value;
}

function parseDigests(value: unknown, path: string): GossipDigest[] {
  const seen = new Set<string>();
  return list(value, GOSSIP_ENDPOINTS_MAX, path).map((d, i) => {
    const r = record(d, `${path}[${i}]`);
    const endpoint = endpointId(r['endpoint'], `${path}[${i}].endpoint`);
    if (seen.has(endpoint)) fail(`${path}[${i}]`, `endpoint ${endpoint} appears twice`);
    seen.add(endpoint);
    return {
      endpoint,
      generation: count(r['generation'], `${path}[${i}].generation`),
      maxVersion: count(r['maxVersion'], `${path}[${i}].maxVersion`),
    };
  });
}

function parseApplicationStates(value: unknown, path: string): ApplicationStateEntry[] {
  const seen = new Set<string>();
  return list(value, APPLICATION_STATES_MAX, path).map((s, i) => {
    const r = record(s, `${path}[${i}]`);
    const key = r['key'];
    if (!isApplicationStateKey(key)) fail(`${path}[${i}].key`, `not an application state key: ${JSON.stringify(key)?.slice(0, 80)}`);
    if (seen.has(key)) fail(`${path}[${i}]`, `key ${key} appears twice`);
    seen.add(key);
    const v = r['value'];
    if (typeof v !== 'string') fail(`${path}[${i}].value`, 'not a string');
    if (v.length > APPLICATION_STATE_VALUE_CHARS_MAX) {
      fail(`${path}[${i}].value`, `${v.length} chars, at most ${APPLICATION_STATE_VALUE_CHARS_MAX} allowed`);
    }
    return { key, value: v, version: count(r['version'], `${path}[${i}].version`) };
  });
}

function parseStates(value: unknown, path: string): EndpointStateDelta[] {
  const seen = new Set<string>();
  return list(value, GOSSIP_ENDPOINTS_MAX, path).map((d, i) => {
    const r = record(d, `${path}[${i}]`);
    const endpoint = endpointId(r['endpoint'], `${path}[${i}].endpoint`);
    if (seen.has(endpoint)) fail(`${path}[${i}]`, `endpoint ${endpoint} appears twice`);
    seen.add(endpoint);
    const generation = count(r['generation'], `${path}[${i}].generation`);
    if (generation === 0) fail(`${path}[${i}].generation`, 'a state has a generation above 0');
    return {
      endpoint,
      generation,
      heartbeatVersion: count(r['heartbeatVersion'], `${path}[${i}].heartbeatVersion`),
      applicationStates: parseApplicationStates(r['applicationStates'], `${path}[${i}].applicationStates`),
    };
  });
}

/**
 * Checks that `value` is a well-formed gossip message within every limit and returns a
 * fresh copy holding only the known fields. Throws GossipMessageError naming the first
 * problem otherwise; never throws anything else.
 */
export function parseGossipMessage(value: unknown): GossipMessage {
  const r = record(value, 'message');
  switch (r['kind']) {
    case 'syn': {
      const clusterName = r['clusterName'];
      if (typeof clusterName !== 'string' || clusterName.length > CLUSTER_NAME_CHARS_MAX) {
        fail('message.clusterName', `not a string of at most ${CLUSTER_NAME_CHARS_MAX} chars`);
      }
      return { kind: 'syn', clusterName, digests: parseDigests(r['digests'], 'message.digests') };
    }
    case 'ack':
      return {
        kind: 'ack',
        digests: parseDigests(r['digests'], 'message.digests'),
        states: parseStates(r['states'], 'message.states'),
      };
    case 'ack2':
      return { kind: 'ack2', states: parseStates(r['states'], 'message.states') };
    default:
      return fail('message.kind', `unknown kind ${JSON.stringify(r['kind'])?.slice(0, 20)}`);
  }
}
