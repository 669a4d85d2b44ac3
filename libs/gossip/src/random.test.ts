import { describe, expect, it } from 'vitest';
import { randomIndex, seededRandomSource, shuffleInPlace, systemRandomSource } from './random.js';

describe('random sources', () => {
  it('repeats a seed exactly and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 8 }, ((r) => () => r.nextUint32())(seededRandomSource(seed)));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(2 ** 40)).not.toEqual(draw(0)); // the high half of the seed counts
    for (const v of draw(7)) expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
  });

  it('is roughly uniform', () => {
    const r = seededRandomSource(99);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[randomIndex(r, 10)]!++;
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = shuffleInPlace(seededRandomSource(3), [...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(systemRandomSource.nextUint32()).toBeLessThan(2 ** 32);
    expect(() => seededRandomSource(0.5)).toThrow(RangeError);
  });
});
