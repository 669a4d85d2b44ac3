// Property tests for the byte-comparable clustering encoding and for SELECT slices.
// Seeded: a failure message names its seed; SEED=<n> reruns exactly that seed.

import { describe, expect, it } from 'vitest';
import { bindSelect } from './bind-select.js';
import { compareBytes, startsWith, toHex } from './bytes.js';
import { compareClusteringValues, decodeClustering, encodeClustering, type ClusteringOrder } from './clustering.js';
import { ServerError } from './errors.js';
import { jsonParams } from './params.js';
import { parse } from './parser.js';
import { tableFromCreate } from './schema.js';
import { clusteringInSlice, clusteringPrefixSuccessor } from './slice.js';
import type { CqlType, NativeTypeName } from './types.js';
import type { SelectStatement } from './ast.js';

const SEEDS = process.env['SEED'] !== undefined ? [Number(process.env['SEED'])] : [1, 2, 3, Date.now() % 1_000_000];

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: NativeTypeName[] = ['int', 'bigint', 'boolean', 'double', 'timestamp', 'uuid', 'text', 'blob'];

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
  value(type: NativeTypeName): Uint8Array {
    const small = this.rand() < 0.5;
    const fixed = (n: number, edges: string[]): Uint8Array => {
      if (this.rand() < 0.3) return Uint8Array.from((this.pick(edges).match(/../g) ?? []).map((h) => parseInt(h, 16)));
      return small ? this.bytes(n, [0x00, 0x7f, 0x80, 0xff]) : this.bytes(n);
    };
    switch (type) {
      case 'int':
        return fixed(4, ['00000000', 'ffffffff', '80000000', '7fffffff', '00000001']);
      case 'bigint':
        return fixed(8, ['0000000000000000', 'ffffffffffffffff', '8000000000000000', '7fffffffffffffff']);
      case 'timestamp': {
        // Any value a JS Date holds (validateValue rejects the rest).
        const ms = small ? this.pick([0, -1, 1, 8.64e15, -8.64e15]) : Math.round((this.rand() * 2 - 1) * 8.64e15);
        const out = new Uint8Array(8);
        new DataView(out.buffer).setBigInt64(0, BigInt(ms));
        return out;
      }
      case 'double':
        return fixed(8, [
          '0000000000000000', '8000000000000000', '7ff8000000000000', 'fff8000000000001', '7ff0000000000000',
          'fff0000000000000', '0000000000000001', '8000000000000001', '3ff0000000000000', 'bff0000000000000',
        ]);
      case 'boolean':
        return Uint8Array.of(this.pick([0, 1, 1, 2, 0xff]));
      case 'uuid': {
        const out = small ? this.bytes(16, [0x00, 0x10, 0xff]) : this.bytes(16);
        out[6] = (this.pick([0, 1, 1, 2, 4, 15]) << 4) | ((out[6] as number) & 0x0f);
        return out;
      }
      case 'text': {
        const chars = ['', '\0', 'a', 'b', 'é', '\uffff', '😀'];
        let s = '';
        for (let i = this.int(5); i > 0; i--) s += this.pick(chars);
        return new TextEncoder().encode(s);
      }
      case 'blob':
        return this.bytes(this.int(5), [0x00, 0x01, 0xfe, 0xff]);
      default:
        throw new Error(type);
    }
  }
}

const native = (name: NativeTypeName): CqlType => ({ kind: 'native', name });

/** What decodeClustering returns for a value: canonical NaN, canonical true. */
function canonical(type: NativeTypeName, v: Uint8Array): string {
  if (type === 'boolean') return v[0] === 0 ? '00' : '01';
  if (type === 'double' && Number.isNaN(new DataView(v.buffer, v.byteOffset, 8).getFloat64(0))) return '7ff8000000000000';
  return toHex(v);
}

describe('encodeClustering', () => {
  for (const seed of SEEDS) {
    it(`orders keys like Cassandra, round-trips and nests prefixes (seed ${seed})`, () => {
      const g = new Gen(prng(seed));
      for (let round = 0; round < 300; round++) {
        const n = 1 + g.int(3);
        const names = Array.from({ length: n }, () => g.pick(TYPES));
        const types = names.map(native);
        const orders = Array.from({ length: n }, (): ClusteringOrder => g.pick(['ASC', 'DESC'] as const));
        const rows = Array.from({ length: 12 }, () => names.map((t) => g.value(t)));
        const keys = rows.map((r) => encodeClustering(types, orders, r));
        const where = `seed ${seed} round ${round} ${names.join(',')} ${orders.join(',')}`;
        rows.forEach((a, i) => {
          rows.forEach((b, j) => {
            const want = Math.sign(compareClusteringValues(types, orders, a, b));
            const got = Math.sign(compareBytes(keys[i] as Uint8Array, keys[j] as Uint8Array));
            expect(got, `${where}: ${a.map(toHex)} vs ${b.map(toHex)}`).toBe(want);
          });
          const decoded = decodeClustering(types, orders, keys[i] as Uint8Array);
          expect(decoded.map(toHex), where).toEqual(a.map((v, k) => canonical(names[k] as NativeTypeName, v)));
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

  it('rejects corrupt keys and invalid values', () => {
    const t = [native('int'), native('text')];
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0))).toThrow(ServerError);
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0, 1, 0x61))).toThrow('has no terminator');
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0, 1, 0, 7))).toThrow('bad escape');
    expect(() => decodeClustering(t, ['ASC', 'ASC'], Uint8Array.of(0x80, 0, 0, 1, 0, 1, 9))).toThrow('1 bytes left over');
    expect(() => encodeClustering(t, ['ASC', 'ASC'], [Uint8Array.of(1)])).toThrow('Expected 4 byte int (1)');
    expect(() => encodeClustering([{ kind: 'native', name: 'varint' }], ['ASC'], [Uint8Array.of(1)])).toThrow(
      'type varint is not supported yet',
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

/** A JSON param for a serialized value of a supported type, via the natural JSON forms. */
function jsonOf(type: NativeTypeName, v: Uint8Array): unknown {
  const view = new DataView(v.buffer, v.byteOffset, v.byteLength);
  switch (type) {
    case 'int':
      return view.getInt32(0);
    case 'bigint':
      return view.getBigInt64(0).toString();
    case 'timestamp':
      return Number(view.getBigInt64(0));
    case 'boolean':
      return v[0] !== 0;
    case 'double': {
      const d = view.getFloat64(0);
      return Number.isFinite(d) ? d : String(d);
    }
    case 'uuid': {
      const h = toHex(v);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
    case 'text':
      return new TextDecoder().decode(v);
    case 'blob':
      return `0x${toHex(v)}`;
    default:
      throw new Error(type);
  }
}

describe('bindSelect slices', () => {
  for (const seed of SEEDS) {
    it(`select exactly the rows the WHERE clause names (seed ${seed})`, () => {
      const g = new Gen(prng(seed));
      for (let round = 0; round < 150; round++) {
        const n = 1 + g.int(3);
        const names = Array.from({ length: n }, () => g.pick(TYPES.filter((t) => t !== 'boolean' || g.rand() < 0.3)));
        const orders = Array.from({ length: n }, (): ClusteringOrder => g.pick(['ASC', 'DESC'] as const));
        const cols = names.map((t, i) => `c${i} ${t}`).join(', ');
        const ck = names.map((_, i) => `c${i}`).join(', ');
        const order = orders.map((o, i) => `c${i} ${o}`).join(', ');
        const table = tableFromCreate(
          parse(`CREATE TABLE t (pk int, ${cols}, PRIMARY KEY (pk, ${ck})) WITH CLUSTERING ORDER BY (${order})`) as never,
          'ks',
          'id',
        );
        const types = names.map(native);
        const rows = Array.from({ length: 20 }, () => names.map((t) => g.value(t)));
        // Equalities on a prefix taken from a random row, then maybe a slice on the next column.
        const base = g.pick(rows);
        const eqCount = g.int(n + 1);
        const rels: { col: number; op: string; value: Uint8Array }[] = [];
        for (let i = 0; i < eqCount; i++) rels.push({ col: i, op: '=', value: base[i] as Uint8Array });
        if (eqCount < n && g.rand() < 0.8) {
          const sides = g.pick([['>', '>='], ['<', '<='], ['both']] as const);
          const bound = (): Uint8Array => (g.rand() < 0.5 ? (g.pick(rows)[eqCount] as Uint8Array) : g.value(names[eqCount] as NativeTypeName));
          if (sides[0] === 'both') {
            rels.push({ col: eqCount, op: g.pick(['>', '>=']), value: bound() });
            rels.push({ col: eqCount, op: g.pick(['<', '<=']), value: bound() });
          } else {
            rels.push({ col: eqCount, op: g.pick(sides), value: bound() });
          }
        }
        const where = ['pk = ?', ...rels.map((r) => `c${r.col} ${r.op} ?`)].join(' AND ');
        const params = [1, ...rels.map((r) => jsonOf(names[r.col] as NativeTypeName, r.value))];
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
