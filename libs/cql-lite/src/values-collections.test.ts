// Collections (list, set, map, frozen, nested) through every layer, collection literals and
// bind markers (valueFromTerm), and which types a column may have (assertSupportedType).

import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes.js';
import { joinList, joinMap } from './collections.js';
import { InvalidRequest } from './errors.js';
import type { ParamResolver } from './params.js';
import { parseType } from './parser.js';
import { assertSupportedType, formatType, type CqlType } from './types.js';
import { compareValues } from './values-compare.js';
import { formatValue } from './values-format.js';
import { valueFromJson, valueToJson } from './values-json.js';
import { valueFromTerm } from './values-literal.js';
import { deserializeValue, normalizeValue, serializeValue, validateValue, type CqlValue } from './values.js';
import type { BindMarker, Literal, Term } from './ast.js';

const T = (text: string): CqlType => parseType(text);
const hex = (b: Uint8Array | null): string | null => (b === null ? null : toHex(b));
const bytes = (h: string): Uint8Array => fromHex(h) as Uint8Array;
const int = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
/** Native-protocol framing of hex elements: count, then (length, bytes) each. */
const framed = (count: number, ...elements: string[]): string => int(count) + elements.map((e) => int(e.length / 2) + e).join('');
const num = (text: string): Literal => ({ kind: 'literal', type: text.includes('.') ? 'float' : 'integer', text });
const str = (text: string): Literal => ({ kind: 'literal', type: 'string', text });
const NULL: Literal = { kind: 'literal', type: 'null', text: 'null' };
const marker = (index: number): BindMarker => ({ kind: 'bind', index });

describe('collection encodings', () => {
  it('frames lists, sets and maps', () => {
    expect(hex(serializeValue(T('list<int>'), [1, 2]))).toBe(framed(2, int(1), int(2)));
    expect(hex(serializeValue(T('list<int>'), [2, 1, 2]))).toBe(framed(3, int(2), int(1), int(2)));
    expect(hex(serializeValue(T('frozen<list<int>>'), [1, 2]))).toBe(framed(2, int(1), int(2)));
    expect(hex(serializeValue(T('list<text>'), []))).toBe('00000000');
    expect(hex(serializeValue(T('set<int>'), []))).toBe('00000000');
    expect(hex(serializeValue(T('map<int, text>'), new Map()))).toBe('00000000');
    expect(hex(serializeValue(T('map<int, text>'), new Map<CqlValue, CqlValue>([[1, 'a']])))).toBe(framed(1, int(1), '61'));
    expect(hex(serializeValue(T('list<text>'), ['', 'a']))).toBe(framed(2, '', '61'));
  });

  it('sorts and deduplicates sets by the element order, maps by key', () => {
    expect(deserializeValue(T('set<int>'), serializeValue(T('set<int>'), [3, 1, 3, -2]))).toEqual([-2, 1, 3]);
    expect(deserializeValue(T('set<text>'), serializeValue(T('set<text>'), ['é', 'a', 'B', 'a']))).toEqual(['B', 'a', 'é']);
    const doubles = deserializeValue(T('set<double>'), serializeValue(T('set<double>'), [NaN, 0, -0, NaN, -Infinity])) as number[];
    expect(doubles.map((d) => (Object.is(d, -0) ? '-0' : String(d)))).toEqual(['-Infinity', '-0', '0', 'NaN']);
    expect(deserializeValue(T('set<varint>'), serializeValue(T('set<varint>'), [10n, -1n, 10n]))).toEqual([-1n, 10n]);
    expect(deserializeValue(T('set<decimal>'), serializeValue(T('set<decimal>'), ['1.0', '1', '0.5']))).toEqual(['0.5', '1.0']);
    const m = serializeValue(T('map<text, int>'), new Map<CqlValue, CqlValue>([['b', 2], ['a', 1]]));
    expect(hex(m)).toBe(framed(2, '61', int(1), '62', int(2)));
    expect(deserializeValue(T('map<text, int>'), m)).toEqual(new Map([['a', 1], ['b', 2]]));
    const u = serializeValue(T('set<timeuuid>'), ['00000000-0000-1000-8000-000000000000', '00000000-0000-1000-0000-000000000000']);
    expect(deserializeValue(T('set<timeuuid>'), u)).toEqual(['00000000-0000-1000-8000-000000000000', '00000000-0000-1000-0000-000000000000']);
  });

  it('nests frozen collections', () => {
    const type = T('list<frozen<map<int, text>>>');
    const value = [new Map<CqlValue, CqlValue>([[2, 'b'], [1, 'a']]), new Map()];
    const b = serializeValue(type, value);
    const inner = framed(2, int(1), '61', int(2), '62');
    expect(hex(b)).toBe(framed(2, inner, '00000000'));
    expect(deserializeValue(type, b)).toEqual([new Map([[1, 'a'], [2, 'b']]), new Map()]);
    const sets = T('set<frozen<set<int>>>');
    expect(deserializeValue(sets, serializeValue(sets, [[2, 1], [1], [1, 2], []]))).toEqual([[], [1], [1, 2]]);
    const deep = T('frozen<map<frozen<list<int>>, frozen<set<frozen<list<text>>>>>>');
    const v = new Map<CqlValue, CqlValue>([[[1], [['b'], ['a']]]]);
    expect(deserializeValue(deep, serializeValue(deep, v))).toEqual(new Map([[[1], [['a'], ['b']]]]));
  });

  it('validates framing and elements', () => {
    const bad: [string, string, string][] = [
      ['list<int>', framed(1, int(1)).slice(0, -2), 'Invalid list<int> value: not enough bytes to read a list element'],
      ['list<int>', '000000', 'Invalid list<int> value: not enough bytes to read a list'],
      ['list<int>', framed(0) + '00', 'Invalid list<int> value: 1 bytes left over after the last element'],
      ['list<int>', int(1) + 'ffffffff', 'Invalid list<int> value: null is not supported inside collections'],
      ['set<int>', int(65536), 'Invalid set<int> value: bad element count 65536'],
      ['list<int>', 'ffffffff', 'Invalid list<int> value: bad element count -1'],
      ['map<int, int>', framed(1, int(1)), 'Invalid map<int, int> value: not enough bytes to read a map element'],
      ['map<int, int>', int(1) + int(4) + int(1) + 'ffffffff', 'null is not supported inside collections'],
      ['list<int>', framed(1, '01'), 'Expected 4 byte int (1)'],
      ['map<int, text>', framed(1, int(1), 'ff'), "String didn't validate."],
      ['set<frozen<list<int>>>', framed(1, '00'), 'Invalid frozen<list<int>> value: not enough bytes to read a list'],
    ];
    for (const [type, h, message] of bad) {
      expect(() => validateValue(T(type), bytes(h)), `${type} ${h}`).toThrow(InvalidRequest);
      expect(() => validateValue(T(type), bytes(h)), `${type} ${h}`).toThrow(message);
    }
    expect(() => serializeValue(T('list<int>'), [1, 'x'])).toThrow('Invalid value "x" for type int');
    expect(() => serializeValue(T('map<int, int>'), [[1, 1]])).toThrow('for type map<int, int>');
    expect(() => serializeValue(T('set<int>'), new Array(65536).fill(0))).toThrow('Invalid set<int> value: 65536 elements (at most 65535)');
  });

  it('normalizes sets and maps from the native protocol (any order, duplicates)', () => {
    expect(hex(normalizeValue(T('set<int>'), bytes(framed(3, int(3), int(1), int(3)))))).toBe(framed(2, int(1), int(3)));
    // Equal keys: the first key's bytes, the last value (Cassandra's TreeMap.put).
    const m = bytes(framed(3, '0002', '61', '02', '62', '01', '63'));
    expect(hex(normalizeValue(T('map<varint, text>'), m))).toBe(framed(2, '01', '63', '0002', '62'));
    const nested = bytes(framed(1, framed(2, int(2), int(1))));
    expect(hex(normalizeValue(T('list<frozen<set<int>>>'), nested))).toBe(framed(1, framed(2, int(1), int(2))));
    const list = bytes(framed(2, int(2), int(1)));
    expect(normalizeValue(T('list<int>'), list)).toBe(list);
    expect(() => normalizeValue(T('set<int>'), bytes('00'))).toThrow(InvalidRequest);
  });

  it('orders collections element by element, then shorter first', () => {
    const ordered: [string, CqlValue[]][] = [
      ['frozen<list<int>>', [[], [-1], [1], [1, -5], [1, 2], [2]]],
      ['frozen<set<text>>', [[], ['a'], ['a', 'b'], ['b']]],
      [
        'frozen<map<int, int>>',
        [new Map(), new Map([[1, 1]]), new Map([[1, 1], [0 + 2, 0]]), new Map([[1, 2]]), new Map([[2, 0]])] as CqlValue[],
      ],
    ];
    for (const [type, values] of ordered) {
      const encoded = values.map((v) => serializeValue(T(type), v));
      encoded.forEach((a, i) =>
        encoded.forEach((b, j) => expect(Math.sign(compareValues(T(type), a, b)), `${type} ${i} vs ${j}`).toBe(Math.sign(i - j))),
      );
    }
  });
});

describe('collection JSON', () => {
  const ok: [string, unknown, unknown][] = [
    ['list<int>', [3, 1, 3], [3, 1, 3]],
    ['set<int>', [3, 1, 3], [1, 3]],
    ['set<int>', [], []],
    ['frozen<set<text>>', ['b', 'a'], ['a', 'b']],
    ['map<text, int>', { b: 1, a: 2 }, { a: 2, b: 1 }],
    ['map<text, int>', {}, {}],
    ['map<int, text>', { '10': 'x', '2': 'y', '-1': 'z' }, { '-1': 'z', '2': 'y', '10': 'x' }],
    ['map<int, text>', [[1, 'a'], [1, 'b']], { '1': 'b' }],
    ['map<double, int>', { NaN: 1, '-0': 2, '1.5': 3 }, { '-0': 2, '1.5': 3, NaN: 1 }],
    ['map<boolean, int>', { true: 1, false: 0 }, { false: 0, true: 1 }],
    ['map<bigint, int>', { '9223372036854775807': 1 }, { '9223372036854775807': 1 }],
    ['map<timestamp, int>', { '2024-01-02T03:04:05.000Z': 1 }, { '2024-01-02T03:04:05.000Z': 1 }],
    ['map<text, int>', JSON.parse('{"__proto__": 1}'), JSON.parse('{"__proto__": 1}')],
    ['map<frozen<list<int>>, int>', [[[2], 1], [[1, 2], 2]], [[[1, 2], 2], [[2], 1]]],
    ['map<frozen<list<int>>, int>', { '[1]': 5 }, [[[1], 5]]],
    ['list<frozen<map<int, text>>>', [{ '1': 'a' }, []], [{ '1': 'a' }, {}]],
    ['frozen<map<text, frozen<set<inet>>>>', { k: ['::1', '127.0.0.1'] }, { k: ['::1', '127.0.0.1'] }],
  ];
  for (const [type, json, back] of ok) {
    it(`${type} ${JSON.stringify(json)}`, () => {
      const b = valueFromJson(T(type), json, 'c');
      validateValue(T(type), b as Uint8Array);
      expect(valueToJson(T(type), b)).toEqual(back);
    });
  }
  const bad: [string, unknown, string][] = [
    ['set<int>', [1, null], 'Invalid JSON value for column "c" of type set<int>: null is not supported inside collections'],
    ['map<text, int>', { a: null }, 'null is not supported inside collections'],
    ['map<text, int>', [['a']], 'of type map<text, int>: expected an object or an array of [key, value] pairs'],
    ['map<text, int>', 'a', 'expected an object or an array of [key, value] pairs, got "a"'],
    ['list<int>', [1, 'x'], 'Invalid JSON value for column "value(c)" of type int'],
    ['map<int, text>', { x: 'a' }, 'Invalid JSON value for column "key(c)" of type int: expected an integer number'],
    ['map<int, text>', { '1': 2 }, 'Invalid JSON value for column "value(c)" of type text'],
    ['set<int>', { a: 1 }, 'expected an array'],
  ];
  for (const [type, json, message] of bad) {
    it(`rejects ${type} ${JSON.stringify(json)}`, () => {
      expect(() => valueFromJson(T(type), json, 'c')).toThrow(InvalidRequest);
      expect(() => valueFromJson(T(type), json, 'c')).toThrow(message);
    });
  }
});

describe('collection formatValue (cqlsh)', () => {
  const f = (type: string, v: CqlValue): string => formatValue(T(type), serializeValue(T(type), v));
  it('prints like cqlsh', () => {
    expect(f('list<text>', ["it's", 'b'])).toBe("['it''s', 'b']");
    expect(f('list<int>', [])).toBe('[]');
    expect(f('set<int>', [3, 1, 2])).toBe('{1, 2, 3}');
    expect(f('map<text, int>', new Map<CqlValue, CqlValue>([['b', 2], ['a', 1]]))).toBe("{'a': 1, 'b': 2}");
    expect(f('map<int, text>', new Map())).toBe('{}');
    expect(f('list<frozen<map<int, text>>>', [new Map<CqlValue, CqlValue>([[1, 'a']])])).toBe("[{1: 'a'}]");
    expect(f('set<timestamp>', [new Date(Date.UTC(2024, 0, 2))])).toBe("{'2024-01-02 00:00:00.000000+0000'}");
    expect(f('list<inet>', ['127.0.0.1', '::1'])).toBe("['127.0.0.1', '::1']");
    expect(f('list<date>', [19724])).toBe('[2024-01-02]');
    expect(f('list<time>', [1n])).toBe('[00:00:00.000000001]');
    expect(f('list<boolean>', [true, false])).toBe('[True, False]');
    expect(f('map<ascii, blob>', new Map<CqlValue, CqlValue>([['k', Uint8Array.of(0xff)]]))).toBe("{'k': 0xff}");
    expect(f('list<float>', [1.1, NaN])).toBe('[1.1, NaN]');
    expect(f('list<decimal>', ['1.50'])).toBe('[1.50]');
    expect(f('frozen<set<uuid>>', ['6ba7b810-9dad-11d1-80b4-00c04fd430c8'])).toBe('{6ba7b810-9dad-11d1-80b4-00c04fd430c8}');
  });
});

describe('valueFromTerm', () => {
  const list = (...items: Term[]): Term => ({ kind: 'list', items });
  const set = (...items: Term[]): Term => ({ kind: 'set', items });
  const map = (...entries: [Term, Term][]): Term => ({ kind: 'map', entries });
  const noMarkers: ParamResolver = () => {
    throw new Error('no markers expected');
  };
  const v = (type: string, term: Term, resolve: ParamResolver = noMarkers, column = 'c'): string | null =>
    hex(valueFromTerm(T(type), term, column, resolve));

  it('converts literals and collection literals', () => {
    expect(v('int', num('5'))).toBe(int(5));
    expect(v('int', NULL)).toBeNull();
    expect(v('list<int>', list(num('1'), num('2')))).toBe(framed(2, int(1), int(2)));
    expect(v('frozen<list<int>>', list(num('2'), num('1'), num('2')))).toBe(framed(3, int(2), int(1), int(2)));
    expect(v('set<int>', set(num('3'), num('1'), num('3')))).toBe(framed(2, int(1), int(3)));
    expect(v('map<int, text>', map([num('2'), str('b')], [num('1'), str('a')], [num('2'), str('c')]))).toBe(
      framed(2, int(1), '61', int(2), '63'),
    );
    expect(v('set<int>', map())).toBe('00000000'); // `{}` arrives as an empty map
    expect(v('map<int, int>', set())).toBe('00000000');
    expect(v('list<int>', list())).toBe('00000000');
    expect(v('list<frozen<map<int, text>>>', list(map([num('1'), str('a')])))).toBe(framed(1, framed(1, int(1), '61')));
    expect(v('set<frozen<set<int>>>', set(set(num('2'), num('1')), set(num('1'))))).toBe(
      framed(2, framed(1, int(1)), framed(2, int(1), int(2))),
    );
    expect(v('list<double>', list(num('1'), num('1.5')))).toBe(framed(2, '3ff0000000000000', '3ff8000000000000'));
    expect(v('list<date>', list(str('2024-01-02')))).toBe(framed(1, '80004d0c'));
  });

  it('resolves markers with the element type and Cassandra element names', () => {
    const calls: string[] = [];
    const resolve: ParamResolver = (m, type, column) => {
      calls.push(`${m.index} ${formatType(type)} ${column}`);
      return serializeValue(type, m.index === 9 ? 'x' : 7);
    };
    expect(v('list<int>', list(marker(0), num('2')), resolve, 'l')).toBe(framed(2, int(7), int(2)));
    expect(v('map<int, text>', map([marker(1), marker(9)]), resolve, 'm')).toBe(framed(1, int(7), '78'));
    expect(calls).toEqual(['0 int value(l)', '1 int key(m)', '9 text value(m)']);
  });

  it('validates and normalizes a marker bound to a whole collection', () => {
    const raw: ParamResolver = () => bytes(framed(3, int(3), int(1), int(3)));
    expect(v('set<int>', marker(0), raw)).toBe(framed(2, int(1), int(3)));
    expect(v('list<int>', marker(0), raw)).toBe(framed(3, int(3), int(1), int(3)));
    const broken: ParamResolver = () => bytes('0000');
    expect(() => v('set<int>', marker(0), broken)).toThrow('Invalid set<int> value: not enough bytes to read a list');
    const none: ParamResolver = () => null;
    expect(v('set<int>', marker(0), none)).toBeNull();
    expect(() => v('list<int>', list(marker(0)), none)).toThrow('null is not supported inside collections');
  });

  it('refuses null inside collections', () => {
    expect(() => v('list<int>', list(num('1'), NULL))).toThrow('null is not supported inside collections');
    expect(() => v('set<int>', set(NULL))).toThrow('null is not supported inside collections');
    expect(() => v('map<int, int>', map([num('1'), NULL]))).toThrow('null is not supported inside collections');
    expect(() => v('map<int, int>', map([NULL, num('1')]))).toThrow('null is not supported inside collections');
  });

  it("reports type mismatches with Cassandra's messages", () => {
    const bad: [string, Term, string][] = [
      ['int', list(num('1')), 'Invalid list literal for c of type int'],
      ['list<int>', set(num('1')), 'Invalid set literal for c of type list<int>'],
      ['set<int>', list(num('1')), 'Invalid list literal for c of type set<int>'],
      ['set<int>', map([num('1'), num('1')]), 'Invalid map literal for c of type set<int>'],
      ['map<int, int>', set(num('1')), 'Invalid set literal for c of type map<int, int>'],
      ['list<int>', map(), 'Invalid map literal for c of type list<int>'],
      ['frozen<list<int>>', set(), 'Invalid set literal for c of type frozen<list<int>>'],
      ['int', { kind: 'tuple', items: [num('1')] }, 'Invalid tuple type literal for c of type int'],
      ['list<int>', list(str('foo')), "Invalid list literal for c: value 'foo' is not of type int"],
      ['list<int>', list(list(num('1'))), 'Invalid list literal for c: value [1] is not of type int'],
      ['set<int>', set(num('1.5')), 'Invalid set literal for c: value 1.5 is not of type int'],
      ['map<int, text>', map([str('x'), str('y')]), "Invalid map literal for c: key 'x' is not of type int"],
      ['map<int, text>', map([num('1'), num('2')]), 'Invalid map literal for c: value 2 is not of type text'],
      ['list<frozen<list<int>>>', list(list(str('a'))), "Invalid list literal for c: value ['a'] is not of type frozen<list<int>>"],
      ['list<frozen<list<int>>>', list(list(num('1'), str('a'))), "value [1, 'a'] is not of type frozen<list<int>>"],
      ['list<int>', list(num('99999999999')), "Unable to make int from '99999999999'"],
      ['int', str('foo'), 'Invalid STRING constant (foo) for "c" of type int'],
      ['list<int>', str('foo'), 'Invalid STRING constant (foo) for "c" of type list<int>'],
      ['list<counter>', list(num('1')), 'counter columns are not supported yet'],
    ];
    for (const [type, term, message] of bad) {
      expect(() => v(type, term), `${type}`).toThrow(InvalidRequest);
      expect(() => v(type, term), `${type}`).toThrow(message);
    }
  });
});

describe('assertSupportedType', () => {
  it('accepts every supported native type and collections as Cassandra nests them', () => {
    const ok = [
      'ascii', 'bigint', 'blob', 'boolean', 'date', 'decimal', 'double', 'float', 'inet', 'int', 'smallint', 'text',
      'varchar', 'time', 'timestamp', 'timeuuid', 'tinyint', 'uuid', 'varint', 'list<int>', 'set<text>',
      'map<text, frozen<list<int>>>', 'frozen<map<int, frozen<list<text>>>>', 'frozen<list<list<int>>>',
      'list<frozen<set<frozen<map<int, text>>>>>',
    ];
    for (const t of ok) expect(() => assertSupportedType(T(t)), t).not.toThrow();
  });
  it("rejects the rest with Cassandra's messages", () => {
    const bad: [string, string][] = [
      ['counter', 'counter columns are not supported yet'],
      ['duration', 'type duration is not supported yet'],
      ['list<duration>', 'type duration is not supported yet'],
      ['my_type', 'Unknown type my_type'],
      ['list<my_type>', 'Unknown type my_type'],
      ['list<counter>', 'Counters are not allowed inside collections: list<counter>'],
      ['list<list<int>>', 'Non-frozen collections are not allowed inside collections: list<list<int>>'],
      ['map<set<int>, int>', 'Non-frozen collections are not allowed inside collections: map<set<int>, int>'],
      ['map<int, map<int, int>>', 'Non-frozen collections are not allowed inside collections: map<int, map<int, int>>'],
      ['frozen<int>', 'frozen<> is only allowed on collections, tuples, and user-defined types (got int)'],
      ['list<frozen<int>>', 'frozen<> is only allowed on collections, tuples, and user-defined types (got int)'],
    ];
    for (const [t, message] of bad) {
      expect(() => assertSupportedType(T(t)), t).toThrow(InvalidRequest);
      expect(() => assertSupportedType(T(t)), t).toThrow(message);
    }
  });
  it('prints types as Cassandra does', () => {
    expect(formatType(T('MAP<VARCHAR, frozen<LIST<int>>>'))).toBe('map<text, frozen<list<int>>>');
    expect(formatType(T('set<frozen<map<timeuuid, inet>>>'))).toBe('set<frozen<map<timeuuid, inet>>>');
  });
});

describe('collection helpers', () => {
  it('joinList and joinMap frame elements as given', () => {
    expect(hex(joinList([Uint8Array.of(1)]))).toBe(framed(1, '01'));
    expect(hex(joinMap([[Uint8Array.of(1), new Uint8Array(0)]]))).toBe(framed(1, '01', ''));
  });
});
