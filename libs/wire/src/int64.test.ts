import { describe, expect, it } from 'vitest';
import { cassia } from './gen/messages.js';
import { toBigInt, toLong, toULong } from './int64.js';

describe('int64 conversions', () => {
  it('round-trips signed extremes through protobuf', () => {
    for (const v of [-(2n ** 63n), -1n, 0n, 1n, 2n ** 53n + 1n, 2n ** 63n - 1n]) {
      const bytes = cassia.replica.Mutation.encode({ token: toLong(v) }).finish();
      expect(toBigInt(cassia.replica.Mutation.decode(bytes).token)).toBe(v);
    }
  });

  it('gives the same Long on the number path (|v| <= 2^53 - 1) as on the bigint path, at its edges and for random values', () => {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    const values = [safe, safe + 1n, -safe, -safe - 1n, 1_733_572_800_000_000n, -1_733_572_800_000_000n, 2n ** 32n, -(2n ** 32n), 2n ** 31n, -(2n ** 31n) - 1n];
    let x = 0x9e3779b97f4a7c15n;
    for (let i = 0; i < 2000; i++) {
      x = BigInt.asUintN(64, x * 6364136223846793005n + 1442695040888963407n);
      values.push(BigInt.asIntN(64, x) >> BigInt(i % 64));
    }
    for (const v of values) {
      const l = toLong(v);
      const u = BigInt.asUintN(64, v);
      expect([l.low, l.high, l.unsigned]).toEqual([Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0, false]);
      expect(toBigInt(l)).toBe(v);
    }
  });

  it('round-trips unsigned values', () => {
    for (const v of [0n, 2n ** 64n - 1n, 1_700_000_000_000n]) {
      const bytes = cassia.replica.StoreHintRequest.encode({ createdAtMs: toULong(v) }).finish();
      expect(toBigInt(cassia.replica.StoreHintRequest.decode(bytes).createdAtMs)).toBe(v);
    }
  });

  it('rejects values out of range', () => {
    expect(() => toLong(2n ** 63n)).toThrow(RangeError);
    expect(() => toULong(-1n)).toThrow(RangeError);
  });
});
