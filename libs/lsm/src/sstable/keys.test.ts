import { describe, expect, it } from 'vitest';
import { clusteringInSlice, satisfiesEnd, satisfiesStart } from '../slice.js';
import type { ClusteringSlice } from '../slice.js';
import { Random, seeds } from '../testing/random.js';
import { compareInPlace, leastKeySatisfyingStart, satisfiesEndInPlace, satisfiesStartInPlace, slicesOverlap, tokenHigh, tokenLow } from './keys.js';
import { ALPHABET, randomKey, randomSlice } from './testing.js';

/**
 * Every key of length ≤ 3 over the alphabet and the successors of its letters (the least key
 * above an exclusive bound): enough to witness any overlap of bounds of length ≤ 2.
 */
function allKeys(): Uint8Array[] {
  const letters = [...new Set([...ALPHABET, ...ALPHABET.filter((b) => b < 0xff).map((b) => b + 1)])];
  const out: Uint8Array[] = [new Uint8Array(0)];
  let frontier: Uint8Array[] = [new Uint8Array(0)];
  for (let len = 1; len <= 3; len++) {
    const next: Uint8Array[] = [];
    for (const k of frontier) for (const b of letters) next.push(new Uint8Array([...k, b]));
    out.push(...next);
    frontier = next;
  }
  return out;
}

describe('sstable keys', () => {
  const keys = allKeys();

  it.each(seeds(5))('slicesOverlap agrees with brute force (seed %i)', (seed) => {
    const r = new Random(seed);
    for (let i = 0; i < 2000; i++) {
      const a = randomSlice(r);
      const b = randomSlice(r);
      const witness = keys.some((k) => clusteringInSlice(k, a) && clusteringInSlice(k, b));
      expect(slicesOverlap(a, b), `seed ${seed} case ${i}`).toBe(witness);
    }
  });

  it('leastKeySatisfyingStart handles 0xff runs and empty bounds', () => {
    expect(leastKeySatisfyingStart(undefined, false)).toEqual(new Uint8Array(0));
    expect(leastKeySatisfyingStart(new Uint8Array([1, 0xff, 0xff]), false)).toEqual(new Uint8Array([2]));
    expect(leastKeySatisfyingStart(new Uint8Array([0xff]), false)).toBeUndefined();
    expect(leastKeySatisfyingStart(new Uint8Array(0), false)).toBeUndefined();
    expect(leastKeySatisfyingStart(new Uint8Array([7]), true)).toEqual(new Uint8Array([7]));
  });

  it.each(seeds(3))('in-place bound checks agree with slice.ts (seed %i)', (seed) => {
    const r = new Random(seed);
    for (let i = 0; i < 3000; i++) {
      const slice: ClusteringSlice = randomSlice(r);
      const key = randomKey(r, 3);
      const padded = new Uint8Array(key.length + 4);
      padded.set(key, 2);
      expect(satisfiesStartInPlace(padded, 2, key.length, slice)).toBe(satisfiesStart(key, slice));
      expect(satisfiesEndInPlace(padded, 2, key.length, slice)).toBe(satisfiesEnd(key, slice));
      const other = randomKey(r, 3);
      expect(Math.sign(compareInPlace(padded, 2, key.length, other))).toBe(Math.sign(Buffer.compare(key, other)));
    }
  });

  it('token words order like the token', () => {
    const tokens = [-(2n ** 63n), -(2n ** 32n) - 1n, -(2n ** 32n), -1n, 0n, 1n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 63n - 1n];
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1] as bigint;
      const b = tokens[i] as bigint;
      const less = tokenHigh(a) < tokenHigh(b) || (tokenHigh(a) === tokenHigh(b) && tokenLow(a) < tokenLow(b));
      expect(less, `${a} < ${b}`).toBe(true);
    }
  });
});
