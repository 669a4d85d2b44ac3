import { describe, expect, it } from 'vitest';
import { allocateRandomTokens } from './allocation.js';
import { TokenAllocationError } from './errors.js';
import { cryptoRandomSource, seededRandomSource, type RandomSource } from './random.js';
import { isToken, MAX_TOKEN, MIN_TOKEN } from './token.js';

/** A source replaying fixed uint32 values, then repeating the last one. */
function scripted(...values: number[]): RandomSource {
  let i = 0;
  return { nextUint32: () => values[Math.min(i++, values.length - 1)]! };
}

describe('seededRandomSource', () => {
  it('is SplitMix64: seed 0 starts 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4', () => {
    const r = seededRandomSource(0);
    const words = Array.from({ length: 4 }, () => r.nextUint32().toString(16).padStart(8, '0'));
    expect(words.join('')).toBe('e220a8397b1dcdaf' + '6e789e6aa1b965f4');
  });

  it('repeats for a seed and differs across seeds', () => {
    const draw = (seed: number): number[] => {
      const r = seededRandomSource(seed);
      return Array.from({ length: 8 }, () => r.nextUint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });
});

describe('allocateRandomTokens', () => {
  it('is deterministic for a seed: sorted, distinct, in range', () => {
    const a = allocateRandomTokens(256, seededRandomSource(1234), new Set());
    const b = allocateRandomTokens(256, seededRandomSource(1234), new Set());
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(256);
    expect(a.every((t, i) => isToken(t) && t !== MIN_TOKEN && (i === 0 || a[i - 1]! < t))).toBe(true);
  });

  it('takes each token from two draws, high half first', () => {
    expect(allocateRandomTokens(1, seededRandomSource(0), new Set())).toEqual([BigInt.asIntN(64, 0xe220a8397b1dcdafn)]);
    expect(allocateRandomTokens(1, scripted(0x0000_0000, 0x0000_0005), new Set())).toEqual([5n]);
    expect(allocateRandomTokens(1, scripted(0xffff_ffff, 0xffff_ffff), new Set())).toEqual([-1n]);
  });

  it('never returns MIN_TOKEN: a drawn MIN_TOKEN becomes MAX_TOKEN, as Cassandra normalizes', () => {
    expect(allocateRandomTokens(1, scripted(0x8000_0000, 0), new Set())).toEqual([MAX_TOKEN]);
  });

  it('skips tokens already on the ring and tokens drawn twice', () => {
    const random = scripted(0, 1, 0, 1, 0, 2, 0, 3, 0, 4);
    expect(allocateRandomTokens(2, random, new Set([2n]))).toEqual([1n, 3n]);
  });

  it('avoids every taken token across a seeded run', () => {
    const taken = new Set(allocateRandomTokens(100, seededRandomSource(9), new Set()));
    // The same seed redraws the same 100 tokens first, so all must be skipped.
    const more = allocateRandomTokens(50, seededRandomSource(9), taken);
    expect(more.some((t) => taken.has(t))).toBe(false);
    expect(more.length).toBe(50);
  });

  it('gives up with TokenAllocationError when the source only repeats taken tokens', () => {
    expect(() => allocateRandomTokens(3, scripted(0, 7), new Set([7n]))).toThrow(TokenAllocationError);
  });

  it('returns nothing for count 0 and asserts on bad counts and bad sources', () => {
    expect(allocateRandomTokens(0, cryptoRandomSource, new Set())).toEqual([]);
    expect(() => allocateRandomTokens(-1, cryptoRandomSource, new Set())).toThrow();
    expect(() => allocateRandomTokens(1, scripted(2 ** 32, 0), new Set())).toThrow(/nextUint32/);
  });

  it('works with cryptoRandomSource', () => {
    const tokens = allocateRandomTokens(16, cryptoRandomSource, new Set());
    expect(new Set(tokens).size).toBe(16);
  });
});
