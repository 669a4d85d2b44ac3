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
