// What drivers learn about the gateways through system.local and system.peers: to a driver,
// the gateways are the "Cassandra nodes" (they are what it connects to); storage nodes are
// invisible. Every value is derived from the gateway's stable gossip id and what it gossips,
// so it is the same across restarts and every gateway computes the same identity for a peer:
//   - host id: a name-based UUID (MD5 of the gossip id, version 3 bits),
//   - tokens: GATEWAY_TOKENS Murmur3-range tokens from MD5 (any gateway coordinates any token;
//     the tokens only let token-aware drivers spread requests over the gateways),
//   - rpc address: the IP the native listener is reachable on, published in gossip as
//     NATIVE_ADDRESS ("ip:port", "[ipv6]:port"); drivers reach every gateway at its
//     address and the port they were given, so gateways share one port, one per address,
//   - schema version: a name-based UUID of the metadata epoch the gateway has applied
//     (gossiped as METADATA_EPOCH), so drivers see schema agreement once every gateway has
//     applied the same epoch.
import { createHash } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { ApplicationState, MemberRole, MemberStatus, type EndpointSnapshot } from '@cassia/gossip';
import type { GatewayIdentity } from '../system-tables.js';
import { CQL_VERSION } from './responses.js';

/** Tokens each gateway announces in system.local / system.peers. */
export const GATEWAY_TOKENS = 8;
const TOKEN_MIN = -(2n ** 63n); // Murmur3Partitioner's minimum token, never owned
/** The Cassandra release drivers are told they talk to (they pick their schema queries by it). */
export const RELEASE_VERSION = '4.0.11';
export const MURMUR3_PARTITIONER = 'org.apache.cassandra.dht.Murmur3Partitioner';
export const NATIVE_PROTOCOL_VERSION = '4';
/** The rack every gateway reports (gateways own no data; drivers only want a name). */
export const GATEWAY_RACK = 'rack1';
/** A gateway down longer than this is no longer listed in system.peers (gossip never forgets one). */
export const PEER_DOWN_LISTED_MAX_MS = 60 * 60 * 1000;

function md5(text: string): Buffer {
  return createHash('md5').update(text, 'utf8').digest();
}

/** A name-based UUID (RFC 4122 version 3 layout) of `name`. */
function nameUuid(name: string): string {
  const b = md5(name);
  b[6] = (b[6]! & 0x0f) | 0x30;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A gateway's host id, from its gossip id. */
export function hostIdFor(gossipId: string): string {
  return nameUuid(`cassia-gateway:${gossipId}`);
}

/** The schema_version of a gateway that has applied metadata epoch `epoch`. */
export function schemaVersionFor(epoch: number): string {
  return nameUuid(`cassia-schema:${epoch}`);
}

/** GATEWAY_TOKENS distinct tokens of a gateway, ascending, decimal. */
export function tokensFor(gossipId: string, count = GATEWAY_TOKENS): string[] {
  const tokens = new Set<bigint>();
  for (let i = 0; tokens.size < count; i++) {
    const t = md5(`${gossipId}#${i}`).readBigInt64BE(0);
    if (t !== TOKEN_MIN) tokens.add(t);
  }
  return [...tokens].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
}

/** "ip:port", with brackets around an IPv6 address. */
export function formatNativeAddress(ip: string, port: number): string {
  return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** The IP and port of a NATIVE_ADDRESS value, or undefined when it is not one. */
export function parseNativeAddress(value: string | undefined): { ip: string; port: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(value) ?? /^([^:]+):(\d+)$/.exec(value);
  if (m === null) return undefined;
  const port = Number(m[2]);
  if (isIP(m[1]!) === 0 || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  return { ip: m[1]!, port };
}

/**
 * The IP drivers should use for a listener bound to `host`: the host itself when it is an IP,
 * the first external IPv4 interface (else 127.0.0.1) for a wildcard, the resolved address of
 * a host name.
 */
export async function advertisedAddress(host: string): Promise<string> {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
    }
    return '127.0.0.1';
  }
  if (isIP(host) !== 0) return host;
  return (await lookup(host)).address;
}

/** How a gateway describes itself or a peer in the system tables. */
export function gatewayIdentity(o: {
  id: string;
  clusterName: string;
  dataCenter: string;
  rpcAddress: string;
  nativePort: number;
  epoch: number;
}): GatewayIdentity {
  return {
    hostId: hostIdFor(o.id),
    clusterName: o.clusterName,
    dataCenter: o.dataCenter,
    rack: GATEWAY_RACK,
    rpcAddress: o.rpcAddress,
    nativePort: o.nativePort,
    listenAddress: o.rpcAddress,
    releaseVersion: RELEASE_VERSION,
    cqlVersion: CQL_VERSION,
    nativeProtocolVersion: NATIVE_PROTOCOL_VERSION,
    partitioner: MURMUR3_PARTITIONER,
    tokens: tokensFor(o.id),
    schemaVersion: schemaVersionFor(o.epoch),
  };
}

/**
 * The other gateways as system.peers lists them, from gossip: every gateway but `selfId`
 * that published a native address, has not LEFT and has not been down longer than
 * PEER_DOWN_LISTED_MAX_MS (a down one stays listed, as Cassandra keeps a down peer).
 */
export function peerIdentities(members: readonly EndpointSnapshot[], selfId: string, clusterName: string, downForMs: (id: string) => number): GatewayIdentity[] {
  const peers: GatewayIdentity[] = [];
  for (const m of members) {
    const get = (key: string) => m.applicationStates.get(key)?.value;
    if (m.endpoint === selfId || get(ApplicationState.ROLE) !== MemberRole.GATEWAY || get(ApplicationState.STATUS) === MemberStatus.LEFT) continue;
    const address = parseNativeAddress(get(ApplicationState.NATIVE_ADDRESS));
    if (address === undefined || downForMs(m.endpoint) > PEER_DOWN_LISTED_MAX_MS) continue;
    peers.push(
      gatewayIdentity({
        id: m.endpoint,
        clusterName,
        dataCenter: get(ApplicationState.DC) ?? '',
        rpcAddress: address.ip,
        nativePort: address.port,
        epoch: Number(get(ApplicationState.METADATA_EPOCH) ?? 0) || 0,
      }),
    );
  }
  return peers.sort((a, b) => (a.rpcAddress < b.rpcAddress ? -1 : a.rpcAddress > b.rpcAddress ? 1 : a.nativePort - b.nativePort));
}
