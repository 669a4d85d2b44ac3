// Cassandra's MurmurHash3 x64_128: a port of org.apache.cassandra.utils.MurmurHash.hash3_x64_128.
//
// DO NOT CHANGE the arithmetic: tokens derived from it decide where every partition lives,
// and they must equal what Cassandra and its drivers compute.
//
// Cassandra's variant differs from the reference MurmurHash3 in one place: the tail (the last
// length % 16 bytes) is read with `(long) key.get(i)`, which sign-extends bytes >= 0x80. The
// 16-byte blocks are read little-endian unsigned, as in the reference.
//
// The 64-bit arithmetic runs on pairs of 32-bit halves (hi, lo) so the hot path allocates no
// BigInt. Halves are kept as int32 (`| 0`), which V8 holds unboxed, and bytes are read directly
// rather than through a per-call DataView; helpers leave their result in the register array R
// (rHi(), rLo()). Measured: about twice the throughput of uint32 halves read via DataView.

import assert from 'node:assert/strict';

/** Largest input the hash accepts, in bytes (Java's int length). */
export const MURMUR3_INPUT_BYTES_MAX = 0x7fff_ffff;

const BLOCK_BYTES = 16;
const C1_HI = 0x87c37b91 | 0;
const C1_LO = 0x114253d5 | 0;
const C2_HI = 0x4cf5ad43 | 0;
const C2_LO = 0x2745937f | 0;
const H1_ADD = 0x52dce729 | 0;
const H2_ADD = 0x38495ab5 | 0;
const FMIX1_HI = 0xff51afd7 | 0;
const FMIX1_LO = 0xed558ccd | 0;
const FMIX2_HI = 0xc4ceb9fe | 0;
const FMIX2_LO = 0x1a85ec53 | 0;
const TWO_POW_32 = 0x1_0000_0000;

const R = new Int32Array(2);
const HI = 0;
const LO = 1;
const rHi = (): number => R[HI]!;
const rLo = (): number => R[LO]!;

/** (ah,al) * (bh,bl) mod 2^64. */
function mul(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  R[LO] = (((mid & 0xffff) << 16) | (p00 & 0xffff)) | 0;
  R[HI] = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(al, bh) + Math.imul(ah, bl)) | 0;
}

/** (ah,al) + (bh,bl) mod 2^64. */
function add(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al >>> 0) + (bl >>> 0); // unsigned, to see the carry
  R[LO] = lo | 0;
  R[HI] = (ah + bh + (lo >= TWO_POW_32 ? 1 : 0)) | 0;
}

/** Little-endian 32-bit word at `o`, as int32 (the block read of the Java code, bits unchanged). */
function int32le(data: Uint8Array, o: number): number {
  return data[o]! | (data[o + 1]! << 8) | (data[o + 2]! << 16) | (data[o + 3]! << 24);
}

/** The byte at `o` as Java's signed byte. */
function int8(data: Uint8Array, o: number): number {
  return (data[o]! << 24) >> 24;
}

/** Rotate left by n, 0 < n < 32. */
function rotl(hi: number, lo: number, n: number): void {
  R[HI] = ((hi << n) | (lo >>> (32 - n))) | 0;
  R[LO] = ((lo << n) | (hi >>> (32 - n))) | 0;
}

/** Cassandra's fmix: k ^= k >>> 33; k *= M1; k ^= k >>> 33; k *= M2; k ^= k >>> 33. */
function fmix(hi: number, lo: number): void {
  lo = (lo ^ (hi >>> 1)) | 0;
  mul(hi, lo, FMIX1_HI, FMIX1_LO);
  hi = rHi();
  lo = (rLo() ^ (hi >>> 1)) | 0;
  mul(hi, lo, FMIX2_HI, FMIX2_LO);
  R[LO] = (rLo() ^ (rHi() >>> 1)) | 0;
}

/**
 * Hashes `data` with the 64-bit `seed` given as 32-bit halves (int32 or uint32 bits) and writes
 * [h1 hi, h1 lo, h2 hi, h2 lo] (unsigned 32-bit each) into `out`. Internal to this package.
 */
export function murmur3Halves(data: Uint8Array, seedHi: number, seedLo: number, out: Uint32Array): void {
  const len = data.length;
  assert(len <= MURMUR3_INPUT_BYTES_MAX, 'murmur3 input too long');
  let h1h = seedHi | 0;
  let h1l = seedLo | 0;
  let h2h = h1h;
  let h2l = h1l;
  let kh: number;
  let kl: number;

  const nblocks = Math.floor(len / BLOCK_BYTES);
  for (let i = 0; i < nblocks; i++) {
    const o = i * BLOCK_BYTES;
    // k1 *= c1; k1 = rotl64(k1,31); k1 *= c2; h1 ^= k1;
    mul(int32le(data, o + 4), int32le(data, o), C1_HI, C1_LO);
    rotl(rHi(), rLo(), 31);
    mul(rHi(), rLo(), C2_HI, C2_LO);
    h1h = (h1h ^ rHi()) | 0;
    h1l = (h1l ^ rLo()) | 0;
    // h1 = rotl64(h1,27); h1 += h2; h1 = h1*5+0x52dce729;
    rotl(h1h, h1l, 27);
    add(rHi(), rLo(), h2h, h2l);
    mul(rHi(), rLo(), 0, 5);
    add(rHi(), rLo(), 0, H1_ADD);
    h1h = rHi();
    h1l = rLo();
    // k2 *= c2; k2 = rotl64(k2,33); k2 *= c1; h2 ^= k2;
    mul(int32le(data, o + 12), int32le(data, o + 8), C2_HI, C2_LO);
    rotl(rLo(), rHi(), 1); // rotate by 33 = swap halves, then rotate by 1
    mul(rHi(), rLo(), C1_HI, C1_LO);
    h2h = (h2h ^ rHi()) | 0;
    h2l = (h2l ^ rLo()) | 0;
    // h2 = rotl64(h2,31); h2 += h1; h2 = h2*5+0x38495ab5;
    rotl(h2h, h2l, 31);
    add(rHi(), rLo(), h1h, h1l);
    mul(rHi(), rLo(), 0, 5);
    add(rHi(), rLo(), 0, H2_ADD);
    h2h = rHi();
    h2l = rLo();
  }

  // Tail: byte j of a lane is XORed in as ((long) signedByte) << (8 * j), sign extension included.
  const tail = nblocks * BLOCK_BYTES;
  const rem = len - tail;
  if (rem > 8) {
    kh = 0;
    kl = 0;
    for (let j = rem - 9; j >= 0; j--) {
      const b = int8(data, tail + 8 + j);
      if (j < 4) {
        kl ^= b << (8 * j);
        kh ^= b >> 31;
      } else {
        kh ^= b << (8 * (j - 4));
      }
    }
    mul(kh, kl, C2_HI, C2_LO);
    rotl(rLo(), rHi(), 1);
    mul(rHi(), rLo(), C1_HI, C1_LO);
    h2h = (h2h ^ rHi()) | 0;
    h2l = (h2l ^ rLo()) | 0;
  }
  if (rem > 0) {
    kh = 0;
    kl = 0;
    for (let j = Math.min(rem, 8) - 1; j >= 0; j--) {
      const b = int8(data, tail + j);
      if (j < 4) {
        kl ^= b << (8 * j);
        kh ^= b >> 31;
      } else {
        kh ^= b << (8 * (j - 4));
      }
    }
    mul(kh, kl, C1_HI, C1_LO);
    rotl(rHi(), rLo(), 31);
    mul(rHi(), rLo(), C2_HI, C2_LO);
    h1h = (h1h ^ rHi()) | 0;
    h1l = (h1l ^ rLo()) | 0;
  }

  // Finalization: h1 ^= length; h2 ^= length; h1 += h2; h2 += h1; fmix; h1 += h2; h2 += h1.
  h1l = (h1l ^ len) | 0;
  h2l = (h2l ^ len) | 0;
  add(h1h, h1l, h2h, h2l);
  h1h = rHi();
  h1l = rLo();
  add(h2h, h2l, h1h, h1l);
  h2h = rHi();
  h2l = rLo();
  fmix(h1h, h1l);
  h1h = rHi();
  h1l = rLo();
  fmix(h2h, h2l);
  h2h = rHi();
  h2l = rLo();
  add(h1h, h1l, h2h, h2l);
  h1h = rHi();
  h1l = rLo();
  add(h2h, h2l, h1h, h1l);
  out[0] = h1h;
  out[1] = h1l;
  out[2] = rHi();
  out[3] = rLo();
}

const PAIR = new DataView(new ArrayBuffer(8));

/** Signed 64-bit value of 32-bit halves (one BigInt allocation). */
export function signedFromHalves(hi: number, lo: number): bigint {
  PAIR.setInt32(0, hi);
  PAIR.setInt32(4, lo);
  return PAIR.getBigInt64(0);
}

const SCRATCH = new Uint32Array(4);

/**
 * Cassandra's MurmurHash.hash3_x64_128(key, 0, key.length, seed): the two 64-bit halves
 * [h1, h2] as signed bigints. `seed` is a signed or unsigned 64-bit integer (default 0, which
 * is what Murmur3Partitioner uses).
 */
export function murmur3_x64_128(data: Uint8Array, seed: number | bigint = 0): [bigint, bigint] {
  let seedBits: bigint;
  if (typeof seed === 'number') {
    assert(Number.isSafeInteger(seed), 'murmur3 seed must be a safe integer');
    seedBits = BigInt.asUintN(64, BigInt(seed));
  } else {
    assert(seed >= -(2n ** 63n) && seed < 2n ** 64n, 'murmur3 seed must fit in 64 bits');
    seedBits = BigInt.asUintN(64, seed);
  }
  murmur3Halves(data, Number(seedBits >> 32n), Number(seedBits & 0xffff_ffffn), SCRATCH);
  return [signedFromHalves(SCRATCH[0]!, SCRATCH[1]!), signedFromHalves(SCRATCH[2]!, SCRATCH[3]!)];
}
