// Property tests for the byte-comparable clustering encoding and for SELECT slices.
// Seeded: a failure message names its seed; SEED=<n> reruns exactly that seed.

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@cassia/testkit';
import { bindSelect } from './bind-select.js';
import { compareBytes, concatBytes, startsWith, toHex } from './bytes.js';
import { compareClusteringValues, decodeClustering, encodeClustering, type ClusteringOrder } from './clustering.js';
import { joinList, joinMap, splitList, splitMap } from './collections.js';
import { ServerError } from './errors.js';
import {
  decimalFromBytes,
  decimalFromNormalForm,
  decimalNormalForm,
  decimalToBytes,
  varintFromBytes,
  varintToBytes,
} from './numbers.js';
import { jsonParams } from './params.js';
import { parse, parseType } from './parser.js';
import { tableFromCreate } from './schema.js';
import { clusteringInSlice, clusteringPrefixSuccessor } from './slice.js';
import { formatType, type CqlType, type NativeTypeName } from './types.js';
import { normalizeValue } from './values.js';
import { valueToJson } from './values-json.js';
import type { SelectStatement } from './ast.js';

const SEEDS = process.env['SEED'] !== undefined ? [Number(process.env['SEED'])] : [1, 2, 3, Date.now() % 1_000_000];

/** Clustering column types the property tests draw from (the first eight are the original ones). */
const TYPE_TEXTS = [
  'int', 'bigint', 'boolean', 'double', 'timestamp', 'uuid', 'text', 'blob',
  'tinyint', 'smallint', 'varint', 'decimal', 'float', 'date', 'time', 'timeuuid', 'inet', 'ascii',
  'frozen<list<int>>', 'frozen<set<text>>', 'frozen<map<tinyint, frozen<list<decimal>>>>', 'frozen<set<frozen<set<varint>>>>',
];
const TYPES: CqlType[] = TYPE_TEXTS.map((t) => parseType(t));

const hexBytes = (h: string): Uint8Array => Uint8Array.from((h.match(/../g) ?? []).map((x) => parseInt(x, 16)));

class Gen {
  constructor(readonly rand: () => number) {}
  int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  bytes(n: number, alphabet?: readonly number[]): Uint8Array {
    return Uint8Array.from({ length: n }, () => (alphabet ? this.pick(alphabet) : this.int(256)));
  }
  /** A serialized value; small domains make ties common. */
  value(type: CqlType): Uint8Array {
    const t = type.kind === 'frozen' ? type.inner : type;
    if (t.kind === 'list' || t.kind === 'set') {
      const list = joinList(Array.from({ length: this.int(4) }, () => this.value(t.element)));
      return t.kind === 'set' ? normalizeValue(t, list) : list;
    }
    if (t.kind === 'map') {
      const entries = Array.from({ length: this.int(4) }, (): [Uint8Array, Uint8Array] => [this.value(t.key), this.value(t.value)]);
      return normalizeValue(t, joinMap(entries));
    }
    if (t.kind !== 'native') throw new Error(formatType(t));
    return this.native(t.name);
  }
  native(type: NativeTypeName): Uint8Array {
    const small = this.rand() < 0.5;
    const fixed = (n: number, edges: string[]): Uint8Array => {
      if (this.rand() < 0.3) return hexBytes(this.pick(edges));
      return small ? this.bytes(n, [0x00, 0x7f, 0x80, 0xff]) : this.bytes(n);
    };
    switch (type) {
      case 'tinyint':
        return fixed(1, ['00', 'ff', '80', '7f', '01']);
      case 'smallint':
        return fixed(2, ['0000', 'ffff', '8000', '7fff', '0001']);
      case 'int':
        return fixed(4, ['00000000', 'ffffffff', '80000000', '7fffffff', '00000001']);
      case 'bigint':
        return fixed(8, ['0000000000000000', 'ffffffffffffffff', '8000000000000000', '7fffffffffffffff']);
      case 'date':
        return fixed(4, ['00000000', 'ffffffff', '80000000', '7fffffff']);
      case 'varint': {
        // Any length, minimal or not (a redundant 00 / ff sign byte is valid and compares equal).
        const out = this.bytes(1 + this.int(small ? 2 : 9), small ? [0x00, 0x01, 0x7f, 0x80, 0xff] : undefined);
        return out;
      }
      case 'decimal': {
        const scale = this.rand() < 0.1 ? this.pick([-2147483648, 2147483647]) : this.pick([-3, -1, 0, 0, 1, 2, 5]);
        const out = new Uint8Array(4);
        new DataView(out.buffer).setInt32(0, scale);
        return concatBytes([out, this.native('varint')]);
      }
      case 'timestamp': {
        // Any value a JS Date holds (validateValue rejects the rest).
        const ms = small ? this.pick([0, -1, 1, 8.64e15, -8.64e15]) : Math.round((this.rand() * 2 - 1) * 8.64e15);
        const out = new Uint8Array(8);
        new DataView(out.buffer).setBigInt64(0, BigInt(ms));
        return out;
      }
      case 'time': {
        const max = 86_399_999_999_999;
        const ns = small ? this.pick([0, 1, max, max - 1, 1e9]) : Math.floor(this.rand() * max);
        const out = new Uint8Array(8);
        new DataView(out.buffer).setBigInt64(0, BigInt(ns));
        return out;
      }
      case 'double':
        return fixed(8, [
          '0000000000000000', '8000000000000000', '7ff8000000000000', 'fff8000000000001', '7ff0000000000000',
          'fff0000000000000', '0000000000000001', '8000000000000001', '3ff0000000000000', 'bff0000000000000',
        ]);
      case 'float':
        return fixed(4, [
          '00000000', '80000000', '7fc00000', 'ffc00001', '7f800000', 'ff800000', '00000001', '80000001', '3f800000', 'bf800000',
        ]);
      case 'boolean':
        return Uint8Array.of(this.pick([0, 1, 1, 2, 0xff]));
      case 'uuid':
      case 'timeuuid': {
        const out = small ? this.bytes(16, [0x00, 0x10, 0x7f, 0x80, 0xff]) : this.bytes(16);
        const version = type === 'timeuuid' ? 1 : this.pick([0, 1, 1, 2, 4, 15]);
        out[6] = (version << 4) | ((out[6] as number) & 0x0f);
        return out;
      }
      case 'inet': {
        const out = this.rand() < 0.5 ? this.bytes(4, small ? [0, 1, 0xff] : undefined) : this.bytes(16, small ? [0, 1, 0xff] : undefined);
        // Not an IPv4-mapped address: its text would read back as the 4-byte address.
        if (out.length === 16 && out.subarray(0, 10).every((b) => b === 0) && out[10] === 0xff && out[11] === 0xff) out[0] = 1;
        return out;
      }
      case 'text': {
        const chars = ['', '\0', 'a', 'b', 'é', '\uffff', '😀'];
        let s = '';
        for (let i = this.int(5); i > 0; i--) s += this.pick(chars);
        return new TextEncoder().encode(s);
      }
      case 'ascii':
        return this.bytes(this.int(5), [0x00, 0x01, 0x41, 0x7f]);
      case 'blob':
        return this.bytes(this.int(5), [0x00, 0x01, 0xfe, 0xff]);
      default:
        throw new Error(type);
    }
  }
}

const native = (name: NativeTypeName): CqlType => ({ kind: 'native', name });

/**
 * What decodeClustering returns for a value: canonical NaN, canonical true, minimal varints,
 * least-digit decimals, at any depth.
 */
function canonical(type: CqlType, v: Uint8Array): Uint8Array {
  const t = type.kind === 'frozen' ? type.inner : type;
  if (t.kind === 'list' || t.kind === 'set') return joinList(splitList(t, v).map((e) => canonical(t.element, e)));
  if (t.kind === 'map') return joinMap(splitMap(t, v).map(([k, x]): [Uint8Array, Uint8Array] => [canonical(t.key, k), canonical(t.value, x)]));
  if (t.kind !== 'native') throw new Error(formatType(t));
  const view = new DataView(v.buffer, v.byteOffset, v.byteLength);
  switch (t.name) {
    case 'boolean':
      return Uint8Array.of(v[0] === 0 ? 0 : 1);
    case 'double':
      return Number.isNaN(view.getFloat64(0)) ? hexBytes('7ff8000000000000') : v;
    case 'float':
      return Number.isNaN(view.getFloat32(0)) ? hexBytes('7fc00000') : v;
    case 'varint':
      return varintToBytes(varintFromBytes(v));
    case 'decimal':
      return decimalToBytes(decimalFromNormalForm(decimalNormalForm(decimalFromBytes(v))));
    default:
      return v;
  }
}

describe('encodeClustering', () => {
  for (const seed of SEEDS) {
    it(`orders keys like Cassandra, round-trips and nests prefixes (seed ${seed})`, () => {
      const g = new Gen(mulberry32(seed));
      for (let round = 0; round < 300; round++) {
        const n = 1 + g.int(3);
        const types = Array.from({ length: n }, () => g.pick(TYPES));
        const orders = Array.from({ length: n }, (): ClusteringOrder => g.pick(['ASC', 'DESC'] as const));
        const rows = Array.from({ length: 12 }, () => types.map((t) => g.value(t)));
        const keys = rows.map((r) => encodeClustering(types, orders, r));
        const where = `seed ${seed} round ${round} ${types.map(formatType).join(',')} ${orders.join(',')}`;
        rows.forEach((a, i) => {
          rows.forEach((b, j) => {
            const want = Math.sign(compareClusteringValues(types, orders, a, b));
            const got = Math.sign(compareBytes(keys[i] as Uint8Array, keys[j] as Uint8Array));
            expect(got, `${where}: ${a.map(toHex)} vs ${b.map(toHex)}`).toBe(want);
          });
          const decoded = decodeClustering(types, orders, keys[i] as Uint8Array);
          expect(decoded.map(toHex), where).toEqual(a.map((v, k) => toHex(canonical(types[k] as CqlType, v))));
          for (let k = 0; k <= n; k++) {
            const prefix = encodeClustering(types.slice(0, k), orders.slice(0, k), a.slice(0, k));
            expect(startsWith(keys[i] as Uint8Array, prefix), where).toBe(true);
            expect(decodeClustering(types, orders, prefix).length, where).toBe(k);
          }
        });
      }
    });
  }

  it('inverts every byte of a DESC component', () => {
    const t = [native('int'), native('text')];
    const asc = encodeClustering(t, ['ASC', 'ASC'], [Uint8Array.of(0, 0, 0, 5), Uint8Array.of(0x61, 0)]);
    const desc = encodeClustering(t, ['DESC', 'DESC'], [Uint8Array.of(0, 0, 0, 5), Uint8Array.of(0x61, 0)]);
    expect(toHex(asc)).toBe('80000005' + '6100ff0001');
    expect(toHex(desc)).toBe('7ffffffa' + '9eff00fffe');
  });

  it('moves the uuid version first and reorders version-1 timestamps', () => {
    const v1 = Uint8Array.from([0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x17, 0x88, 1, 2, 3, 4, 5, 6, 7, 8]);
    const v4 = Uint8Array.from([0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x47, 0x88, 1, 2, 3, 4, 5, 6, 7, 8]);
    const t = [native('uuid')];
    expect(toHex(encodeClustering(t, ['ASC'], [v1]))).toBe('1788' + '5566' + '11223344' + '0102030405060708');
    expect(toHex(encodeClustering(t, ['ASC'], [v4]))).toBe('4112233445566788' + '0102030405060708');
  });

  it('pins the component encodings of the added types (format version 1)', () => {
    const enc = (type: string, h: string, order: ClusteringOrder = 'ASC'): string =>
      toHex(encodeClustering([parseType(type)], [order], [hexBytes(h)]));
    const cases: [string, string, string][] = [
      ['tinyint', '05', '85'],
      ['smallint', 'ffff', '7fff'],
      ['date', '80000000', '80000000'],
      ['time', '0000000000000001', '0000000000000001'],
      ['float', '3f800000', 'bf800000'],
      ['float', 'bf800000', '407fffff'],
      ['float', 'ffc00001', 'ffc00000'], // NaN, canonicalized first
      ['timeuuid', '1122334455661788' + '0102030405060708', '1788556611223344' + '8182838485868788'],
      ['varint', '01', '80000001' + '01'],
      ['varint', '0001', '80000001' + '01'],
      ['varint', '0080', '80000002' + '0080'],
      ['varint', 'ff', '7ffffffe' + 'ff'],
      ['decimal', '0000000000', '02'],
      ['decimal', '000000010f', '03' + '8000000000000001' + '10' + '00'], // 1.5
      ['decimal', '0000000200' + '96', '03' + '8000000000000001' + '10' + '00'], // 1.50
      ['decimal', '00000001f1', '01' + '7ffffffffffffffe' + 'ef' + 'ff'], // -1.5
      ['decimal', '000000007b', '03' + '8000000000000003' + '0d1f' + '00'], // 123
      ['ascii', '4100', '4100ff' + '0001'],
      ['inet', '7f000001', '7f00ff00ff01' + '0001'],
      ['frozen<list<int>>', '00000002' + '0000000400000001' + '0000000400000002', '01' + '80000001' + '01' + '80000002' + '00'],
      ['frozen<list<int>>', '00000000', '00'],
      ['frozen<map<int, text>>', '00000001' + '0000000400000001' + '0000000161', '01' + '80000001' + '61' + '0001' + '00'],
    ];
    for (const [type, value, key] of cases) expect(enc(type, value), `${type} ${value}`).toBe(key);
    expect(enc('frozen<list<int>>', '00000000', 'DESC')).toBe('ff');
    expect(enc('varint', '01', 'DESC')).toBe('7ffffffe' + 'fe');
  });

  it('rejects corrupt keys of the added types', () => {
    const dec = (type: string, h: string): unknown => decodeClustering([parseType(type)], ['ASC'], hexBytes(h));
    expect(() => dec('frozen<list<int>>', '0180000001')).toThrow('component 0 is cut short');
    expect(() => dec('frozen<list<int>>', '0280000001')).toThrow('bad collection marker 2');
    expect(() => dec('varint', '80000000')).toThrow('bad varint length 0');
    expect(() => dec('varint', '80000001ff')).toThrow('varint of the wrong sign');
    expect(() => dec('decimal', '04')).toThrow('bad decimal sign 4');
    expect(() => dec('decimal', '03800000000000000165')).toThrow('bad decimal digit pair 101');
    expect(() => dec('decimal', '03800000000000000100')).toThrow('bad decimal digits');
    expect(() => dec('inet', '0102030405' + '0001')).toThrow(ServerError);
    expect(() => dec('inet', '0102030405' + '0001')).toThrow('Expected 4 or 16 byte inetaddress (5)');
    expect(() => dec('timeuuid', '0000000000000000' + '0000000000000000')).toThrow('Invalid version for TimeUUID type.');
  });

  it('rejects corrupt keys and invalid values', () => {
    const t = [native('int'), native('text')];
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0))).toThrow(ServerError);
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0, 1, 0x61))).toThrow('has no terminator');
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0, 1, 0, 7))).toThrow('bad escape');
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0, 1, 0, 1, 9))).toThrow('1 bytes left over');
    expect(() => encodeClustering(t, ['ASC', 'ASC'], [Uint8Array.of(1)])).toThrow('Expected 4 byte int (1)');
    expect(() => encodeClustering([{ kind: 'native', name: 'duration' }], ['ASC'], [Uint8Array.of(1)])).toThrow(
      'type duration is not supported yet',
    );
  });
});

describe('clusteringPrefixSuccessor', () => {
  it('is the least string above every extension of the prefix', () => {
    expect(toHex(clusteringPrefixSuccessor(Uint8Array.of(1, 2, 0xff)) as Uint8Array)).toBe('0103');
    expect(clusteringPrefixSuccessor(Uint8Array.of(0xff, 0xff))).toBeUndefined();
  });
});

// ---- slices: bindSelect bounds + clusteringInSlice select exactly the matching rows ----

function holds(op: string, c: number): boolean {
  return op === '=' ? c === 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}

/** A JSON param for a serialized value, via the natural JSON forms (ms for timestamps, which may pass year 9999). */
function jsonOf(type: CqlType, v: Uint8Array): unknown {
  if (type.kind === 'native' && type.name === 'timestamp') {
    return Number(new DataView(v.buffer, v.byteOffset, v.byteLength).getBigInt64(0));
  }
  return valueToJson(type, v);
}

describe('bindSelect slices', () => {
  for (const seed of SEEDS) {
    it(`select exactly the rows the WHERE clause names (seed ${seed})`, () => {
      const g = new Gen(mulberry32(seed));
      for (let round = 0; round < 150; round++) {
        const n = 1 + g.int(3);
        const types = Array.from({ length: n }, () =>
          g.pick(TYPES.filter((t) => !(t.kind === 'native' && t.name === 'boolean') || g.rand() < 0.3)),
        );
        const names = types.map(formatType);
        const orders = Array.from({ length: n }, (): ClusteringOrder => g.pick(['ASC', 'DESC'] as const));
        const cols = names.map((t, i) => `c${i} ${t}`).join(', ');
        const ck = names.map((_, i) => `c${i}`).join(', ');
        const order = orders.map((o, i) => `c${i} ${o}`).join(', ');
        const table = tableFromCreate(
          parse(`CREATE TABLE t (pk int, ${cols}, PRIMARY KEY (pk, ${ck})) WITH CLUSTERING ORDER BY (${order})`) as never,
          'ks',
          'id',
        );
        const rows = Array.from({ length: 20 }, () => types.map((t) => g.value(t)));
        // Equalities on a prefix taken from a random row, then maybe a slice on the next column.
        const base = g.pick(rows);
        const eqCount = g.int(n + 1);
        const rels: { col: number; op: string; value: Uint8Array }[] = [];
        for (let i = 0; i < eqCount; i++) rels.push({ col: i, op: '=', value: base[i] as Uint8Array });
        if (eqCount < n && g.rand() < 0.8) {
          const sides = g.pick([['>', '>='], ['<', '<='], ['both']] as const);
          const bound = (): Uint8Array => (g.rand() < 0.5 ? (g.pick(rows)[eqCount] as Uint8Array) : g.value(types[eqCount] as CqlType));
          if (sides[0] === 'both') {
            rels.push({ col: eqCount, op: g.pick(['>', '>=']), value: bound() });
            rels.push({ col: eqCount, op: g.pick(['<', '<=']), value: bound() });
          } else {
            rels.push({ col: eqCount, op: g.pick(sides), value: bound() });
          }
        }
        const where = ['pk = ?', ...rels.map((r) => `c${r.col} ${r.op} ?`)].join(' AND ');
        const params = [1, ...rels.map((r) => jsonOf(types[r.col] as CqlType, r.value))];
        const stmt = parse(`SELECT * FROM t WHERE ${where}`) as SelectStatement;
        const { slice } = bindSelect(stmt, table, jsonParams(params));
        for (const row of rows) {
          const key = encodeClustering(types, orders, row);
          const want = rels.every((r) => {
            const c = compareClusteringValues([types[r.col] as CqlType], ['ASC'], [row[r.col] as Uint8Array], [r.value]);
            return holds(r.op, c);
          });
          const label = `seed ${seed} round ${round}: ${names.join(',')} ${orders.join(',')} WHERE ${rels
            .map((r) => `c${r.col} ${r.op} ${toHex(r.value)}`)
            .join(' AND ')} row ${row.map(toHex)}`;
          expect(clusteringInSlice(key, slice), label).toBe(want);
        }
      }
    });
  }
});

describe('decodeClustering on a Node Buffer', () => {
  it('never writes to the key it decodes (Buffer.slice is a view, not a copy)', () => {
    const types = [{ kind: 'native', name: 'int' } as const, { kind: 'native', name: 'bigint' } as const];
    const key = encodeClustering(types, ['ASC', 'DESC'], [Uint8Array.of(0, 0, 0, 198), Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 7)]);
    const asBuffer = Buffer.from(key); // what protobuf decoding hands out
    const before = Buffer.from(asBuffer);
    decodeClustering(types, ['ASC', 'DESC'], asBuffer);
    expect(asBuffer.equals(before)).toBe(true);
  });
});
