import { describe, expect, it } from 'vitest';
import { ApplicationState, MemberRole, MemberStatus, type GossipEvent, type GossipEventKind } from '@cassia/gossip';
import { parseType, type TableSchema } from '@cassia/cql-lite';
import { GatewayEvents, schemaChangeEvents, type SchemaView } from './events.js';
import { formatNativeAddress, gatewayIdentity, hostIdFor, parseNativeAddress, peerIdentities, PEER_DOWN_LISTED_MAX_MS, schemaVersionFor, tokensFor } from './identity.js';

function table(keyspace: string, name: string, id = `${name}-id`, type = 'int'): TableSchema {
  return {
    keyspace, name, id,
    columns: [{ name: 'k', type: parseType(type), kind: 'partition_key', position: 0 }],
    partitionKey: ['k'], clustering: [], clusteringOrder: [], options: {},
  };
}

function view(spec: Record<string, { rf?: string; tables?: TableSchema[] }>): SchemaView {
  return {
    keyspaces: new Map(
      Object.entries(spec).map(([ks, s]) => [
        ks,
        { schema: { replication: { class: 'SimpleStrategy', replication_factor: s.rf ?? '1' } }, tables: new Map((s.tables ?? []).map((t) => [t.name, t])) },
      ]),
    ),
  };
}

describe('schema change events', () => {
  it('announces keyspaces and tables created, updated and dropped', () => {
    const before = view({ a: { tables: [table('a', 't1'), table('a', 't2'), table('a', 't3')] }, gone: {} });
    const after = view({
      a: { rf: '3', tables: [table('a', 't1'), table('a', 't2', 'new-id'), table('a', 't3', 't3-id', 'text'), table('a', 't4')] },
      fresh: { tables: [table('fresh', 'x')] },
    });
    expect(schemaChangeEvents(before, after)).toEqual([
      { type: 'SCHEMA_CHANGE', change: 'UPDATED', target: 'KEYSPACE', keyspace: 'a' },
      { type: 'SCHEMA_CHANGE', change: 'DROPPED', target: 'TABLE', keyspace: 'a', name: 't2' },
      { type: 'SCHEMA_CHANGE', change: 'CREATED', target: 'TABLE', keyspace: 'a', name: 't2' },
      { type: 'SCHEMA_CHANGE', change: 'UPDATED', target: 'TABLE', keyspace: 'a', name: 't3' },
      { type: 'SCHEMA_CHANGE', change: 'CREATED', target: 'TABLE', keyspace: 'a', name: 't4' },
      { type: 'SCHEMA_CHANGE', change: 'CREATED', target: 'KEYSPACE', keyspace: 'fresh' },
      { type: 'SCHEMA_CHANGE', change: 'CREATED', target: 'TABLE', keyspace: 'fresh', name: 'x' },
      { type: 'SCHEMA_CHANGE', change: 'DROPPED', target: 'KEYSPACE', keyspace: 'gone' },
    ]);
    expect(schemaChangeEvents(after, after)).toEqual([]);
  });
});

describe('gateway status and topology events', () => {
  let version = 0;
  const event = (kind: GossipEventKind, states: Record<string, string>, alive = true, endpoint = 'gw2'): GossipEvent => ({
    kind,
    endpoint,
    changedKeys: [],
    state: {
      endpoint, generation: 1, heartbeatVersion: 1, maxVersion: 1, alive, phi: 0,
      applicationStates: new Map(Object.entries(states).map(([k, v]) => [k, { value: v, version: ++version }])),
    },
  });
  const gateway = (extra: Record<string, string> = {}) => ({ [ApplicationState.ROLE]: MemberRole.GATEWAY, [ApplicationState.STATUS]: MemberStatus.NORMAL, ...extra });
  const at = (address: string) => gateway({ [ApplicationState.NATIVE_ADDRESS]: address });

  it('follows a gateway from its address to up, down, a move and its departure', () => {
    const g = new GatewayEvents();
    expect(g.onGossip(event('join', gateway(), false))).toEqual([]); // no native address yet
    expect(g.onGossip(event('change', at('127.0.0.2:9042'), false))).toEqual([{ type: 'TOPOLOGY_CHANGE', change: 'NEW_NODE', address: '127.0.0.2', port: 9042 }]);
    expect(g.onGossip(event('up', at('127.0.0.2:9042')))).toEqual([{ type: 'STATUS_CHANGE', change: 'UP', address: '127.0.0.2', port: 9042 }]);
    expect(g.onGossip(event('down', at('127.0.0.2:9042'), false))).toEqual([{ type: 'STATUS_CHANGE', change: 'DOWN', address: '127.0.0.2', port: 9042 }]);
    expect(g.onGossip(event('restart', at('127.0.0.3:9042')))).toEqual([
      { type: 'TOPOLOGY_CHANGE', change: 'REMOVED_NODE', address: '127.0.0.2', port: 9042 },
      { type: 'TOPOLOGY_CHANGE', change: 'NEW_NODE', address: '127.0.0.3', port: 9042 },
      { type: 'STATUS_CHANGE', change: 'UP', address: '127.0.0.3', port: 9042 },
    ]);
    expect(g.onGossip(event('change', gateway({ [ApplicationState.NATIVE_ADDRESS]: '127.0.0.3:9042', [ApplicationState.STATUS]: MemberStatus.LEFT })))).toEqual([
      { type: 'TOPOLOGY_CHANGE', change: 'REMOVED_NODE', address: '127.0.0.3', port: 9042 },
    ]);
  });

  it('announces each status once', () => {
    const g = new GatewayEvents();
    expect(g.onGossip(event('join', at('127.0.0.2:9042')))).toEqual([
      { type: 'TOPOLOGY_CHANGE', change: 'NEW_NODE', address: '127.0.0.2', port: 9042 },
      { type: 'STATUS_CHANGE', change: 'UP', address: '127.0.0.2', port: 9042 },
    ]);
    expect(g.onGossip(event('up', at('127.0.0.2:9042')))).toEqual([]);
    expect(g.onGossip(event('change', at('127.0.0.2:9042')))).toEqual([]);
  });

  it('ignores storage nodes and unreadable addresses', () => {
    const g = new GatewayEvents();
    expect(g.onGossip(event('up', { [ApplicationState.ROLE]: MemberRole.NODE, [ApplicationState.NATIVE_ADDRESS]: '127.0.0.9:9042' }))).toEqual([]);
    expect(g.onGossip(event('up', at('nonsense')))).toEqual([]);
  });
});

describe('gateway identity', () => {
  it('is derived from the gossip id alone', () => {
    expect(hostIdFor('gateway-a')).toBe(hostIdFor('gateway-a'));
    expect(hostIdFor('gateway-a')).not.toBe(hostIdFor('gateway-b'));
    expect(hostIdFor('gateway-a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const tokens = tokensFor('gateway-a');
    expect(tokens).toHaveLength(8);
    expect(tokens.map(BigInt)).toEqual([...tokens.map(BigInt)].sort((a, b) => (a < b ? -1 : 1)));
    expect(tokensFor('gateway-a')).toEqual(tokens);
  });

  it('formats and parses native addresses', () => {
    expect(formatNativeAddress('10.0.0.1', 9042)).toBe('10.0.0.1:9042');
    expect(formatNativeAddress('::1', 9042)).toBe('[::1]:9042');
    expect(parseNativeAddress('[::1]:9042')).toEqual({ ip: '::1', port: 9042 });
    expect(parseNativeAddress('10.0.0.1:9042')).toEqual({ ip: '10.0.0.1', port: 9042 });
    expect(parseNativeAddress('host:9042')).toBeUndefined();
    expect(parseNativeAddress('10.0.0.1:0')).toBeUndefined();
    expect(parseNativeAddress(undefined)).toBeUndefined();
  });

  it('describes itself and its peers for system.local and system.peers', () => {
    const me = gatewayIdentity({ id: 'gw1', clusterName: 'c', dataCenter: 'dc1', rpcAddress: '127.0.0.1', nativePort: 9042, epoch: 7 });
    expect(me).toMatchObject({ hostId: hostIdFor('gw1'), rpcAddress: '127.0.0.1', listenAddress: '127.0.0.1', nativePort: 9042, rack: 'rack1', releaseVersion: '4.0.11', tokens: tokensFor('gw1'), schemaVersion: schemaVersionFor(7) });
    const member = (endpoint: string, states: Record<string, string>) => ({
      endpoint, generation: 1, heartbeatVersion: 1, maxVersion: 1, alive: true, phi: 0,
      applicationStates: new Map(Object.entries(states).map(([k, v]) => [k, { value: v, version: 1 }])),
    });
    const gw = (address: string, extra: Record<string, string> = {}) => ({
      [ApplicationState.ROLE]: MemberRole.GATEWAY, [ApplicationState.STATUS]: MemberStatus.NORMAL, [ApplicationState.DC]: 'dc1',
      [ApplicationState.METADATA_EPOCH]: '7', [ApplicationState.NATIVE_ADDRESS]: address, ...extra,
    });
    const peers = peerIdentities(
      [
        member('gw1', gw('127.0.0.1:9042')), // itself
        member('gw3', gw('127.0.0.3:9042', { [ApplicationState.METADATA_EPOCH]: '6' })),
        member('gw2', gw('127.0.0.2:9042')),
        member('gone', gw('127.0.0.4:9042', { [ApplicationState.STATUS]: MemberStatus.LEFT })),
        member('long-down', gw('127.0.0.5:9042')),
        member('node1', { [ApplicationState.ROLE]: MemberRole.NODE }),
      ],
      'gw1', 'c', (id) => (id === 'long-down' ? PEER_DOWN_LISTED_MAX_MS + 1 : 0),
    );
    expect(peers.map((p) => [p.rpcAddress, p.hostId, p.schemaVersion])).toEqual([
      ['127.0.0.2', hostIdFor('gw2'), schemaVersionFor(7)],
      ['127.0.0.3', hostIdFor('gw3'), schemaVersionFor(6)],
    ]);
  });
});
