import { describe, expect, it } from 'vitest';
import { InvalidRequest, nativeType, parseType, type BindMarker } from '@cassia/cql-lite';
import { nativeParams, paramsKey } from './params.js';
import { PreparedCache, idHex, preparedId } from './prepared-cache.js';
import { UNSET } from './primitives.js';

const INT = nativeType('int');
const m = (index: number, name?: string): BindMarker => (name === undefined ? { kind: 'bind', index } : { kind: 'bind', index, name });

describe('native bound values', () => {
  it('binds by position, null for null, and refuses unset and missing values', () => {
    const p = nativeParams([Uint8Array.of(0, 0, 0, 1), null, UNSET]);
    expect(p(m(0), INT, 'a')).toEqual(Uint8Array.of(0, 0, 0, 1));
    expect(p(m(1), INT, 'b')).toBeNull();
    expect(() => p(m(2), INT, 'c')).toThrow(new InvalidRequest('Invalid unset value for column c'));
    expect(() => p(m(3), INT, 'd')).toThrow(InvalidRequest);
    expect(() => p.checkMarkers!([m(0), m(1)])).toThrow('There were 2 markers(?) in CQL but 3 bound variables');
    expect(() => p.checkMarkers!([m(0), m(1), m(2)])).not.toThrow();
  });

  it('binds by name: named markers by their name, anonymous ones by their column', () => {
    const p = nativeParams([Uint8Array.of(1), Uint8Array.of(2)], ['id', 'v']);
    expect(p(m(0, 'id'), INT, 'k')).toEqual(Uint8Array.of(1));
    expect(p(m(1), INT, 'v')).toEqual(Uint8Array.of(2));
    expect(p(m(0, 'ID'), INT, 'k')).toEqual(Uint8Array.of(1)); // case folded when unambiguous
    expect(() => p(m(0, 'nope'), INT, 'k')).toThrow('No value bound for marker :nope');
    expect(() => p.checkMarkers!([m(0, 'id')])).toThrow('Bound variable v does not match any marker in CQL');
    expect(() => p.checkMarkers!([m(0, 'id'), m(1, 'v')])).not.toThrow();
  });

  it('keys values for paging states', () => {
    expect(paramsKey([Uint8Array.of(0xab), null, UNSET])).toBe('ab,null,unset');
    expect(paramsKey([Uint8Array.of(1)], ['x'])).toBe('x=01');
    expect(paramsKey([])).toBe('');
  });
});

describe('prepared statement cache', () => {
  const info = (table: string) => ({ markers: [{ keyspace: 'ks', table, name: 'a', type: parseType('int') }], partitionKeyIndexes: [0], resultColumns: undefined });

  it('ids are the MD5 of keyspace and query, as Cassandra', () => {
    expect(idHex(preparedId('SELECT * FROM t', 'ks'))).toBe(idHex(preparedId('ksSELECT * FROM t', undefined)));
    expect(idHex(preparedId('SELECT 1', undefined))).toMatch(/^[0-9a-f]{32}$/);
    expect(idHex(preparedId('SELECT 1', 'a'))).not.toBe(idHex(preparedId('SELECT 1', 'b')));
  });

  it('evicts the least recently used beyond its capacity', () => {
    const cache = new PreparedCache(2);
    const put = (q: string) => cache.put({ id: preparedId(q, undefined), query: q, keyspace: undefined, info: info('t') });
    put('a');
    put('b');
    expect(cache.get(preparedId('a', undefined))?.query).toBe('a'); // a is now the most recent
    put('c');
    expect(cache.size).toBe(2);
    expect(cache.get(preparedId('b', undefined))).toBeUndefined();
    expect(cache.get(preparedId('a', undefined))?.query).toBe('a');
    expect(() => new PreparedCache(0)).toThrow(RangeError);
  });

  it('evicts statements on a dropped table or keyspace', () => {
    const cache = new PreparedCache();
    cache.put({ id: preparedId('1', undefined), query: '1', keyspace: undefined, info: info('t1') });
    cache.put({ id: preparedId('2', undefined), query: '2', keyspace: undefined, info: info('t2') });
    cache.put({ id: preparedId('3', 'ks'), query: '3', keyspace: 'ks', info: { markers: [], partitionKeyIndexes: [], resultColumns: undefined } });
    expect(cache.evict('ks', 't1')).toBe(1);
    expect(cache.evict('other')).toBe(0);
    expect(cache.evict('ks')).toBe(2);
    expect(cache.size).toBe(0);
  });
});
