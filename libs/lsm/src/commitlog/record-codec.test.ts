import { describe, expect, it } from 'vitest';
import { DecodeError } from './byte-io.js';
import { ByteReader, ByteWriter } from './byte-io.js';
import { decodeRecord, encodeRecord } from './record-codec.js';
import { b, mutation, randomMutation, rowUpdate, tombstone, live, expiring, del } from '../testing/fixtures.js';
import { Random, seeds } from '../testing/random.js';
import { TIMESTAMP_MAX, TIMESTAMP_MIN } from '../limits.js';

describe('record codec', () => {
  it('round-trips random mutations and batches', () => {
    for (const seed of seeds(200)) {
      const r = new Random(seed);
      const mutations = Array.from({ length: 1 + r.int(3) }, () => randomMutation(r));
      const record = { kind: 'mutations' as const, mutations };
      expect(decodeRecord(encodeRecord(record)), `seed ${seed}`).toEqual(record);
    }
  });

  it('round-trips extreme timestamps and tokens', () => {
    const m = mutation(
      'ks.t',
      'k',
      [
        rowUpdate('', { a: live('x', TIMESTAMP_MIN), b: tombstone(TIMESTAMP_MAX, 0xffff_ffff), c: expiring('e', 0n, 630_720_000, 1) }, { deletion: del(-1n, 0) }),
      ],
      del(TIMESTAMP_MAX, 7),
      TIMESTAMP_MIN,
    );
    const record = { kind: 'mutations' as const, mutations: [m] };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it('round-trips range tombstones with every bound shape', () => {
    const m = {
      ...mutation('t', 'k', [rowUpdate('a', { x: live('v', 5n) })]),
      rangeTombstones: [
        { start: b('a'), startInclusive: true, end: b('c'), endInclusive: false, deletion: del(4n, 9) },
        { startInclusive: false, end: b('z'), endInclusive: true, deletion: del(1_700_000_000_000_000n, 9) },
        { start: b(''), startInclusive: false, endInclusive: true, deletion: del(-3n, 0) },
      ],
    };
    const record = { kind: 'mutations' as const, mutations: [m] };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it('round-trips a drop-table marker', () => {
    const record = { kind: 'dropTable' as const, tableId: 'ks.tbl' };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it('stores timestamps as small deltas', () => {
    const ts = 1_700_000_000_000_000n;
    const m = mutation('t', 'k', [rowUpdate('c', { a: live('v', ts), b: live('w', ts + 1n) })]);
    // kind 1, count 1, table 2, token 8, key 2, base 8, columns 5, flags 1,
    // row count 1, clustering 2, row flags 1, cell count 1, two cells of 5 bytes = 43.
    expect(encodeRecord({ kind: 'mutations', mutations: [m] }).length).toBe(43);
  });

  it('rejects unknown kinds, unknown flags and trailing bytes', () => {
    expect(() => decodeRecord(new Uint8Array([9]))).toThrow(DecodeError);
    const ok = encodeRecord({ kind: 'dropTable', tableId: 't' });
    expect(() => decodeRecord(new Uint8Array([...ok, 0]))).toThrow(/trailing/);
    expect(() => decodeRecord(ok.subarray(0, ok.length - 1))).toThrow(DecodeError);
    const m = encodeRecord({ kind: 'mutations', mutations: [mutation('t', 'k', [])] });
    // the mutation flags byte is the one before the final row count (0)
    const bad = new Uint8Array(m);
    bad[bad.length - 2] = 0x80;
    expect(() => decodeRecord(bad)).toThrow(/unknown mutation flags/);
  });
});

describe('varints', () => {
  it('round-trip numbers and 64-bit bigints', () => {
    const w = new ByteWriter(1);
    const nums = [0, 1, 127, 128, 300, 2 ** 32, Number.MAX_SAFE_INTEGER];
    const bigs = [0n, 1n, -1n, TIMESTAMP_MIN, TIMESTAMP_MAX, 1_700_000_000_000_000n];
    for (const n of nums) w.varuint(n);
    for (const v of bigs) w.varbigint(v);
    w.string('héllo');
    w.bytes(b('xyz'));
    const r = new ByteReader(w.finish());
    for (const n of nums) expect(r.varuint()).toBe(n);
    for (const v of bigs) expect(r.varbigint()).toBe(v);
    expect(r.string(100)).toBe('héllo');
    expect(r.bytes(100)).toEqual(b('xyz'));
    expect(r.remaining).toBe(0);
  });

  it('enforce maxima on read', () => {
    const w = new ByteWriter();
    w.varuint(1000);
    expect(() => new ByteReader(w.finish()).varuint(999)).toThrow(DecodeError);
  });
});
