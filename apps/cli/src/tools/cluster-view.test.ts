import { describe, expect, it } from 'vitest';
import { murmur3Token, serializePartitionKey } from '@cassia/ring';
import { parseTableFilter, selectTables } from './cluster-view.js';
import { BadInputError, BadKeyError, UnknownKeyspaceError, UnknownNodeError, UnknownTableError } from './errors.js';
import { computeEndpoints, renderEndpoints } from './getendpoints.js';
import { literalFor, partitionKeyFromText, splitKeyComponents } from './key-text.js';
import { sampleView } from './testing.js';

describe('ClusterView', () => {
  const view = sampleView();

  it('lists nodes not LEFT by data center and name; the ring holds NORMAL nodes only, as the gateway', () => {
    expect(view.nodes.map((n) => [n.name, n.status])).toEqual([['node1', 'NORMAL'], ['node2', 'NORMAL'], ['node3', 'NORMAL'], ['node5', 'JOINING']]);
    expect(view.ring.members.map((m) => m.hostId).sort()).toEqual(['aaaa-1', 'bbbb-2', 'cccc-3']);
    expect(view.ring.tokenCount).toBe(4);
  });

  it('finds nodes by name or host id, and refuses unknown names with the known ones', () => {
    expect(view.node('node2').hostId).toBe('bbbb-2');
    expect(view.node('cccc-3').name).toBe('node3');
    expect(() => view.node('node9')).toThrow(UnknownNodeError);
    expect(() => view.node('node9')).toThrow("no node named or with host id 'node9' (nodes: node1, node2, node3, node5)");
  });

  it('resolves keyspaces and tables, with typed errors for unknown ones', () => {
    expect(selectTables(view, undefined, []).map((t) => `${t.keyspace}.${t.name}`)).toEqual(['ks.comp', 'ks.kv']);
    expect(selectTables(view, 'ks', ['kv', 'kv']).map((t) => t.id)).toEqual(['id-kv']);
    expect(selectTables(view, 'rf3', [])).toEqual([]);
    expect(() => selectTables(view, 'nope', [])).toThrow(UnknownKeyspaceError);
    expect(() => selectTables(view, 'ks', ['nope'])).toThrow("table 'ks.nope' does not exist (tables in ks: comp, kv)");
    expect(parseTableFilter(view, 'ks.kv')).toEqual({ keyspace: 'ks', table: 'kv' });
    expect(parseTableFilter(view, 'rf3')).toEqual({ keyspace: 'rf3' });
    expect(() => parseTableFilter(view, 'ks.x')).toThrow(UnknownTableError);
    expect(() => parseTableFilter(view, 'x')).toThrow(BadInputError);
  });
});

describe('partition keys from the command line', () => {
  const view = sampleView();

  it('splits composite keys on unescaped colons', () => {
    expect(splitKeyComponents('a:b', 1)).toEqual(['a:b']);
    expect(splitKeyComponents('a\\:b:7', 2)).toEqual(['a:b', '7']);
    expect(splitKeyComponents('a\\\\:7', 2)).toEqual(['a\\', '7']);
    expect(() => splitKeyComponents('a:b:c', 2)).toThrow(BadKeyError);
  });

  it('reads each component as a literal of its column type', () => {
    const int = { kind: 'native', name: 'int' } as const;
    expect(literalFor(int, ' 42', 'k')).toEqual({ kind: 'literal', type: 'integer', text: '42' });
    expect(literalFor({ kind: 'native', name: 'text' }, '42', 'k').type).toBe('string');
    expect(literalFor({ kind: 'native', name: 'blob' }, 'cafe', 'k').text).toBe('0xcafe');
    expect(literalFor({ kind: 'native', name: 'double' }, '1.5', 'k').type).toBe('float');
    expect(literalFor({ kind: 'native', name: 'timestamp' }, '2024-01-02', 'k').type).toBe('string');
    expect(() => literalFor({ kind: 'list', element: int }, '1', 'k')).toThrow(BadKeyError);
  });

  it('serializes keys as the gateway does: an int key is its 4 bytes, a composite key CompositeType', () => {
    const kv = view.table('ks', 'kv');
    expect([...partitionKeyFromText(kv, '1')]).toEqual([0, 0, 0, 1]);
    // Cassandra's token of int 1 (SELECT token(k) ... WHERE k = 1).
    expect(murmur3Token(partitionKeyFromText(kv, '1'))).toBe(-4069959284402364209n);
    const comp = view.table('ks', 'comp');
    const expected = serializePartitionKey([new TextEncoder().encode('x:y'), Uint8Array.of(0, 0, 0, 7)]);
    expect(partitionKeyFromText(comp, 'x\\:y:7')).toEqual(expected);
  });

  it('refuses values that do not read as the column type, naming column and type', () => {
    const kv = view.table('ks', 'kv');
    expect(() => partitionKeyFromText(kv, 'abc')).toThrow(BadKeyError);
    expect(() => partitionKeyFromText(kv, 'abc')).toThrow('"abc" is not a value of "k" (int)');
    expect(() => partitionKeyFromText(kv, '99999999999')).toThrow(BadKeyError);
    expect(() => partitionKeyFromText(view.table('ks', 'comp'), 'x')).toThrow('has 2 components');
  });
});

describe('getendpoints', () => {
  const view = sampleView();

  it('places a key on the node owning its token (RF 1) and on every node with RF 3', () => {
    const one = computeEndpoints(view, 'ks', 'kv', '1');
    expect(one.token).toBe('-4069959284402364209');
    expect(one.replicas.map((r) => r.hostId)).toEqual([view.ring.primaryHostId(-4069959284402364209n)]);
    expect(renderEndpoints(one)).toBe(`${one.replicas[0]!.name}\n`);
  });

  it('refuses unknown keyspaces and tables', () => {
    expect(() => computeEndpoints(view, 'nope', 'kv', '1')).toThrow(UnknownKeyspaceError);
    expect(() => computeEndpoints(view, 'ks', 'nope', '1')).toThrow(UnknownTableError);
  });
});
