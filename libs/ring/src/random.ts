// Randomness is passed in (a RandomSource) so token allocation is deterministic under test.

import { randomFillSync } from 'node:crypto';

/** A source of uniformly distributed unsigned 32-bit integers. */
export interface RandomSource {
  /** An integer in [0, 2^32). */
  nextUint32(): number;
}

/** How many uint32 values cryptoRandomSource fetches from the OS per refill. */
const CRYPTO_BATCH_UINT32S = 256;

function makeCryptoRandomSource(): RandomSource {
  const batch = new Uint32Array(CRYPTO_BATCH_UINT32S);
  let next = CRYPTO_BATCH_UINT32S;
  return {
    nextUint32(): number {
      if (next === CRYPTO_BATCH_UINT32S) {
        randomFillSync(batch);
        next = 0;
      }
      return batch[next++]!;
    },
  };
}

/** Cryptographically strong randomness from node:crypto, for production token allocation. */
export const cryptoRandomSource: RandomSource = makeCryptoRandomSource();

const MASK_64 = (1n << 64n) - 1n;
const SPLITMIX_GAMMA = 0x9e3779b97f4a7c15n;
const SPLITMIX_M1 = 0xbf58476d1ce4e5b9n;
const SPLITMIX_M2 = 0x94d049bb133111ebn;

/**
 * A deterministic SplitMix64 generator (Steele, Lea, Flood 2014) for tests and simulation.
 * `seed` is any integer (taken mod 2^64). Each 64-bit output is handed out as two uint32s,
 * high half first, so two consecutive calls yield exactly one SplitMix64 output.
 */
export function seededRandomSource(seed: number | bigint): RandomSource {
  if (typeof seed === 'number' && !Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${seed}`);
  }
  let state = BigInt(seed) & MASK_64;
  let low: number | undefined;
  return {
    nextUint32(): number {
      if (low !== undefined) {
        const out = low;
        low = undefined;
        return out;
      }
      state = (state + SPLITMIX_GAMMA) & MASK_64;
      let z = state;
      z = ((z ^ (z >> 30n)) * SPLITMIX_M1) & MASK_64;
      z = ((z ^ (z >> 27n)) * SPLITMIX_M2) & MASK_64;
      z ^= z >> 31n;
      low = Number(z & 0xffff_ffffn);
      return Number(z >> 32n);
    },
  };
}
