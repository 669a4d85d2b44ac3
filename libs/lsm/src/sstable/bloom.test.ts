import { describe, expect, it } from 'vitest';
import { Random } from '../testing/random.js';
import { BloomFilter, bloomGeometry, murmur3x86_32 } from './bloom.js';

const utf8 = new TextEncoder();

describe('bloom filter', () => {
  it('murmur3 x86_32 matches the reference vectors', () => {
    expect(murmur3x86_32(new Uint8Array(0), 0)).toBe(0);
    expect(murmur3x86_32(new Uint8Array(0), 1)).toBe(0x514e28b7);
    expect(murmur3x86_32(utf8.encode('hello'), 0)).toBe(0x248bfa47);
    expect(murmur3x86_32(utf8.encode('The quick brown fox jumps over the lazy dog'), 0)).toBe(0x2e4ff723);
    expect(murmur3x86_32(new Uint8Array([0x21, 0x43, 0x65, 0x87]), 0x5082edee)).toBe(0x2362f9de);
    expect(murmur3x86_32(new Uint8Array([0x21, 0x43, 0x65]), 0)).toBe(0x7e4a8634);
    expect(murmur3x86_32(new Uint8Array([0x21, 0x43]), 0)).toBe(0xa0f7b07a);
    expect(murmur3x86_32(new Uint8Array([0x21]), 0)).toBe(0x72661cf4);
  });

  it('sizes itself like Cassandra: ~9.6 bits and 7 probes per key at 1%', () => {
    const g = bloomGeometry(100_000, 0.01);
    expect(g.bitCount / 100_000).toBeCloseTo(9.59, 1);
    expect(g.hashCount).toBe(7);
    expect(bloomGeometry(0, 0.01).bitCount).toBe(64);
  });

  it.each([0.01, 0.05, 0.1])('has no false negatives and a false-positive rate near %f', (fp) => {
    const seed = 11;
    const r = new Random(seed);
    const n = 20_000;
    const filter = BloomFilter.create(n, fp);
    const added: [bigint, Uint8Array][] = [];
    for (let i = 0; i < n; i++) {
      const key = r.bytes(16);
      const token = BigInt.asIntN(64, BigInt(r.int(2 ** 31)) * 4_294_967_311n);
      filter.add(token, key);
      added.push([token, key]);
    }
    for (const [token, key] of added) expect(filter.mightContain(token, key)).toBe(true);
    let positives = 0;
    const probes = 50_000;
    for (let i = 0; i < probes; i++) if (filter.mightContain(BigInt(i) * 7919n, utf8.encode(`absent-${i}`))) positives++;
    const rate = positives / probes;
    expect(rate, `seed ${seed}: rate ${rate}`).toBeLessThan(fp * 1.3);
    expect(rate).toBeGreaterThan(fp * 0.5);
  });

  it('stays sound when every token is the same (poor tokens)', () => {
    const filter = BloomFilter.create(5000, 0.01);
    for (let i = 0; i < 5000; i++) filter.add(7n, utf8.encode(`k${i}`));
    let positives = 0;
    for (let i = 0; i < 20_000; i++) if (filter.mightContain(7n, utf8.encode(`other${i}`))) positives++;
    expect(positives / 20_000).toBeLessThan(0.02);
  });
});
