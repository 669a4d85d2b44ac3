/**
 * The data every store sees: keys, values, key orders and the Cassia token of a key. Everything
 * is derived from one seed, so two stores (and two runs) get byte-identical operations.
 *
 * - Keys are db_bench's: the key index as a zero-padded 16-digit decimal (16 bytes, so bytewise
 *   order is numeric order).
 * - Values are 100-byte slices of one pseudo-random pool (incompressible, like a worst case for
 *   compression; every store runs with compression off anyway).
 * - `KeyPermutation` visits every index of [0, count) exactly once in a scrambled order without
 *   holding an array (so loading 10 million rows costs the harness no memory).
 */
import assert from 'node:assert/strict';

export const KEY_BYTES = 16;
export const VALUE_BYTES = 100;
/** Largest key count the harness supports (the permutation works on at most 2^30 indexes). */
export const KEY_COUNT_MAX = 2 ** 30;
const VALUE_POOL_BYTES = 1 << 20;
const DIGIT_ZERO = 0x30;

/** mulberry32: a small, fast, seedable 32-bit PRNG (quality is ample for choosing keys). */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform integer in [0, bound), bound ≤ 2^32. */
  below(bound: number): number {
    return Math.floor((this.nextUint32() / 2 ** 32) * bound);
  }
}

/** The key of index `i`: 16 ASCII digits, zero-padded (db_bench's key format). */
export function makeKey(index: number): Uint8Array {
  if (!(Number.isInteger(index) && index >= 0 && index < KEY_COUNT_MAX)) assert.fail(`key index out of range: ${index}`);
  const key = new Uint8Array(KEY_BYTES);
  let n = index;
  for (let i = KEY_BYTES - 1; i >= 0; i--) {
    key[i] = DIGIT_ZERO + (n % 10);
    n = Math.floor(n / 10);
  }
  return key;
}

/** 100-byte values cut from a seeded random pool; `value(i)` is the same for every store. */
export class ValueSource {
  private readonly pool: Uint8Array;

  constructor(seed: number) {
    const random = new SeededRandom(seed ^ 0x5bd1e995);
    this.pool = new Uint8Array(VALUE_POOL_BYTES + VALUE_BYTES);
    const words = new Uint32Array(this.pool.buffer, 0, this.pool.length >>> 2);
    for (let i = 0; i < words.length; i++) words[i] = random.nextUint32();
  }

  value(i: number): Uint8Array {
    const offset = Math.imul(i, 0x9e3779b1) >>> 12; // < 2^20 = VALUE_POOL_BYTES
    return this.pool.subarray(offset, offset + VALUE_BYTES);
  }
}

/**
 * A seeded bijection on [0, count): a bijection on [0, 2^bits) (xor, odd multiply and
 * xor-shift, all invertible modulo 2^bits) applied until the result falls below `count`
 * (cycle walking; fewer than 2 rounds on average).
 */
export class KeyPermutation {
  private readonly mask: number;
  private readonly shift: number;
  private readonly xorKey: number;
  private readonly multiplier1: number;
  private readonly multiplier2: number;
  readonly count: number;

  constructor(count: number, seed: number) {
    assert.ok(Number.isInteger(count) && count > 0 && count <= KEY_COUNT_MAX, `permutation size out of range: ${count}`);
    let bits = 1;
    while (2 ** bits < count) bits++;
    this.count = count;
    this.mask = (1 << bits) - 1;
    this.shift = Math.max(1, bits >>> 1);
    const random = new SeededRandom(seed ^ 0x1b873593);
    this.xorKey = random.nextUint32() & this.mask;
    this.multiplier1 = (random.nextUint32() | 1) >>> 0;
    this.multiplier2 = (random.nextUint32() | 1) >>> 0;
  }

  at(i: number): number {
    if (!(i >= 0 && i < this.count)) assert.fail(`permutation index out of range: ${i}`);
    let x = i;
    do x = this.scramble(x);
    while (x >= this.count);
    return x;
  }

  private scramble(input: number): number {
    let x = (input ^ this.xorKey) & this.mask;
    x = Math.imul(x, this.multiplier1) & this.mask;
    x ^= x >>> this.shift;
    x = Math.imul(x, this.multiplier2) & this.mask;
    x ^= x >>> this.shift;
    return x >>> 0;
  }
}

/**
 * Cassia's token for a KV key: two murmur3 32-bit hashes with different seeds, as one signed
 * 64-bit integer. Tokens only order partitions here, so any stable, well-mixed hash will do.
 */
export function tokenOf(key: Uint8Array): bigint {
  const high = murmur3x32(key, 0x9747b28c);
  const low = murmur3x32(key, 0x2f1b3a5d);
  return BigInt.asIntN(64, (BigInt(high) << 32n) | BigInt(low));
}

function murmur3x32(key: Uint8Array, seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed >>> 0;
  const blocks = key.length >>> 2;
  for (let b = 0; b < blocks; b++) {
    const i = b << 2;
    let k = (key[i] as number) | ((key[i + 1] as number) << 8) | ((key[i + 2] as number) << 16) | ((key[i + 3] as number) << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = blocks << 2;
  if (tail < key.length) {
    let k = 0;
    for (let i = key.length - 1; i >= tail; i--) k = (k << 8) | (key[i] as number);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= key.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
