/**
 * The partition bloom filter (doc/sstable_format.md, "Bloom filter section"): Kirsch–Mitzenmacher
 * double hashing over MurmurHash3 x86_32 of the partition key, mixed with the token.
 */
import assert from 'node:assert/strict';
import { tokenHigh, tokenLow } from './keys.js';
import {
  BLOOM_BITS_GRANULE,
  BLOOM_BITS_MAX,
  BLOOM_H2_SALT,
  BLOOM_HASH_ALGORITHM_MURMUR3_DOUBLE,
  BLOOM_HASH_COUNT_MAX,
} from './format.js';

/** MurmurHash3's 32-bit finalizer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3 x86_32 (Austin Appleby) of `data`. Unsigned 32-bit result. */
export function murmur3x86_32(data: Uint8Array, seed = 0): number {
  const n = data.length;
  const blocks = n & ~3;
  let h = seed >>> 0;
  for (let i = 0; i < blocks; i += 4) {
    let k = (data[i] as number) | ((data[i + 1] as number) << 8) | ((data[i + 2] as number) << 16) | ((data[i + 3] as number) << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = n & 3;
  if (tail > 0) {
    let k = 0;
    if (tail === 3) k ^= (data[blocks + 2] as number) << 16;
    if (tail >= 2) k ^= (data[blocks + 1] as number) << 8;
    k ^= data[blocks] as number;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= n;
  return fmix32(h);
}

/** The second hash from the first and the token's 32-bit words (hash algorithm 1). */
export function bloomH2(h1: number, tokenLow32: number, tokenHigh32: number): number {
  return fmix32((h1 ^ tokenLow32 ^ tokenHigh32 ^ BLOOM_H2_SALT) >>> 0);
}

/** Bits and probes for `expected` keys at false-positive chance `fpChance`. */
export function bloomGeometry(expected: number, fpChance: number): { bitCount: number; hashCount: number } {
  assert.ok(Number.isSafeInteger(expected) && expected >= 0, `expectedPartitions must be a non-negative integer, got ${expected}`);
  assert.ok(fpChance > 0 && fpChance < 1, `bloomFpChance must be in (0, 1), got ${fpChance}`);
  const n = Math.max(1, expected);
  const ideal = Math.ceil((n * -Math.log(fpChance)) / (Math.LN2 * Math.LN2));
  const bitCount = Math.min(BLOOM_BITS_MAX, Math.max(BLOOM_BITS_GRANULE, Math.ceil(ideal / BLOOM_BITS_GRANULE) * BLOOM_BITS_GRANULE));
  const hashCount = Math.min(BLOOM_HASH_COUNT_MAX, Math.max(1, Math.round((bitCount / n) * Math.LN2)));
  return { bitCount, hashCount };
}

export class BloomFilter {
  private constructor(
    readonly bits: Uint8Array,
    readonly bitCount: number,
    readonly hashCount: number,
  ) {}

  static create(expected: number, fpChance: number): BloomFilter {
    const { bitCount, hashCount } = bloomGeometry(expected, fpChance);
    return new BloomFilter(new Uint8Array(bitCount / 8), bitCount, hashCount);
  }

  /** A filter over `bits` as read from disk (validated by the caller). */
  static fromBits(bits: Uint8Array, bitCount: number, hashCount: number): BloomFilter {
    assert.ok(bits.length * 8 === bitCount && bitCount % BLOOM_BITS_GRANULE === 0 && bitCount > 0 && bitCount <= BLOOM_BITS_MAX);
    assert.ok(hashCount >= 1 && hashCount <= BLOOM_HASH_COUNT_MAX);
    return new BloomFilter(bits, bitCount, hashCount);
  }

  get hashAlgorithm(): number {
    return BLOOM_HASH_ALGORITHM_MURMUR3_DOUBLE;
  }

  add(token: bigint, partitionKey: Uint8Array): void {
    const h1 = murmur3x86_32(partitionKey, 0);
    const h2 = bloomH2(h1, tokenLow(token), tokenHigh(token));
    const { bits, bitCount } = this;
    for (let i = 0; i < this.hashCount; i++) {
      const bit = ((h1 + Math.imul(i, h2)) >>> 0) % bitCount;
      bits[bit >>> 3] = (bits[bit >>> 3] as number) | (1 << (bit & 7));
    }
  }

  mightContain(token: bigint, partitionKey: Uint8Array): boolean {
    return this.mightContainWords(tokenHigh(token), tokenLow(token), partitionKey);
  }

  /** `mightContain` with the token given as its high (signed) and low 32-bit words. */
  mightContainWords(tokenHigh32: number, tokenLow32: number, partitionKey: Uint8Array): boolean {
    const h1 = murmur3x86_32(partitionKey, 0);
    const h2 = bloomH2(h1, tokenLow32, tokenHigh32);
    const { bits, bitCount } = this;
    for (let i = 0; i < this.hashCount; i++) {
      const bit = ((h1 + Math.imul(i, h2)) >>> 0) % bitCount;
      if (((bits[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}
